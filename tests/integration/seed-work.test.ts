// The demo year of logged work (prisma/seed-work.ts), seeded with the whole demo into a fresh
// database: the amounts the demo promises, every status, records where their member was, dates
// inside the last year, timelines that end in each record's status, work waiting for each demo
// account, and the same year again in a second fresh database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, type Db } from "@/lib/db/client";
import { todayInVietnam } from "@/lib/domain/dates";
import { ASSESSMENT_STEP } from "@/lib/domain/commitment-rules";
import { ENTRY_STATUSES, IDEA_KINDS, PROJECT_STATUSES, TRAINING_KINDS } from "@/lib/domain/work-labels";
import { seedDemo } from "@/prisma/seed";
import { openTestDatabase } from "../helpers/database";

const DAY = 86_400_000;
let hcm: string;
let dn: string;
let seededAt: Date;
const users: Record<string, string> = {};

beforeAll(async () => {
  await seedDemo(db());
  seededAt = new Date();
  hcm = (await db().unit.findFirstOrThrow({ where: { kind: "KHOI", name: "Đoàn Khối Dân - Chính - Đảng Thành phố" } })).id;
  dn = (await db().unit.findFirstOrThrow({ where: { kind: "KHOI", name: { contains: "Đà Nẵng" } } })).id;
  for (const u of await db().user.findMany({ select: { id: true, email: true } })) users[u.email] = u.id;
}, 60_000);

const count = (where: Parameters<Db["memberEntry"]["count"]>[0]) => db().memberEntry.count(where);

