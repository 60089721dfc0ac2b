// Hỏi đáp thủ tục hành chính (issue 14) on a real database: a citizen asks signed out and gets a
// tracking code (its hash only is stored), the agency answers and publishes, the Khối routes an
// "unknown agency" question and a reroute; the public list shows only published, unhidden answers
// of its own Khối, never the asker; scripts (honeypot, too-fast posts, forged tokens) and floods
// are refused; late questions are reported once; every role and tenant sees only its own.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { issueFormToken } from "@/lib/auth/form-token";
import {
  answerQuestionAction,
  askQuestionAction,
  hideQuestionAction,
  lookupQuestionAction,
  publishQuestionAction,
  rerouteQuestionAction,
  routeQuestionAction,
  saveSiteSettingsAction,
} from "@/lib/actions/questions";
import { answeredQuestions, publicAnswer, siteBySlug } from "@/lib/data/public-site";
import { questionsFor, remindQuestionsDueSoon, reportLateQuestions, responseTimes } from "@/lib/data/questions";
import { outboxMessage } from "@/lib/data/mail-outbox";
import { LOGIN_LIMITS } from "@/lib/auth/throttle";
import { makePlan, makeTenant, makeUser, unique, type Tenant } from "../factories";
import { reportDocument, reportWorkbookData } from "@/lib/data/report-summary";
import { makePeriodRow, makeReportRow } from "../helpers/reports";
import { actingAs, as } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let slugA: string;
let slugB: string;

/** A form drawn `seconds` ago, as the ask page draws it: its key and its token. */
function form(seconds = 30) {
  const requestKey = randomUUID();
  return { requestKey, formToken: issueFormToken(requestKey, Date.now() - seconds * 1000) };
}
const tokenFrom = (seconds: number) => form(seconds).formToken;

function askInput(site: string, over: Record<string, unknown> = {}) {
  const drawn = form();
  return {
    site,
    coSoId: a.coSoA.id,
    topic: "ho-tich",
    body: "Tôi cần trích lục khai sinh bản sao thì nộp hồ sơ ở đâu, bao lâu thì có kết quả?",
    name: "Nguyễn Văn Bình",
    email: "binh.nguoidan@example.com",
    phone: "0912345678",
    consent: true,
    website: "",
    ...drawn,
    ...over,
  };
}

const PUBLIC_BODY = "Cần giấy tờ gì để làm thủ tục này?";

async function ask(over: Record<string, unknown> = {}, site = slugA) {
  actingAs(null);
  const result = await askQuestionAction(askInput(site, over));
  if (!result.ok) throw new Error(`ask refused: ${JSON.stringify(result)}`);
  const row = await db().publicQuestion.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
  return { ...result.data, row };
}

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  slugA = unique("site-a").toLowerCase();
  slugB = unique("site-b").toLowerCase();
  await db().publicSite.create({ data: { khoiId: a.khoi.id, slug: slugA, title: "Cổng A", intro: "Giới thiệu A" } });
  await db().publicSite.create({ data: { khoiId: b.khoi.id, slug: slugB, title: "Cổng B", intro: "Giới thiệu B" } });
});
beforeEach(async () => {
  // Every call here comes from the address "unknown": each test starts with fresh budgets.
  await db().rateLimiterFlexible.deleteMany({ where: { key: { contains: "question" } } });
  await db().rateLimiterFlexible.deleteMany({ where: { key: { contains: "lookup" } } });
});
afterEach(() => actingAs(null));

