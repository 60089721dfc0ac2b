import "server-only";
// Nhắc hạn: reminders of deadlines (report periods, nomination rounds, activity registrations) to
// the cơ sở that have not done the thing yet, N days before (N per kind, set by the Khối; 7 and 1
// unless changed) and the day after for reports. The scheduler (runDueReminders, woken by
// /api/jobs on every server) sends each slot once: the DeadlineReminder row is inserted first,
// unique per deadline and slot, so a second server running at the same moment inserts nothing
// and sends nothing. A click on "Nhắc ngay" sends a "manual" slot of the day; whoever was already
// reminded of the same deadline today is skipped either way (remindUnitsOncePerDay).
import type { Prisma } from "@/lib/generated/prisma/client";
import { PERMISSIONS, type Viewer } from "@/lib/authz";
import { db } from "@/lib/db/client";
import { asSystem } from "@/lib/db/tenant-context";
import { DEADLINE_KINDS, daysUntil, deadlineKind, dueSlot, type DeadlineKind } from "@/lib/domain/deadlines";
import { dayInVietnam, formatVietnameseDate, hourInVietnam } from "@/lib/domain/dates";
import { recordAudit } from "./audit";
import { notFound } from "./errors";
import { notifyUnits, remindUnitsOncePerDay, vietnamMidnight, type Notice } from "./notifications";

type Tx = Prisma.TransactionClient;

export type Deadline = {
  type: DeadlineKind;
  id: string;
  khoiId: string;
  name: string;
  dueOn: Date;
  createdAt: Date;
};

const DAY = 86_400_000;
/** The scheduler looks this far ahead: the largest number of days a Khối may choose. */
export const MAX_DAYS_BEFORE = 60;
/** Reminders go out from 07:00 in Vietnam, not at midnight. */
const SEND_FROM_HOUR = 7;

export const deadlineLink = (d: { type: DeadlineKind; id: string }) =>
  d.type === "report-period" ? `/bao-cao/${d.id}` : d.type === "honour-round" ? `/khen-thuong/${d.id}` : `/hoat-dong/${d.id}`;

/** Every open deadline between two days (both included), of all Khối or of the given ones. */
async function openDeadlines(from: Date, to: Date, khoiIds?: string[]): Promise<Deadline[]> {
  const khoi = khoiIds ? { khoiId: { in: khoiIds } } : {};
  const [periods, rounds, activities] = await Promise.all([
    db().reportPeriod.findMany({
      where: { ...khoi, status: "OPEN", dueOn: { gte: from, lte: to } },
      select: { id: true, khoiId: true, title: true, dueOn: true, createdAt: true },
    }),
    db().honourRound.findMany({
      where: { ...khoi, status: "OPEN", dueOn: { gte: from, lte: to } },
      select: { id: true, khoiId: true, name: true, dueOn: true, createdAt: true },
    }),
    db().activity.findMany({
      where: { ...khoi, active: true, registrationDeadline: { gte: from, lte: to } },
      select: { id: true, khoiId: true, name: true, registrationDeadline: true, createdAt: true },
    }),
  ]);
  return [
    ...periods.map((p) => ({
      type: "report-period" as const,
      id: p.id,
      khoiId: p.khoiId,
      name: p.title,
      dueOn: p.dueOn,
      createdAt: p.createdAt,
    })),
    ...rounds.map((r) => ({
      type: "honour-round" as const,
      id: r.id,
      khoiId: r.khoiId,
      name: r.name,
      dueOn: r.dueOn,
      createdAt: r.createdAt,
    })),
    ...activities.map((a) => ({
      type: "activity" as const,
      id: a.id,
      khoiId: a.khoiId,
      name: a.name,
      dueOn: a.registrationDeadline!,
      createdAt: a.createdAt,
    })),
  ].sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime() || a.name.localeCompare(b.name, "vi"));
}

/** The days before each kind of deadline, per Khối: what the Khối saved, else the defaults. */
async function daysSettings(khoiIds?: string[]) {
  const rows = await db().reminderSetting.findMany({
    where: khoiIds ? { khoiId: { in: khoiIds } } : {},
    select: { khoiId: true, kind: true, daysBefore: true },
  });
  const saved = new Map(rows.map((r) => [`${r.khoiId}:${r.kind}`, r.daysBefore]));
  return (khoiId: string, kind: DeadlineKind): number[] => saved.get(`${khoiId}:${kind}`) ?? [...deadlineKind(kind)!.defaultDays];
}

