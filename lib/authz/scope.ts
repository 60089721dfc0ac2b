// The same decisions as can(), expressed as Prisma `where` clauses, so lists and lookups by id
// carry the permission inside the query: a record out of scope is simply not found.
import type { Prisma } from "@/lib/generated/prisma/client";
import { PERMISSIONS, type Action } from "./permissions";
import type { Grant, Viewer } from "./viewer";

const NOTHING = { id: { in: [] as string[] } };

function memberWhereForGrant(viewer: Viewer, grant: Grant, action: Action): Prisma.MemberWhereInput | null {
  const scope = PERMISSIONS[grant.role][action];
  if (!scope) return null;
  if (scope === "self") return { userId: viewer.userId };
  // A member is never a unit, so `below` and `subtree` are the same here.
  return placedUnder(grant);
}

/** Rows that sit under the grant's unit by their `khoiId`, `coSoId` and `chiDoanId` columns. */
function placedUnder(grant: Grant) {
  switch (grant.unitKind) {
    case "CITY":
      return { khoiId: { in: grant.khoiIds } };
    case "KHOI":
      return { khoiId: grant.unitId };
    case "CO_SO":
      return { khoiId: { in: grant.khoiIds }, coSoId: grant.unitId };
    case "CHI_DOAN":
      return { khoiId: { in: grant.khoiIds }, chiDoanId: grant.unitId };
  }
}

export function memberScope(viewer: Viewer, action: Action): Prisma.MemberWhereInput {
  const ors = viewer.grants
    .map((g) => memberWhereForGrant(viewer, g, action))
    .filter((w): w is Prisma.MemberWhereInput => w !== null);
  return ors.length ? { OR: ors } : NOTHING;
}

function unitWhereForGrant(grant: Grant, action: Action): Prisma.UnitWhereInput | null {
  const scope = PERMISSIONS[grant.role][action];
  if (!scope || scope === "self") return null;
  let where: Prisma.UnitWhereInput;
  switch (grant.unitKind) {
    case "CITY":
      where = { khoiId: { in: grant.khoiIds } };
      break;
    case "KHOI":
      where = { khoiId: grant.unitId };
      break;
    case "CO_SO":
      where = { khoiId: { in: grant.khoiIds }, coSoId: grant.unitId };
      break;
    case "CHI_DOAN":
      where = { khoiId: { in: grant.khoiIds }, id: grant.unitId };
      break;
  }
  if (scope === "unit") return { khoiId: { in: grant.khoiIds }, id: grant.unitId };
  return scope === "below" ? { AND: [where, { id: { not: grant.unitId } }] } : where;
}

/**
 * Accounts in reach of an action: those holding a role on a unit in scope, plus, for Khối- and
 * city-level grants, the accounts owned by the Khối (an account may have lost all its roles).
 */
export function userScope(viewer: Viewer, action: Action): Prisma.UserWhereInput {
  const { units, owningKhoiIds } = userScopeParts(viewer, action);
  return {
    OR: [{ memberships: { some: { unit: units } } }, ...(owningKhoiIds.length ? [{ khoiId: { in: owningKhoiIds } }] : [])],
  };
}

/** userScope's two halves: the units whose role holders are in reach, and the Khối whose accounts are. */
export function userScopeParts(viewer: Viewer, action: Action): { units: Prisma.UnitWhereInput; owningKhoiIds: string[] } {
  const owningKhoiIds = viewer.grants
    .filter((g) => PERMISSIONS[g.role][action] !== undefined && (g.unitKind === "KHOI" || g.unitKind === "CITY"))
    .flatMap((g) => g.khoiIds);
  return { units: unitScope(viewer, action), owningKhoiIds };
}

export function unitScope(viewer: Viewer, action: Action): Prisma.UnitWhereInput {
  const ors = viewer.grants.map((g) => unitWhereForGrant(g, action)).filter((w): w is Prisma.UnitWhereInput => w !== null);
  return ors.length ? { OR: ors } : NOTHING;
}

/**
 * Where-clause on anything issued by a unit and carrying `khoiId`, `coSoId` (null when the Khối
 * issued it) and `unitId` (the issuer): plans. Mirrors can() with the `line`, `subtree` and
 * `unit` scopes.
 */
type IssuedWhere = { khoiId?: unknown; coSoId?: unknown; unitId?: unknown; id?: unknown; OR?: IssuedWhere[] };