describe("asking, signed out", () => {
  it("gives a tracking code once, stores only its hash and the deadline in working days, tells the agency", async () => {
    const { code, dueOn, row } = await ask();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(dueOn).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(row.codeHash).not.toContain(code!.replace(/-/g, ""));
    expect(row.status).toBe("WAITING");
    expect(row.coSoId).toBe(a.coSoA.id);
    const notices = await db().notification.findMany({ where: { userId: a.users.coSo.id, link: `/hoi-dap/${row.id}` } });
    expect(notices).toHaveLength(1);
    const mail = await db().mailMessage.findFirst({
      where: { toAddress: "binh.nguoidan@example.com", kind: "question-received" },
    });
    expect(mail?.text).toContain(code!);
    // The code is the asker's own key: the Khối's Thư đi shows the message without it.
    const shown = await outboxMessage(await viewerOf(a.users.admin.id), mail!.id);
    expect(shown.text).not.toContain(code!);
    expect(shown.subject).not.toContain(code!);
  });

  it("a repeated submit of the same form makes one question, sends one e-mail and shows the same code", async () => {
    const input = askInput(slugA, { email: "lap.lai@example.com" });
    const results = await Promise.all([askQuestionAction(input), askQuestionAction(input), askQuestionAction(input)]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db().publicQuestion.count({ where: { requestKey: input.requestKey } })).toBe(1);
    expect(new Set(results.map((r) => r.ok && r.data.code)).size).toBe(1);
    // A retry later (its answer lost) still shows the code, and costs no budget.
    const again = await askQuestionAction(input);
    expect(again).toMatchObject({ ok: true, data: { code: results[0].ok && results[0].data.code } });
    expect(await db().mailMessage.count({ where: { toAddress: "lap.lai@example.com" } })).toBe(1);
  });

  it("mails one confirmation an hour to an address: the form cannot be used to flood a mailbox", async () => {
    const to = "nan.nhan@example.com";
    await ask({ email: to });
    await ask({ email: to });
    expect(await db().mailMessage.count({ where: { toAddress: to } })).toBe(1);
  });

  it("refuses scripts: the honeypot, a post faster than a person types, a forged or stale form token", async () => {
    const before = await db().publicQuestion.count();
    for (const over of [
      { website: "http://spam.example" },
      form(1),
      { formToken: `${Date.now() - 60_000}.forged-signature-xxxxxxx` },
      form(13 * 3600),
      // Another form's token: one token makes one question.
      { formToken: tokenFrom(30) },
    ]) {
      const r = await askQuestionAction(askInput(slugA, over));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.formError).toMatch(/Không gửi được|gửi hơi nhanh|quá lâu/);
    }
    expect(await db().publicQuestion.count()).toBe(before);
  });

  it("refuses an agency of another Khối, and keeps each field's message beside it", async () => {
    const r = await askQuestionAction(askInput(slugA, { coSoId: b.coSoA.id }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { coSoId: expect.stringContaining("không có trong danh sách") } });
    const none = await askQuestionAction(askInput(slugA, { email: "", phone: "", body: "ngắn", consent: false }));
    expect(none.ok).toBe(false);
    if (!none.ok) expect(Object.keys(none.fieldErrors ?? {}).sort()).toEqual(["body", "consent", "email"]);
  });

  it("throttles one address to a few questions an hour, with a clear message", async () => {
    const results = [];
    for (let i = 0; i <= LOGIN_LIMITS.questionPerAddress.points; i++) results.push(await askQuestionAction(askInput(slugA)));
    expect(results.slice(0, -1).every((r) => r.ok)).toBe(true);
    const last = results.at(-1)!;
    expect(last).toMatchObject({ ok: false, formError: expect.stringContaining("thử lại sau") });
  });

  it("an unpublished site or an unknown slug takes no question", async () => {
    const slug = unique("off").toLowerCase();
    const c = await makeTenant(db());
    await db().publicSite.create({ data: { khoiId: c.khoi.id, slug, title: "Tắt", intro: "x", published: false } });
    expect(await siteBySlug(slug)).toBeNull();
    const r = await askQuestionAction(askInput(slug, { coSoId: c.coSoA.id }));
    expect(r.ok).toBe(false);
  });
});

describe("looking up by code", () => {
  it("shows the status, then the answer; never the asker; a wrong code or another site's code is not found", async () => {
    const { code, row } = await ask();
    const first = await lookupQuestionAction({ site: slugA, code: code!.toLowerCase().replace(/-/g, " ") });
    expect(first).toMatchObject({ ok: true, data: { status: "WAITING", answer: null, agency: a.coSoA.name } });
    expect(JSON.stringify(first)).not.toContain("Nguyễn Văn Bình");
    expect(JSON.stringify(first)).not.toContain("0912345678");

    await as(a.users.coSo.id, () =>
      answerQuestionAction({
        id: row.id,
        version: row.version,
        answer: "Bạn nộp tại UBND phường.",
        publicBody: PUBLIC_BODY,
        publish: false,
      }),
    );
    const second = await lookupQuestionAction({ site: slugA, code: code! });
    expect(second).toMatchObject({ ok: true, data: { status: "ANSWERED", answer: "Bạn nộp tại UBND phường." } });

    expect(await lookupQuestionAction({ site: slugB, code: code! })).toMatchObject({
      ok: false,
      fieldErrors: { code: expect.any(String) },
    });
    expect(await lookupQuestionAction({ site: slugA, code: "0000-0000-0000" })).toMatchObject({ ok: false });
  });

  it("throttles guesses from one address", async () => {
    let last;
    for (let i = 0; i <= LOGIN_LIMITS.lookupPerAddress.points; i++)
      last = await lookupQuestionAction({ site: slugA, code: `ABCD-EFGH-${String(i).padStart(4, "0")}` });
    expect(last).toMatchObject({ ok: false, fieldErrors: { code: expect.stringContaining("quá nhiều lần") } });
  });
});

