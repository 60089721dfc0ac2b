// Đăng ký thi đua (issue 12): a member sets the individual titles they aim at this year, sees on
// each where their confirmed records stand, and their secretary sees who registered when
// nominating. Only the member's own profile is written; withdrawn registrations are kept.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { setTitleRegistrationsAction } from "@/lib/actions/honours";
import { myTitleRegistrations, registrationCount } from "@/lib/data/title-registrations";
import { nominationOptions } from "@/lib/data/nominations";
import { todayInVietnam } from "@/lib/domain/dates";
import { makeTenant, type Tenant } from "../factories";
import { makeHonourTitle } from "../helpers/honour-probes";
import { makeEntry, memberRow } from "../helpers/entries";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let first: string;
let second: string;
const year = todayInVietnam().getUTCFullYear();

const active = async () =>
  (
    await db().titleRegistration.findMany({
      where: { memberId: a.members.a1.id, year, active: true },
      select: { titleId: true },
    })
  )
    .map((r) => r.titleId)
    .sort();
const audits = () => db().auditLog.count({ where: { action: "honour.registration.set", targetId: a.members.a1.id } });

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  first = (await makeHonourTitle(a.khoi.id)).id;
  second = (await makeHonourTitle(a.khoi.id, "Thanh niên tiên tiến làm theo lời Bác")).id;
});

describe("a member registers", () => {
  it("sets exactly the titles ticked, keeps withdrawn ones, and logs each change once", async () => {
    actingAs(a.users.member.id);
    expect(await setTitleRegistrationsAction({ titleIds: [first, second] })).toMatchObject({ ok: true });
    expect(await active()).toEqual([first, second].sort());
    expect(await audits()).toBe(1);

    expect(await setTitleRegistrationsAction({ titleIds: [second] })).toMatchObject({ ok: true });
    expect(await active()).toEqual([second]);
    // The withdrawn one stays, inactive.
    expect(await db().titleRegistration.count({ where: { memberId: a.members.a1.id, titleId: first, active: false } })).toBe(1);
    expect(await audits()).toBe(2);

    // The same again changes nothing and logs nothing.
    expect(await setTitleRegistrationsAction({ titleIds: [second] })).toMatchObject({ ok: true });
    expect(await audits()).toBe(2);

    expect(await setTitleRegistrationsAction({ titleIds: [first, second] })).toMatchObject({ ok: true });
    expect(await active()).toEqual([first, second].sort());
    expect(await db().titleRegistration.count({ where: { memberId: a.members.a1.id } })).toBe(2);
  });

  it("ten submits at once leave one row per title", async () => {
    const third = (await makeHonourTitle(a.khoi.id, "Gương sáng tạo trẻ")).id;
    actingAs(a.users.member.id);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => setTitleRegistrationsAction({ titleIds: [first, second, third] })),
    );
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(0);
    expect(await db().titleRegistration.count({ where: { memberId: a.members.a1.id, titleId: third } })).toBe(1);
  });

  it("refuses a collective title, an archived one and another Khối's, beside the list, writing nothing", async () => {
    const collective = await db().honourTitle.create({
      data: { khoiId: a.khoi.id, name: "Chi đoàn vững mạnh", subject: "COLLECTIVE", level: "KHOI" },
    });
    const archived = await db().honourTitle.create({
      data: { khoiId: a.khoi.id, name: "Danh hiệu cũ", subject: "INDIVIDUAL", level: "KHOI", active: false },
    });
    const other = (await makeHonourTitle(b.khoi.id)).id;
    actingAs(a.users.member.id);
    const before = await db().titleRegistration.findMany({ orderBy: { id: "asc" } });
    for (const id of [collective.id, archived.id, other])
      expect(await setTitleRegistrationsAction({ titleIds: [first, id] })).toMatchObject({
        ok: false,
        fieldErrors: { titleIds: expect.stringContaining("danh hiệu cá nhân") },
      });
    expect(await db().titleRegistration.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("is the member's own: an account with no member profile is told so and writes nothing", async () => {
    actingAs(a.users.coSo.id);
    expect(await setTitleRegistrationsAction({ titleIds: [first] })).toMatchObject({
      ok: false,
      formError: expect.stringContaining("Không tìm thấy hồ sơ đoàn viên"),
    });
    actingAs(a.users.city.id);
    expect(await setTitleRegistrationsAction({ titleIds: [first] })).toMatchObject({ ok: false });
  });
});

describe("what each one sees", () => {
  it("the member sees each title's criteria against their confirmed records of the year", async () => {
    actingAs(a.users.member.id);
    await setTitleRegistrationsAction({ titleIds: [first] });
    const mine = async () => (await myTitleRegistrations(await viewerOf(a.users.member.id)))!.titles.find((t) => t.id === first)!;
    const ideas = (await mine()).criteria[0];
    const start = ideas.value!;
    expect((await mine()).registered).toBe(true);
    // The typed criterion is the cơ sở's to judge.
    expect((await mine()).criteria[1]).toMatchObject({ met: null, value: null });
    await makeEntry(memberRow(a.members.a1), "IDEA", "CONFIRMED", { occurredDaysAgo: 0 });
    await makeEntry(memberRow(a.members.a1), "IDEA", "SUBMITTED", { occurredDaysAgo: 0 });
    expect((await mine()).criteria[0]).toMatchObject({ value: start + 1, met: start + 1 >= 1 });
    expect(await myTitleRegistrations(await viewerOf(a.users.staff.id))).toBeNull();
  });

  it("the cơ sở secretary sees who registered when nominating; the count stays within each one's reach", async () => {
    actingAs(a.users.member.id);
    await setTitleRegistrationsAction({ titleIds: [first] });
    const options = await nominationOptions(await viewerOf(a.users.coSo.id), a.khoi.id, year);
    const member = options.members.find((m) => m.id === a.members.a1.id)!;
    expect(member.registeredFor).toEqual([first]);
    expect(options.members.find((m) => m.id === a.members.a2.id)!.registeredFor).toEqual([]);
    // Last year's registrations do not show on this year's round.
    const lastYear = await nominationOptions(await viewerOf(a.users.coSo.id), a.khoi.id, year - 1);
    expect(lastYear.members.find((m) => m.id === a.members.a1.id)!.registeredFor).toEqual([]);

    expect(await registrationCount(await viewerOf(a.users.staff.id), first)).toBe(1);
    expect(await registrationCount(await viewerOf(b.users.admin.id), first)).toBe(0);
    expect(await registrationCount(await viewerOf(a.users.city.id), first)).toBe(0);
  });
});
