import "server-only";
// Hỏi đáp thủ tục hành chính (issue 14): a citizen asks on the Khối's public site; the Khối routes
// a question whose agency is unknown; the agency's cơ sở Đoàn answers within its deadline
// (working days, holidays aware) and chooses to publish; late questions are reported to the Khối.
// Signed-out work (asking, looking up by tracking code) is throttled in the database.
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { asSystem } from "@/lib/db/tenant-context";
import { khoiIdsFor, questionScope, type Viewer } from "@/lib/authz";
import { formTokenAge, trackingCodeFor } from "@/lib/auth/form-token";
import { takeQuestionAsk, takeQuestionLookup, takeQuestionMail, takeSiteQuestion } from "@/lib/auth/throttle";
import { dayInVietnam, formatVietnameseDate, vietnamTime } from "@/lib/domain/dates";
import {
  DEFAULT_ANSWER_DAYS,
  FORM_TOKEN_HOURS,
  MIN_FILL_SECONDS,
  QUESTION_STATUS_LABELS,
  isLate,
  median,
  topicLabel,
} from "@/lib/domain/questions";
import { normaliseTrackingCode, trackingCodeHash } from "@/lib/domain/tracking-code";
import { foldVietnamese } from "@/lib/domain/text";
import { answerDueAt, isDueSoon } from "@/lib/domain/working-days";
import { publicUrl, questionAnsweredMessage, questionReceivedMessage } from "@/lib/mail/messages";
import type {
  answerQuestionInput,
  askQuestionInput,
  assignQuestionInput,
  hideQuestionInput,
  lookupQuestionInput,
  publishQuestionInput,
  rerouteQuestionInput,
  routeQuestionInput,
  siteSettingsInput,
} from "@/lib/validation/questions";
import { recordAudit, recordChange } from "./audit";
import { createOnce } from "./create-once";
import { conflict, invalid, notFound } from "./errors";
import { deliverDue, enqueueMail } from "./mail-outbox";
import { notifyUnits, notifyUser } from "./notifications";
import { asSite, siteBySlug, type PublicSiteRef } from "./public-site";
import { cachedRead } from "./read-cache";
import { recordStatusChange, timelineOf } from "./status-changes";

type Tx = Prisma.TransactionClient;

const KHOI_HANDLERS = ["KHOI_ADMIN", "KHOI_STAFF"] as const;
const AGENCY_HANDLERS = ["CO_SO_SECRETARY", "QUESTION_OFFICER"] as const;

const lookupPath = (slug: string) => `/doan-khoi/${slug}/hoi-dap/tra-cuu`;
const questionLink = (id: string) => `/hoi-dap/${id}`;
/** What the public search reads: the published wording of the question and its answer. */
const searchTextOf = (publicBody: string, answer: string) => foldVietnamese(`${publicBody} ${answer}`).slice(0, 20_000);
const waitMinutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

// ───────────── Signed out: asking and looking up ─────────────

export const SCRIPT_REFUSED =
  "Không gửi được câu hỏi. Nếu bạn đang dùng trình duyệt tự điền, vui lòng tải lại trang và nhập lại.";

/**
 * A citizen asks. Returns the tracking code and the answer deadline; a repeated submit of the same
 * form (a double click, a retry after a lost answer) finds the question it made and shows the same
 * code, since the code is derived from the form's key.
 */