/** The slot each deadline is due for today, if any. */
function slotsToday(deadlines: Deadline[], today: Date, daysOf: (khoiId: string, kind: DeadlineKind) => number[]) {
  return deadlines.flatMap((d) => {
    const slot = dueSlot(
      daysUntil(d.dueOn, today),
      daysOf(d.khoiId, d.type),
      deadlineKind(d.type)!.overdue,
      daysUntil(d.dueOn, dayInVietnam(d.createdAt)),
    );
    return slot ? [{ deadline: d, slot }] : [];
  });
}

/** The cơ sở that have not yet done what the deadline asks: sent the report, a nomination, registered. */
async function unitsToRemind(tx: Tx, d: Deadline): Promise<string[]> {
  const coSos = await tx.unit.findMany({ where: { khoiId: d.khoiId, kind: "CO_SO", active: true }, select: { id: true } });
  let done: { coSoId: string | null }[];
  if (d.type === "report-period")
    done = await tx.report.findMany({
      where: { khoiId: d.khoiId, periodId: d.id, coSoId: { not: null }, status: { in: ["SUBMITTED", "ACCEPTED", "SUPERSEDED"] } },
      select: { coSoId: true },
      distinct: ["coSoId"],
    });
  else if (d.type === "honour-round")
    done = await tx.nomination.findMany({
      where: { khoiId: d.khoiId, roundId: d.id, status: "SUBMITTED" },
      select: { coSoId: true },
      distinct: ["coSoId"],
    });
  else
    done = await tx.activityRegistration.findMany({
      where: { khoiId: d.khoiId, activityId: d.id, status: "REGISTERED" },
      select: { coSoId: true },
      distinct: ["coSoId"],
    });
  const finished = new Set(done.map((r) => r.coSoId));
  return coSos.map((c) => c.id).filter((id) => !finished.has(id));
}

/** What the reminder says: the thing, its deadline and how far off it is. */
export function reminderNotice(d: Deadline, today: Date): Notice & { kind: "deadline" | "overdue" } {
  const left = daysUntil(d.dueOn, today);
  const what =
    d.type === "report-period" ? "nộp báo cáo" : d.type === "honour-round" ? "gửi đề xuất khen thưởng" : "đăng ký tham gia";
  const due = formatVietnameseDate(d.dueOn);
  const when =
    left < 0
      ? `đã quá hạn ${what} (hạn ${due})`
      : left === 0
        ? `hôm nay là hạn ${what}`
        : `còn ${left} ngày đến hạn ${what} (${due})`;
  return { kind: left < 0 ? "overdue" : "deadline", title: `${d.name}: ${when}`, link: deadlineLink(d) };
}

/**
 * Locks the deadline's own row, so a scheduled reminder and a click at once send one, and reads
 * it again under the lock: a deadline closed, cancelled or moved since it was listed is not
 * reminded of (false).
 */
async function lockDeadline(tx: Tx, d: Deadline): Promise<boolean> {
  let rows: { open: boolean; dueOn: Date | null }[];
  if (d.type === "report-period")
    rows =
      await tx.$queryRaw`SELECT "status" = 'OPEN' AS "open", "dueOn" FROM "ReportPeriod" WHERE "id" = ${d.id} AND "khoiId" = ${d.khoiId} FOR UPDATE`;
  else if (d.type === "honour-round")
    rows =
      await tx.$queryRaw`SELECT "status" = 'OPEN' AS "open", "dueOn" FROM "HonourRound" WHERE "id" = ${d.id} AND "khoiId" = ${d.khoiId} FOR UPDATE`;
  else
    rows =
      await tx.$queryRaw`SELECT "active" AS "open", "registrationDeadline" AS "dueOn" FROM "Activity" WHERE "id" = ${d.id} AND "khoiId" = ${d.khoiId} FOR UPDATE`;
  return !!rows[0]?.open && rows[0].dueOn?.getTime() === d.dueOn.getTime();
}

