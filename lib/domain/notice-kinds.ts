// What a notice is about, as its reader chooses how to hear of it (Cài đặt thông báo): each kind
// by e-mail or not, at once or in the daily digest (thư tổng hợp, 07:00). The caller that notifies
// names the kind; the notices page's filters read the link instead (notice-groups.ts).
export const NOTICE_KINDS = [
  { key: "opened", label: "Kế hoạch ban hành, đợt báo cáo, đợt xét chọn mở", email: true, digest: false },
  { key: "deadline", label: "Sắp đến hạn (nhắc hạn nộp, hạn đăng ký, hạn đề xuất)", email: true, digest: false },
  { key: "overdue", label: "Đã quá hạn", email: true, digest: false },
  { key: "returned", label: "Bị trả lại (ghi nhận, cam kết, báo cáo, công trình, đề xuất)", email: true, digest: false },
  { key: "confirmed", label: "Được duyệt, xác nhận", email: true, digest: true },
  { key: "submitted", label: "Cơ sở, chi đoàn gửi lên (báo cáo, công trình, kế hoạch, đề xuất)", email: true, digest: true },
  { key: "question", label: "Hỏi đáp của người dân (câu hỏi mới, được chuyển đến, quá hạn trả lời)", email: true, digest: false },
  { key: "inspection", label: "Kiểm tra chuyên đề (lịch kiểm tra, kết luận, kiến nghị)", email: true, digest: false },
  { key: "honour", label: "Thi đua – khen thưởng (quyết định, đề nghị Thành Đoàn)", email: true, digest: false },
  // Security notices reach the owner whatever they chose: a stranger's attempts must not go unseen.
  { key: "account", label: "Tài khoản và bảo mật (luôn gửi thư ngay)", email: true, digest: false, always: true },
] as const satisfies readonly { key: string; label: string; email: boolean; digest: boolean; always?: boolean }[];

export type NoticeKind = (typeof NOTICE_KINDS)[number]["key"];

export const NOTICE_KIND_KEYS = NOTICE_KINDS.map((k) => k.key) as [NoticeKind, ...NoticeKind[]];

export const noticeKind = (key: string) => NOTICE_KINDS.find((k) => k.key === key);

export type Delivery = "off" | "now" | "digest";

/**
 * How a user hears of a kind: their saved choice, else the kind's default. A kind marked `always`
 * is mailed at once whatever was saved.
 */
export function deliveryOf(kind: NoticeKind, saved?: { email: boolean; digest: boolean } | null): Delivery {
  const k = noticeKind(kind)!;
  if ("always" in k && k.always) return "now";
  const choice = saved ?? k;
  if (!choice.email) return "off";
  return choice.digest ? "digest" : "now";
}
