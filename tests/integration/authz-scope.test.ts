// The scopes (the `where` clauses that lists and lookups use) must give the same answer as can()
// for every row: evaluated against a real database holding two tenants.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ACTIONS, can, entryScope, memberScope, planReadScope, projectScope, unitScope, type Target } from "@/lib/authz";
import { dayFromToday, makeMember, makePlan, makeTenant, makeUnit, makeUser, type Tenant } from "../factories";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let coSoBSecretary: { id: string };
let twoHats: { id: string };

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  // More rows, so that "below" and "sibling" differ from "everything in the Khối".
  const chiDoanB2 = await makeUnit(db(), "CHI_DOAN", "Chi đoàn B2", a.coSoB);
  await makeMember(db(), chiDoanB2);
  await makeMember(db(), a.chiDoanA1, { active: false });
  coSoBSecretary = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
  // One account holding two roles: a member in A1 who is also the secretary of chi đoàn A2.
  twoHats = await makeUser(db(), { role: "CHI_DOAN_SECRETARY", unit: a.chiDoanA2 });
  await db().membership.create({ data: { userId: twoHats.id, unitId: a.chiDoanA1.id, role: "MEMBER", khoiId: a.khoi.id } });
  await makeMember(db(), a.chiDoanA1, { userId: twoHats.id });
  // Plans of every issuer and status in both tenants.
  for (const t of [a, b])
    for (const issuer of [t.khoi, t.coSoA, t.coSoB])
      for (const status of ["DRAFT", "PUBLISHED", "SUPERSEDED", "ARCHIVED"] as const) await makePlan(db(), issuer, { status });
  // Projects of every registering unit (one withdrawn each) and an entry of every member, both tenants.
  for (const t of [a, b]) {
    const plan = await makePlan(db(), t.khoi, { status: "PUBLISHED" });
    for (const unit of [t.khoi, t.coSoA, t.coSoB])
      for (const status of ["PENDING", "APPROVED", "WITHDRAWN"] as const)
        await db().youthProject.create({
          data: {
            khoiId: t.khoi.id,
            unitId: unit.id,
            coSoId: unit.kind === "KHOI" ? null : unit.id,
            planId: plan.id,
            kind: "PROJECT",
            name: "Công trình",
            searchText: "cong trinh",
            field: "DIGITAL",
            goal: "Mục tiêu",
            startsOn: dayFromToday(-5),
            status,
          },
        });
  }
  const members = await db().member.findMany({ select: { id: true, khoiId: true, coSoId: true, chiDoanId: true } });
  for (const m of members)
    for (const status of ["SUBMITTED", "WITHDRAWN"] as const)
      await db().memberEntry.create({
        data: {
          ...m,
          id: undefined,
          memberId: m.id,
          kind: "IDEA",
          title: "Ý tưởng",
          searchText: "y tuong",
          occurredOn: dayFromToday(-3),
          status,
        },
      });
});

const who = (): Record<Person, string> => ({
  "city viewer": a.users.city.id,
  "Khối admin": a.users.admin.id,
  "Khối staff": a.users.staff.id,
  "cơ sở A secretary": a.users.coSo.id,
  "cơ sở B secretary": coSoBSecretary.id,
  "chi đoàn A1 secretary": a.users.chiDoan.id,
  member: a.users.member.id,
  "member and secretary at once": twoHats.id,
});
const PEOPLE = [
  "city viewer",
  "Khối admin",
  "Khối staff",
  "cơ sở A secretary",
  "cơ sở B secretary",
  "chi đoàn A1 secretary",
  "member",
  "member and secretary at once",
] as const;
type Person = (typeof PEOPLE)[number];
// Plans, activities, projects and entries have their own scopes, checked below.
const TREE_ACTIONS = ACTIONS.filter((action) => /^(unit|member|account)\./.test(action));
const cases = PEOPLE.flatMap((person) => TREE_ACTIONS.map((action) => ({ person, action })));

async function allUnits() {
  const rows = await db().unit.findMany({ select: { id: true, kind: true, khoiId: true, coSoId: true } });
  return rows.map((u) => ({
    id: u.id,
    target: { unitId: u.id, khoiId: u.khoiId, coSoId: u.coSoId, chiDoanId: u.kind === "CHI_DOAN" ? u.id : null } satisfies Target,
  }));
}

async function allMembers() {
  const rows = await db().member.findMany({ select: { id: true, khoiId: true, coSoId: true, chiDoanId: true, userId: true } });
  return rows.map((m) => ({
    id: m.id,
    target: { khoiId: m.khoiId, coSoId: m.coSoId, chiDoanId: m.chiDoanId, ownerUserId: m.userId } satisfies Target,
  }));
}

describe("unitScope agrees with can()", () => {
  it.each(cases)("for the $person and $action, over every unit of both tenants", async ({ person, action }) => {
    const viewer = await viewerOf(who()[person]);
    const units = await allUnits();
    const found = await db().unit.findMany({ where: unitScope(viewer, action), select: { id: true } });
    const expected = units.filter((u) => can(viewer, action, u.target)).map((u) => u.id);
    expect(found.map((u) => u.id).sort()).toEqual(expected.sort());
  });
});