export async function askQuestion(input: z.output<typeof askQuestionInput>, client: { address: string }) {
  // The honeypot and the form token first: a script is told nothing more than that it failed.
  if (input.website) throw invalid({}, SCRIPT_REFUSED);
  const age = formTokenAge(input.formToken, input.requestKey);
  if (age === null) throw invalid({}, SCRIPT_REFUSED);
  if (age > FORM_TOKEN_HOURS * 3600)
    throw invalid({}, "Biểu mẫu đã mở quá lâu. Vui lòng sao chép nội dung câu hỏi, tải lại trang rồi gửi lại.");
  if (age < MIN_FILL_SECONDS) throw invalid({}, "Bạn gửi hơi nhanh. Vui lòng kiểm tra lại nội dung rồi bấm gửi lần nữa.");
  const site = await siteBySlug(input.site);
  if (!site) throw notFound("trang");
  const code = trackingCodeFor(input.requestKey);
  const answerOf = (q: { dueAt: Date | null }) => ({
    code,
    dueOn: q.dueAt ? formatVietnameseDate(dayInVietnam(q.dueAt)) : null,
    lookupPath: lookupPath(site.slug),
  });

  return asSite(site, async () => {
    const find = () =>
      db().publicQuestion.findFirst({ where: { khoiId: site.khoiId, requestKey: input.requestKey }, select: { dueAt: true } });
    // A retry is answered before the budgets: it asks nothing new.
    const done = await find();
    if (done) return answerOf(done);
    const wait = Math.max(await takeQuestionAsk(client.address), await takeSiteQuestion(site.khoiId));
    if (wait > 0)
      throw invalid({}, `Bạn đã gửi nhiều câu hỏi trong thời gian ngắn. Vui lòng thử lại sau ${waitMinutes(wait)} phút.`);
    const agency = input.coSoId
      ? await db().unit.findFirst({
          where: { id: input.coSoId, khoiId: site.khoiId, kind: "CO_SO", active: true },
          select: { id: true, name: true },
        })
      : null;
    if (input.coSoId && !agency) throw invalid({ coSoId: "Cơ quan này không có trong danh sách, vui lòng chọn lại" });
    // The deadline is the asker's: it counts from today, whoever ends up answering.
    const now = new Date();
    const dueAt = answerDueAt(now, site);
    // Set only by the submit whose question was stored: parallel copies of the form mail nothing.
    let created = false;
    const made = await createOnce(find, async () => {
      const stored = await db().$transaction(async (tx) => {
        const status: QuestionStatus = agency ? "WAITING" : "ROUTING";
        const q = await tx.publicQuestion.create({
          data: {
            khoiId: site.khoiId,
            coSoId: agency?.id ?? null,
            topic: input.topic,
            body: input.body,
            askerName: input.name,
            askerEmail: input.email,
            askerPhone: input.phone,
            consentAt: now,
            codeHash: trackingCodeHash(normaliseTrackingCode(code)!),
            status,
            routedAt: agency ? now : null,
            dueAt,
            requestKey: input.requestKey,
          },
          select: { id: true, dueAt: true },
        });
        await recordStatusChange(
          {
            khoiId: site.khoiId,
            entityType: "PublicQuestion",
            entityId: q.id,
            fromStatus: null,
            toStatus: status,
            actorId: null,
          },
          tx,
          { topic: input.topic },
        );
        const dueOn = formatVietnameseDate(dayInVietnam(dueAt));
        await notifyUnits(
          tx,
          site.khoiId,
          agency ? [agency.id] : [site.khoiId],
          agency ? [...AGENCY_HANDLERS] : [...KHOI_HANDLERS],
          {
            kind: "question",
            title: agency
              ? `Câu hỏi mới của người dân (${topicLabel(input.topic)}), hạn trả lời ${dueOn}`
              : `Câu hỏi mới của người dân chưa rõ cơ quan trả lời (${topicLabel(input.topic)}), hạn trả lời ${dueOn}: cần chuyển`,
            link: questionLink(q.id),
          },
        );
        return q;
      });
      created = true;
      return stored;
    });
    // One confirmation e-mail per address an hour at most: the form cannot be used to mail anyone.
    // The budget is taken after the question is stored, by the submit that stored it: taken before,
    // a parallel copy of the form could spend it and then lose the race to store the question.
    const answer = answerOf(made);
    if (created && input.email) {
      const to = input.email;
      // The question is stored and its code is on the asker's screen: a failure here costs the
      // confirmation only, never the answer.
      try {
        if ((await takeQuestionMail(to)) === 0) {
          const mail = {
            khoiId: site.khoiId,
            userId: null,
            to,
            kind: "question-received",
            ...questionReceivedMessage(
              { name: input.name.slice(0, 60) },
              { code, siteTitle: site.title, lookupUrl: publicUrl(lookupPath(site.slug)), dueOn: answer.dueOn },
            ),
          };
          await db().$transaction((tx) => enqueueMail(tx, mail));
          sendSoon();
        }
      } catch (error) {
        console.error("[mail] question confirmation not queued", error instanceof Error ? error.message : error);
      }
    }
    return answer;
  });
}

/** Delivered now rather than at the worker's next wake-up; a failure is retried by the worker. */
function sendSoon() {
  void deliverDue().catch((error) => console.error("[mail] delivery failed", error instanceof Error ? error.message : error));
}

const NO_SUCH_CODE = "Không tìm thấy câu hỏi với mã này. Vui lòng kiểm tra lại mã tra cứu.";

