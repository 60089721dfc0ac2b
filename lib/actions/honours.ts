"use server";
import { defineAction } from "./define";
import { archiveTitle, createTitle, updateTitle } from "@/lib/data/honour-titles";
import { closeNominations, openRound } from "@/lib/data/honour-rounds";
import { castBallots, closeVoting, setCouncil } from "@/lib/data/honour-council";
import { amendDecision, issueDecision } from "@/lib/data/honour-decisions";
import {
  acceptProposal,
  castCityBallot,
  closeCityVoting,
  declineProposal,
  forwardHonours,
  withdrawProposal,
} from "@/lib/data/city-proposals";
import { setTitleRegistrations } from "@/lib/data/title-registrations";
import {
  createNomination,
  returnNomination,
  submitNomination,
  updateNomination,
  withdrawNomination,
} from "@/lib/data/nominations";
import {
  ballotsInput,
  cityAcceptInput,
  cityBallotInput,
  cityDeclineInput,
  cityForwardInput,
  cityProposalRefInput,
  councilInput,
  decisionAmendInput,
  decisionIssueInput,
  nominationCreateInput,
  nominationRefInput,
  nominationReturnInput,
  nominationUpdateInput,
  roundOpenInput,
  roundRefInput,
  titleArchiveInput,
  titleCreateInput,
  titleRegistrationInput,
  titleUpdateInput,
} from "@/lib/validation/honours";

const revalidate = ["/khen-thuong/danh-hieu", "/khen-thuong/danh-hieu/[id]"];
const rounds = ["/khen-thuong", "/khen-thuong/[id]"];
const proposals = ["/khen-thuong/[id]", "/thanh-doan/khen-thuong"];

export const createTitleAction = defineAction({
  name: "createTitle",
  permission: "honour.manage",
  schema: titleCreateInput,
  run: createTitle,
  revalidate,
});

export const updateTitleAction = defineAction({
  name: "updateTitle",
  permission: "honour.manage",
  schema: titleUpdateInput,
  run: updateTitle,
  revalidate,
});

export const archiveTitleAction = defineAction({
  name: "archiveTitle",
  permission: "honour.manage",
  schema: titleArchiveInput,
  run: archiveTitle,
  revalidate,
});

export const openRoundAction = defineAction({
  name: "openRound",
  permission: "honour.manage",
  schema: roundOpenInput,
  run: openRound,
  revalidate: rounds,
});

export const closeNominationsAction = defineAction({
  name: "closeNominations",
  permission: "honour.manage",
  schema: roundRefInput,
  run: closeNominations,
  revalidate: rounds,
});

export const createNominationAction = defineAction({
  name: "createNomination",
  permission: "honour.nominate",
  schema: nominationCreateInput,
  run: createNomination,
  revalidate: rounds,
});

export const updateNominationAction = defineAction({
  name: "updateNomination",
  permission: "honour.nominate",
  schema: nominationUpdateInput,
  run: updateNomination,
  revalidate: rounds,
});

export const submitNominationAction = defineAction({
  name: "submitNomination",
  permission: "honour.nominate",
  schema: nominationRefInput,
  run: submitNomination,
  revalidate: rounds,
});

export const withdrawNominationAction = defineAction({
  name: "withdrawNomination",
  permission: "honour.nominate",
  schema: nominationRefInput,
  run: withdrawNomination,
  revalidate: rounds,
});

export const returnNominationAction = defineAction({
  name: "returnNomination",
  permission: "honour.manage",
  schema: nominationReturnInput,
  run: returnNomination,
  revalidate: rounds,
});

export const setCouncilAction = defineAction({
  name: "setCouncil",
  permission: "honour.manage",
  schema: councilInput,
  run: setCouncil,
  revalidate: rounds,
});

export const castBallotsAction = defineAction({
  name: "castBallots",
  permission: "honour.vote",
  schema: ballotsInput,
  run: castBallots,
  revalidate: rounds,
});

export const closeVotingAction = defineAction({
  name: "closeVoting",
  permission: "honour.vote",
  schema: roundRefInput,
  run: closeVoting,
  revalidate: rounds,
});

export const issueDecisionAction = defineAction({
  name: "issueDecision",
  permission: "honour.manage",
  schema: decisionIssueInput,
  run: issueDecision,
  revalidate: rounds,
});

export const amendDecisionAction = defineAction({
  name: "amendDecision",
  permission: "honour.manage",
  schema: decisionAmendInput,
  run: amendDecision,
  revalidate: rounds,
});

// ── Proposals to the Thành Đoàn: the Khối sends and withdraws, the city accepts or declines ──

export const forwardHonoursAction = defineAction({
  name: "forwardHonours",
  permission: "honour.forward",
  schema: cityForwardInput,
  run: forwardHonours,
  revalidate: proposals,
});

export const withdrawProposalAction = defineAction({
  name: "withdrawProposal",
  permission: "honour.forward",
  schema: cityProposalRefInput,
  run: withdrawProposal,
  revalidate: proposals,
});

export const acceptProposalAction = defineAction({
  name: "acceptProposal",
  permission: "honour.city",
  schema: cityAcceptInput,
  run: acceptProposal,
  revalidate: proposals,
});

export const declineProposalAction = defineAction({
  name: "declineProposal",
  permission: "honour.city",
  schema: cityDeclineInput,
  run: declineProposal,
  revalidate: proposals,
});

export const castCityBallotAction = defineAction({
  name: "castCityBallot",
  permission: "honour.city",
  schema: cityBallotInput,
  run: castCityBallot,
  revalidate: ["/thanh-doan/khen-thuong"],
});

export const closeCityVotingAction = defineAction({
  name: "closeCityVoting",
  permission: "honour.city",
  schema: cityProposalRefInput,
  run: closeCityVoting,
  revalidate: ["/thanh-doan/khen-thuong"],
});

// ── Đăng ký thi đua: a member's own titles for the year, on their record ──

export const setTitleRegistrationsAction = defineAction({
  name: "setTitleRegistrations",
  permission: "entry.log",
  schema: titleRegistrationInput,
  run: setTitleRegistrations,
  revalidate: ["/ca-nhan", "/khen-thuong/danh-hieu/[id]"],
});