function issuedWhereForGrant(grant: Grant, action: Action): IssuedWhere | null {
  const scope = PERMISSIONS[grant.role][action];
  if (!scope || scope === "self" || scope === "below") return null;
  const khoiId = { in: grant.khoiIds };
  if (scope === "unit") return { khoiId, unitId: grant.unitId };
  switch (grant.unitKind) {
    case "CITY":
      return { khoiId };
    case "KHOI":
      return { khoiId: grant.unitId };
    case "CO_SO":
    case "CHI_DOAN": {
      // Subtree: what the cơ sở issued; line adds what the Khối issued (coSoId null).
      const own = { coSoId: grant.coSoId ?? grant.unitId };
      return scope === "line" ? { khoiId, OR: [own, { coSoId: null }] } : { khoiId, ...own };
    }
  }
}

function issuedScope(viewer: Viewer, action: Action): IssuedWhere {
  const ors = viewer.grants.map((g) => issuedWhereForGrant(g, action)).filter((w): w is IssuedWhere => w !== null);
  return ors.length ? { OR: ors } : NOTHING;
}

/**
 * Plans the viewer may see: published (or superseded) ones in the line of their grants, and
 * every revision, drafts included, of the plans their own unit issues. A cơ sở never sees
 * another cơ sở's plan, nor anyone's draft but its own.
 */
export function planReadScope(viewer: Viewer): Prisma.PlanWhereInput {
  return {
    OR: [
      {
        AND: [
          issuedScope(viewer, "plan.read") as Prisma.PlanWhereInput,
          { status: { in: ["PUBLISHED", "SUPERSEDED", "ARCHIVED"] } },
        ],
      },
      issuedScope(viewer, "plan.manage") as Prisma.PlanWhereInput,
    ],
  };
}

export function planManageScope(viewer: Viewer): Prisma.PlanWhereInput {
  return issuedScope(viewer, "plan.manage") as Prisma.PlanWhereInput;
}

/** Khối activities are seen by everyone in the Khối (and the city above it). */
export function activityScope(viewer: Viewer, action: "activity.read" | "activity.manage"): Prisma.ActivityWhereInput {
  const khoiIds = viewer.grants.filter((g) => PERMISSIONS[g.role][action]).flatMap((g) => g.khoiIds);
  return khoiIds.length ? { khoiId: { in: [...new Set(khoiIds)] } } : NOTHING;
}

/** The Khối's titles (danh hiệu): everyone in the Khối reads them, Khối staff keep them. */
export function honourTitleScope(
  viewer: Viewer,
  action: "honour.read" | "honour.manage" | "honour.forward",
): Prisma.HonourTitleWhereInput {
  return honourKhoiScope(viewer, action);
}

/** The Khối whose honours a grant holding the action reaches; the city sees only what is sent to it. */
function honourKhoiScope(viewer: Viewer, action: "honour.read" | "honour.manage" | "honour.vote" | "honour.forward") {
  const khoiIds = viewer.grants.filter((g) => PERMISSIONS[g.role][action] && g.unitKind !== "CITY").flatMap((g) => g.khoiIds);
  return khoiIds.length ? { khoiId: { in: [...new Set(khoiIds)] } } : NOTHING;
}

/** Nomination rounds (đợt xét chọn) are the Khối's: everyone who reads its honours sees them. */
export function honourRoundScope(
  viewer: Viewer,
  action: "honour.read" | "honour.manage" | "honour.forward",
): Prisma.HonourRoundWhereInput {
  return honourKhoiScope(viewer, action);
}

/** Honours (khen thưởng) decided by a Khối: read by everyone who reads its honours. */
export function honourScope(viewer: Viewer): Prisma.HonourWhereInput {
  return honourKhoiScope(viewer, "honour.read");
}

/**
 * Proposals to the Thành Đoàn (đề nghị khen thưởng cấp Thành): the proposing Khối's staff see all
 * of theirs; the city staff see those sent to them by the Khối under their city, never one the
 * Khối withdrew before the city decided.
 */
export function cityProposalScope(viewer: Viewer, action: "honour.forward" | "honour.city"): Prisma.CityProposalWhereInput {
  const ors = viewer.grants.flatMap((g): Prisma.CityProposalWhereInput[] => {
    if (!PERMISSIONS[g.role][action] || !g.khoiIds.length) return [];
    if (g.unitKind === "KHOI") return [{ khoiId: { in: g.khoiIds } }];
    if (g.unitKind === "CITY") return [{ khoiId: { in: g.khoiIds }, status: { not: "WITHDRAWN" } }];
    return [];
  });
  return ors.length ? { OR: ors } : NOTHING;
}