describe("the demo year of logged work", () => {
  it("gives the TP.HCM Khối a year of work in the promised amounts, and Đà Nẵng a little", async () => {
    expect(await db().youthProject.count({ where: { khoiId: hcm } })).toBeGreaterThanOrEqual(36);
    expect(await db().youthProject.count({ where: { khoiId: hcm } })).toBeLessThanOrEqual(48);
    expect(await db().youthProject.count({ where: { khoiId: hcm, coSoId: null } })).toBeGreaterThanOrEqual(3);
    const kinds = { IDEA: [370, 430], TRAINING: [280, 320], VOLUNTEER: [130, 170] } as const;
    for (const [kind, [lo, hi]] of Object.entries(kinds)) {
      const n = await count({ where: { khoiId: hcm, kind: kind as keyof typeof kinds } });
      expect(n, kind).toBeGreaterThanOrEqual(lo);
      expect(n, kind).toBeLessThanOrEqual(hi);
    }
    expect(await db().commitment.count({ where: { khoiId: hcm } })).toBeGreaterThanOrEqual(40);
    // Entries spread over the cơ sở and chi đoàn, not piled on a few.
    const coSos = await db().memberEntry.groupBy({ by: ["coSoId"], where: { khoiId: hcm }, _count: true });
    const chiDoans = await db().memberEntry.groupBy({ by: ["chiDoanId"], where: { khoiId: hcm }, _count: true });
    expect(coSos.length).toBe(14);
    expect(chiDoans.length).toBe(25);
    expect(Math.min(...coSos.map((c) => c._count))).toBeGreaterThanOrEqual(20);

    const dnProjects = await db().youthProject.count({ where: { khoiId: dn } });
    expect(dnProjects).toBeGreaterThanOrEqual(2);
    expect(dnProjects).toBeLessThanOrEqual(6);
    expect(await count({ where: { khoiId: dn } })).toBeGreaterThanOrEqual(10);
    expect(await db().commitment.count({ where: { khoiId: dn } })).toBe(0);
  });

  it("shows every status, kind and the contest", async () => {
    const projectStatuses = new Set(
      (await db().youthProject.findMany({ where: { khoiId: hcm }, select: { status: true } })).map((p) => p.status),
    );
    expect([...projectStatuses].sort()).toEqual([...PROJECT_STATUSES].sort());
    expect(await db().youthProject.count({ where: { khoiId: hcm, status: "WITHDRAWN" } })).toBe(1);
    const entryStatuses = new Set(
      (await db().memberEntry.findMany({ where: { khoiId: hcm }, select: { status: true } })).map((e) => e.status),
    );
    expect([...entryStatuses].sort()).toEqual([...ENTRY_STATUSES].sort());
    // Mostly confirmed, with work waiting and a few returned.
    const all = await count({ where: { khoiId: hcm } });
    expect(await count({ where: { khoiId: hcm, status: "CONFIRMED" } })).toBeGreaterThan(all * 0.8);
    expect(await count({ where: { khoiId: hcm, status: "SUBMITTED" } })).toBeGreaterThanOrEqual(20);
    expect(await count({ where: { khoiId: hcm, status: "RETURNED" } })).toBeGreaterThanOrEqual(5);
    expect(await count({ where: { status: "RETURNED", reviewComment: null } })).toBe(0);
    expect(await db().youthProject.count({ where: { status: "RETURNED", reviewComment: null } })).toBe(0);
    for (const k of TRAINING_KINDS) expect(await count({ where: { khoiId: hcm, trainingKind: k } }), k).toBeGreaterThan(20);
    for (const k of IDEA_KINDS) expect(await count({ where: { khoiId: hcm, ideaKind: k } }), k).toBeGreaterThan(20);
    expect(await count({ where: { khoiId: hcm, applied: true, effect: { not: null } } })).toBeGreaterThan(50);
    expect(await count({ where: { khoiId: hcm, kind: "VOLUNTEER", activityId: { not: null } } })).toBeGreaterThan(60);
    // Completed projects report results in numbers and đồng.
    const done = await db().youthProject.findMany({
      where: { khoiId: hcm, status: { in: ["COMPLETED", "ACKNOWLEDGED", "HONOURED"] } },
    });
    for (const p of done) expect(p.resultText && p.completedAt && p.progress === 100, p.name).toBeTruthy();
    expect(done.some((p) => (p.resultAmount ?? 0) >= 100_000_000 && (p.beneficiaries ?? 0) > 0)).toBe(true);
    // The contest: ideas entered, scored, the best ranked 1, 2, 3…
    const ranked = await db().memberEntry.findMany({
      where: { khoiId: hcm, contestRank: { not: null } },
      orderBy: { contestRank: "asc" },
      select: { contestRank: true, contestScore: true, contestNote: true },
    });
    expect(ranked.map((e) => e.contestRank)).toEqual(ranked.map((_, i) => i + 1));
    expect(ranked.length).toBeGreaterThanOrEqual(3);
    expect(ranked[0].contestNote).toBe("Giải Nhất");
    const statuses = new Set(
      (await db().commitment.findMany({ where: { khoiId: hcm }, select: { status: true } })).map((c) => c.status),
    );
    expect([...statuses].sort()).toEqual(["CONFIRMED", "RETURNED", "SUBMITTED"]);
  });

  it("keeps each entry and commitment in the units of its member, and each project inside its cơ sở", async () => {
    for (const rows of [
      await db().memberEntry.findMany({
        select: {
          khoiId: true,
          coSoId: true,
          chiDoanId: true,
          member: { select: { khoiId: true, coSoId: true, chiDoanId: true } },
        },
      }),
      await db().commitment.findMany({
        select: {
          khoiId: true,
          coSoId: true,
          chiDoanId: true,
          member: { select: { khoiId: true, coSoId: true, chiDoanId: true } },
        },
      }),
    ])
      for (const { member, ...units } of rows) expect(units).toEqual(member);

    const units = new Map(
      (await db().unit.findMany({ select: { id: true, kind: true, khoiId: true, coSoId: true } })).map((u) => [u.id, u]),
    );
    const projects = await db().youthProject.findMany({
      include: { members: { include: { member: true } }, joins: true, indicators: { include: { indicator: true } }, plan: true },
    });
    for (const p of projects) {
      expect(p.plan).toMatchObject({ khoiId: p.khoiId, status: "PUBLISHED", coSoId: null });
      for (const link of p.indicators) expect(link.indicator.planId).toBe(p.planId);
      if (p.coSoId) {
        expect(p.unitId).toBe(p.coSoId);
        expect(p.chiDoanIds.length).toBeGreaterThan(0);
        for (const id of p.chiDoanIds)
          expect(units.get(id)).toMatchObject({ kind: "CHI_DOAN", coSoId: p.coSoId, khoiId: p.khoiId });
        for (const { member } of p.members) expect(p.chiDoanIds).toContain(member.chiDoanId);
        expect(p.joins).toEqual([]);
      } else {
        expect(p.unitId).toBe(p.khoiId);
        expect(p.chiDoanIds).toEqual([]);
        expect(p.members).toEqual([]);
        expect(p.joins.length).toBeGreaterThan(0);
        for (const j of p.joins) expect(units.get(j.coSoId)).toMatchObject({ kind: "CO_SO", khoiId: p.khoiId });
      }
    }
  });

  it("dates everything within the last year, in the past but for the end of projects under way", async () => {
    const today = todayInVietnam().getTime();
    const entries = await db().memberEntry.findMany({
      select: { occurredOn: true, endsOn: true, createdAt: true, updatedAt: true, reviewedAt: true },
    });
    for (const e of entries) {
      expect(e.occurredOn.getTime()).toBeGreaterThanOrEqual(today - 365 * DAY);
      expect(e.occurredOn.getTime()).toBeLessThanOrEqual(today);
      if (e.endsOn) expect(e.endsOn.getTime()).toBeLessThanOrEqual(today);
      for (const m of [e.createdAt, e.updatedAt, e.reviewedAt])
        if (m) expect(m.getTime()).toBeLessThanOrEqual(seededAt.getTime());
    }
    // Every month of the year has entries (twelve 30-day windows back from today).
    for (let k = 0; k < 12; k++)
      expect(
        entries.filter(
          (e) => e.occurredOn.getTime() <= today - k * 30 * DAY && e.occurredOn.getTime() > today - (k + 1) * 30 * DAY,
        ).length,
        `window ${k}`,
      ).toBeGreaterThan(20);
    for (const p of await db().youthProject.findMany()) {
      expect(p.startsOn.getTime()).toBeLessThanOrEqual(today);
      expect(p.startsOn.getTime()).toBeGreaterThanOrEqual(today - 365 * DAY);
      for (const m of [p.createdAt, p.updatedAt, p.completedAt])
        if (m) expect(m.getTime()).toBeLessThanOrEqual(seededAt.getTime());
    }
    const latest = await db().statusChange.findFirstOrThrow({ orderBy: { createdAt: "desc" } });
    expect(latest.createdAt.getTime()).toBeLessThanOrEqual(seededAt.getTime());
  });

  it("gives every record a timeline, step after step, that ends in its status", async () => {
    const expected = new Map<string, string>();
    for (const p of await db().youthProject.findMany({ select: { id: true, status: true } })) expected.set(p.id, p.status);
    for (const e of await db().memberEntry.findMany({ select: { id: true, status: true } })) expected.set(e.id, e.status);
    // A commitment's timeline ends in its assessment once the member has assessed themselves.
    for (const c of await db().commitment.findMany({ select: { id: true, status: true, assessmentStatus: true } }))
      expected.set(c.id, c.assessmentStatus ? ASSESSMENT_STEP[c.assessmentStatus as keyof typeof ASSESSMENT_STEP] : c.status);

    const changes = await db().statusChange.findMany({
      where: { entityType: { in: ["YouthProject", "MemberEntry", "Commitment"] } },
      orderBy: [{ entityId: "asc" }, { createdAt: "asc" }],
    });
    const byEntity = new Map<string, typeof changes>();
    for (const c of changes) byEntity.set(c.entityId, [...(byEntity.get(c.entityId) ?? []), c]);
    expect(byEntity.size).toBe(expected.size);
    for (const [id, steps] of byEntity) {
      expect(steps[0].fromStatus, id).toBeNull();
      for (let i = 1; i < steps.length; i++) {
        expect(steps[i].fromStatus).toBe(steps[i - 1].toStatus);
        expect(steps[i].createdAt.getTime()).toBeGreaterThan(steps[i - 1].createdAt.getTime());
      }
      expect(steps.at(-1)!.toStatus, id).toBe(expected.get(id));
    }
    // Actors are accounts of the record's own Khối.
    const accounts = new Map((await db().user.findMany({ select: { id: true, khoiId: true } })).map((u) => [u.id, u.khoiId]));
    for (const c of changes) if (c.actorId) expect(accounts.get(c.actorId)).toBe(c.khoiId);
  });

  it("leaves work for each demo account", async () => {
    const secretary = await db().membership.findFirstOrThrow({ where: { userId: users["coso@demo.vn"] } });
    const own = await db().youthProject.findMany({
      where: { coSoId: secretary.unitId },
      select: { id: true, status: true, createdById: true },
    });
    expect(new Set(own.map((p) => p.status)).size).toBeGreaterThanOrEqual(4);
    // One to approve for the Khối (not registered by Khối staff), one the secretary can complete.
    expect(own.find((p) => p.status === "PENDING")?.createdById).toBe(users["coso@demo.vn"]);
    expect(own.some((p) => p.status === "APPROVED")).toBe(true);
    const approvals = await db().statusChange.findMany({
      where: { entityId: { in: own.map((p) => p.id) }, toStatus: "APPROVED" },
    });
    for (const a of approvals) expect([users["khoi@demo.vn"], users["canbo@demo.vn"]]).toContain(a.actorId);
    expect(await db().projectJoin.count({ where: { coSoId: secretary.unitId } })).toBeGreaterThanOrEqual(2);

    const chiDoan = await db().membership.findFirstOrThrow({ where: { userId: users["chidoan@demo.vn"] } });
    const waiting = await db().memberEntry.findMany({
      where: { chiDoanId: chiDoan.unitId, status: "SUBMITTED" },
      select: { member: { select: { userId: true } } },
    });
    expect(waiting.filter((e) => e.member.userId !== users["chidoan@demo.vn"]).length).toBeGreaterThanOrEqual(4);
    expect(await db().commitment.count({ where: { chiDoanId: chiDoan.unitId, status: "SUBMITTED" } })).toBeGreaterThanOrEqual(1);

    const member = await db().member.findFirstOrThrow({ where: { userId: users["doanvien@demo.vn"] } });
    const mine = await db().memberEntry.findMany({ where: { memberId: member.id }, select: { status: true, kind: true } });
    expect(mine.length).toBeGreaterThanOrEqual(4);
    expect(new Set(mine.map((e) => e.status))).toEqual(new Set(["CONFIRMED", "SUBMITTED", "RETURNED"]));
    expect(new Set(mine.map((e) => e.kind)).size).toBe(3);
    // The notices the app would have sent: a registration to review, a returned one to fix.
    const notices = async (email: string, text: string) =>
      db().notification.count({ where: { userId: users[email], title: { contains: text } } });
    expect(await notices("canbo@demo.vn", "Công trình chờ duyệt")).toBeGreaterThanOrEqual(4);
    expect(await notices("coso@demo.vn", "Công trình bị trả lại, cần sửa")).toBeGreaterThanOrEqual(1);
    expect(await notices("doanvien@demo.vn", "đã bị trả lại")).toBeGreaterThanOrEqual(1);
    // The demo member registers their commitment live.
    expect(await db().commitment.count({ where: { memberId: member.id } })).toBe(0);
    expect(await db().commitment.count({ where: { coSoId: secretary.unitId } })).toBeGreaterThanOrEqual(15);
  });
});

