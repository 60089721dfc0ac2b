"use server";
import { defineAction } from "./define";
import {
  announceRound,
  cancelVisit,
  createInspectionRound,
  moveVisit,
  scheduleVisit,
  setChecklist,
  updateInspectionRound,
} from "@/lib/data/inspection-rounds";
import { finishVisit, saveVisitAnswer } from "@/lib/data/inspection-visits";
import {
  checklistInput,
  inspectionRoundCreateInput,
  inspectionRoundRefInput,
  inspectionRoundUpdateInput,
  visitCancelInput,
  visitMoveInput,
  visitAnswerInput,
  visitRefInput,
  visitScheduleInput,
} from "@/lib/validation/inspections";

const revalidate = ["/kiem-tra", "/kiem-tra/[id]", "/kiem-tra/lich", "/kiem-tra/[id]/buoi/[visitId]"];

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