/**
 * The viewer's own seats on a council (hội đồng thi đua), and through them their own ballots: a
 * seat is a Khối account named by the Khối's staff, and a ballot is seen and changed by its owner.
 */
export function ownSeatScope(viewer: Viewer): Prisma.CouncilSeatWhereInput {
  const khoi = honourKhoiScope(viewer, "honour.vote");
  return khoi === NOTHING ? NOTHING : { AND: [khoi, { userId: viewer.userId }] };
}

/**
 * Nominations in reach: a cơ sở its own (drafts included) and those its chi đoàn sent it, a chi
 * đoàn those it proposed, the Khối those sent to it and those it returned, never a draft. A sibling cơ sở's, or another tenant's, is not found; withdrawn ones
 * vanish from every read.
 */
export function nominationScope(viewer: Viewer, action: "honour.nominate" | "honour.manage"): Prisma.NominationWhereInput {
  const ors = viewer.grants.flatMap((g): Prisma.NominationWhereInput[] => {
    if (!PERMISSIONS[g.role][action]) return [];
    if (g.unitKind === "KHOI") return [{ khoiId: g.unitId, status: { in: ["SUBMITTED", "RETURNED"] } }];
    // A cơ sở sees its own and what its chi đoàn sent it, never a chi đoàn's draft.
    if (g.unitKind === "CO_SO")
      return [
        {
          khoiId: { in: g.khoiIds },
          coSoId: g.unitId,
          status: { not: "WITHDRAWN" },
          NOT: { chiDoanId: { not: null }, status: "DRAFT" },
        },
      ];
    // A chi đoàn sees what it proposed, never its cơ sở's own nominations nor a sibling's.
    if (g.unitKind === "CHI_DOAN") return [{ khoiId: { in: g.khoiIds }, chiDoanId: g.unitId, status: { not: "WITHDRAWN" } }];
    return [];
  });
  return ors.length ? { OR: ors } : NOTHING;
}

/**
 * Youth projects the viewer may see: the Khối's and every cơ sở's for Khối staff and the city;
 * its own and the Khối's for a cơ sở and those below it. Withdrawn projects are archived and
 * vanish from every read (SECURITY.md #26).
 */
export function projectScope(
  viewer: Viewer,
  action: "project.read" | "project.register" | "project.review",
): Prisma.YouthProjectWhereInput {
  return { AND: [issuedScope(viewer, action) as Prisma.YouthProjectWhereInput, { status: { not: "WITHDRAWN" } }] };
}

/**
 * Where-clause on a member's records (entries, commitments), which carry the units the member
 * was in when it happened: `self` is the member's own, the others follow the unit grants.
 */
type MemberRecordWhere = { khoiId?: unknown; coSoId?: unknown; chiDoanId?: unknown; member?: { userId: string }; id?: unknown };

function memberRecordWhereForGrant(viewer: Viewer, grant: Grant, action: Action): MemberRecordWhere | null {
  const scope = PERMISSIONS[grant.role][action];
  if (!scope) return null;
  if (scope === "self") return { khoiId: { in: grant.khoiIds }, member: { userId: viewer.userId } };
  return placedUnder(grant);
}

function memberRecordScope(viewer: Viewer, action: Action): MemberRecordWhere {
  const ors = viewer.grants
    .map((g) => memberRecordWhereForGrant(viewer, g, action))
    .filter((w): w is MemberRecordWhere => w !== null);
  return ors.length ? ({ OR: ors } as MemberRecordWhere) : NOTHING;
}

/** Members' entries in reach of an action; withdrawn ones vanish from every read. */
export function entryScope(
  viewer: Viewer,
  action: "entry.log" | "entry.read" | "entry.review" | "contest.review",
): Prisma.MemberEntryWhereInput {
  return { AND: [memberRecordScope(viewer, action) as Prisma.MemberEntryWhereInput, { status: { not: "WITHDRAWN" } }] };
}

export function commitmentScope(
  viewer: Viewer,
  action: "entry.log" | "entry.read" | "entry.review",
): Prisma.CommitmentWhereInput {
  return { AND: [memberRecordScope(viewer, action) as Prisma.CommitmentWhereInput, { status: { not: "WITHDRAWN" } }] };
}

/**
 * Counts of members' records per unit (the reporting layer): numbers, never names, so whoever
 * reads a unit (`unit.read`: its secretaries, the Khối, the city above it) may count its records.
 */
