// Hỏi đáp thủ tục hành chính (issue 14): what a citizen's question is about and where it stands.
import type { QuestionStatus } from "@/lib/generated/prisma/enums";

/** Topics a question is filed under (lĩnh vực); the key is stored, the label shown. */
export const QUESTION_TOPICS = [
  { key: "ho-tich", label: "Hộ tịch, cư trú" },
  { key: "dat-dai", label: "Đất đai, xây dựng, nhà ở" },
  { key: "kinh-doanh", label: "Đăng ký kinh doanh, đầu tư" },
  { key: "lao-dong", label: "Lao động, việc làm, bảo hiểm" },
  { key: "thue-phi", label: "Thuế, phí, lệ phí" },
  { key: "giao-duc", label: "Giáo dục, y tế" },
  { key: "truc-tuyen", label: "Dịch vụ công trực tuyến" },
  { key: "khac", label: "Lĩnh vực khác" },
] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number]["key"];
export const QUESTION_TOPIC_KEYS = QUESTION_TOPICS.map((t) => t.key) as [QuestionTopic, ...QuestionTopic[]];
export const topicLabel = (key: string) => QUESTION_TOPICS.find((t) => t.key === key)?.label ?? "Lĩnh vực khác";

export const QUESTION_STATUS_LABELS: Record<QuestionStatus, string> = {
  ROUTING: "Chờ Đoàn Khối chuyển đến cơ quan trả lời",
  WAITING: "Đang chờ trả lời",
  ANSWERED: "Đã trả lời",
};

/** Hạn trả lời: working days after a question reaches the agency that answers it. */
export const DEFAULT_ANSWER_DAYS = 5;
export const MAX_ANSWER_DAYS = 30;

/** The least time a person takes to fill the form: a quicker post is a script (no captcha). */
export const MIN_FILL_SECONDS = 4;
/** A form older than this was left open too long: its token no longer counts. */
export const FORM_TOKEN_HOURS = 12;

/** Is the question late: still unanswered after its deadline, or answered after it? */
export function isLate(q: { dueAt: Date | null; answeredAt: Date | null }, now: Date = new Date()): boolean {
  if (!q.dueAt) return false;
  return (q.answeredAt ?? now).getTime() > q.dueAt.getTime();
}

/** The median of a list of numbers (hours to answer), or null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** "5 giờ", "2,5 ngày", "—": a median time to answer as people read it. */
export function responseTimeLabel(hours: number | null): string {
  if (hours === null) return "—";
  if (hours < 24) return `${Math.max(1, Math.round(hours))} giờ`;
  return `${(hours / 24).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} ngày`;
}

/** "80%" of the answers on time, or "—" when none was answered. */
export const onTimeLabel = (a: { answered: number; answeredOnTime: number }) =>
  a.answered ? `${Math.round((a.answeredOnTime / a.answered) * 100)}%` : "—";