/**
 * Sends one slot of one deadline inside `tx`: the deadline locked and read again first, then the
 * slot's row (a scheduled slot already there means another run sent it: nothing is sent), then
 * the notices and e-mails. A manual slot of the day may be sent again: it adds to its row, and
 * only those not yet told today are told.
 */
async function sendSlot(tx: Tx, d: Deadline, slot: string, today: Date, actorId: string | null) {
  if (!(await lockDeadline(tx, d))) return null;
  const { count } = await tx.deadlineReminder.createMany({
    data: [
      {
        khoiId: d.khoiId,
        subjectType: d.type,
        subjectId: d.id,
        slot,
        dueOn: d.dueOn,
        reminded: 0,
        alreadyToday: 0,
        unreachable: 0,
        sentById: actorId,
      },
    ],
    skipDuplicates: true,
  });
  if (!count && !slot.startsWith("manual:")) return null;
  const units = await unitsToRemind(tx, d);
  const sent = units.length
    ? await remindUnitsOncePerDay(tx, d.khoiId, units, ["CO_SO_SECRETARY"], reminderNotice(d, today))
    : { reminded: 0, alreadyToday: 0, unreachable: 0 };
  await tx.deadlineReminder.updateMany({
    where: { khoiId: d.khoiId, subjectType: d.type, subjectId: d.id, dueOn: d.dueOn, slot },
    data: count
      ? sent
      : {
          reminded: { increment: sent.reminded },
          alreadyToday: sent.alreadyToday,
          unreachable: sent.unreachable,
          sentById: actorId,
        },
  });
  if (sent.reminded)
    await recordAudit(
      {
        khoiId: d.khoiId,
        actorId,
        action: "deadline.remind",
        targetType: AUDIT_TARGET[d.type],
        targetId: d.id,
        after: { slot, coSo: sent.reminded },
      },
      tx,
    );
  return sent;
}

/** The record a reminder is about, as the audit trail names it. */
const AUDIT_TARGET: Record<DeadlineKind, string> = {
  "report-period": "ReportPeriod",
  "honour-round": "HonourRound",
  activity: "Activity",
};

export type SchedulerRun = { deadlines: number; due: number; sent: number; coSo: number };

/**
 * The scheduler: every deadline from 3 days ago to 60 days ahead, the slot due today for each,
 * and those slots not yet sent, each in its own transaction. Before 07:00 in Vietnam it waits.
 */
export async function runDueReminders(now = new Date()): Promise<SchedulerRun> {
  return asSystem(async () => {
    const run: SchedulerRun = { deadlines: 0, due: 0, sent: 0, coSo: 0 };
    const today = dayInVietnam(now);
    if (hourInVietnam(now) < SEND_FROM_HOUR) return run;
    const deadlines = await openDeadlines(new Date(today.getTime() - 3 * DAY), new Date(today.getTime() + MAX_DAYS_BEFORE * DAY));
    run.deadlines = deadlines.length;
    const due = slotsToday(deadlines, today, await daysSettings());
    // One read of the slots already sent among today's, instead of one per deadline.
    const sentBefore = due.length
      ? await db().deadlineReminder.findMany({
          where: { subjectId: { in: due.map((s) => s.deadline.id) }, slot: { in: [...new Set(due.map((s) => s.slot))] } },
          select: { subjectType: true, subjectId: true, dueOn: true, slot: true },
        })
      : [];
    const key = (type: string, id: string, dueOn: Date, slot: string) => `${type}:${id}:${dueOn.toISOString()}:${slot}`;
    const known = new Set(sentBefore.map((r) => key(r.subjectType, r.subjectId, r.dueOn, r.slot)));
    const toSend = due.filter((s) => !known.has(key(s.deadline.type, s.deadline.id, s.deadline.dueOn, s.slot)));
    run.due = toSend.length;
    for (const { deadline, slot } of toSend) {
      try {
        const sent = await db().$transaction((tx) => sendSlot(tx, deadline, slot, today, null));
        if (sent) {
          run.sent++;
          run.coSo += sent.reminded;
        }
      } catch (error) {
        // One deadline that fails (rolled back, tried again next run) stops none of the others.
        console.error(`[reminders] ${deadline.type} ${deadline.id} ${slot}:`, error instanceof Error ? error.message : error);
      }
    }
    return run;
  });
}

// ───────────── The Khối's page (Nhắc hạn) ─────────────

