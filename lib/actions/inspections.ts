"use server";
import { defineAction } from "./define";
import {
  announceRound,
  cancelVisit,
  closeRound,
  createInspectionRound,
  moveVisit,
  scheduleVisit,
  setChecklist,
  updateInspectionRound,
} from "@/lib/data/inspection-rounds";
import { finishVisit, saveVisitAnswer } from "@/lib/data/inspection-visits";
import { respondRecommendation, reviewRecommendation, saveConclusion } from "@/lib/data/inspection-conclusions";
import {
  checklistInput,
  conclusionInput,
  recommendationResponseInput,
  recommendationReviewInput,
  inspectionRoundCreateInput,
  inspectionRoundRefInput,
  inspectionRoundUpdateInput,
  visitCancelInput,
  visitMoveInput,
  visitAnswerInput,
  visitRefInput,
  visitScheduleInput,
} from "@/lib/validation/inspections";

const revalidate = [
  "/kiem-tra",
  "/kiem-tra/[id]",
  "/kiem-tra/lich",
  "/kiem-tra/kien-nghi",
  "/kiem-tra/[id]/buoi/[visitId]",
  "/bang-dieu-khien",
];

export const createInspectionRoundAction = defineAction({
  name: "createInspectionRound",
  permission: "inspection.manage",
  schema: inspectionRoundCreateInput,
  run: createInspectionRound,
  revalidate,
});

export const updateInspectionRoundAction = defineAction({
  name: "updateInspectionRound",
  permission: "inspection.manage",
  schema: inspectionRoundUpdateInput,
  run: updateInspectionRound,
  revalidate,
});

export const setChecklistAction = defineAction({
  name: "setChecklist",
  permission: "inspection.manage",
  schema: checklistInput,
  run: setChecklist,
  revalidate,
});

export const scheduleVisitAction = defineAction({
  name: "scheduleVisit",
  permission: "inspection.manage",
  schema: visitScheduleInput,
  run: scheduleVisit,
  revalidate,
});

export const moveVisitAction = defineAction({
  name: "moveVisit",
  permission: "inspection.manage",
  schema: visitMoveInput,
  run: moveVisit,
  revalidate,
});

export const cancelVisitAction = defineAction({
  name: "cancelVisit",
  permission: "inspection.manage",
  schema: visitCancelInput,
  run: cancelVisit,
  revalidate,
});

export const announceRoundAction = defineAction({
  name: "announceRound",
  permission: "inspection.manage",
  schema: inspectionRoundRefInput,
  run: announceRound,
  revalidate,
});

export const saveVisitAnswerAction = defineAction({
  name: "saveVisitAnswer",
  permission: "inspection.manage",
  schema: visitAnswerInput,
  run: saveVisitAnswer,
  revalidate,
});

export const finishVisitAction = defineAction({
  name: "finishVisit",
  permission: "inspection.manage",
  schema: visitRefInput,
  run: finishVisit,
  revalidate,
});

export const closeRoundAction = defineAction({
  name: "closeRound",
  permission: "inspection.manage",
  schema: inspectionRoundRefInput,
  run: closeRound,
  revalidate,
});

export const saveConclusionAction = defineAction({
  name: "saveConclusion",
  permission: "inspection.manage",
  schema: conclusionInput,
  run: saveConclusion,
  revalidate,
});

export const respondRecommendationAction = defineAction({
  name: "respondRecommendation",
  permission: "inspection.respond",
  schema: recommendationResponseInput,
  run: respondRecommendation,
  revalidate,
});

export const reviewRecommendationAction = defineAction({
  name: "reviewRecommendation",
  permission: "inspection.manage",
  schema: recommendationReviewInput,
  run: reviewRecommendation,
  revalidate,
});