describe("answering, publishing and the public list", () => {
  it("lists only published, unhidden answers of its own Khối, in the agency's redacted wording, searchable without diacritics", async () => {
    const { row } = await ask({
      body: "Tôi là Bình, SĐT 0987654321. Thủ tục đăng ký hộ kinh doanh cá thể cần những giấy tờ gì vậy ạ?",
    });
    const site = (await siteBySlug(slugA))!;
    const answer = (publish: boolean, version: number) =>
      as(a.users.coSo.id, () =>
        answerQuestionAction({
          id: row.id,
          version,
          answer: "Giấy đề nghị và căn cước của chủ hộ.",
          publicBody: "Thủ tục đăng ký hộ kinh doanh cá thể cần những giấy tờ gì?",
          publish,
        }),
      );
    expect(await answer(false, row.version)).toMatchObject({ ok: true });
    expect(await publicAnswer(site, row.id)).toBeNull();
    const answered = await db().publicQuestion.findUniqueOrThrow({ where: { id: row.id } });
    expect(
      await as(a.users.coSo.id, () => publishQuestionAction({ id: row.id, version: answered.version, published: true })),
    ).toMatchObject({ ok: true });

    const found = await answeredQuestions(site, { q: "dang ky ho kinh doanh" });
    expect(found.rows.map((r) => r.id)).toContain(row.id);
    const shown = JSON.stringify(found.rows);
    expect(shown).not.toMatch(/Nguyễn Văn Bình|binh\.nguoidan|0912345678|0987654321|Tôi là Bình/);
    // The words the agency took out find nothing.
    expect((await answeredQuestions(site, { q: "0987654321" })).rows).toHaveLength(0);
    expect((await answeredQuestions(site, { topic: "thue-phi" })).rows.map((r) => r.id)).not.toContain(row.id);
    // Another Khối's site never shows it.
    const siteB = (await siteBySlug(slugB))!;
    expect(await publicAnswer(siteB, row.id)).toBeNull();

    // Hidden by the Khối: gone from every public page, kept on record; its agency can neither publish nor answer it.
    const published = await db().publicQuestion.findUniqueOrThrow({ where: { id: row.id } });
    expect(
      await as(a.users.staff.id, () =>
        hideQuestionAction({ id: row.id, version: published.version, hidden: true, reason: "Nội dung quảng cáo" }),
      ),
    ).toMatchObject({ ok: true });
    expect(await publicAnswer(site, row.id)).toBeNull();
    const hidden = await db().publicQuestion.findUniqueOrThrow({ where: { id: row.id } });
    expect(hidden).toMatchObject({ published: false, hiddenReason: "Nội dung quảng cáo" });
    expect(await answer(true, hidden.version)).toMatchObject({ ok: false, formError: expect.stringContaining("ẩn") });
    expect(
      await as(a.users.coSo.id, () => publishQuestionAction({ id: row.id, version: hidden.version, published: true })),
    ).toMatchObject({ ok: false });
  });

  it("a stale version is a conflict, never an overwrite", async () => {
    const { row } = await ask();
    const first = await as(a.users.coSo.id, () =>
      answerQuestionAction({ id: row.id, version: row.version, answer: "Trả lời một.", publicBody: PUBLIC_BODY, publish: true }),
    );
    expect(first.ok).toBe(true);
    const second = await as(a.users.coSo.id, () =>
      answerQuestionAction({ id: row.id, version: row.version, answer: "Trả lời hai.", publicBody: PUBLIC_BODY, publish: true }),
    );
    expect(second).toMatchObject({ ok: false, formError: expect.stringContaining("người khác thay đổi") });
    expect((await db().publicQuestion.findUniqueOrThrow({ where: { id: row.id } })).answer).toBe("Trả lời một.");
  });
});