/** The Khối where the viewer runs reports for the whole Khối (report.manage on the Khối itself). */
function reminderKhoiIds(viewer: Viewer): string[] {
  return [
    ...new Set(viewer.grants.filter((g) => PERMISSIONS[g.role]["report.manage"] && g.unitKind === "KHOI").map((g) => g.unitId)),
  ];
}

export function mayManageReminders(viewer: Viewer) {
  return reminderKhoiIds(viewer).length > 0;
}

function theKhoi(viewer: Viewer): string {
  const [khoiId] = reminderKhoiIds(viewer);
  if (!khoiId) throw notFound("trang");
  return khoiId;
}

/**
 * The page: the Khối's settings, what the scheduler will send on each coming deadline (the next
 * slot and its day, and how many cơ sở are still missing today), the reminders sent, and the
 * reminder e-mails that failed, with the mail server's reason.
 */
export async function remindersOverview(viewer: Viewer, now = new Date()) {
  const khoiId = theKhoi(viewer);
  const today = dayInVietnam(now);
  const daysOf = await daysSettings([khoiId]);
  const deadlines = await openDeadlines(new Date(today.getTime() - 3 * DAY), new Date(today.getTime() + MAX_DAYS_BEFORE * DAY), [
    khoiId,
  ]);
  const [sent, failed] = await Promise.all([
    db().deadlineReminder.findMany({
      where: { khoiId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 100,
      select: {
        id: true,
        subjectType: true,
        subjectId: true,
        slot: true,
        dueOn: true,
        reminded: true,
        alreadyToday: true,
        unreachable: true,
        sentById: true,
        createdAt: true,
      },
    }),
    db().mailMessage.findMany({
      where: { khoiId, status: "FAILED", kind: { in: ["notice:deadline", "notice:overdue"] } },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, subject: true, toAddress: true, lastError: true, attempts: true, createdAt: true },
    }),
  ]);
  // Slots sent for the deadline's present day (a moved deadline has its reminders again).
  const sentSlots = new Set(sent.map((s) => `${s.subjectType}:${s.subjectId}:${s.dueOn.toISOString()}:${s.slot}`));
  const upcoming = deadlines.map((d) => {
    const left = daysUntil(d.dueOn, today);
    const days = daysOf(d.khoiId, d.type);
    const created = daysUntil(d.dueOn, dayInVietnam(d.createdAt));
    // The next reminder: the first day from today whose slot is not sent yet.
    let next: { slot: string; on: Date } | null = null;
    for (let ahead = 0; ahead <= MAX_DAYS_BEFORE + 4 && !next; ahead++) {
      const slot = dueSlot(left - ahead, days, deadlineKind(d.type)!.overdue, created);
      if (slot && !sentSlots.has(`${d.type}:${d.id}:${d.dueOn.toISOString()}:${slot}`))
        next = { slot, on: new Date(today.getTime() + ahead * DAY) };
    }
    return { ...d, daysLeft: left, next, link: deadlineLink(d) };
  });
  const names = new Map(deadlines.map((d) => [`${d.type}:${d.id}`, d.name]));
  const missing = sent.filter((s) => !names.has(`${s.subjectType}:${s.subjectId}`));
  if (missing.length) {
    // Deadlines no longer in the window (long past, closed): their names, read once per kind.
    const ids = (type: string) => missing.filter((m) => m.subjectType === type).map((m) => m.subjectId);
    const [p, r, a] = await Promise.all([
      db().reportPeriod.findMany({ where: { khoiId, id: { in: ids("report-period") } }, select: { id: true, title: true } }),
      db().honourRound.findMany({ where: { khoiId, id: { in: ids("honour-round") } }, select: { id: true, name: true } }),
      db().activity.findMany({ where: { khoiId, id: { in: ids("activity") } }, select: { id: true, name: true } }),
    ]);
    for (const x of p) names.set(`report-period:${x.id}`, x.title);
    for (const x of r) names.set(`honour-round:${x.id}`, x.name);
    for (const x of a) names.set(`activity:${x.id}`, x.name);
  }
  return {
    settings: DEADLINE_KINDS.map((k) => ({ kind: k.key, label: k.label, overdue: k.overdue, days: daysOf(khoiId, k.key) })),
    upcoming,
    sent: sent.map((s) => ({
      ...s,
      name: names.get(`${s.subjectType}:${s.subjectId}`) ?? "(đã xóa)",
      link: deadlineLink({ type: s.subjectType as DeadlineKind, id: s.subjectId }),
    })),
    failed: failed.map((m) => ({ ...m, toAddress: maskAddress(m.toAddress) })),
  };
}