export function entryCountScope(viewer: Viewer): Prisma.MemberEntryWhereInput {
  return { AND: [memberRecordScope(viewer, "unit.read") as Prisma.MemberEntryWhereInput, { status: { not: "WITHDRAWN" } }] };
}

export function commitmentCountScope(viewer: Viewer): Prisma.CommitmentWhereInput {
  return { AND: [memberRecordScope(viewer, "unit.read") as Prisma.CommitmentWhereInput, { status: { not: "WITHDRAWN" } }] };
}

/** Report periods (đợt báo cáo) are the Khối's: everyone who reads or manages reports there sees them. */
export function reportPeriodScope(viewer: Viewer, action: "report.read" | "report.manage"): Prisma.ReportPeriodWhereInput {
  const khoiIds = viewer.grants.filter((g) => PERMISSIONS[g.role][action]).flatMap((g) => g.khoiIds);
  return khoiIds.length ? { khoiId: { in: [...new Set(khoiIds)] } } : NOTHING;
}

/** A cơ sở report in the Khối's hands: sent and waiting, accepted, or replaced by a correction. */
const SENT_REPORT_STATUSES: ("SUBMITTED" | "ACCEPTED" | "SUPERSEDED")[] = ["SUBMITTED", "ACCEPTED", "SUPERSEDED"];

function reportWhereForGrant(
  grant: Grant,
  action: "report.read" | "report.fill" | "report.review",
): Prisma.ReportWhereInput | null {
  const scope = PERMISSIONS[grant.role][action];
  if (!scope || scope === "self") return null;
  const khoiId = { in: grant.khoiIds };
  if (scope === "unit") return { khoiId, unitId: grant.unitId };
  switch (grant.unitKind) {
    case "KHOI":
      // The Khối reads and reviews what a cơ sở has sent and not had back: never a draft, nor a
      // returned report the cơ sở is reworking. Its own report is its own.
      return action === "report.review"
        ? { khoiId: grant.unitId, coSoId: { not: null }, status: { in: SENT_REPORT_STATUSES } }
        : { khoiId: grant.unitId, OR: [{ coSoId: null }, { status: { in: SENT_REPORT_STATUSES } }] };
    case "CO_SO":
      return { khoiId, coSoId: grant.unitId };
    default:
      return null;
  }
}

/**
 * Reports in reach: a cơ sở its own (drafts included), the Khối those the cơ sở have submitted and
 * its own. A sibling cơ sở's report, or another tenant's, is not found.
 */
export function reportScope(viewer: Viewer, action: "report.read" | "report.fill" | "report.review"): Prisma.ReportWhereInput {
  const ors = viewer.grants.map((g) => reportWhereForGrant(g, action)).filter((w): w is Prisma.ReportWhereInput => w !== null);
  return ors.length ? { OR: ors } : NOTHING;
}

/**
 * Audit rows the viewer may read: those of a Khối where they hold `audit.read` on the Khối itself.
 * A row carries only its Khối (a cơ sở's change is not told apart from the Khối's), so a grant
 * lower in the tree, were the table to give one, reads nothing rather than the whole Khối; and
 * city-level rows (khoiId null: sign-in throttling, city accounts' refusals) are no Khối's.
 */
export function auditKhoiIds(viewer: Viewer): string[] {
  return [
    ...new Set(viewer.grants.filter((g) => PERMISSIONS[g.role]["audit.read"] && g.unitKind === "KHOI").map((g) => g.unitId)),
  ];
}

export function auditScope(viewer: Viewer): Prisma.AuditLogWhereInput {
  const khoiIds = auditKhoiIds(viewer);
  return khoiIds.length ? { khoiId: { in: khoiIds } } : NOTHING;
}

/**
 * Public questions in reach: a cơ sở those addressed to it (`question.answer`), the Khối every one
 * of its own (`question.manage`). Another agency's or another Khối's question is not found.
 */
export function questionScope(viewer: Viewer, action: "question.answer" | "question.manage"): Prisma.PublicQuestionWhereInput {
  return agencyRowsScope(viewer, action);
}

/**
 * Procedure handbooks in reach: a cơ sở writes its own (`handbook.write`), the Khối reads and
 * moderates every one of its own (`question.manage`: the public site is the Khối's to curate).
 */
export function handbookScope(viewer: Viewer, action: "handbook.write" | "question.manage"): Prisma.HandbookWhereInput {
  return agencyRowsScope(viewer, action);
}

/** Showcase profiles (gương điển hình): the Khối's staff curate every one of their Khối's. */
export function showcaseScope(viewer: Viewer): Prisma.ShowcaseProfileWhereInput {
  return agencyRowsScope(viewer, "question.manage");
}

