// Vietnamese labels of the plan vocabulary (lib/domain/plan-model.ts), for screens and documents.
import { formatNumber } from "./dates";
import type { AppliesTo, HonourLevel, MeasureKind, PeriodKind, PlanKind, RecordKind, TargetKind } from "./plan-model";

export const PLAN_KIND_LABELS: Record<PlanKind, string> = { PROGRAMME: "Chương trình", PLAN: "Kế hoạch" };
export const PLAN_DOCUMENT_TYPES: Record<PlanKind, string> = { PROGRAMME: "CHƯƠNG TRÌNH", PLAN: "KẾ HOẠCH" };

export const PLAN_STATUS_LABELS: Record<string, string> = {
  DRAFT: "Bản nháp",
  PUBLISHED: "Đã ban hành",
  SUPERSEDED: "Đã có bản sửa đổi",
  ARCHIVED: "Lưu trữ",
};

export const MEASURE_LABELS: Record<MeasureKind, string> = {
  ENTERED: "Số liệu đơn vị nhập",
  RECORD_COUNT: "Đếm số hồ sơ",
  UNIT_SHARE: "Tỉ lệ cơ sở có",
  MONEY: "Số tiền (đồng)",
};

export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  IDEA: "Ý tưởng, sáng kiến",
  TRAINING: "Học tập, bồi dưỡng",
  PROJECT: "Công trình, phần việc, mô hình, giải pháp",
  HONOUR: "Tuyên dương",
  ACTIVITY: "Hoạt động tổ chức",
  PARTICIPATION: "Lượt tham gia",
  PRODUCT: "Sản phẩm tuyên truyền",
  INSPECTION: "Cơ sở được kiểm tra chuyên đề",
};

export const TARGET_KIND_LABELS: Record<TargetKind, string> = { AT_LEAST: "Ít nhất", EXACT: "Đúng", PERCENT: "Tỉ lệ (%)" };

export const APPLIES_TO_LABELS: Record<AppliesTo, string> = {
  KHOI: "Toàn đơn vị",
  EACH_CO_SO: "Mỗi cơ sở Đoàn",
  EACH_MEMBER: "Mỗi đoàn viên",
};

export const PERIOD_LABELS: Record<PeriodKind, string> = { YEAR: "Trong năm", TERM: "Cả giai đoạn", MONTHS: "Các tháng" };

export const HONOUR_LEVEL_LABELS: Record<HonourLevel, string> = {
  KHOI: "Cấp Khối",
  CITY: "Cấp Thành",
  NATIONAL: "Cấp Trung ương",
};

export const ACTIVITY_KIND_LABELS: Record<string, string> = {
  CONTEST: "Hội thi, cuộc thi",
  PEAK_DAY: "Hoạt động cao điểm",
  TRAINING: "Tập huấn, bồi dưỡng",
  PROPAGANDA: "Sản phẩm tuyên truyền",
  INSPECTION: "Kiểm tra chuyên đề",
  OTHER: "Hoạt động khác",
};

export const REGISTRATION_STATUS_LABELS: Record<string, string> = { REGISTERED: "Đã đăng ký", WITHDRAWN: "Đã rút" };

/** "Ít nhất 1.000 ý tưởng, sáng kiến", "100%", "Đúng 4 hoạt động cao điểm". */
export function formatTarget(i: { targetKind: TargetKind; target: number; unitLabel: string; measure: MeasureKind }): string {
  const n = formatNumber(i.target);
  if (i.targetKind === "PERCENT" || i.measure === "UNIT_SHARE") return `${n}%`;
  const unit = i.measure === "MONEY" ? "đồng" : i.unitLabel;
  return `${i.targetKind === "AT_LEAST" ? "Ít nhất " : ""}${n} ${unit}`.trim();
}

/** "(tháng 3, 5, 7, 9)", "giai đoạn", "" */
export function formatPeriod(i: { period: PeriodKind; months: number[] }): string {
  if (i.period === "MONTHS") return `tháng ${i.months.join(", ")}`;
  return i.period === "TERM" ? "cả giai đoạn" : "trong năm";
}

/** "126-KH/TĐTN-BCNLĐ – Thực hiện phong trào…" for lists and pickers. */
export function planTitle(p: { kind: PlanKind; number: string | null; subject: string }): string {
  return `${PLAN_KIND_LABELS[p.kind]}${p.number ? ` số ${p.number}` : ""}: ${p.subject}`;
}
