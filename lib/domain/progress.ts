// Where an indicator stands against its target: đạt / chưa đạt / vượt, from a value and a target.
// Pure, shared by the roll-up (lib/data/indicator-rollup.ts), dashboards and reports.
import type { TargetKind } from "@/lib/generated/prisma/enums";

/** MET: đạt · NOT_MET: chưa đạt · EXCEEDED: vượt · NO_DATA: chưa có số liệu (entered in reports) */
export type ProgressStatus = "MET" | "NOT_MET" | "EXCEEDED" | "NO_DATA";

export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, string> = {
  MET: "Đạt",
  NOT_MET: "Chưa đạt",
  EXCEEDED: "Vượt",
  NO_DATA: "Chưa có số liệu",
};

/** Reaching the target exactly is "đạt"; going past it is "vượt"; an exact target is missed either way. */
export function progressStatus(value: number | null, target: number, targetKind: TargetKind): ProgressStatus {
  if (value === null) return "NO_DATA";
  if (targetKind === "EXACT") return value === target ? "MET" : value > target ? "EXCEEDED" : "NOT_MET";
  if (value < target) return "NOT_MET";
  return value > target ? "EXCEEDED" : "MET";
}

/** The share of the target reached, in percent (0 when the target is 0 and nothing is needed). */
export function percentOfTarget(value: number | null, target: number): number | null {
  if (value === null) return null;
  if (target <= 0) return 100;
  return Math.round((value / target) * 1000) / 10;
}
