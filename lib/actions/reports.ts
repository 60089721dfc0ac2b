"use server";
import { defineAction } from "./define";
import { closePeriod, openPeriod, remindPeriod, reopenPeriod, updatePeriod } from "@/lib/data/report-periods";
import { acceptReport, correctReport, openReport, returnReport, saveReport, submitReport } from "@/lib/data/reports";
import {
  periodOpenInput,
  periodRefInput,
  periodRemindInput,
  periodUpdateInput,
  reportAcceptInput,
  reportCorrectInput,
  reportOpenInput,
  reportReturnInput,
  reportSaveInput,
  reportWithdrawInput,
  weightsInput,
} from "@/lib/validation/reports";
import { withdrawReport } from "@/lib/data/report-withdrawal";
import { saveWeights } from "@/lib/data/thi-dua";

const revalidate = ["/bao-cao", "/bao-cao/[id]", "/bao-cao/[id]/don-vi/[reportId]", "/bang-dieu-khien"];

export const openPeriodAction = defineAction({
  name: "openPeriod",
  permission: "report.manage",
  schema: periodOpenInput,
  run: openPeriod,
  revalidate,
});

export const updatePeriodAction = defineAction({
  name: "updatePeriod",
  permission: "report.manage",
  schema: periodUpdateInput,
  run: updatePeriod,
  revalidate,
});

export const closePeriodAction = defineAction({
  name: "closePeriod",
  permission: "report.manage",
  schema: periodRefInput,
  run: closePeriod,
  revalidate,
});

export const reopenPeriodAction = defineAction({
  name: "reopenPeriod",
  permission: "report.manage",
  schema: periodRefInput,
  run: reopenPeriod,
  revalidate,
});

export const remindPeriodAction = defineAction({
  name: "remindPeriod",
  permission: "report.manage",
  schema: periodRemindInput,
  run: remindPeriod,
  revalidate,
});

export const openReportAction = defineAction({
  name: "openReport",
  permission: "report.fill",
  schema: reportOpenInput,
  run: openReport,
  revalidate,
});

export const saveReportAction = defineAction({
  name: "saveReport",
  permission: "report.fill",
  schema: reportSaveInput,
  run: saveReport,
  revalidate,
});

export const submitReportAction = defineAction({
  name: "submitReport",
  permission: "report.fill",
  schema: reportSaveInput,
  run: submitReport,
  revalidate,
});

export const withdrawReportAction = defineAction({
  name: "withdrawReport",
  permission: "report.fill",
  schema: reportWithdrawInput,
  run: withdrawReport,
  revalidate,
});

export const acceptReportAction = defineAction({
  name: "acceptReport",
  permission: "report.review",
  schema: reportAcceptInput,
  run: acceptReport,
  revalidate,
});

export const returnReportAction = defineAction({
  name: "returnReport",
  permission: "report.review",
  schema: reportReturnInput,
  run: returnReport,
  revalidate,
});

export const correctReportAction = defineAction({
  name: "correctReport",
  permission: "report.fill",
  schema: reportCorrectInput,
  run: correctReport,
  revalidate,
});

export const saveWeightsAction = defineAction({
  name: "saveWeights",
  permission: "report.manage",
  schema: weightsInput,
  run: saveWeights,
  revalidate: ["/bang-dieu-khien", "/bang-dieu-khien/thi-dua"],
});