describe("routing and rerouting", () => {
  it("an 'unknown agency' question waits for the Khối, which routes it; the agency can send it back; the deadline never moves", async () => {
    const { row } = await ask({ coSoId: "" });
    expect(row).toMatchObject({ status: "ROUTING", coSoId: null });
    expect(row.dueAt).not.toBeNull();
    // The cơ sở does not see it; the Khối does.
    const coSo = await viewerOf(a.users.coSo.id);
    expect((await questionsFor(coSo, { tab: "tat-ca" })).rows.map((r) => r.id)).not.toContain(row.id);
    const staff = await viewerOf(a.users.staff.id);
    expect((await questionsFor(staff, { tab: "cho-chuyen" })).rows.map((r) => r.id)).toContain(row.id);
    // The cơ sở cannot route.
    expect(await as(a.users.coSo.id, () => routeQuestionAction({ id: row.id, version: 0, coSoId: a.coSoA.id }))).toMatchObject({
      ok: false,
    });

    expect(await as(a.users.staff.id, () => routeQuestionAction({ id: row.id, version: 0, coSoId: a.coSoA.id }))).toMatchObject({
      ok: true,
    });
    const routed = await db().publicQuestion.findUniqueOrThrow({ where: { id: row.id } });
    expect(routed).toMatchObject({ status: "WAITING", coSoId: a.coSoA.id, dueAt: row.dueAt });

    expect(
      await as(a.users.coSo.id, () => rerouteQuestionAction({ id: row.id, version: routed.version, reason: "Thuộc Sở Tư pháp" })),
    ).toMatchObject({ ok: true });
    const back = await db().publicQuestion.findUniqueOrThrow({ where: { id: row.id } });
    expect(back).toMatchObject({ status: "ROUTING", coSoId: a.coSoA.id, rerouteReason: "Thuộc Sở Tư pháp", dueAt: row.dueAt });
    // The Khối disagrees and sends it back to the same agency: the same deadline, not a fresh one.
    expect(
      await as(a.users.staff.id, () => routeQuestionAction({ id: row.id, version: back.version, coSoId: a.coSoA.id })),
    ).toMatchObject({ ok: true });
    expect(await db().publicQuestion.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "WAITING",
      coSoId: a.coSoA.id,
      dueAt: row.dueAt,
      rerouteReason: null,
    });
    const steps = await db().statusChange.findMany({ where: { entityId: row.id }, orderBy: { createdAt: "asc" } });
    expect(steps.map((s) => s.toStatus)).toEqual(["ROUTING", "WAITING", "ROUTING", "WAITING"]);
  });
});

describe("tenancy and roles", () => {
  it("another agency, another Khối, a chi đoàn and a member find nothing", async () => {
    const { row } = await ask();
    const coSoB = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
    for (const userId of [coSoB.id, b.users.coSo.id, b.users.staff.id, a.users.chiDoan.id, a.users.member.id, a.users.city.id]) {
      const r = await as(userId, () =>
        answerQuestionAction({ id: row.id, version: row.version, answer: "Xen ngang", publicBody: PUBLIC_BODY, publish: true }),
      );
      expect(r.ok).toBe(false);
    }
    expect((await db().publicQuestion.findUniqueOrThrow({ where: { id: row.id } })).answer).toBeNull();
    const otherKhoi = await viewerOf(b.users.staff.id);
    expect((await questionsFor(otherKhoi, { tab: "tat-ca" })).rows.map((r) => r.id)).not.toContain(row.id);
  });

  it("the Khối sets its answer deadline and days off; a cơ sở cannot", async () => {
    const settings = {
      title: "Cổng A",
      intro: "Giới thiệu",
      published: true,
      answerDays: "7",
      extraDaysOff: "14/02/2026, 23/02/2026",
    };
    expect(await as(a.users.coSo.id, () => saveSiteSettingsAction({ ...settings, version: 0 }))).toMatchObject({ ok: false });
    const site = await db().publicSite.findUniqueOrThrow({ where: { khoiId: a.khoi.id } });
    expect(await as(a.users.staff.id, () => saveSiteSettingsAction({ ...settings, version: site.version }))).toMatchObject({
      ok: true,
    });
    expect(await db().publicSite.findUniqueOrThrow({ where: { khoiId: a.khoi.id } })).toMatchObject({
      answerDays: 7,
      extraDaysOff: ["2026-02-14", "2026-02-23"],
    });
    const bad = await as(a.users.staff.id, () =>
      saveSiteSettingsAction({ ...settings, answerDays: "99", extraDaysOff: "31/02/2026", version: site.version + 1 }),
    );
    expect(bad).toMatchObject({ ok: false, fieldErrors: { answerDays: expect.any(String), extraDaysOff: expect.any(String) } });
  });
});

