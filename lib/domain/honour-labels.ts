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

export const ROUND_STATUS_LABELS: Record<"OPEN" | "VOTING" | "CLOSED" | "DECIDED", string> = {
  OPEN: "Đang nhận đề xuất",
  VOTING: "Hội đồng đang xét",
  CLOSED: "Đã kết thúc bỏ phiếu",
  DECIDED: "Đã có quyết định",
};

export const NOMINATION_STATUS_LABELS: Record<"DRAFT" | "SUBMITTED" | "RETURNED" | "WITHDRAWN", string> = {
  DRAFT: "Bản nháp",
  SUBMITTED: "Đã gửi",
  RETURNED: "Đã trả lại",
  WITHDRAWN: "Đã rút",
};

/** Who a nomination or an honour names: the member's full name, or the collective's name. */
export function nomineeName(n: { member: { fullName: string } | null; unit: { name: string } | null }): string {
  return n.member?.fullName ?? n.unit?.name ?? "";
}

export const CITY_PROPOSAL_STATUS_LABELS: Record<"SENT" | "WITHDRAWN" | "ACCEPTED" | "DECLINED", string> = {
  SENT: "Chờ Thành Đoàn xét",
  WITHDRAWN: "Đã rút",
  ACCEPTED: "Được Thành Đoàn công nhận",
  DECLINED: "Không được công nhận",
};
