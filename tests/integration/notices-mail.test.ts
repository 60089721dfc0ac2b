// Notices by e-mail (issue 13): each notice kind mailed at once, in the 07:00 digest or not at all
// as each user chose; the signed one-click unsubscribe that works signed out and changes one
// preference; the deadline scheduler that reminds the cơ sở still missing N days before (N per
// kind, set by the Khối) and the day after, once per slot even when several servers run it at
// once; "Nhắc ngay" that never doubles a reminder sent today. Mail goes to a real SMTP server.
import { execFile } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import { POST as unsubscribePost } from "@/app/api/huy-nhan-thu/route";
import { saveNoticePreferencesAction, saveReminderSettingsAction, remindNowAction } from "@/lib/actions/notifications";
import { deliverDue, outboxMessage } from "@/lib/data/mail-outbox";
import { preferencesOf, runDigests, unsubscribeTarget } from "@/lib/data/notice-preferences";
import { remindersOverview, runDueReminders } from "@/lib/data/reminders";
import { runScheduledWork } from "@/lib/data/scheduled-work";
import { dayInVietnam } from "@/lib/domain/dates";
import { unsubscribeToken } from "@/lib/mail/unsubscribe";
import { dayFromToday, makeActivity, makeTenant, makeUnit, makeUser, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { startTestSmtp, type TestSmtp } from "../helpers/smtp";
import { viewerOf } from "../helpers/viewers";
import { makeEntry, makeMemberUser } from "../helpers/entries";
import { confirmEntries } from "@/lib/data/entry-reviews";
import { entryConfirmInput } from "@/lib/validation/entries";
import { createAccountAction } from "@/lib/actions/accounts";
import { makeReportPlan, openTestPeriod, setDueIn, submittedReport, type ReportPlan } from "../helpers/reports";

let a: Tenant;
let b: Tenant;
let plan: ReportPlan;
let staff: Viewer;
let smtp: TestSmtp;

/** A moment today in Vietnam at the given hour (UTC+7). */
const todayAt = (hour: number) => new Date(dayInVietnam(new Date()).getTime() + (hour - 7) * 3_600_000);

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  plan = await makeReportPlan(a);
  staff = await viewerOf(a.users.staff.id);
  smtp = await startTestSmtp();
  process.env.SMTP_URL = smtp.url;
  process.env.NEXTAUTH_URL = "https://portal.example.vn";
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  delete process.env.NEXTAUTH_URL;
  await smtp.close();
});

/** Delivers the outbox and returns what the SMTP server received for `email` since `from`. */
async function mailsTo(email: string, from = 0) {
  await deliverDue(200);
  return smtp.received.slice(from).filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((t) => t?.text === email));
}

/** Where the mails of what follows begin: what was queued before is delivered first. */
async function mark() {
  await deliverDue(200);
  return smtp.received.length;
}

/** The one-click address of a received e-mail (mailparser reads the List-* headers into "list"). */
const unsubscribeUrlOf = (mail: { headers: Map<string, unknown> }) =>
  (mail.headers.get("list") as { unsubscribe?: { url: string } } | undefined)?.unsubscribe?.url ?? "";

async function setChoice(userId: string, kind: string, delivery: "off" | "now" | "digest") {
  actingAs(userId);
  const result = await saveNoticePreferencesAction({ choices: [{ kind, delivery }] });
  actingAs(null);
  expect(result).toEqual({ ok: true, data: undefined });
}

