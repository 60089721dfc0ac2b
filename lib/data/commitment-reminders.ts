import "server-only";
// "Chưa đăng ký: N đoàn viên" → "Nhắc các đoàn viên này": reminds the members of the viewer's
// list who have not registered this year's commitment. Members with an account are told
// themselves; for those without one, their chi đoàn secretary is told (their cơ sở secretary
// when the chi đoàn has none with an account). Each person at most once a day for this subject,
// through the reminders' own once-a-day rule (remindUsersOncePerDay, remindUnitsOncePerDay), in
// the portal and by e-mail as each chose.
import { db } from "@/lib/db/client";
import { unitScope, type Viewer } from "@/lib/authz";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayInVietnam } from "@/lib/domain/dates";
import type { z } from "zod";
import type { commitmentRemindInput } from "@/lib/validation/commitment-reminders";
import { recordAudit } from "./audit";
import { listNotRegistered, readsOthersCommitments, type NotRegisteredMember } from "./commitment-lists";
import { forbidden, notFound } from "./errors";
import { remindUsersOncePerDay } from "./reminders";
import { remindUnitsOncePerDay } from "./notifications";

type Tx = Prisma.TransactionClient;

export type CommitmentReminderResult = {
  /** Members told now, and those already told today (not told again) */
  reminded: number;
  alreadyToday: number;
  /** Members without an account whose secretary was told (now or earlier today) */
  viaSecretary: number;
  /** Members without an account in units with no secretary holding one: nobody to tell */
  unreachable: number;
};

/** The units among `unitIds` where an active account holds `role`. */
async function heldUnits(tx: Tx, khoiId: string, unitIds: string[], role: Role): Promise<Set<string>> {
  if (!unitIds.length) return new Set();
  const rows = await tx.membership.findMany({
    where: { khoiId, role, user: { active: true }, unit: { id: { in: unitIds }, active: true } },
    select: { unitId: true },
  });
  return new Set(rows.map((r) => r.unitId));
}

async function remindInKhoi(
  tx: Tx,
  viewer: Viewer,
  khoiId: string,
  year: number,
  members: NotRegisteredMember[],
  target: string,
) {
  // Two reminders at once (two secretaries, a double click) wait for each other: one is sent.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`commitment-remind:${khoiId}:${year}`}))`;
  const own = await remindUsersOncePerDay(
    tx,
    khoiId,
    members.flatMap((m) => (m.userId ? [m.userId] : [])),
    { kind: "deadline", title: `Nhắc đăng ký rèn luyện năm ${year}: bạn chưa đăng ký`, link: "/ca-nhan#ren-luyen" },
  );
  const without = members.filter((m) => !m.userId);
  const secretaryNotice = {
    kind: "deadline" as const,
    title: `Nhắc đăng ký rèn luyện năm ${year}: đoàn viên chưa có tài khoản trong đơn vị của bạn chưa đăng ký`,
    link: `/cam-ket?year=${year}`,
  };
  const chiDoanHeld = await heldUnits(tx, khoiId, [...new Set(without.map((m) => m.chiDoanId))], "CHI_DOAN_SECRETARY");
  const toCoSo = without.filter((m) => !chiDoanHeld.has(m.chiDoanId));
  const coSoHeld = await heldUnits(tx, khoiId, [...new Set(toCoSo.map((m) => m.coSoId))], "CO_SO_SECRETARY");
  const viaChiDoan = [...chiDoanHeld];
  const viaCoSo = [...coSoHeld];
  const secretaries = [
    viaChiDoan.length ? await remindUnitsOncePerDay(tx, khoiId, viaChiDoan, ["CHI_DOAN_SECRETARY"], secretaryNotice) : null,
    viaCoSo.length ? await remindUnitsOncePerDay(tx, khoiId, viaCoSo, ["CO_SO_SECRETARY"], secretaryNotice) : null,
  ].reduce((n, s) => n + (s?.reminded ?? 0), 0);
  const unreachable = toCoSo.filter((m) => !coSoHeld.has(m.coSoId)).length;
  if (own.reminded || secretaries)
    await recordAudit(
      {
        khoiId,
        actorId: viewer.userId,
        action: "commitment.remind",
        targetType: "Unit",
        targetId: target,
        after: { year, members: own.reminded, secretaries },
      },
      tx,
    );
  return { ...own, viaSecretary: without.length - unreachable, unreachable };
}

export async function remindNotRegistered(
  viewer: Viewer,
  input: z.output<typeof commitmentRemindInput>,
): Promise<CommitmentReminderResult> {
  // A member holds entry.read for their own records only: the list is not theirs to remind.
  if (!readsOthersCommitments(viewer)) throw forbidden();
  // A unit filtered on must be in the viewer's reach: another tenant's or cơ sở's is "not found".
  for (const [unitId, what] of [
    [input.coSo, "cơ sở Đoàn"],
    [input.chiDoan, "chi đoàn"],
  ] as const) {
    if (!unitId) continue;
    const unit = await db().unit.findFirst({
      where: { AND: [unitScope(viewer, "entry.read"), { id: unitId, active: true }] },
      select: { id: true },
    });
    if (!unit) throw notFound(what);
  }
  const year = todayInVietnam().getUTCFullYear();
  const members = await listNotRegistered(viewer, { year, coSo: input.coSo, chiDoan: input.chiDoan });
  const byKhoi = new Map<string, NotRegisteredMember[]>();
  for (const m of members) byKhoi.set(m.khoiId, [...(byKhoi.get(m.khoiId) ?? []), m]);
  const total: CommitmentReminderResult = { reminded: 0, alreadyToday: 0, viaSecretary: 0, unreachable: 0 };
  for (const [khoiId, list] of byKhoi) {
    const sent = await db().$transaction((tx) =>
      remindInKhoi(tx, viewer, khoiId, year, list, input.chiDoan ?? input.coSo ?? khoiId),
    );
    total.reminded += sent.reminded;
    total.alreadyToday += sent.alreadyToday;
    total.viaSecretary += sent.viaSecretary;
    total.unreachable += sent.unreachable;
  }
  return total;
}
