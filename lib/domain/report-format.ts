// How a report's numbers read, on screen and in the Word file: "1.234", "85,5%", "12/14 cơ sở",
// "12.500.000 đồng", "Có (3)". One place, so the page and the document never disagree.
import type { AppliesTo, MeasureKind } from "@/lib/generated/prisma/enums";
import { formatNumber } from "./dates";
import { PROGRESS_STATUS_LABELS, type ProgressStatus } from "./progress";

type Shown = {
  measure: MeasureKind;
  appliesTo: AppliesTo;
  typed: boolean;
  value: number | null;
  target: number | null;
  status: ProgressStatus | null;
  khoiOnly?: boolean;
};

const percent = (n: number) => `${formatNumber(n)}%`;

/** The value; `forCoSo` when the numbers are one cơ sở's, not the Khối's. */
export function formatReportValue(n: Shown, forCoSo: boolean): string {
  if (n.khoiOnly) return "Đoàn Khối tổ chức";
  if (n.value === null) return "Chưa có số liệu";
  const amount = n.measure === "MONEY" ? `${formatNumber(n.value)} đồng` : formatNumber(n.value);
  if (forCoSo) {
    if (n.typed) return amount;
    if (n.measure === "UNIT_SHARE") return n.value > 0 ? `Có (${formatNumber(n.value)})` : "Chưa có";
    return n.appliesTo === "EACH_MEMBER" ? percent(n.value) : formatNumber(n.value);
  }
  if (n.measure === "UNIT_SHARE" || n.appliesTo === "EACH_MEMBER") return percent(n.value);
  if (n.appliesTo === "EACH_CO_SO") return `${formatNumber(n.value)}/${formatNumber(n.target ?? 0)} cơ sở đạt`;
  return amount;
}

/** The target it is measured against; empty when a cơ sở only adds to a Khối total. */
export function formatReportTarget(n: Shown, forCoSo: boolean): string {
  if (n.target === null) return "";
  if (forCoSo && n.measure === "UNIT_SHARE") return "Có";
  if (n.measure === "UNIT_SHARE" || n.appliesTo === "EACH_MEMBER") return percent(n.target);
  if (!forCoSo && n.appliesTo === "EACH_CO_SO") return `${formatNumber(n.target)} cơ sở`;
  return n.measure === "MONEY" ? `${formatNumber(n.target)} đồng` : formatNumber(n.target);
}

export function formatReportStatus(n: Shown): string {
  if (n.khoiOnly) return "–";
  if (n.status === null) return n.value === null ? PROGRESS_STATUS_LABELS.NO_DATA : "Góp vào chỉ tiêu chung";
  return PROGRESS_STATUS_LABELS[n.status];
}