/**
 * Rows that belong to a Khối and, when handled by one agency, to a cơ sở (`khoiId`, `coSoId`): the
 * Khối's every one with a "subtree" grant on the Khối, a cơ sở's own with a "unit" grant on it.
 */
function agencyRowsScope(viewer: Viewer, action: Action) {
  const ors: ({ khoiId: string } | { khoiId: { in: string[] }; coSoId: string })[] = [];
  for (const g of viewer.grants) {
    const scope = PERMISSIONS[g.role][action];
    if (!scope) continue;
    if (g.unitKind === "KHOI" && scope === "subtree") ors.push({ khoiId: g.unitId });
    else if (g.unitKind === "CO_SO" && scope === "unit") ors.push({ khoiId: { in: [...g.khoiIds] }, coSoId: g.unitId });
  }
  return ors.length ? { OR: ors } : NOTHING;
}

/**
 * Inspection visits (buổi kiểm tra) in reach: the Khối's staff every visit of their Khối; a cơ sở
 * its own visits once it has been told of them (never a sibling's, never one still being planned).
 */
export function inspectionVisitScope(
  viewer: Viewer,
  action: "inspection.read" | "inspection.manage",
): Prisma.InspectionVisitWhereInput {
  const ors = viewer.grants.flatMap((g): Prisma.InspectionVisitWhereInput[] => {
    const scope = PERMISSIONS[g.role][action];
    if (!scope || !g.khoiIds.length) return [];
    if (g.unitKind === "KHOI") return [{ khoiId: g.unitId }];
    if (g.unitKind === "CO_SO" && scope === "unit")
      return [{ khoiId: { in: g.khoiIds }, coSoId: g.unitId, notifiedAt: { not: null } }];
    return [];
  });
  return ors.length ? { OR: ors } : NOTHING;
}

/**
 * Inspection rounds (đợt kiểm tra) in reach: the Khối's staff theirs; a cơ sở a round only through
 * a visit of its own in it (it reads the round's subject and basis, never the other cơ sở's visits).
 */
export function inspectionRoundScope(
  viewer: Viewer,
  action: "inspection.read" | "inspection.manage",
): Prisma.InspectionRoundWhereInput {
  const ors = viewer.grants.flatMap((g): Prisma.InspectionRoundWhereInput[] => {
    const scope = PERMISSIONS[g.role][action];
    if (!scope || !g.khoiIds.length) return [];
    if (g.unitKind === "KHOI") return [{ khoiId: g.unitId }];
    if (g.unitKind === "CO_SO" && scope === "unit")
      return [{ khoiId: { in: g.khoiIds }, visits: { some: { coSoId: g.unitId, notifiedAt: { not: null } } } }];
    return [];
  });
  return ors.length ? { OR: ors } : NOTHING;
}

/**
 * Recommendations (kiến nghị) in reach: the Khối's staff every one of their Khối; a cơ sở those
 * its own conclusions ask of it (reading them, and answering with inspection.respond).
 */
export function recommendationScope(
  viewer: Viewer,
  action: "inspection.read" | "inspection.respond" | "inspection.manage",
): Prisma.InspectionRecommendationWhereInput {
  const ors = viewer.grants.flatMap((g): Prisma.InspectionRecommendationWhereInput[] => {
    const scope = PERMISSIONS[g.role][action];
    if (!scope || !g.khoiIds.length) return [];
    if (g.unitKind === "KHOI") return [{ khoiId: g.unitId }];
    if (g.unitKind === "CO_SO" && scope === "unit") return [{ khoiId: { in: g.khoiIds }, coSoId: g.unitId }];
    return [];
  });
  return ors.length ? { OR: ors } : NOTHING;
}

/**
 * The Khối's compiled reports (báo cáo tổng hợp: the Khối's own report of a period, coSoId null)
 * as the city above it reads them: a city-level grant that reads units (`unit.read`) reaches the
 * compiled reports of the Khối under that city, never a cơ sở's report nor another city's Khối.
 */
export function compiledReportScope(viewer: Viewer): Prisma.ReportWhereInput {
  const khoiIds = viewer.grants
    .filter((g) => g.unitKind === "CITY" && PERMISSIONS[g.role]["unit.read"])
    .flatMap((g) => g.khoiIds);
  return khoiIds.length ? { khoiId: { in: [...new Set(khoiIds)] }, coSoId: null } : NOTHING;
}