/** Tra cứu: the question's status and, once given, its answer. Throttled per place and per code. */
export async function lookupQuestion(input: z.output<typeof lookupQuestionInput>, client: { address: string }) {
  const code = normaliseTrackingCode(input.code);
  const wait = await takeQuestionLookup(client.address);
  if (wait > 0) throw invalid({ code: `Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau ${waitMinutes(wait)} phút.` });
  if (!code) throw invalid({ code: NO_SUCH_CODE });
  const hash = trackingCodeHash(code);
  const site = await siteBySlug(input.site);
  if (!site) throw notFound("trang");
  const q = await asSite(site, () =>
    db().publicQuestion.findFirst({
      where: { codeHash: hash, khoiId: site.khoiId },
      select: {
        topic: true,
        body: true,
        status: true,
        createdAt: true,
        dueAt: true,
        answer: true,
        answeredAt: true,
        hiddenAt: true,
        coSo: { select: { name: true } },
      },
    }),
  );
  if (!q) throw invalid({ code: NO_SUCH_CODE });
  if (q.hiddenAt)
    return {
      status: "HIDDEN" as const,
      statusLabel: "Câu hỏi không được tiếp nhận vì vi phạm điều khoản sử dụng",
      topic: topicLabel(q.topic),
      body: q.body,
      askedOn: formatVietnameseDate(dayInVietnam(q.createdAt)),
      agency: null,
      dueOn: null,
      late: false,
      answer: null,
      answeredOn: null,
    };
  return {
    status: q.status,
    statusLabel: QUESTION_STATUS_LABELS[q.status],
    topic: topicLabel(q.topic),
    body: q.body,
    askedOn: formatVietnameseDate(dayInVietnam(q.createdAt)),
    agency: q.coSo?.name ?? null,
    dueOn: q.dueAt ? formatVietnameseDate(dayInVietnam(q.dueAt)) : null,
    late: q.status !== "ANSWERED" && isLate(q),
    answer: q.answer,
    answeredOn: q.answeredAt ? formatVietnameseDate(dayInVietnam(q.answeredAt)) : null,
  };
}

// ───────────── Inside the portal: the agency and the Khối ─────────────

/** Questions the viewer handles: their agency's (cơ sở), or the whole Khối's (staff). */
function handledScope(viewer: Viewer): Prisma.PublicQuestionWhereInput {
  return { OR: [questionScope(viewer, "question.answer"), questionScope(viewer, "question.manage")] };
}

export const QUESTION_TABS = [
  { key: "cho-chuyen", label: "Chờ chuyển" },
  { key: "cho-tra-loi", label: "Chờ trả lời" },
  { key: "duoc-giao", label: "Giao cho tôi" },
  { key: "qua-han", label: "Quá hạn" },
  { key: "da-tra-loi", label: "Đã trả lời" },
  { key: "tat-ca", label: "Tất cả" },
] as const;
export type QuestionTab = (typeof QUESTION_TABS)[number]["key"];

function tabWhere(tab: QuestionTab, now: Date, viewer: Viewer): Prisma.PublicQuestionWhereInput {
  switch (tab) {
    case "cho-chuyen":
      return { status: "ROUTING" };
    case "cho-tra-loi":
      return { status: "WAITING" };
    case "duoc-giao":
      return { status: "WAITING", assignedToId: viewer.userId, hiddenAt: null };
    case "qua-han":
      return { status: { in: ["ROUTING", "WAITING"] }, dueAt: { lt: now } };
    case "da-tra-loi":
      return { status: "ANSWERED" };
    case "tat-ca":
      return {};
  }
}

export const QUESTIONS_PER_PAGE = 50;

/** The handler's list: a tab, newest first, with the count of each tab. */
export async function questionsFor(viewer: Viewer, filter: { tab: QuestionTab; page?: number }) {
  const now = new Date();
  const scope = handledScope(viewer);
  const where: Prisma.PublicQuestionWhereInput = { AND: [scope, tabWhere(filter.tab, now, viewer)] };
  const counts = await Promise.all(
    QUESTION_TABS.map((t) => db().publicQuestion.count({ where: { AND: [scope, tabWhere(t.key, now, viewer)] } })),
  );
  const total = counts[QUESTION_TABS.findIndex((t) => t.key === filter.tab)];
  const pages = Math.max(1, Math.ceil(total / QUESTIONS_PER_PAGE));
  const page = Math.min(pages, Math.max(1, filter.page ?? 1));
  const rows = await db().publicQuestion.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * QUESTIONS_PER_PAGE,
    take: QUESTIONS_PER_PAGE,
    select: {
      id: true,
      topic: true,
      body: true,
      status: true,
      createdAt: true,
      dueAt: true,
      answeredAt: true,
      published: true,
      hiddenAt: true,
      rerouteReason: true,
      coSo: { select: { name: true } },
      assignedTo: { select: { name: true } },
    },
  });
  return {
    rows: rows.map((r) => ({ ...r, late: isLate(r, now) })),
    total,
    page,
    pages,
    counts: new Map(QUESTION_TABS.map((t, i) => [t.key, counts[i]])),
  };
}

/** What a handler sees of a question: the asker's contact (to answer them), never the code's hash or the form's key. */
const HANDLED_QUESTION = {
  id: true,
  khoiId: true,
  coSoId: true,
  topic: true,
  body: true,
  publicBody: true,
  askerName: true,
  askerEmail: true,
  askerPhone: true,
  status: true,
  createdAt: true,
  routedAt: true,
  dueAt: true,
  rerouteReason: true,
  answer: true,
  answeredAt: true,
  answeredById: true,
  published: true,
  publishedAt: true,
  hiddenAt: true,
  hiddenReason: true,
  assignedToId: true,
  version: true,
  coSo: { select: { id: true, name: true } },
  assignedTo: { select: { name: true } },
} satisfies Prisma.PublicQuestionSelect;

