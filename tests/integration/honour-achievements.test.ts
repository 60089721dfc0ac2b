// Thành tích behind a title's computed criteria: confirmed records only, in the period, for a
// member and for a cơ sở or chi đoàn, in a few grouped queries, inside the viewer's reach.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  memberAchievements,
  ownAchievementsThisYear,
  unitAchievements,
  type AchievementPeriod,
} from "@/lib/data/honour-achievements";
import { todayInVietnam } from "@/lib/domain/dates";
import { evaluateCriteria, NO_ACHIEVEMENTS } from "@/lib/domain/honour-criteria";
import { dayFromToday, makePlan, makeTenant, type Tenant } from "../factories";
import { makeProject } from "../factories/projects";
import { makeEntry, memberRow } from "../helpers/entries";
import { makeCommitment } from "../helpers/commitments";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let period: AchievementPeriod;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  const plan = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
  // The last 60 days; the commitment year is last year's (makeCommitment's default).
  period = { from: dayFromToday(-60), to: dayFromToday(1), year: new Date().getUTCFullYear() - 1 };
  const a1 = memberRow(a.members.a1);
  const a2 = memberRow(a.members.a2);
  await makeEntry(a1, "IDEA", "CONFIRMED", { applied: true });
  await makeEntry(a1, "IDEA", "CONFIRMED");
  await makeEntry(a1, "IDEA", "SUBMITTED"); // not confirmed: never counts
  await makeEntry(a1, "IDEA", "CONFIRMED", { occurredDaysAgo: 90 }); // before the period
  await makeEntry(a1, "TRAINING", "CONFIRMED");
  await makeEntry(a1, "VOLUNTEER", "CONFIRMED", { hours: 4 });
  await makeEntry(a1, "VOLUNTEER", "CONFIRMED", { hours: 3.5 });
  await makeEntry(a2, "VOLUNTEER", "CONFIRMED", { hours: 8 });
  await makeCommitment(a1, { status: "CONFIRMED", assessmentStatus: "CONFIRMED", rating: "EXCELLENT" });
  await makeCommitment(a2, { status: "CONFIRMED", assessmentStatus: "SUBMITTED", rating: "EXCELLENT" }); // not yet confirmed
  const owner = { khoiId: a.khoi.id, planId: plan.id, coSoId: a.coSoA.id };
  await makeProject(db(), owner, { status: "APPROVED", memberIds: [a1.id], chiDoanIds: [a.chiDoanA1.id] });
  await makeProject(db(), owner, { status: "PENDING", memberIds: [a1.id, a2.id] }); // not approved: never counts
  await makeProject(db(), owner, { status: "COMPLETED", startsOn: dayFromToday(-200), memberIds: [a2.id] }); // runs on, no end date
});

describe("memberAchievements", () => {
  it("counts a member's confirmed records of the period, nothing else", async () => {
    const staff = await viewerOf(a.users.staff.id);
    const got = await memberAchievements(staff, [a.members.a1.id, a.members.a2.id, a.members.b1.id], period);
    expect(got.get(a.members.a1.id)).toEqual({
      IDEAS: 2,
      INITIATIVES_APPLIED: 1,
      TRAININGS: 1,
      VOLUNTEER_DAYS: 2,
      VOLUNTEER_HOURS: 7.5,
      PROJECTS: 1,
      COMMITMENT_EXCELLENT: 1,
    });
    expect(got.get(a.members.a2.id)).toEqual({ ...NO_ACHIEVEMENTS, VOLUNTEER_DAYS: 1, VOLUNTEER_HOURS: 8, PROJECTS: 1 });
    expect(got.get(a.members.b1.id)).toEqual(NO_ACHIEVEMENTS);
  });

  it("decides computed criteria from them: at the threshold is met", async () => {
    const got = (await memberAchievements(await viewerOf(a.users.coSo.id), [a.members.a1.id], period)).get(a.members.a1.id)!;
    const results = evaluateCriteria(
      [
        { id: "ideas", source: "COMPUTED", wording: "2 ý tưởng", metric: "IDEAS", threshold: 2 },
        { id: "hours", source: "COMPUTED", wording: "8 giờ", metric: "VOLUNTEER_HOURS", threshold: 8 },
      ],
      got,
      {},
    );
    expect(results.map((r) => r.met)).toEqual([true, false]);
  });

  it("counts nothing for a member the viewer may not read: another Khối, the city, another chi đoàn", async () => {
    for (const who of [b.users.admin.id, a.users.city.id]) {
      const got = await memberAchievements(await viewerOf(who), [a.members.a1.id, a.members.a2.id], period);
      expect([...got.values()]).toEqual([NO_ACHIEVEMENTS, NO_ACHIEVEMENTS]);
    }
    // The secretary of chi đoàn A1 reads a1, not a2 of chi đoàn A2 (who shares a1's projects).
    const got = await memberAchievements(await viewerOf(a.users.chiDoan.id), [a.members.a1.id, a.members.a2.id], period);
    expect(got.get(a.members.a1.id)?.IDEAS).toBe(2);
    expect(got.get(a.members.a2.id)).toEqual(NO_ACHIEVEMENTS);
  });

  it("answers no one with nothing, without a query", async () => {
    expect((await memberAchievements(await viewerOf(a.users.staff.id), [], period)).size).toBe(0);
  });
});

describe("ownAchievementsThisYear", () => {
  it("shows a member their own numbers of the calendar year, as their Khối counts them; none to a viewer with no profile", async () => {
    const year = todayInVietnam().getUTCFullYear();
    const calendarYear = { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)), year };
    const asKhoi = (await memberAchievements(await viewerOf(a.users.staff.id), [a.members.a1.id], calendarYear)).get(
      a.members.a1.id,
    );
    expect(await ownAchievementsThisYear(await viewerOf(a.users.member.id))).toEqual({ year, achievements: asKhoi });
    expect(await ownAchievementsThisYear(await viewerOf(a.users.staff.id))).toBeNull();
  });
});

describe("unitAchievements", () => {
  it("counts a cơ sở's and a chi đoàn's members' confirmed records, and the projects they run", async () => {
    const staff = await viewerOf(a.users.staff.id);
    const got = await unitAchievements(staff, [{ id: a.coSoA.id }, { id: a.chiDoanA1.id }, { id: a.coSoB.id }], period);
    expect(got.get(a.coSoA.id)).toEqual({
      IDEAS: 2,
      INITIATIVES_APPLIED: 1,
      TRAININGS: 1,
      VOLUNTEER_DAYS: 3,
      VOLUNTEER_HOURS: 15.5,
      PROJECTS: 2,
      COMMITMENT_EXCELLENT: 1,
    });
    expect(got.get(a.chiDoanA1.id)).toEqual({
      IDEAS: 2,
      INITIATIVES_APPLIED: 1,
      TRAININGS: 1,
      VOLUNTEER_DAYS: 2,
      VOLUNTEER_HOURS: 7.5,
      PROJECTS: 1,
      COMMITMENT_EXCELLENT: 1,
    });
    expect(got.get(a.coSoB.id)).toEqual(NO_ACHIEVEMENTS);
  });

  it("counts nothing for a unit the viewer may not read", async () => {
    const got = await unitAchievements(await viewerOf(b.users.admin.id), [{ id: a.coSoA.id }], period);
    expect(got.get(a.coSoA.id)).toEqual(NO_ACHIEVEMENTS);
  });
});
