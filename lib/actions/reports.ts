"use server";
import { runAction } from "./run";
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
  weightsInput,
} from "@/lib/validation/reports";
import { saveWeights } from "@/lib/data/thi-dua";

const revalidate = ["/bao-cao", "/bao-cao/[id]", "/bao-cao/[id]/don-vi/[reportId]", "/bang-dieu-khien"];

export async function openPeriodAction(input: unknown) {
  return runAction(periodOpenInput, input, openPeriod, { name: "openPeriod", revalidate });
}

export async function updatePeriodAction(input: unknown) {
  return runAction(periodUpdateInput, input, updatePeriod, { name: "updatePeriod", revalidate });
}

export async function closePeriodAction(input: unknown) {
  return runAction(periodRefInput, input, closePeriod, { name: "closePeriod", revalidate });
}

export async function reopenPeriodAction(input: unknown) {
  return runAction(periodRefInput, input, reopenPeriod, { name: "reopenPeriod", revalidate });
}

export async function remindPeriodAction(input: unknown) {
  return runAction(periodRemindInput, input, remindPeriod, { name: "remindPeriod", revalidate });
}

export async function openReportAction(input: unknown) {
  return runAction(reportOpenInput, input, openReport, { name: "openReport", revalidate });
}

export async function saveReportAction(input: unknown) {
  return runAction(reportSaveInput, input, saveReport, { name: "saveReport", revalidate });
}

export async function submitReportAction(input: unknown) {
  return runAction(reportSaveInput, input, submitReport, { name: "submitReport", revalidate });
}

export async function acceptReportAction(input: unknown) {
  return runAction(reportAcceptInput, input, acceptReport, { name: "acceptReport", revalidate });
}

export async function returnReportAction(input: unknown) {
  return runAction(reportReturnInput, input, returnReport, { name: "returnReport", revalidate });
}

export async function correctReportAction(input: unknown) {
  return runAction(reportCorrectInput, input, correctReport, { name: "correctReport", revalidate });
}

export async function saveWeightsAction(input: unknown) {
  return runAction(weightsInput, input, saveWeights, { name: "saveWeights", revalidate: ["/bang-dieu-khien", "/bang-dieu-khien/thi-dua"] });
}
