// Words of the honours side (thi đua – khen thưởng) for the UI, the documents and the audit log.
export { HONOUR_LEVEL_LABELS } from "./plan-labels";

export const HONOUR_SUBJECT_LABELS: Record<"INDIVIDUAL" | "COLLECTIVE", string> = {
  INDIVIDUAL: "Cá nhân",
  COLLECTIVE: "Tập thể",
};

export const CRITERION_SOURCE_LABELS: Record<"TYPED" | "COMPUTED", string> = {
  TYPED: "Đơn vị đề xuất tự đánh giá",
  COMPUTED: "Tính từ dữ liệu đã xác nhận",
};
