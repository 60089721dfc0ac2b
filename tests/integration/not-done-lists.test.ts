// Issue 16 point 11, "who has not done it yet": every "Chưa đăng ký: N" and "N chưa nộp" opens
// the named list, which is the count's own data (they cannot disagree), scoped like the count;
// beside it a reminder: the members themselves (their secretary when they have no account), or
// the cơ sở's secretaries, each at most once a day, in the portal and by e-mail.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import { listCommitments, listNotRegistered } from "@/lib/data/commitment-lists";
import { remindNotRegistered } from "@/lib/data/commitment-reminders";
import { remindNotRegisteredAction } from "@/lib/actions/commitments";
import { remindPeriod } from "@/lib/data/report-periods";
import { followUp } from "@/lib/data/report-reads";
import { openReport } from "@/lib/data/reports";
import { unsentOf } from "@/lib/domain/not-done";
import { commitmentListQuery } from "@/lib/validation/commitments";
import { periodRemindInput, reportOpenInput } from "@/lib/validation/reports";
import { makeMember, makeTenant, makeUnit, makeUser, type Tenant } from "../factories";
import { viewerOf } from "../helpers/viewers";
import { as } from "../helpers/session";
import { makeCommitment, thisYear } from "../helpers/commitments";
import { acceptedReport, makeReportPlan, openTestPeriod, returnedReport, submittedReport } from "../helpers/reports";

const Y = thisYear();
const query = (q: Record<string, unknown>) => commitmentListQuery.parse(q);
const DAY_AND_A_HALF = 36 * 60 * 60 * 1000;

describe("Chưa đăng ký: N đoàn viên opens the named list", () => {
  let t: Tenant;
  let other: Tenant;
  let chiDoanC: Awaited<ReturnType<typeof makeUnit>>;

  beforeAll(async () => {
    t = await makeTenant(db());
    other = await makeTenant(db());
    chiDoanC = await makeUnit(db(), "CHI_DOAN", `Chi đoàn C ${t.label}`, t.coSoB);
    for (const fullName of ["Phạm Thị Yến", "Nguyễn Văn An", "Trần Minh Bình"]) await makeMember(db(), chiDoanC, { fullName });
    // Registered this year, or no longer active: not on the list.
    await makeCommitment(await makeMember(db(), chiDoanC, { fullName: "Đỗ Văn Cường" }), { year: Y });
    await makeMember(db(), chiDoanC, { fullName: "Vũ Thị Dung", active: false });
    // A withdrawn commitment counts as none.
    await makeCommitment(t.members.a1, { year: Y, status: "WITHDRAWN" });
  });

  it("names the members by given name with their chi đoàn and cơ sở, and the count is the list's length", async () => {
    const staff = await viewerOf(t.users.staff.id);
    const result = await listCommitments(staff, query({ year: Y, chiDoan: chiDoanC.id }));
    expect(result.notRegisteredMembers.map((m) => m.fullName)).toEqual(["Nguyễn Văn An", "Trần Minh Bình", "Phạm Thị Yến"]);
    expect(result.notRegistered).toBe(3);
    expect(result.notRegisteredMembers[0]).toMatchObject({ chiDoanName: chiDoanC.name, coSoName: t.coSoB.name, userId: null });

    const all = await listCommitments(staff, query({ year: Y }));
    expect(all.notRegistered).toBe(all.notRegisteredMembers.length);
    expect(all.notRegisteredMembers.map((m) => m.fullName).sort()).toEqual(
      [
        t.members.a1.fullName,
        t.members.a2.fullName,
        t.members.b1.fullName,
        "Nguyễn Văn An",
        "Phạm Thị Yến",
        "Trần Minh Bình",
      ].sort(),
    );
    // a1 has an account: reminded directly.
    expect(all.notRegisteredMembers.find((m) => m.id === t.members.a1.id)?.userId).toBe(t.users.member.id);
  });

  it("is scoped like the count: a secretary sees their unit's, another Khối nothing of this one", async () => {
    const names = async (viewer: Viewer, q: Record<string, unknown> = {}) =>
      (await listNotRegistered(viewer, { year: Y, ...q })).map((m) => m.fullName).sort();
    expect(await names(await viewerOf(t.users.coSo.id))).toEqual([t.members.a1.fullName, t.members.a2.fullName].sort());
    expect(await names(await viewerOf(t.users.chiDoan.id))).toEqual([t.members.a1.fullName]);
    const otherStaff = await viewerOf(other.users.staff.id);
    expect(await names(otherStaff, { coSo: t.coSoB.id })).toEqual([]);
    expect(await names(otherStaff)).not.toContain(t.members.a1.fullName);
  });

  it("a member whose account is disabled is named without an account (their secretary is reminded)", async () => {
    const user = await makeUser(db(), { role: "MEMBER", unit: chiDoanC, active: false });
    const m = await makeMember(db(), chiDoanC, { fullName: "Hoàng Văn Giang", userId: user.id });
    const list = await listNotRegistered(await viewerOf(t.users.staff.id), { year: Y, chiDoan: chiDoanC.id });
    expect(list.find((x) => x.id === m.id)?.userId).toBeNull();
  });
});