describe("a notice by e-mail", () => {
  it("mails a period's opening at once: Vietnamese, a link to the page, an unsubscribe link and the one-click headers", async () => {
    const from = await mark();
    const periodId = await openTestPeriod(staff, plan, {
      indicatorIds: [plan.ind.money],
      dueIn: 30,
      title: "Sơ kết 6 tháng thử thư",
    });
    const [mail] = await mailsTo(a.users.coSo.email, from);
    expect(mail.subject).toBe("Đợt báo cáo mới: Sơ kết 6 tháng thử thư");
    expect(mail.text).toContain("Kính gửi đồng chí");
    expect(mail.text).toContain(`Xem chi tiết: https://portal.example.vn/bao-cao/${periodId}`);
    expect(mail.html).toContain(`href="https://portal.example.vn/bao-cao/${periodId}"`);
    expect(mail.text).toMatch(/Không nhận nữa: https:\/\/portal\.example\.vn\/huy-nhan-thu\?t=/);
    expect(unsubscribeUrlOf(mail)).toMatch(/^https:\/\/portal\.example\.vn\/api\/huy-nhan-thu\?t=.+$/);
    expect(mail.headers.get("list")).toMatchObject({ "unsubscribe-post": { name: "List-Unsubscribe=One-Click" } });
    // The notice is on the page too, with its kind.
    const notice = await db().notification.findFirstOrThrow({ where: { userId: a.users.coSo.id, link: `/bao-cao/${periodId}` } });
    expect(notice).toMatchObject({ kind: "opened", digestPending: false });
    // The Khối admins' Thư đi shows the mail, never its unsubscribe link (it acts without a sign-in).
    const row = await db().mailMessage.findFirstOrThrow({ where: { userId: a.users.coSo.id, subject: mail.subject } });
    const shown = await outboxMessage(await viewerOf(a.users.admin.id), row.id);
    expect(shown.text).toContain("huy-nhan-thu?t=(ẩn)");
    expect(shown.text).not.toMatch(/huy-nhan-thu\?t=[^(]/);
    // Nobody in the other Khối heard of it.
    expect(await mailsTo(b.users.coSo.email, from)).toHaveLength(0);
  });

  it("sends no e-mail for a kind turned off, and keeps the notice", async () => {
    const user = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
    await setChoice(user.id, "opened", "off");
    const from = await mark();
    const periodId = await openTestPeriod(staff, plan, { indicatorIds: [plan.ind.money], dueIn: 30 });
    expect(await mailsTo(user.email, from)).toHaveLength(0);
    expect(await mailsTo(a.users.coSo.email, from)).toHaveLength(1);
    expect(await db().notification.count({ where: { userId: user.id, link: `/bao-cao/${periodId}` } })).toBe(1);
  });

  it("always mails an account notice: the choice cannot turn it off, and it carries no unsubscribe", async () => {
    await setChoice(a.users.member.id, "account", "off");
    const prefs = await preferencesOf(await viewerOf(a.users.member.id));
    expect(prefs.find((p) => p.kind === "account")).toMatchObject({ always: true, delivery: "now" });
    expect(await db().noticePreference.count({ where: { userId: a.users.member.id, kind: "account" } })).toBe(0);
  });

  it("keeps a city account's own choices (no Khối: row-level security admits the user's own rows)", async () => {
    await setChoice(a.users.cityStaff.id, "honour", "digest");
    actingAs(a.users.cityStaff.id);
    const again = await saveNoticePreferencesAction({ choices: [{ kind: "honour", delivery: "off" }] });
    actingAs(null);
    expect(again).toEqual({ ok: true, data: undefined });
    const saved = await db().noticePreference.findMany({
      where: { userId: a.users.cityStaff.id },
      select: { kind: true, email: true, khoiId: true },
    });
    expect(saved).toEqual([{ kind: "honour", email: false, khoiId: null }]);
  });

  it("refuses an unknown kind or delivery with a message, and saves nothing", async () => {
    actingAs(a.users.member.id);
    const result = await saveNoticePreferencesAction({ choices: [{ kind: "opened", delivery: "sometimes" }] });
    actingAs(null);
    expect(result).toMatchObject({ ok: false });
    expect(await db().noticePreference.count({ where: { userId: a.users.member.id, kind: "opened" } })).toBe(0);
  });
});

describe("what else is mailed", () => {
  it("tells each member once that their entries were confirmed, in the digest by default", async () => {
    const one = await makeMemberUser("MEMBER", a.chiDoanA1, a.chiDoanA1, "Vũ Minh Khang");
    const two = await makeMemberUser("MEMBER", a.chiDoanA1, a.chiDoanA1, "Đỗ Lan Anh");
    const entries = [
      await makeEntry(one.member, "IDEA"),
      await makeEntry(one.member, "TRAINING"),
      await makeEntry(two.member, "IDEA", "SUBMITTED", { title: "Số hóa sổ đoàn viên" }),
    ];
    const from = await mark();
    await confirmEntries(
      await viewerOf(a.users.chiDoan.id),
      entryConfirmInput.parse({ entries: entries.map((e) => ({ id: e.id, version: 0 })) }),
    );
    const notices = (userId: string) =>
      db().notification.findMany({
        where: { userId, kind: "confirmed" },
        select: { title: true, link: true, digestPending: true },
      });
    expect(await notices(one.userId)).toEqual([
      { title: "2 ghi nhận của đồng chí đã được xác nhận", link: "/ca-nhan", digestPending: true },
    ]);
    expect(await notices(two.userId)).toEqual([
      { title: "Ghi nhận “Số hóa sổ đoàn viên” đã được xác nhận", link: `/ghi-nhan/${entries[2].id}`, digestPending: true },
    ]);
    expect(await db().mailMessage.count({ where: { userId: { in: [one.userId, two.userId] } } })).toBe(0);
    expect(smtp.received.length).toBe(from);
  });

  it("mails a new account's owner at once, without the password and without an unsubscribe link", async () => {
    const from = await mark();
    actingAs(a.users.admin.id);
    const made = await createAccountAction({
      email: "nguoi.moi@so-thu-nghiem.vn",
      name: "Người Mới",
      role: "MEMBER",
      unitId: a.chiDoanA2.id,
      requestKey: crypto.randomUUID(),
    });
    actingAs(null);
    expect(made.ok).toBe(true);
    const password = made.ok ? (made.data as { temporaryPassword: string }).temporaryPassword : "";
    const [mail] = await mailsTo("nguoi.moi@so-thu-nghiem.vn", from);
    expect(mail.subject).toMatch(/^Tài khoản của đồng chí trên Cổng “3 trách nhiệm” đã được tạo/);
    expect(mail.text).toContain("https://portal.example.vn/doi-mat-khau");
    expect(mail.text).not.toContain(password);
    expect(mail.text).not.toContain("huy-nhan-thu");
    expect(mail.headers.get("list")).toBeUndefined();
  });
});

describe("the daily digest", () => {
  it("gathers the waiting notices into one e-mail from 07:00, once, and leaves none waiting", async () => {
    const user = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoA, name: "Phạm Thu Trang" });
    await setChoice(user.id, "opened", "digest");
    const from = await mark();
    const p1 = await openTestPeriod(staff, plan, { indicatorIds: [plan.ind.money], dueIn: 30, title: "Đợt thử tổng hợp 1" });
    const p2 = await openTestPeriod(staff, plan, { indicatorIds: [plan.ind.money], dueIn: 30, title: "Đợt thử tổng hợp 2" });
    expect(await mailsTo(user.email, from)).toHaveLength(0);
    expect(await db().notification.count({ where: { userId: user.id, digestPending: true } })).toBe(2);

    // Made today, so they wait for tomorrow's 07:00; before 07:00 nothing goes at all.
    const tomorrow = new Date(todayAt(7).getTime() + 86_400_000);
    expect(await runDigests(new Date(tomorrow.getTime() - 60_000))).toEqual({ users: 0, notices: 0 });
    // Two servers at once: one digest.
    const runs = await Promise.all([runDigests(tomorrow), runDigests(tomorrow)]);
    expect(runs.reduce((n, r) => n + r.notices, 0)).toBeGreaterThanOrEqual(2);
    const mails = await mailsTo(user.email, from);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Tổng hợp 2 thông báo – Cổng “3 trách nhiệm”");
    expect(mails[0].text).toContain("Kính gửi đồng chí Phạm Thu Trang");
    expect(mails[0].text).toContain(`https://portal.example.vn/bao-cao/${p1}`);
    expect(mails[0].text).toContain(`https://portal.example.vn/bao-cao/${p2}`);
    expect(unsubscribeUrlOf(mails[0])).toContain("/api/huy-nhan-thu?t=");
    expect(await db().notification.count({ where: { userId: user.id, digestPending: true } })).toBe(0);
    await runDigests(tomorrow);
    expect(await mailsTo(user.email, from)).toHaveLength(1);
  });
});