describe("the demo year, seeded again", () => {
  let second: Awaited<ReturnType<typeof openTestDatabase>>;
  afterAll(async () => second?.close());

  /** What a viewer would see, without the random ids. */
  async function fingerprint(client: Db) {
    const rows = [
      ...(await client.youthProject.findMany({
        select: {
          name: true,
          status: true,
          startsOn: true,
          endsOn: true,
          progress: true,
          createdAt: true,
          unit: { select: { name: true } },
        },
      })),
      ...(await client.memberEntry.findMany({
        select: {
          title: true,
          status: true,
          occurredOn: true,
          createdAt: true,
          contestScore: true,
          member: { select: { email: true } },
        },
      })),
      ...(await client.commitment.findMany({
        select: { pledges: true, status: true, assessmentStatus: true, createdAt: true, member: { select: { email: true } } },
      })),
      ...(await client.statusChange.findMany({
        where: { entityType: { in: ["YouthProject", "MemberEntry", "Commitment"] } },
        select: { entityType: true, fromStatus: true, toStatus: true, comment: true, createdAt: true },
      })),
    ];
    return rows.map((r) => JSON.stringify(r)).sort();
  }

  it("builds the same year in another fresh database", async () => {
    second = await openTestDatabase();
    await seedDemo(second.client);
    expect(await fingerprint(second.client)).toEqual(await fingerprint(db()));
  }, 60_000);
});