describe("Nhắc các đoàn viên này", () => {
  let r: Tenant;
  let staff: Viewer;
  let registered: { userId: string };
  const link = "/ca-nhan#ren-luyen";
  const secretaryLink = `/cam-ket?year=${Y}`;
  const notices = (userId: string, l: string) => db().notification.count({ where: { userId, link: l } });
  const audits = () => db().auditLog.count({ where: { khoiId: r.khoi.id, action: "commitment.remind" } });

  beforeAll(async () => {
    // a1 has an account; a2 (chi đoàn A2, no secretary) has none: cơ sở A's secretary is told;
    // b1 (cơ sở B, no secretary at all) has none: nobody to tell; Lý Thị Hạnh (chi đoàn A1) has none:
    // chi đoàn A1's secretary is told. A member who registered is told nothing.
    r = await makeTenant(db());
    staff = await viewerOf(r.users.staff.id);
    await makeMember(db(), r.chiDoanA1, { fullName: "Lý Thị Hạnh" });
    const user = await makeUser(db(), { role: "MEMBER", unit: r.chiDoanA1 });
    const m = await makeMember(db(), r.chiDoanA1, { userId: user.id });
    await makeCommitment(m, { year: Y });
    registered = { userId: user.id };
  });

  it("tells members with an account, the secretary of those without, once a day each, and by e-mail", async () => {
    expect(await remindNotRegistered(staff, {})).toEqual({ reminded: 1, alreadyToday: 0, viaSecretary: 2, unreachable: 1 });
    expect(await notices(r.users.member.id, link)).toBe(1);
    expect(await notices(r.users.chiDoan.id, secretaryLink)).toBe(1);
    expect(await notices(r.users.coSo.id, secretaryLink)).toBe(1);
    expect(await notices(registered.userId, link)).toBe(0);
    expect(await db().mailMessage.count({ where: { userId: r.users.member.id, kind: "notice:deadline" } })).toBe(1);
    expect(await audits()).toBe(1);

    // Again the same day, three times at once: nobody is told twice, nothing audited.
    const again = await Promise.all([1, 2, 3].map(() => remindNotRegistered(staff, {})));
    expect(again).toEqual([1, 2, 3].map(() => ({ reminded: 0, alreadyToday: 1, viaSecretary: 2, unreachable: 1 })));
    expect(await notices(r.users.member.id, link)).toBe(1);
    expect(await notices(r.users.chiDoan.id, secretaryLink)).toBe(1);
    expect(await audits()).toBe(1);

    // The next day they are told again.
    await db().notification.updateMany({
      where: { khoiId: r.khoi.id, link: { in: [link, secretaryLink] } },
      data: { createdAt: new Date(Date.now() - DAY_AND_A_HALF) },
    });
    const coSo = await viewerOf(r.users.coSo.id);
    // Cơ sở A's secretary: cơ sở A's members only (b1 is not theirs).
    expect(await remindNotRegistered(coSo, { chiDoan: r.chiDoanA1.id })).toEqual({
      reminded: 1,
      alreadyToday: 0,
      viaSecretary: 1,
      unreachable: 0,
    });
    expect(await notices(r.users.member.id, link)).toBe(2);
    expect(await notices(r.users.chiDoan.id, secretaryLink)).toBe(2);
    expect(await notices(r.users.coSo.id, secretaryLink)).toBe(1);
  });

  it("through the action: a member is refused, another Khối or a unit out of reach is “not found”, nothing sent", async () => {
    const other = await makeTenant(db());
    const before = await db().notification.count({ where: { khoiId: r.khoi.id } });
    expect(await as(r.users.member.id, () => remindNotRegisteredAction({}))).toMatchObject({ ok: false });
    expect(await as(other.users.admin.id, () => remindNotRegisteredAction({ coSo: r.coSoA.id }))).toEqual({
      ok: false,
      formError: "Không tìm thấy cơ sở Đoàn",
    });
    expect(await as(r.users.chiDoan.id, () => remindNotRegisteredAction({ coSo: r.coSoA.id }))).toEqual({
      ok: false,
      formError: "Không tìm thấy cơ sở Đoàn",
    });
    expect(await as(r.users.chiDoan.id, () => remindNotRegisteredAction({ chiDoan: r.chiDoanA2.id }))).toEqual({
      ok: false,
      formError: "Không tìm thấy chi đoàn",
    });
    expect(await as(r.users.city.id, () => remindNotRegisteredAction({}))).toMatchObject({ ok: false });
    expect(await db().notification.count({ where: { khoiId: r.khoi.id } })).toBe(before);
    // The Khối admin may, and gets a typed answer.
    expect(await as(r.users.admin.id, () => remindNotRegisteredAction({ coSo: r.coSoB.id }))).toEqual({
      ok: true,
      data: { reminded: 0, alreadyToday: 0, viaSecretary: 0, unreachable: 1 },
    });
  });
});

