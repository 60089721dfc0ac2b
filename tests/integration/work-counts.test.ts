// The counting layer the dashboards and reports read (lib/data/work-counts.ts), on a hand-built
// tenant where the right numbers are known: per cơ sở, by kind and status, within the period;
// an entry counts where it was done; withdrawn records never count; numbers follow unit.read.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { countWork, type WorkCounts } from "@/lib/data/work-counts";
import { makePlan, makeTenant, type Tenant } from "../factories";
import { makeProject } from "../factories/projects";
import { makeCommitment } from "../helpers/commitments";
import { makeEntry, memberRow } from "../helpers/entries";
import { viewerOf } from "../helpers/viewers";

let t: Tenant;
let other: Tenant;
const may = { from: new Date(Date.UTC(2025, 4, 1)), to: new Date(Date.UTC(2025, 5, 1)) };
const inMay = (day: number) => new Date(Date.UTC(2025, 4, day));

beforeAll(async () => {
  t = await makeTenant(db());
  other = await makeTenant(db());
  const plan = await makePlan(db(), t.khoi, { status: "PUBLISHED" });
  const coSoA = { khoiId: t.khoi.id, planId: plan.id, coSoId: t.coSoA.id };
  await makeProject(db(), coSoA, { status: "APPROVED", startsOn: inMay(3) });
  await makeProject(db(), coSoA, { status: "HONOURED", startsOn: inMay(20), kind: "MODEL" });
  await makeProject(db(), coSoA, { status: "WITHDRAWN", startsOn: inMay(4) });
  await makeProject(db(), coSoA, { status: "APPROVED", startsOn: new Date(Date.UTC(2025, 5, 2)) }); // June: outside
  const khoiProject = await makeProject(
    db(),
    { khoiId: t.khoi.id, planId: plan.id, coSoId: null },
    { status: "APPROVED", startsOn: inMay(1) },
  );
  await db().projectJoin.createMany({
    data: [
      { khoiId: t.khoi.id, projectId: khoiProject.id, coSoId: t.coSoA.id },
      { khoiId: t.khoi.id, projectId: khoiProject.id, coSoId: t.coSoB.id, active: false },
    ],
  });

  const [a1, b1] = [memberRow(t.members.a1), memberRow(t.members.b1)];
  await makeEntry(a1, "IDEA", "CONFIRMED", { occurredOn: inMay(2) });
  await makeEntry(a1, "IDEA", "WITHDRAWN", { occurredOn: inMay(2) });
  await makeEntry(a1, "TRAINING", "CONFIRMED", { occurredOn: inMay(9), trainingKind: "LANGUAGE" });
  // Member a1 moves to cơ sở B: what was done in A stays counted in A.
  await db().member.update({ where: { id: t.members.a1.id }, data: { chiDoanId: t.chiDoanB1.id, coSoId: t.coSoB.id } });
  await makeEntry({ ...a1, coSoId: t.coSoB.id, chiDoanId: t.chiDoanB1.id }, "IDEA", "SUBMITTED", { occurredOn: inMay(25) });
  await makeEntry(b1, "VOLUNTEER", "CONFIRMED", { occurredOn: inMay(10), hours: 4 });
  await makeCommitment(b1, { year: 2025, status: "CONFIRMED" });
  // The other tenant's work never shows here.
  await makeEntry(memberRow(other.members.a1), "IDEA", "CONFIRMED", { occurredOn: inMay(2) });
});

const total = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
const byCoSo = (c: WorkCounts, coSoId: string) =>
  c.entries.filter((r) => r.coSoId === coSoId).map(({ kind, status, count }) => ({ kind, status, count }));

describe("countWork", () => {
  it("gives the Khối the numbers of each cơ sở for the period", async () => {
    const c = await countWork(await viewerOf(t.users.staff.id), may);
    expect(
      c.projects
        .map(({ coSoId, kind, status, count }) => ({ coSoId, kind, status, count }))
        .sort((x, y) => `${x.coSoId}${x.kind}`.localeCompare(`${y.coSoId}${y.kind}`)),
    ).toEqual(
      [
        { coSoId: t.coSoA.id, kind: "MODEL", status: "HONOURED", count: 1 },
        { coSoId: t.coSoA.id, kind: "PROJECT", status: "APPROVED", count: 1 },
        { coSoId: null, kind: "PROJECT", status: "APPROVED", count: 1 },
      ].sort((x, y) => `${x.coSoId}${x.kind}`.localeCompare(`${y.coSoId}${y.kind}`)),
    );
    expect(c.joins).toEqual([{ coSoId: t.coSoA.id, count: 1 }]);
    expect(byCoSo(c, t.coSoA.id).sort((x, y) => x.kind.localeCompare(y.kind))).toEqual([
      { kind: "IDEA", status: "CONFIRMED", count: 1 },
      { kind: "TRAINING", status: "CONFIRMED", count: 1 },
    ]);
    expect(byCoSo(c, t.coSoB.id).sort((x, y) => x.kind.localeCompare(y.kind))).toEqual([
      { kind: "IDEA", status: "SUBMITTED", count: 1 },
      { kind: "VOLUNTEER", status: "CONFIRMED", count: 1 },
    ]);
    expect(c.entries.find((r) => r.kind === "VOLUNTEER")?.hours).toBe(4);
    expect(c.trainings).toEqual([{ coSoId: t.coSoA.id, trainingKind: "LANGUAGE", status: "CONFIRMED", count: 1 }]);
    expect(c.commitments).toEqual([{ coSoId: t.coSoB.id, status: "CONFIRMED", assessmentStatus: null, rating: null, count: 1 }]);
  });

  it("gives the city the same numbers, a secretary their unit's, the other Khối none", async () => {
    const staff = await countWork(await viewerOf(t.users.staff.id), may);
    expect(await countWork(await viewerOf(t.users.city.id), may)).toEqual(staff);
    const chiDoanA1 = await countWork(await viewerOf(t.users.chiDoan.id), may);
    expect(total(chiDoanA1.entries)).toBe(2);
    expect(chiDoanA1.commitments).toEqual([]);
    const otherKhoi = await countWork(await viewerOf(other.users.admin.id), may);
    expect(otherKhoi.projects).toEqual([]);
    expect(otherKhoi.entries.map((r) => r.coSoId)).toEqual([other.coSoA.id]);
  });
});