describe("memberScope agrees with can()", () => {
  it.each(cases)("for the $person and $action, over every member of both tenants", async ({ person, action }) => {
    const viewer = await viewerOf(who()[person]);
    const members = await allMembers();
    const found = await db().member.findMany({ where: memberScope(viewer, action), select: { id: true } });
    const expected = members.filter((m) => can(viewer, action, m.target)).map((m) => m.id);
    expect(found.map((m) => m.id).sort()).toEqual(expected.sort());
  });
});

describe("planReadScope agrees with can()", () => {
  it.each(PEOPLE)("for the %s, over every plan of both tenants", async (person) => {
    const viewer = await viewerOf(who()[person]);
    const plans = await db().plan.findMany({ select: { id: true, khoiId: true, unitId: true, coSoId: true, status: true } });
    const found = await db().plan.findMany({ where: planReadScope(viewer), select: { id: true } });
    // Published (or later) plans in the line of the viewer's grants, and every plan their unit issues.
    const expected = plans
      .filter((p) => {
        const target = { khoiId: p.khoiId, unitId: p.unitId, coSoId: p.coSoId };
        return (p.status !== "DRAFT" && can(viewer, "plan.read", target)) || can(viewer, "plan.manage", target);
      })
      .map((p) => p.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(found.map((p) => p.id).sort()).toEqual(expected.sort());
  });
});

const PROJECT_ACTIONS = ["project.read", "project.register", "project.review"] as const;
describe("projectScope agrees with can(), and hides withdrawn projects", () => {
  const projectCases = PEOPLE.flatMap((person) => PROJECT_ACTIONS.map((action) => ({ person, action })));
  it.each(projectCases)("for the $person and $action, over every project of both tenants", async ({ person, action }) => {
    const viewer = await viewerOf(who()[person]);
    const projects = await db().youthProject.findMany({
      select: { id: true, khoiId: true, unitId: true, coSoId: true, status: true },
    });
    const found = await db().youthProject.findMany({ where: projectScope(viewer, action), select: { id: true } });
    const expected = projects
      .filter((p) => p.status !== "WITHDRAWN" && can(viewer, action, { khoiId: p.khoiId, unitId: p.unitId, coSoId: p.coSoId }))
      .map((p) => p.id);
    expect(found.map((p) => p.id).sort()).toEqual(expected.sort());
  });
});

const ENTRY_ACTIONS = ["entry.log", "entry.read", "entry.review", "contest.review"] as const;
describe("entryScope agrees with can(), and hides withdrawn entries", () => {
  const entryCases = PEOPLE.flatMap((person) => ENTRY_ACTIONS.map((action) => ({ person, action })));
  it.each(entryCases)("for the $person and $action, over every entry of both tenants", async ({ person, action }) => {
    const viewer = await viewerOf(who()[person]);
    const entries = await db().memberEntry.findMany({
      select: { id: true, khoiId: true, coSoId: true, chiDoanId: true, status: true, member: { select: { userId: true } } },
    });
    const found = await db().memberEntry.findMany({ where: entryScope(viewer, action), select: { id: true } });
    const expected = entries
      .filter(
        (e) =>
          e.status !== "WITHDRAWN" &&
          can(viewer, action, { khoiId: e.khoiId, coSoId: e.coSoId, chiDoanId: e.chiDoanId, ownerUserId: e.member.userId }),
      )
      .map((e) => e.id);
    expect(found.map((e) => e.id).sort()).toEqual(expected.sort());
  });
});

describe("the scopes are not trivially empty or total", () => {
  it("lets the Khối admin read exactly their own tenant's members and units", async () => {
    const viewer = await viewerOf(a.users.admin.id);
    const members = await db().member.findMany({ where: memberScope(viewer, "member.read"), select: { khoiId: true } });
    const total = await db().member.count({ where: { khoiId: a.khoi.id } });
    expect(members.length).toBe(total);
    expect(members.every((m) => m.khoiId === a.khoi.id)).toBe(true);
    const units = await db().unit.findMany({ where: unitScope(viewer, "unit.read"), select: { khoiId: true } });
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((u) => u.khoiId === a.khoi.id)).toBe(true);
  });

  it("lets a member read their own profile and nobody else's", async () => {
    const viewer = await viewerOf(a.users.member.id);
    const members = await db().member.findMany({ where: memberScope(viewer, "member.read"), select: { id: true } });
    expect(members.map((m) => m.id)).toEqual([a.members.a1.id]);
  });

  it("gives the city viewer the Khối under their city but no member at all", async () => {
    const viewer = await viewerOf(a.users.city.id);
    const khois = await db().unit.findMany({
      where: { AND: [unitScope(viewer, "unit.read"), { kind: "KHOI" }] },
      select: { id: true },
    });
    expect(khois.map((k) => k.id)).toEqual([a.khoi.id]);
    expect(await db().member.count({ where: memberScope(viewer, "member.read") })).toBe(0);
    expect(b.khoi.id).not.toBe(a.khoi.id);
  });
});