describe("N cơ sở chưa nộp opens the named list, and the reminder tells exactly those", () => {
  it("names the cơ sở with no report, a draft or a returned one, by name; the reminder reaches the same", async () => {
    const p = await makeTenant(db());
    const plan = await makeReportPlan(p);
    const staff = await viewerOf(p.users.staff.id);
    const coSo = async (name: string) => {
      const unit = await makeUnit(db(), "CO_SO", `${name} ${p.label}`, p.khoi);
      return { unit, secretary: await viewerOf((await makeUser(db(), { role: "CO_SO_SECRETARY", unit })).id) };
    };
    const draft = await coSo("Đoàn Sở C");
    const returned = await coSo("Đoàn Sở D");
    const accepted = await coSo("Đoàn Sở E");
    const sent = await coSo("Đoàn Sở F");
    const periodId = await openTestPeriod(staff, plan, { indicatorIds: [plan.ind.money], dueIn: 5 });
    await openReport(draft.secretary, reportOpenInput.parse({ periodId }));
    await returnedReport(returned.secretary, staff, periodId);
    await acceptedReport(accepted.secretary, staff, periodId);
    await submittedReport(sent.secretary, periodId);

    const rows = await followUp(staff, periodId);
    const unsent = unsentOf(rows);
    // Cơ sở A and B (no report, no secretary for B), C (draft), D (returned).
    expect(unsent.map((u) => u.name)).toEqual([p.coSoA.name, p.coSoB.name, draft.unit.name, returned.unit.name]);
    expect(rows.length - unsent.length).toBe(2);

    expect(await remindPeriod(staff, periodRemindInput.parse({ id: periodId }))).toEqual({
      reminded: 3,
      alreadyToday: 0,
      unreachable: 1,
    });
    const told = await db().notification.findMany({
      where: { khoiId: p.khoi.id, link: `/bao-cao/${periodId}`, kind: "deadline" },
      select: { userId: true },
    });
    const memberships = await db().membership.findMany({
      where: { userId: { in: told.map((n) => n.userId) }, role: "CO_SO_SECRETARY" },
      select: { unitId: true },
    });
    expect(memberships.map((m) => m.unitId).sort()).toEqual(
      unsent
        .map((u) => u.coSoId)
        .filter((id) => id !== p.coSoB.id)
        .sort(),
    );
  });
});