describe("a near deadline", () => {
  it("is told once to the agency holding the question, or to the Khối routing it; never for an answered or hidden one", async () => {
    const held = (await ask()).row;
    const unrouted = (await ask({ coSoId: "" })).row;
    const answered = (await ask()).row;
    const hidden = (await ask()).row;
    // Asked on Friday 27/11 and due at the end of Friday 4/12 (Vietnam), looked at on Thursday 3/12, 09:00.
    const asked = { createdAt: new Date("2026-11-27T03:00:00Z"), dueAt: new Date("2026-12-04T16:59:59.999Z") };
    await db().publicQuestion.updateMany({ where: { id: { in: [held.id, unrouted.id, answered.id, hidden.id] } }, data: asked });
    await db().publicQuestion.update({ where: { id: answered.id }, data: { status: "ANSWERED", answeredAt: new Date() } });
    await db().publicQuestion.update({ where: { id: hidden.id }, data: { hiddenAt: new Date(), hiddenReason: "Lạm dụng" } });
    const thursday = new Date("2026-12-03T02:00:00Z");
    expect(await remindQuestionsDueSoon(new Date("2026-12-02T02:00:00Z"))).toEqual({ told: 0 });

    const [first, second] = await Promise.all([remindQuestionsDueSoon(thursday), remindQuestionsDueSoon(thursday)]);
    expect(first.told + second.told).toBe(2);
    expect(await remindQuestionsDueSoon(thursday)).toEqual({ told: 0 });
    const told = (id: string) =>
      db().notification.findMany({
        where: { link: `/hoi-dap/${id}`, title: { contains: "sắp đến hạn" } },
        select: { userId: true, title: true },
      });
    expect((await told(held.id)).map((n) => n.userId)).toEqual([a.users.coSo.id]);
    expect((await told(held.id))[0].title).toContain("04/12/2026");
    expect((await told(unrouted.id)).map((n) => n.userId).sort()).toEqual(
      (await db().membership.findMany({ where: { unitId: a.khoi.id, role: { in: ["KHOI_ADMIN", "KHOI_STAFF"] } } }))
        .map((m) => m.userId)
        .sort(),
    );
    expect(await told(answered.id)).toEqual([]);
    expect(await told(hidden.id)).toEqual([]);
  });
});

describe("late questions", () => {
  it("are reported to the Khối and the agency once, and counted in the response times; so is one left unrouted", async () => {
    const { row } = await ask();
    await db().publicQuestion.update({ where: { id: row.id }, data: { dueAt: new Date(Date.now() - 3_600_000) } });
    const [first, second] = await Promise.all([reportLateQuestions(), reportLateQuestions()]);
    expect(first.told + second.told).toBeGreaterThanOrEqual(1);
    const notices = await db().notification.findMany({
      where: { userId: a.users.staff.id, link: `/hoi-dap/${row.id}`, title: { contains: "quá hạn" } },
    });
    expect(notices).toHaveLength(1);
    await reportLateQuestions();
    expect(
      await db().notification.count({
        where: { userId: a.users.staff.id, link: `/hoi-dap/${row.id}`, title: { contains: "quá hạn" } },
      }),
    ).toBe(1);

    const staff = await viewerOf(a.users.staff.id);
    expect((await questionsFor(staff, { tab: "qua-han" })).rows.map((r) => r.id)).toContain(row.id);
    const times = await responseTimes(staff, new Date(Date.now() - 86_400_000));
    expect(times.find((t) => t.coSoId === a.coSoA.id)?.lateNow).toBeGreaterThanOrEqual(1);

    // Left with the Khối past its deadline: the Khối is told, no agency is.
    const unrouted = (await ask({ coSoId: "" })).row;
    await db().publicQuestion.update({ where: { id: unrouted.id }, data: { dueAt: new Date(Date.now() - 3_600_000) } });
    await reportLateQuestions();
    expect(await db().notification.count({ where: { link: `/hoi-dap/${unrouted.id}`, title: { contains: "quá hạn" } } })).toBe(
      await db().membership.count({ where: { unitId: a.khoi.id, role: { in: ["KHOI_ADMIN", "KHOI_STAFF"] } } }),
    );
  });
});

