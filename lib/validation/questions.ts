// Hỏi đáp thủ tục hành chính: what the public form and the handlers' forms may send.
import { z } from "zod";
import { QUESTION_TOPIC_KEYS, MAX_ANSWER_DAYS } from "@/lib/domain/questions";
import { parseVietnameseDate } from "@/lib/domain/dates";
import { id, optionalEmail, optionalPhone, optionalText, requestKey, requiredText, searchText, text, version } from "./fields";

export const QUESTION_BODY_MAX = 4000;
export const ANSWER_MAX = 8000;

const slug = text()
  .trim()
  .max(60)
  .regex(/^[a-z0-9-]+$/, { error: "Không tìm thấy trang" });

/** Đặt câu hỏi, signed out. `website` is the honeypot: people never see it, scripts fill it. */
export const askQuestionInput = z
  .object({
    site: slug,
    // "" is "không rõ cơ quan": the Khối routes it.
    coSoId: z.union([z.literal(""), id("Vui lòng chọn cơ quan")]),
    topic: z.enum(QUESTION_TOPIC_KEYS, { error: "Vui lòng chọn lĩnh vực" }),
    body: requiredText("nội dung câu hỏi", QUESTION_BODY_MAX).refine((v) => v.length >= 20, {
      error: "Vui lòng trình bày câu hỏi rõ hơn (ít nhất 20 ký tự)",
    }),
    name: requiredText("họ và tên", 120),
    email: optionalEmail,
    phone: optionalPhone,
    consent: z.literal(true, { error: "Vui lòng đồng ý với điều khoản để gửi câu hỏi" }),
    website: text().max(200).optional(),
    formToken: text().max(100),
    requestKey,
  })
  // Checked even while other fields are wrong (`when`), so every message shows at once.
  .refine((v) => !!(v.email || v.phone), {
    path: ["email"],
    error: "Vui lòng để lại email hoặc số điện thoại để nhận trả lời",
    when: (payload) => typeof payload.value === "object" && payload.value !== null,
  });

/** Tra cứu câu hỏi by its tracking code. */
export const lookupQuestionInput = z.object({
  site: slug,
  code: text({ error: "Vui lòng nhập mã tra cứu" })
    .trim()
    .min(1, { error: "Vui lòng nhập mã tra cứu" })
    .max(40, { error: "Mã tra cứu không đúng" }),
});

/** The public list's filters (from the URL): words, agency, topic, page. */
export const answeredQueryInput = z.object({
  q: searchText(100).optional().catch(undefined),
  coSo: z.uuid().optional().catch(undefined),
  topic: z.enum(QUESTION_TOPIC_KEYS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

const questionRef = { id: id("Không tìm thấy câu hỏi"), version };

export const answerQuestionInput = z.object({
  ...questionRef,
  answer: requiredText("nội dung trả lời", ANSWER_MAX),
  /** The question as it will be published, without what identifies the asker. */
  publicBody: requiredText("nội dung câu hỏi khi công khai", QUESTION_BODY_MAX),
  publish: z.boolean(),
});

export const publishQuestionInput = z.object({ ...questionRef, published: z.boolean() });

export const rerouteQuestionInput = z.object({
  ...questionRef,
  reason: requiredText("lý do đề nghị chuyển", 1000),
});

/** Giao câu hỏi: to one of the agency's answerers, or to nobody (an empty choice). */
export const assignQuestionInput = z.object({
  ...questionRef,
  assigneeId: z.union([z.literal(""), id("Không tìm thấy người được giao")]),
});

export const routeQuestionInput = z.object({ ...questionRef, coSoId: id("Vui lòng chọn cơ quan trả lời") });

export const hideQuestionInput = z
  .object({ ...questionRef, hidden: z.boolean(), reason: optionalText(500) })
  .refine((v) => !v.hidden || !!v.reason, { path: ["reason"], error: "Vui lòng ghi lý do ẩn" });

/** "14/02/2026, 23/02/2026" → ISO dates; each a real date. */
const daysOff = text()
  .trim()
  .max(400, { error: "Tối đa 30 ngày" })
  .transform((value, ctx) => {
    const parts = value
      .split(/[,;\n]+/)
      .map((p) => p.trim())
      .filter(Boolean);
    const days: string[] = [];
    for (const part of parts) {
      const day = parseVietnameseDate(part);
      if (!day) {
        ctx.addIssue({ code: "custom", message: `“${part.slice(0, 20)}” không phải ngày hợp lệ (dd/mm/yyyy)` });
        return z.NEVER;
      }
      days.push(day.toISOString().slice(0, 10));
    }
    return [...new Set(days)].sort();
  });

/** The Khối's public site and its answer deadline. */
export const siteSettingsInput = z.object({
  title: requiredText("tên trang", 200),
  intro: requiredText("lời giới thiệu", 3000),
  published: z.boolean(),
  answerDays: z.coerce
    .number({ error: "Nhập số ngày làm việc" })
    .int({ error: "Nhập số ngày làm việc" })
    .min(1, { error: "Ít nhất 1 ngày làm việc" })
    .max(MAX_ANSWER_DAYS, { error: `Tối đa ${MAX_ANSWER_DAYS} ngày làm việc` }),
  extraDaysOff: daysOff,
  version,
});

/** Cán bộ giải đáp: the account to name (of the secretary's cơ sở), and which cơ sở when they hold several. */
export const nameOfficerInput = z.object({
  userId: id("Vui lòng chọn tài khoản"),
  coSoId: id("Không tìm thấy cơ sở Đoàn").optional(),
});

export const removeOfficerInput = z.object({ membershipId: id("Không tìm thấy cán bộ giải đáp") });
