// Words of the honours side (thi đua – khen thưởng) for the UI, the documents and the audit log.
export { HONOUR_LEVEL_LABELS } from "./plan-labels";
import type { NominationStatus } from "@/lib/generated/prisma/enums";

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

export const NOMINATION_STATUS_LABELS: Record<NominationStatus, string> = {
  DRAFT: "Bản nháp",
  PROPOSED: "Chờ cơ sở gửi Đoàn Khối",
  SUBMITTED: "Đã gửi",
  RETURNED: "Đã trả lại",
  WITHDRAWN: "Đã rút",
};

/**
 * Who a nomination or an honour names: the member's full name, or the collective's name; a chi
 * đoàn with its cơ sở, since two cơ sở may each have a "Chi đoàn Văn phòng".
 */
export function nomineeName(n: {
  member: { fullName: string } | null;
  unit: { name: string; kind?: string; parent?: { name: string } | null } | null;
}): string {
  if (n.member) return n.member.fullName;
  if (!n.unit) return "";
  return n.unit.kind === "CHI_DOAN" && n.unit.parent ? `${n.unit.name} (${n.unit.parent.name})` : n.unit.name;
}

/** What a read selects of a collective nominee for nomineeName. */
export const NOMINEE_UNIT_SELECT = { select: { name: true, kind: true, parent: { select: { name: true } } } } as const;

export const CITY_PROPOSAL_STATUS_LABELS: Record<"SENT" | "WITHDRAWN" | "ACCEPTED" | "DECLINED", string> = {
  SENT: "Chờ Thành Đoàn xét",
  WITHDRAWN: "Đã rút",
  ACCEPTED: "Được Thành Đoàn công nhận",
  DECLINED: "Không được công nhận",
};