/** "nguyen.van.a@so.gov.vn" → "ng…@so.gov.vn": enough to recognise, not to copy. */
function maskAddress(address: string) {
  const at = address.lastIndexOf("@");
  return at > 0 ? `${address.slice(0, Math.min(2, at))}…${address.slice(at)}` : "…";
}

/** Saves the days before each kind of deadline; an empty list means no reminders before it. */
export async function saveReminderSettings(viewer: Viewer, input: Record<DeadlineKind, number[]>) {
  const khoiId = theKhoi(viewer);
  await db().$transaction(async (tx) => {
    const before = await tx.reminderSetting.findMany({ where: { khoiId }, select: { kind: true, daysBefore: true } });
    for (const k of DEADLINE_KINDS)
      await tx.reminderSetting.upsert({
        where: { khoiId_kind: { khoiId, kind: k.key } },
        create: { khoiId, kind: k.key, daysBefore: input[k.key] },
        update: { daysBefore: input[k.key] },
      });
    await recordAudit(
      {
        khoiId,
        actorId: viewer.userId,
        action: "reminder.settings",
        targetType: "Unit",
        targetId: khoiId,
        before: Object.fromEntries(before.map((b) => [b.kind, b.daysBefore.join(", ")])),
        after: Object.fromEntries(DEADLINE_KINDS.map((k) => [k.key, input[k.key].join(", ")])),
      },
      tx,
    );
  });
}

/** Nhắc ngay: reminds the cơ sở still missing on one deadline of the viewer's Khối, at most once a day each. */
export async function remindNow(viewer: Viewer, input: { type: DeadlineKind; id: string }, now = new Date()) {
  const khoiId = theKhoi(viewer);
  const today = dayInVietnam(now);
  const [deadline] = (
    await openDeadlines(new Date(today.getTime() - 3 * DAY), new Date(today.getTime() + 3660 * DAY), [khoiId])
  ).filter((d) => d.type === input.type && d.id === input.id);
  // Another Khối's deadline is not found, exactly as one that does not exist or has closed.
  if (!deadline) throw notFound("hạn cần nhắc (hạn đã qua quá 3 ngày hoặc đã đóng)");
  const slot = `manual:${today.toISOString().slice(0, 10)}`;
  const sent = await db().$transaction((tx) => sendSlot(tx, deadline, slot, today, viewer.userId));
  // Closed or moved between the listing and the lock: as if it were not there.
  if (!sent) throw notFound("hạn cần nhắc (hạn đã qua quá 3 ngày hoặc đã đóng)");
  return sent;
}

// ───────────── Reminding people, not cơ sở ─────────────

/**
 * A reminder to named accounts (members who have not registered, say), as remindUnitsOncePerDay
 * does for units: whoever already had a reminder with this link since midnight in Vietnam is not
 * reminded again. Call it under a lock, so that two reminders at once send one. Returns who was
 * reminded now and who already was today.
 */
export async function remindUsersOncePerDay(
  tx: Tx,
  khoiId: string,
  userIds: string[],
  notice: Notice & { kind: "deadline" | "overdue" },
) {
  const wanted = [...new Set(userIds)];
  if (!wanted.length) return { reminded: 0, alreadyToday: 0 };
  const already = await tx.notification.findMany({
    where: {
      khoiId,
      userId: { in: wanted },
      link: notice.link,
      createdAt: { gte: vietnamMidnight() },
      kind: { in: ["deadline", "overdue"] },
    },
    select: { userId: true },
  });
  const told = new Set(already.map((n) => n.userId));
  const fresh = wanted.filter((id) => !told.has(id));
  // No unit's holders: only the accounts named (each once, in the transaction: rolled back, nobody is told).
  const reminded = fresh.length ? await notifyUnits(tx, khoiId, [], [], notice, fresh) : 0;
  return { reminded, alreadyToday: wanted.length - fresh.length };
}
