export { can, canSomewhere, grantsFor, holds, khoiIdsFor, inSubtree, managesAccounts, reachesKhoi } from "./can";
export {
  activityScope,
  cityProposalScope,
  honourRoundScope,
  honourScope,
  honourTitleScope,
  nominationScope,
  ownSeatScope,
  auditKhoiIds,
  auditScope,
  commitmentCountScope,
  commitmentScope,
  entryCountScope,
  entryScope,
  memberScope,
  planManageScope,
  planReadScope,
  projectScope,
  questionScope,
  handbookScope,
  showcaseScope,
  reportPeriodScope,
  reportScope,
  unitScope,
  userScope,
} from "./scope";
export { ACTIONS, PERMISSIONS, ROLE_LABELS, ROLES_BY_UNIT_KIND, type Action, type Scope } from "./permissions";
export type { Grant, Target, Viewer } from "./viewer";