/** One question for its handler, with its timeline and what the viewer may do with it. */
export async function questionFor(viewer: Viewer, id: string) {
  const q = await db().publicQuestion.findFirst({ where: { AND: [handledScope(viewer), { id }] }, select: HANDLED_QUESTION });
  if (!q) throw notFound("câu hỏi");
  const [answerer, agencies, timeline, answers, manages, answerers] = await Promise.all([
    q.answeredById ? db().user.findFirst({ where: { id: q.answeredById }, select: { name: true } }) : null,
    db().unit.findMany({
      where: { khoiId: q.khoiId, kind: "CO_SO", active: true },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    timelineOf(viewer, q.khoiId, "PublicQuestion", [q.id]),
    db().publicQuestion.count({ where: { AND: [questionScope(viewer, "question.answer"), { id }] } }),
    db().publicQuestion.count({ where: { AND: [questionScope(viewer, "question.manage"), { id }] } }),
    q.coSoId ? answerersOf(q.khoiId, q.coSoId) : [],
  ]);
  return {
    question: { ...q, late: isLate(q) },
    answererName: answerer?.name ?? null,
    agencies,
    answerers,
    timeline,
    mayAnswer: answers > 0,
    mayManage: manages > 0,
  };
}

type Handled = Prisma.PublicQuestionGetPayload<{ select: typeof HANDLED_QUESTION }>;

async function findHandled(viewer: Viewer, action: "question.answer" | "question.manage", id: string): Promise<Handled> {
  const q = await db().publicQuestion.findFirst({
    where: { AND: [questionScope(viewer, action), { id }] },
    select: HANDLED_QUESTION,
  });
  if (!q) throw notFound("câu hỏi");
  return q;
}

/**
 * Who may be given a question of this agency: its active secretaries and officers (cán bộ giải
 * đáp), those the agency's notices reach.
 */
function answerersOf(khoiId: string, coSoId: string) {
  return db().user.findMany({
    where: { khoiId, active: true, memberships: { some: { unitId: coSoId, role: { in: [...AGENCY_HANDLERS] } } } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/**
 * Giao câu hỏi: the agency gives a waiting question to one of its answerers (or takes it back),
 * who is told; the list's "Được giao cho tôi" tab and the near-deadline notice follow the choice.
 */
export async function assignQuestion(viewer: Viewer, input: z.output<typeof assignQuestionInput>) {
  const q = await findHandled(viewer, "question.answer", input.id);
  const assigneeId = input.assigneeId || null;
  // Already so (a second click, a replay of a save that went through): nothing to change.
  if (q.assignedToId === assigneeId) return { id: q.id };
  if (q.status !== "WAITING" || !q.coSoId) throw invalid({}, "Chỉ giao được câu hỏi đang chờ cơ quan trả lời.");
  if (q.hiddenAt) throw invalid({}, HIDDEN);
  const assignee = assigneeId ? (await answerersOf(q.khoiId, q.coSoId)).find((u) => u.id === assigneeId) : null;
  // Someone of another agency or Khối, or no longer answering: not offered, as a made-up id.
  if (assigneeId && !assignee) throw invalid({ assigneeId: "Người này không trả lời câu hỏi của cơ quan, vui lòng chọn lại" });
  await db().$transaction(async (tx) => {
    // Still answering for the agency now (an officer removed meanwhile is not given it).
    if (
      assignee &&
      !(await tx.membership.count({ where: { userId: assignee.id, unitId: q.coSoId!, role: { in: [...AGENCY_HANDLERS] } } }))
    )
      throw invalid({ assigneeId: "Người này không trả lời câu hỏi của cơ quan, vui lòng chọn lại" });
    await updateAt(tx, q, input.version, { assignedToId: assigneeId });
    await recordChange(
      { khoiId: q.khoiId, actorId: viewer.userId, action: "question.assign", targetType: "PublicQuestion", targetId: q.id },
      { assignedToId: q.assignedToId },
      { assignedToId: assigneeId },
      tx,
    );
    if (assignee && assignee.id !== viewer.userId)
      await notifyUser(tx, q.khoiId, assignee.id, {
        kind: "question",
        title: `Bạn được giao trả lời một câu hỏi của người dân${q.dueAt ? `, hạn ${formatVietnameseDate(dayInVietnam(q.dueAt))}` : ""}`,
        link: questionLink(q.id),
      });
  });
  return { id: q.id };
}

/** Updates under the version read: another handler's change in between is a conflict, never overwritten. */
async function updateAt(tx: Tx, q: Handled, version: number, data: Prisma.PublicQuestionUncheckedUpdateManyInput) {
  if (q.version !== version) throw conflict();
  const { count } = await tx.publicQuestion.updateMany({
    where: { id: q.id, khoiId: q.khoiId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
}

const HIDDEN = "Câu hỏi đã bị Đoàn Khối ẩn (kiểm duyệt).";

/**
 * The agency answers (or corrects its answer) and says whether it is published. What is published
 * is the question as the agency redacted it (`publicBody`: a name or a phone number the asker wrote
 * in the question taken out), with the answer; the search reads that same text.
 */
export async function answerQuestion(viewer: Viewer, input: z.output<typeof answerQuestionInput>) {
  const q = await findHandled(viewer, "question.answer", input.id);
  if (q.status === "ROUTING") throw invalid({}, "Câu hỏi đang chờ Đoàn Khối chuyển, chưa trả lời được.");
  if (q.hiddenAt) throw invalid({}, HIDDEN);
  const site = await siteOf(q.khoiId);
  const now = new Date();
  const first = q.status === "WAITING";
  await db().$transaction(async (tx) => {
    await updateAt(tx, q, input.version, {
      status: "ANSWERED",
      answer: input.answer,
      publicBody: input.publicBody,
      searchText: searchTextOf(input.publicBody, input.answer),
      ...(first ? { answeredAt: now, answeredById: viewer.userId } : {}),
      published: input.publish,
      publishedAt: input.publish ? (q.publishedAt ?? now) : null,
    });
    if (first) {
      await recordStatusChange(
        {
          khoiId: q.khoiId,
          entityType: "PublicQuestion",
          entityId: q.id,
          fromStatus: "WAITING",
          toStatus: "ANSWERED",
          actorId: viewer.userId,
        },
        tx,
        { published: input.publish },
      );
      if (q.askerEmail && site)
        await enqueueMail(tx, {
          khoiId: q.khoiId,
          userId: null,
          to: q.askerEmail,
          kind: "question-answered",
          ...questionAnsweredMessage(
            { name: q.askerName.slice(0, 60) },
            { agency: q.coSo?.name ?? "Đoàn Khối", lookupUrl: publicUrl(lookupPath(site.slug)) },
          ),
        });
    } else {
      await recordChange(
        { khoiId: q.khoiId, actorId: viewer.userId, action: "question.answer", targetType: "PublicQuestion", targetId: q.id },
        { answer: q.answer, publicBody: q.publicBody, published: q.published },
        { answer: input.answer, publicBody: input.publicBody, published: input.publish },
        tx,
      );
    }
  });
  // The asker's e-mail goes with the outbox's next round (every 30 s), like every notice.
  return { id: q.id };
}

async function siteOf(khoiId: string) {
  return db().publicSite.findFirst({ where: { khoiId }, select: { slug: true, answerDays: true, extraDaysOff: true } });
}

/** Publish or withdraw an answer from the public list. */
export async function setQuestionPublished(viewer: Viewer, input: z.output<typeof publishQuestionInput>) {
  const q = await findHandled(viewer, "question.answer", input.id);
  if (q.status !== "ANSWERED") throw invalid({}, "Chỉ công khai được câu hỏi đã trả lời.");
  if (input.published && q.hiddenAt) throw invalid({}, HIDDEN);
  if (q.version !== input.version) throw conflict();
  // Already as asked (a second click, a replay): nothing to change, nothing to log.
  if (q.published === input.published) return { id: q.id };
  await db().$transaction(async (tx) => {
    await updateAt(tx, q, input.version, {
      published: input.published,
      publishedAt: input.published ? (q.publishedAt ?? new Date()) : null,
    });
    await recordAudit(
      {
        khoiId: q.khoiId,
        actorId: viewer.userId,
        action: "question.publish",
        targetType: "PublicQuestion",
        targetId: q.id,
        before: { published: q.published },
        after: { published: input.published },
      },
      tx,
    );
  });
  return { id: q.id };
}

/**
 * The agency says the question belongs elsewhere: it goes back to the Khối to route, still marked
 * with the agency that sent it back. Its deadline stays the asker's: it keeps running.
 */
export async function requestReroute(viewer: Viewer, input: z.output<typeof rerouteQuestionInput>) {
  const q = await findHandled(viewer, "question.answer", input.id);
  if (q.status !== "WAITING") throw invalid({}, "Chỉ đề nghị chuyển được câu hỏi đang chờ trả lời.");
  await db().$transaction(async (tx) => {
    await updateAt(tx, q, input.version, { status: "ROUTING", rerouteReason: input.reason, assignedToId: null });
    await recordStatusChange(
      {
        khoiId: q.khoiId,
        entityType: "PublicQuestion",
        entityId: q.id,
        fromStatus: "WAITING",
        toStatus: "ROUTING",
        actorId: viewer.userId,
        comment: input.reason,
      },
      tx,
    );
    await notifyUnits(tx, q.khoiId, [q.khoiId], [...KHOI_HANDLERS], {
      kind: "question",
      title: `${q.coSo?.name ?? "Cơ sở"} đề nghị chuyển một câu hỏi của người dân: ${input.reason}`,
      link: questionLink(q.id),
    });
  });
  return { id: q.id };
}

/**
 * The Khối sends a question to the agency that answers it: a first routing, a reroute the agency
 * asked for (to another agency, or back to it), or a move of a waiting question. The deadline is
 * the one the asker was given: routing never resets it.
 */
export async function routeQuestion(viewer: Viewer, input: z.output<typeof routeQuestionInput>) {
  const q = await findHandled(viewer, "question.manage", input.id);
  if (q.status === "ANSWERED") throw invalid({}, "Câu hỏi đã được trả lời.");
  const agency = await db().unit.findFirst({
    where: { id: input.coSoId, khoiId: q.khoiId, kind: "CO_SO", active: true },
    select: { id: true, name: true },
  });
  if (!agency) throw invalid({ coSoId: "Cơ quan này không có trong danh sách, vui lòng chọn lại" });
  if (q.status === "WAITING" && agency.id === q.coSoId) throw invalid({ coSoId: "Câu hỏi đang ở cơ quan này" });
  await db().$transaction(async (tx) => {
    await updateAt(tx, q, input.version, {
      status: "WAITING",
      coSoId: agency.id,
      routedAt: new Date(),
      rerouteReason: null,
      assignedToId: null,
    });
    await recordStatusChange(
      {
        khoiId: q.khoiId,
        entityType: "PublicQuestion",
        entityId: q.id,
        fromStatus: q.status,
        toStatus: "WAITING",
        actorId: viewer.userId,
        comment: `Chuyển đến ${agency.name}`,
      },
      tx,
    );
    const dueOn = q.dueAt ? `, hạn trả lời ${formatVietnameseDate(dayInVietnam(q.dueAt))}` : "";
    await notifyUnits(tx, q.khoiId, [agency.id], [...AGENCY_HANDLERS], {
      kind: "question",
      title: `Đoàn Khối chuyển đến một câu hỏi của người dân (${topicLabel(q.topic)})${dueOn}`,
      link: questionLink(q.id),
    });
  });
  return { id: q.id };
}

/** Moderation: hidden from every public page, kept on record with why. */
export async function hideQuestion(viewer: Viewer, input: z.output<typeof hideQuestionInput>) {
  const q = await findHandled(viewer, "question.manage", input.id);
  await db().$transaction(async (tx) => {
    await updateAt(
      tx,
      q,
      input.version,
      input.hidden
        ? { hiddenAt: new Date(), hiddenReason: input.reason, hiddenById: viewer.userId, published: false, publishedAt: null }
        : { hiddenAt: null, hiddenReason: null, hiddenById: null },
    );
    await recordAudit(
      {
        khoiId: q.khoiId,
        actorId: viewer.userId,
        action: "question.hide",
        targetType: "PublicQuestion",
        targetId: q.id,
        before: { hidden: !!q.hiddenAt },
        after: { hidden: input.hidden, ...(input.reason ? { hiddenReason: input.reason } : {}) },
      },
      tx,
    );
  });
  return { id: q.id };
}

// ───────────── The Khối's settings and figures ─────────────

/** The Khối whose public site the viewer runs (where they hold question.manage at the Khối). */
export function siteKhoiId(viewer: Viewer): string {
  const [khoiId] = khoiIdsFor(viewer, "question.manage");
  if (!khoiId) throw notFound("Đoàn Khối");
  return khoiId;
}

/** The site's settings for the Khối's staff, with defaults before it is first saved. */
export async function siteSettingsFor(viewer: Viewer) {
  const khoiId = siteKhoiId(viewer);
  const site = await db().publicSite.findFirst({ where: { khoiId } });
  const khoi = await db().unit.findFirst({ where: { id: khoiId }, select: { name: true } });
  return {
    khoiId,
    slug: site?.slug ?? slugOf(khoi?.name ?? "doan-khoi"),
    title: site?.title ?? `Cổng thông tin ${khoi?.name ?? "Đoàn Khối"}`,
    intro: site?.intro ?? "",
    published: site?.published ?? false,
    answerDays: site?.answerDays ?? DEFAULT_ANSWER_DAYS,
    extraDaysOff: site?.extraDaysOff ?? [],
    version: site?.version ?? 0,
    exists: !!site,
  };
}

/** "Đoàn Khối các cơ quan thành phố" → "doan-khoi-cac-co-quan-thanh-pho". */
export const slugOf = (name: string) =>
  foldVietnamese(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60) || "doan-khoi";

/**
 * The site's path: the Khối's name, or with its id's start when another Khối's site has that name
 * (looked up across tenants: row-level security would hide the other site).
 */
async function freeSlug(slug: string, khoiId: string) {
  const taken = await asSystem(() => db().publicSite.count({ where: { slug, khoiId: { not: khoiId } } }));
  return taken ? `${slug.slice(0, 50)}-${khoiId.slice(0, 8)}` : slug;
}

export async function saveSiteSettings(viewer: Viewer, input: z.output<typeof siteSettingsInput>) {
  const current = await siteSettingsFor(viewer);
  const data = {
    title: input.title,
    intro: input.intro,
    published: input.published,
    answerDays: input.answerDays,
    extraDaysOff: input.extraDaysOff,
  };
  await db().$transaction(async (tx) => {
    if (!current.exists) {
      await tx.publicSite.create({
        data: { khoiId: current.khoiId, slug: await freeSlug(current.slug, current.khoiId), ...data },
      });
    } else {
      if (current.version !== input.version) throw conflict();
      const { count } = await tx.publicSite.updateMany({
        where: { khoiId: current.khoiId, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw conflict();
    }
    await recordChange(
      {
        khoiId: current.khoiId,
        actorId: viewer.userId,
        action: "site.settings",
        targetType: "PublicSite",
        targetId: current.khoiId,
      },
      current.exists
        ? {
            title: current.title,
            intro: current.intro,
            published: current.published,
            answerDays: current.answerDays,
            extraDaysOff: current.extraDaysOff,
          }
        : null,
      data,
      tx,
    );
  });
  return { slug: current.slug };
}

export type AgencyResponse = {
  coSoId: string;
  name: string;
  received: number;
  answered: number;
  answeredOnTime: number;
  waiting: number;
  lateNow: number;
  /** Median hours (on the clock, nights and weekends included) from reaching the agency to its answer */
  medianHours: number | null;
};

/**
 * Response times per agency (cơ sở) over the questions received from the calendar day `since` (and
 * before the day `until`), days in Vietnam's time: the share answered on time and the median time
 * to answer, for the Khối's dashboard, the agencies' own view and the period reports.
 */
export async function responseTimes(viewer: Viewer, since: Date, until?: Date): Promise<AgencyResponse[]> {
  // Kept until something changes in the Khối or a waiting question turns late (lib/data/read-cache.ts).
  const counted = await cachedRead(
    "responseTimes",
    viewer,
    [since, until ?? null],
    () => countResponseTimes(viewer, since, until),
    (r) => r.turnsLateAt,
  );
  return counted.agencies;
}

/** `turnsLateAt`: when the next question still waiting in time passes its deadline (the count changes then). */
async function countResponseTimes(
  viewer: Viewer,
  since: Date,
  until?: Date,
): Promise<{ agencies: AgencyResponse[]; turnsLateAt: Date | null }> {
  // A question asked at 00:30 on the period's first day is the period's (17:30 UTC the day before).
  const askedAt = { gte: vietnamTime(since, 0), ...(until ? { lt: vietnamTime(until, 0) } : {}) };
  const rows = await db().publicQuestion.findMany({
    // A hidden question (abuse) is no agency's to answer: not counted.
    where: {
      AND: [handledScope(viewer), { coSoId: { not: null }, createdAt: askedAt, hiddenAt: null }],
    },
    select: { coSoId: true, status: true, routedAt: true, dueAt: true, answeredAt: true, coSo: { select: { name: true } } },
  });
  const now = new Date();
  let turnsLateAt: Date | null = null;
  const byAgency = new Map<string, AgencyResponse & { hours: number[] }>();
  for (const r of rows) {
    const a =
      byAgency.get(r.coSoId!) ??
      byAgency
        .set(r.coSoId!, {
          coSoId: r.coSoId!,
          name: r.coSo?.name ?? "",
          received: 0,
          answered: 0,
          answeredOnTime: 0,
          waiting: 0,
          lateNow: 0,
          medianHours: null,
          hours: [],
        })
        .get(r.coSoId!)!;
    a.received++;
    if (r.status === "ANSWERED" && r.answeredAt) {
      a.answered++;
      if (!isLate(r)) a.answeredOnTime++;
      if (r.routedAt) a.hours.push((r.answeredAt.getTime() - r.routedAt.getTime()) / 3_600_000);
    } else {
      a.waiting++;
      if (isLate(r, now)) a.lateNow++;
      else if (r.dueAt && (!turnsLateAt || r.dueAt < turnsLateAt)) turnsLateAt = r.dueAt;
    }
  }
  const agencies = [...byAgency.values()]
    .map(({ hours, ...a }) => ({ ...a, medianHours: median(hours) }))
    .sort((x, y) => x.name.localeCompare(y.name, "vi"));
  return { agencies, turnsLateAt };
}

// ───────────── Scheduled: deadlines near, and late questions ─────────────

/** A question is looked at for a near deadline this long before it (Tết runs ~9 days off). */
const DUE_SOON_HORIZON_MS = 14 * 86_400_000;

/**
 * Unanswered questions whose deadline is near (lib/domain/working-days.ts isDueSoon): the agency
 * holding one, or the Khối while it routes it, is told once (dueSoonNoticeAt, set by a
 * conditional update, so two servers tell once). The notice reaches e-mail as their preferences say.
 */
export async function remindQuestionsDueSoon(now = new Date()) {
  return asSystem(async () => {
    const open = { status: { in: ["ROUTING", "WAITING"] as QuestionStatus[] }, dueSoonNoticeAt: null, hiddenAt: null };
    const candidates = await db().publicQuestion.findMany({
      where: { ...open, dueAt: { gt: now, lt: new Date(now.getTime() + DUE_SOON_HORIZON_MS) } },
      orderBy: { dueAt: "asc" },
      take: 500,
      select: { id: true, khoiId: true, coSoId: true, status: true, createdAt: true, dueAt: true, assignedToId: true },
    });
    const sites = await db().publicSite.findMany({
      where: { khoiId: { in: [...new Set(candidates.map((q) => q.khoiId))] } },
      select: { khoiId: true, extraDaysOff: true },
    });
    const daysOff = new Map(sites.map((s) => [s.khoiId, new Set(s.extraDaysOff)]));
    let told = 0;
    for (const q of candidates.filter((c) => isDueSoon(c, now, daysOff.get(c.khoiId)))) {
      await db().$transaction(async (tx) => {
        const { count } = await tx.publicQuestion.updateMany({
          // Still where it was read (status and agency): a question routed meanwhile tells its new holder later.
          where: { ...open, id: q.id, khoiId: q.khoiId, status: q.status, coSoId: q.coSoId, assignedToId: q.assignedToId },
          data: { dueSoonNoticeAt: now },
        });
        if (count === 0) return;
        told++;
        const notice = {
          kind: "question" as const,
          title: `Câu hỏi của người dân sắp đến hạn trả lời: hạn hết ngày ${formatVietnameseDate(dayInVietnam(q.dueAt!))}`,
          link: questionLink(q.id),
        };
        // Given to one answerer: they and the agency's secretaries are told, not every officer.
        if (q.status === "WAITING" && q.coSoId && q.assignedToId)
          await notifyUnits(tx, q.khoiId, [q.coSoId], ["CO_SO_SECRETARY"], notice, [q.assignedToId]);
        // (A question given to someone who stopped answering went back to the common list: releaseQuestions.)
        else if (q.status === "WAITING" && q.coSoId) await notifyUnits(tx, q.khoiId, [q.coSoId], [...AGENCY_HANDLERS], notice);
        else await notifyUnits(tx, q.khoiId, [q.khoiId], [...KHOI_HANDLERS], notice);
      });
    }
    return { told };
  });
}

/**
 * Questions past their deadline and still unanswered, waiting for an agency or for the Khối to
 * route them: the Khối's staff (and the agency holding it) are told once (lateNoticeAt, set by a
 * conditional update, so two servers tell once).
 */
export async function reportLateQuestions(now = new Date()) {
  return asSystem(async () => {
    const late = await db().publicQuestion.findMany({
      where: { status: { in: ["ROUTING", "WAITING"] }, dueAt: { lt: now }, lateNoticeAt: null, hiddenAt: null },
      orderBy: { dueAt: "asc" },
      take: 200,
      select: { id: true, khoiId: true, coSoId: true, status: true, dueAt: true, coSo: { select: { name: true } } },
    });
    let told = 0;
    for (const q of late) {
      await db().$transaction(async (tx) => {
        const { count } = await tx.publicQuestion.updateMany({
          where: { id: q.id, khoiId: q.khoiId, status: { in: ["ROUTING", "WAITING"] }, lateNoticeAt: null },
          data: { lateNoticeAt: now },
        });
        if (count === 0) return;
        told++;
        const where = q.status === "ROUTING" ? "đang chờ Đoàn Khối chuyển" : (q.coSo?.name ?? "");
        const notice = {
          kind: "question" as const,
          title: `Câu hỏi của người dân quá hạn trả lời (hạn ${formatVietnameseDate(dayInVietnam(q.dueAt!))}, ${where})`,
          link: questionLink(q.id),
        };
        await notifyUnits(tx, q.khoiId, [q.khoiId], [...KHOI_HANDLERS], notice);
        if (q.status === "WAITING" && q.coSoId) await notifyUnits(tx, q.khoiId, [q.coSoId], [...AGENCY_HANDLERS], notice);
        await recordAudit(
          { khoiId: q.khoiId, actorId: null, action: "question.late", targetType: "PublicQuestion", targetId: q.id },
          tx,
        );
      });
    }
    return { told };
  });
}

export type { PublicSiteRef };