describe("the one-click unsubscribe", () => {
  const post = (token: string, body = "List-Unsubscribe=One-Click") =>
    unsubscribePost(
      new Request(`https://portal.example.vn/api/huy-nhan-thu?t=${encodeURIComponent(token)}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body,
      }),
    );

  it("turns off the e-mail of that one kind, signed out, from the link of a received e-mail", async () => {
    const user = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoA });
    const from = await mark();
    await openTestPeriod(staff, plan, { indicatorIds: [plan.ind.money], dueIn: 30 });
    const [mail] = await mailsTo(user.email, from);
    const token = new URL(unsubscribeUrlOf(mail)).searchParams.get("t")!;
    // The page shows what it would do, masked, and changes nothing by being opened.
    expect(await unsubscribeTarget(token)).toMatchObject({ kind: "opened", address: expect.stringMatching(/^.{1,2}…@/) });
    expect(await db().noticePreference.count({ where: { userId: user.id } })).toBe(0);
    actingAs(null);
    const response = await post(token);
    expect(response.status).toBe(200);
    const saved = await db().noticePreference.findMany({ where: { userId: user.id }, select: { kind: true, email: true } });
    expect(saved).toEqual([{ kind: "opened", email: false }]);
    // Another kind still mails.
    const prefs = await preferencesOf(await viewerOf(user.id));
    expect(prefs.filter((p) => p.delivery === "off").map((p) => p.kind)).toEqual(["opened"]);
    // The page's button is sent back to the page.
    const fromPage = await post(token, "from=page");
    expect(fromPage.status).toBe(303);
    expect(fromPage.headers.get("location")).toMatch(/^\/huy-nhan-thu\?t=.+&xong=1$/);
  });

  it("changes nothing for a link it did not sign: another kind on the same signature, another user, garbage", async () => {
    const user = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoA });
    const good = unsubscribeToken(user.id, "opened");
    const [, , signature] = good.split(".");
    for (const forged of [
      `${user.id}.returned.${signature}`,
      `${a.users.coSo.id}.opened.${signature}`,
      "khong-phai-ma",
      `${good}.them`,
      "",
    ]) {
      expect((await post(forged)).status).toBe(404);
      expect(await unsubscribeTarget(forged)).toBeNull();
    }
    expect(await db().noticePreference.count({ where: { userId: { in: [user.id, a.users.coSo.id] }, email: false } })).toBe(0);
  });
});

describe("the deadline scheduler", () => {
  /** A fresh Khối with three cơ sở (one has no secretary), a report plan and a staff viewer. */
  async function khoiWithCoSo() {
    const t = await makeTenant(db());
    const third = await makeUnit(db(), "CO_SO", `Đoàn Sở C ${t.label}`, t.khoi);
    const p = await makeReportPlan(t);
    return { t, third, p, staff: await viewerOf(t.users.staff.id) };
  }
  const backdate = (model: "reportPeriod" | "activity" | "honourRound", id: string, days: number) =>
    (db()[model] as unknown as { update(args: unknown): Promise<unknown> }).update({
      where: { id },
      data: { createdAt: new Date(Date.now() - days * 86_400_000) },
    });
  const reminders = (subjectId: string) =>
    db().deadlineReminder.findMany({
      where: { subjectId },
      orderBy: { createdAt: "asc" },
      select: { slot: true, reminded: true, unreachable: true },
    });
  const noticesAbout = (userId: string, link: string) =>
    db().notification.findMany({
      where: { userId, link, kind: { in: ["deadline", "overdue"] } },
      select: { title: true, kind: true },
    });

  it("reminds the cơ sở that have not sent, 7 days before, from 07:00, once even with two servers at once", async () => {
    const { t, p, staff: s } = await khoiWithCoSo();
    const periodId = await openTestPeriod(s, p, { indicatorIds: [p.ind.money], dueIn: 7, title: "Tổng kết thử nhắc" });
    await backdate("reportPeriod", periodId, 20);
    const coSoB = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: t.coSoB });
    await submittedReport(await viewerOf(coSoB.id), periodId);
    const from = await mark();

    expect((await runDueReminders(todayAt(6))).sent).toBe(0);
    const runs = await Promise.all([runDueReminders(todayAt(8)), runDueReminders(todayAt(8))]);
    expect(runs.map((r) => r.sent).sort()).toEqual([0, 1]);
    expect(await reminders(periodId)).toEqual([{ slot: "before:7", reminded: 1, unreachable: 1 }]);
    // cơ sở A (nothing sent) is reminded; cơ sở B sent its report; cơ sở C has nobody to tell.
    expect(await noticesAbout(t.users.coSo.id, `/bao-cao/${periodId}`)).toEqual([
      {
        kind: "deadline",
        title: expect.stringMatching(/^Tổng kết thử nhắc: còn 7 ngày đến hạn nộp báo cáo \(\d\d\/\d\d\/\d{4}\)$/),
      },
    ]);
    expect(await noticesAbout(coSoB.id, `/bao-cao/${periodId}`)).toEqual([]);
    const mails = await mailsTo(t.users.coSo.email, from);
    expect(mails.map((m) => m.subject)).toEqual([expect.stringContaining("còn 7 ngày đến hạn nộp báo cáo")]);
    // Later the same day, and the days between 7 and 1: nothing more.
    expect((await runDueReminders(todayAt(15))).sent).toBe(0);
    expect((await runDueReminders(new Date(todayAt(9).getTime() + 3 * 86_400_000))).sent).toBe(0);
    expect(await db().auditLog.count({ where: { targetId: periodId, action: "deadline.remind", actorId: null } })).toBe(1);
  });

  it("sends the 1-day reminder and the day-after overdue one, and catches up a slot missed while no server ran", async () => {
    const { t, p, staff: s } = await khoiWithCoSo();
    const periodId = await openTestPeriod(s, p, { indicatorIds: [p.ind.money], dueIn: 5 });
    await backdate("reportPeriod", periodId, 20);
    // 5 days left: the 7-day reminder was missed (no server ran): it goes now, once.
    await runDueReminders(todayAt(8));
    await setDueIn(periodId, 1);
    await runDueReminders(todayAt(8));
    await setDueIn(periodId, -1);
    await runDueReminders(todayAt(8));
    expect((await reminders(periodId)).map((r) => r.slot)).toEqual(["before:7", "before:1", "overdue"]);
    // The same day's reminders of one deadline are not doubled: the three went on "one day" here,
    // so the 1-day and overdue ones found cơ sở A already reminded today.
    expect(await noticesAbout(t.users.coSo.id, `/bao-cao/${periodId}`)).toHaveLength(1);
  });

  it("moves the reminders with a deadline moved after one was sent", async () => {
    const { p, staff: s } = await khoiWithCoSo();
    const periodId = await openTestPeriod(s, p, { indicatorIds: [p.ind.money], dueIn: 7 });
    await backdate("reportPeriod", periodId, 20);
    await runDueReminders(todayAt(8));
    // Moved 5 days later: nothing on the next days, the 7-day reminder again when 7 days are left.
    await setDueIn(periodId, 12);
    for (let day = 1; day < 5; day++) await runDueReminders(new Date(todayAt(8).getTime() + day * 86_400_000));
    expect(await db().deadlineReminder.count({ where: { subjectId: periodId } })).toBe(1);
    await runDueReminders(new Date(todayAt(8).getTime() + 5 * 86_400_000));
    const rows = await db().deadlineReminder.findMany({ where: { subjectId: periodId }, orderBy: { dueOn: "asc" } });
    expect(rows.map((r) => [r.slot, r.dueOn])).toEqual([
      ["before:7", dayFromToday(7)],
      ["before:7", dayFromToday(12)],
    ]);
  });

  it("gives a deadline made 3 days before no 7-day reminder, and follows the Khối's own days", async () => {
    const { t, p, staff: s } = await khoiWithCoSo();
    const late = await openTestPeriod(s, p, { indicatorIds: [p.ind.money], dueIn: 3 });
    await runDueReminders(todayAt(8));
    expect(await reminders(late)).toEqual([]);

    actingAs(t.users.staff.id);
    const bad = await saveReminderSettingsAction({ "report-period": "7, ba", "honour-round": "", activity: "7,1" });
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { "report-period": "Mỗi mốc là số ngày từ 0 đến 60, cách nhau bởi dấu phẩy" },
    });
    expect(await saveReminderSettingsAction({ "report-period": "3", "honour-round": "", activity: "2; 10" })).toEqual({
      ok: true,
      data: undefined,
    });
    actingAs(null);
    expect(
      await db().reminderSetting.findMany({
        where: { khoiId: t.khoi.id },
        orderBy: { kind: "asc" },
        select: { kind: true, daysBefore: true },
      }),
    ).toEqual([
      { kind: "activity", daysBefore: [10, 2] },
      { kind: "honour-round", daysBefore: [] },
      { kind: "report-period", daysBefore: [3] },
    ]);
    await runDueReminders(todayAt(8));
    expect((await reminders(late)).map((r) => r.slot)).toEqual(["before:3"]);
    // Another Khối keeps the defaults.
    expect((await remindersOverview(staff)).settings.map((x) => x.days)).toEqual([
      [7, 1],
      [7, 1],
      [7, 1],
    ]);
  });

  it("reminds the cơ sở not registered for an activity, and the page shows the next reminder and what was sent", async () => {
    const { t, p } = await khoiWithCoSo();
    const activity = await makeActivity(db(), p, { deadlineIn: 7, startsIn: 20, name: "Hội thi thử nhắc đăng ký" });
    await backdate("activity", activity.id, 10);
    await db().activityRegistration.create({ data: { khoiId: t.khoi.id, activityId: activity.id, coSoId: t.coSoA.id } });
    await runDueReminders(todayAt(8));
    expect(await reminders(activity.id)).toEqual([{ slot: "before:7", reminded: 0, unreachable: 2 }]);
    const overview = await remindersOverview(await viewerOf(t.users.staff.id), todayAt(8));
    const row = overview.upcoming.find((d) => d.id === activity.id)!;
    expect(row).toMatchObject({ daysLeft: 7, next: { slot: "before:1", on: dayFromToday(6) } });
    expect(overview.sent.map((x) => x.name)).toContain("Hội thi thử nhắc đăng ký");
  });
});

describe("Nhắc ngay", () => {
  it("reminds the missing cơ sở now, never twice the same day, nor after the scheduler already did today", async () => {
    const t = await makeTenant(db());
    const p = await makeReportPlan(t);
    const s = await viewerOf(t.users.staff.id);
    const periodId = await openTestPeriod(s, p, { indicatorIds: [p.ind.money], dueIn: 7 });
    await db().reportPeriod.update({ where: { id: periodId }, data: { createdAt: new Date(Date.now() - 20 * 86_400_000) } });
    await runDueReminders(todayAt(8));
    actingAs(t.users.staff.id);
    const clicks = await Promise.all(Array.from({ length: 4 }, () => remindNowAction({ type: "report-period", id: periodId })));
    actingAs(null);
    expect(clicks.every((c) => c.ok)).toBe(true);
    expect(clicks.map((c) => (c.ok ? (c.data as { reminded: number }).reminded : -1))).toEqual([0, 0, 0, 0]);
    expect(
      await db().notification.count({ where: { userId: t.users.coSo.id, link: `/bao-cao/${periodId}`, kind: "deadline" } }),
    ).toBe(1);
  });

  it("is refused to a cơ sở secretary, and another Khối's deadline is not found as a made-up one", async () => {
    const t = await makeTenant(db());
    const p = await makeReportPlan(t);
    const periodId = await openTestPeriod(await viewerOf(t.users.staff.id), p, { indicatorIds: [p.ind.money], dueIn: 7 });
    actingAs(t.users.coSo.id);
    expect(await remindNowAction({ type: "report-period", id: periodId })).toMatchObject({ ok: false });
    actingAs(b.users.staff.id);
    const other = await remindNowAction({ type: "report-period", id: periodId });
    const madeUp = await remindNowAction({ type: "report-period", id: crypto.randomUUID() });
    actingAs(null);
    expect(other).toEqual(madeUp);
    expect(await db().deadlineReminder.count({ where: { subjectId: periodId } })).toBe(0);
  });
});

// Two app servers are two processes on one PostgreSQL: PGlite has one process by design.
describe.runIf(process.env.TEST_DB === "postgres")("two server processes on one PostgreSQL", () => {
  it("send each reminder and each digest once", async () => {
    const t = await makeTenant(db());
    const p = await makeReportPlan(t);
    const periodId = await openTestPeriod(await viewerOf(t.users.staff.id), p, { indicatorIds: [p.ind.money], dueIn: 7 });
    await db().reportPeriod.update({ where: { id: periodId }, data: { createdAt: new Date(Date.now() - 20 * 86_400_000) } });
    const reader = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: t.coSoB });
    await setChoice(reader.id, "opened", "digest");
    await openTestPeriod(await viewerOf(t.users.staff.id), p, { indicatorIds: [p.ind.money], dueIn: 30 });
    expect(await db().notification.count({ where: { userId: reader.id, digestPending: true } })).toBe(1);

    const admin = new URL(inject("pgAdminUrl"));
    const [{ name }] = await db().$queryRaw<{ name: string }[]>`SELECT current_database()::text AS name`;
    admin.pathname = `/${name}`;
    const tomorrowAtEight = new Date(todayAt(8).getTime() + 86_400_000).toISOString();
    const startAt = String(Date.now() + 6_000);
    const server = () =>
      new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          [
            "--import",
            "tsx",
            "--conditions=react-server",
            "tests/helpers/scheduler-process.ts",
            admin.toString(),
            tomorrowAtEight,
            startAt,
          ],
          { cwd: path.resolve(__dirname, "../.."), timeout: 60_000 },
          (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
        ),
      );
    const outputs = await Promise.all([server(), server()]);
    const runs = outputs.map(
      (o) => JSON.parse(o.trim().split("\n").pop()!) as { reminders: { sent: number }; digests: { users: number } },
    );
    // Each slot and each digest was done by one of the two, whichever got there first.
    expect(await db().deadlineReminder.count({ where: { subjectId: periodId } })).toBe(1);
    expect(
      await db().notification.count({ where: { userId: t.users.coSo.id, link: `/bao-cao/${periodId}`, kind: "deadline" } }),
    ).toBe(1);
    expect(await db().mailMessage.count({ where: { userId: reader.id, kind: "digest" } })).toBe(1);
    expect(runs.reduce((n, r) => n + r.digests.users, 0)).toBeGreaterThanOrEqual(1);
  }, 90_000);
});

describe("the scheduled work", () => {
  it("runs the scheduler and the digest once per interval across servers, and delivers the outbox every time", async () => {
    const now = todayAt(9);
    const runs = await Promise.all([runScheduledWork(now), runScheduledWork(now), runScheduledWork(now)]);
    expect(runs.filter((r) => r.reminders !== null)).toHaveLength(1);
    expect(runs.filter((r) => r.digests !== null)).toHaveLength(1);
    expect(runs.filter((r) => r.lateQuestions !== null)).toHaveLength(1);
    expect(runs.filter((r) => r.questionsDueSoon !== null)).toHaveLength(1);
    expect(runs.every((r) => r.mail !== undefined)).toBe(true);
    const later = await runScheduledWork(new Date(now.getTime() + 301_000));
    expect(later.reminders).not.toBeNull();
  });
});