describe("response times", () => {
  it("count a question late the moment its deadline passes, with nothing written in between", async () => {
    const { row } = await ask();
    const dueAt = new Date(Date.now() + 2_000);
    await db().publicQuestion.update({ where: { id: row.id }, data: { dueAt } });
    const staff = await viewerOf(a.users.staff.id);
    const since = new Date(Date.now() - 86_400_000);
    const lateNow = async () => (await responseTimes(staff, since)).find((t) => t.coSoId === a.coSoA.id)?.lateNow ?? 0;
    const before = await lateNow();
    expect(await lateNow()).toBe(before);
    // Kept under the Khối's version, yet not past the deadline it was counted before.
    vi.useFakeTimers({ toFake: ["Date"], now: dueAt.getTime() + 1_000 });
    try {
      expect(await lateNow()).toBe(before + 1);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("in the period reports", () => {
  it("a question asked at 00:30 on a period's first day, in Vietnam, is the period's, not the day before's", async () => {
    const { row } = await ask();
    // 00:30 on 03/03/2025 in Vietnam is 17:30 UTC on 02/03.
    await db().publicQuestion.update({ where: { id: row.id }, data: { createdAt: new Date("2025-03-02T17:30:00Z") } });
    const staff = await viewerOf(a.users.staff.id);
    const received = async (from: string, to: string) =>
      (await responseTimes(staff, new Date(from), new Date(to))).find((t) => t.coSoId === a.coSoA.id)?.received ?? 0;
    expect(await received("2025-03-01", "2025-04-01")).toBe(1);
    expect(await received("2025-02-01", "2025-03-01")).toBe(0);
  });

  it("a cơ sở's Word report lists its own answers to the public in the period, and none for a period without questions", async () => {
    const { row } = await ask();
    await as(a.users.coSo.id, () =>
      answerQuestionAction({
        id: row.id,
        version: row.version,
        answer: "Nộp tại UBND phường.",
        publicBody: PUBLIC_BODY,
        publish: false,
      }),
    );
    const khoi = { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" as const };
    const plan = await makePlan(db(), khoi, { status: "PUBLISHED", indicators: [{ code: "CT1" }] });
    const month = new Date().getUTCMonth() + 1;
    const period = await makePeriodRow(
      { id: plan.id, khoiId: a.khoi.id },
      { indicatorIds: [], fromMonth: month, toMonth: month },
    );
    const report = await makeReportRow(period, a.coSoA.id, "DRAFT");
    const { input } = await reportDocument(await viewerOf(a.users.coSo.id), report.id);
    expect(input.questions.map((q) => q.name)).toEqual([a.coSoA.name]);
    expect(Number(input.questions[0].received)).toBeGreaterThanOrEqual(1);
    expect(Number(input.questions[0].answered)).toBeGreaterThanOrEqual(1);
    // A period with nothing asked in it has no such table.
    const earlier = await makePeriodRow(
      { id: plan.id, khoiId: a.khoi.id },
      { indicatorIds: [], fromMonth: month, toMonth: month },
    );
    await db().reportPeriod.update({ where: { id: earlier.id }, data: { year: 2020 } });
    const old = await makeReportRow(earlier, a.coSoA.id, "DRAFT");
    expect((await reportDocument(await viewerOf(a.users.coSo.id), old.id)).input.questions).toEqual([]);

    // The Khối's workbook of the period has the same figures, as numbers, every agency's.
    const book = await reportWorkbookData(await viewerOf(a.users.staff.id), period.id);
    const mine = book.questions.find((q) => q.name === a.coSoA.name)!;
    expect(mine.received).toBe(Number(input.questions[0].received));
    expect(mine.answered).toBe(Number(input.questions[0].answered));
    expect(mine.medianHours).toEqual(expect.any(Number));
    expect((await reportWorkbookData(await viewerOf(a.users.staff.id), earlier.id)).questions).toEqual([]);
  });
});
