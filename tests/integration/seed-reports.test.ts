// The demo's periodic reports (prisma/seed-reports.ts), seeded with the whole demo into a fresh
// database: a closed sơ kết where every cơ sở was accepted (one late, one returned and sent
// again, one corrected), the Khối's draft compilation, an open tổng kết the demo cơ sở has not
// started, timelines that end in each status, numbers the app itself would have sent, and the
// same reports again in a second fresh database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, type Db } from "@/lib/db/client";
import { todayInVietnam } from "@/lib/domain/dates";
import { listPeriods, followUp } from "@/lib/data/report-reads";
import { reportNumbers } from "@/lib/data/report-numbers";
import { missingForSubmit } from "@/lib/domain/report-completeness";
import { seedDemo } from "@/prisma/seed";
import { openTestDatabase } from "../helpers/database";
import { viewerOf } from "../helpers/viewers";

const DAY = 86_400_000;
const year = todayInVietnam().getUTCFullYear();
let hcm: string;
let dn: string;
let seededAt: Date;
const users: Record<string, string> = {};
let half: { id: string; dueOn: Date; planId: string };
let annual: { id: string; dueOn: Date };
let coSoIds: string[];

/** Vietnam's calendar date of a moment (UTC midnight). */
const dayOf = (m: Date) => {
  const local = new Date(m.getTime() + 7 * 3_600_000);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
};
const timeline = (entityId: string) => db().statusChange.findMany({ where: { entityId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  await seedDemo(db());
  seededAt = new Date();
  hcm = (await db().unit.findFirstOrThrow({ where: { kind: "KHOI", name: "Đoàn Khối Dân - Chính - Đảng Thành phố" } })).id;
  dn = (await db().unit.findFirstOrThrow({ where: { kind: "KHOI", name: { contains: "Đà Nẵng" } } })).id;
  for (const u of await db().user.findMany({ select: { id: true, email: true } })) users[u.email] = u.id;
  half = await db().reportPeriod.findFirstOrThrow({ where: { khoiId: hcm, kind: "SIX_MONTH" } });
  annual = await db().reportPeriod.findFirstOrThrow({ where: { khoiId: hcm, kind: "ANNUAL" } });
  coSoIds = (await db().unit.findMany({ where: { khoiId: hcm, kind: "CO_SO", active: true }, select: { id: true } })).map(
    (u) => u.id,
  );
}, 60_000);

describe("the demo's periodic reports", () => {
  it("opens a closed sơ kết and an open tổng kết for TP.HCM on this year's plan, asking for all its indicators, and none for Đà Nẵng", async () => {
    const periods = await db().reportPeriod.findMany({
      where: { khoiId: hcm },
      include: { indicators: true, plan: { include: { indicators: true } } },
    });
    expect(periods.map((p) => [p.kind, p.status, p.fromMonth, p.toMonth, p.title]).sort()).toEqual([
      ["ANNUAL", "OPEN", 1, 12, `Báo cáo tổng kết năm ${year}`],
      ["SIX_MONTH", "CLOSED", 1, 6, `Báo cáo sơ kết 6 tháng đầu năm ${year}`],
    ]);
    for (const p of periods) {
      expect(p.plan).toMatchObject({ kind: "PLAN", status: "PUBLISHED", coSoId: null, startYear: year });
      expect(p.indicators.map((i) => i.indicatorId).sort()).toEqual(p.plan.indicators.map((i) => i.id).sort());
    }
    expect(half.dueOn.getTime()).toBeLessThan(todayInVietnam().getTime());
    expect(annual.dueOn.getTime()).toBeGreaterThanOrEqual(todayInVietnam().getTime() + 14 * DAY);
    expect(await db().reportPeriod.count({ where: { khoiId: dn } })).toBe(0);
    expect(await db().report.count({ where: { khoiId: dn } })).toBe(0);
  });

  it("has every active cơ sở accepted in the closed sơ kết, exactly one of them late", async () => {
    const reports = await db().report.findMany({ where: { periodId: half.id, coSoId: { not: null } } });
    for (const id of coSoIds)
      expect(
        reports.filter((r) => r.coSoId === id && r.status === "ACCEPTED"),
        id,
      ).toHaveLength(1);
    expect(reports.filter((r) => r.status !== "ACCEPTED" && r.status !== "SUPERSEDED")).toEqual([]);
    const late = await db().report.findMany({ where: { khoiId: hcm, late: true } });
    expect(late).toHaveLength(1);
    expect(late[0]).toMatchObject({ periodId: half.id, status: "ACCEPTED" });
    // Late means first sent after the deadline; the others were first sent by then.
    for (const r of await db().report.findMany({ where: { khoiId: hcm, submittedAt: { not: null } } })) {
      const first = (await timeline(r.id)).find((s) => s.toStatus === "SUBMITTED")!;
      const due = r.periodId === half.id ? half.dueOn : annual.dueOn;
      expect(r.late, r.id).toBe(dayOf(first.createdAt) > due.getTime());
    }
    // The follow-up screen and the list agree.
    const staff = await viewerOf(users["canbo@demo.vn"]);
    const rows = await followUp(staff, half.id);
    expect(rows.map((r) => r.state)).toEqual(rows.map(() => "ACCEPTED"));
    expect(rows.filter((r) => r.late)).toHaveLength(1);
    expect((await listPeriods(staff)).find((p) => p.id === half.id)!.tally).toEqual({
      coSo: coSoIds.length,
      sent: coSoIds.length,
      accepted: coSoIds.length,
      returned: 0,
      late: 1,
    });
  });

  it("shows a report returned with a reason, sent again and accepted, on the demo cơ sở", async () => {
    const secretary = await db().membership.findFirstOrThrow({
      where: { userId: users["coso@demo.vn"], role: "CO_SO_SECRETARY" },
    });
    const report = await db().report.findFirstOrThrow({ where: { periodId: half.id, coSoId: secretary.unitId } });
    const steps = await timeline(report.id);
    expect(steps.map((s) => s.toStatus)).toEqual(["DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED"]);
    expect(steps[2].comment).toBeTruthy();
    expect(steps.map((s) => s.actorId)).toEqual([
      users["coso@demo.vn"],
      users["coso@demo.vn"],
      users["canbo@demo.vn"],
      users["coso@demo.vn"],
      users["canbo@demo.vn"],
    ]);
    expect(report).toMatchObject({
      status: "ACCEPTED",
      late: false,
      submittedById: users["coso@demo.vn"],
      reviewedById: users["canbo@demo.vn"],
      submittedAt: steps[3].createdAt,
    });
    const notices = await db().notification.findMany({
      where: { userId: users["coso@demo.vn"], link: `/bao-cao/${half.id}` },
      select: { title: true },
    });
    expect(notices.map((n) => n.title.split(":")[0]).sort()).toEqual([
      "Báo cáo bị trả lại",
      "Báo cáo đã được duyệt",
      "Đợt báo cáo mới",
    ]);
  });

  it("keeps the accepted revision a correction replaced, superseded", async () => {
    const superseded = await db().report.findMany({ where: { khoiId: hcm, status: "SUPERSEDED" } });
    expect(superseded).toHaveLength(1);
    const [old] = superseded;
    const correction = await db().report.findFirstOrThrow({ where: { periodId: old.periodId, unitId: old.unitId, revision: 1 } });
    expect(old).toMatchObject({ periodId: half.id, revision: 0, correctionNote: null });
    expect(correction).toMatchObject({ status: "ACCEPTED", coSoId: old.coSoId, late: false });
    expect(correction.correctionNote).toBeTruthy();
    expect(correction.narratives).not.toEqual(old.narratives);
    expect((await timeline(old.id)).map((s) => s.toStatus)).toEqual(["DRAFT", "SUBMITTED", "ACCEPTED", "SUPERSEDED"]);
    const steps = await timeline(correction.id);
    expect(steps.map((s) => s.toStatus)).toEqual(["DRAFT", "SUBMITTED", "ACCEPTED"]);
    expect(steps[0].comment).toContain(correction.correctionNote!);
    expect(await db().report.count({ where: { khoiId: hcm, revision: { gt: 0 } } })).toBe(1);
  });

  it("has the Khối's own compilation of the sơ kết in draft, written by its staff", async () => {
    const own = await db().report.findMany({ where: { khoiId: hcm, coSoId: null } });
    expect(own).toHaveLength(1);
    const plan = await db().plan.findUniqueOrThrow({ where: { id: half.planId } });
    expect(own[0]).toMatchObject({
      periodId: half.id,
      unitId: hcm,
      status: "DRAFT",
      createdById: users["canbo@demo.vn"],
      submittedAt: null,
      computed: null,
    });
    expect(own[0].narratives).toHaveLength(plan.pillars.length);
    for (const text of [...own[0].narratives, own[0].strengths, own[0].weaknesses, own[0].proposals])
      expect(text!.length).toBeGreaterThan(60);
  });

  it("leaves the open tổng kết partly done, and the demo cơ sở without a report so its secretary can write one", async () => {
    const secretary = await db().membership.findFirstOrThrow({
      where: { userId: users["coso@demo.vn"], role: "CO_SO_SECRETARY" },
    });
    const reports = await db().report.findMany({ where: { periodId: annual.id } });
    expect(reports.filter((r) => r.coSoId === secretary.unitId)).toEqual([]);
    // Nor has any other cơ sở with a demo secretary account.
    const accounts = await db().membership.findMany({
      where: { khoiId: hcm, role: "CO_SO_SECRETARY" },
      select: { unitId: true },
    });
    expect(reports.filter((r) => accounts.some((a) => a.unitId === r.coSoId))).toEqual([]);
    const count = (s: string) => reports.filter((r) => r.status === s).length;
    expect(count("SUBMITTED")).toBeGreaterThanOrEqual(2);
    expect(count("RETURNED")).toBe(1);
    expect(count("DRAFT")).toBeGreaterThanOrEqual(2);
    expect(count("ACCEPTED")).toBe(0);
    expect(reports.filter((r) => r.late)).toEqual([]);
    expect(reports.find((r) => r.status === "RETURNED")!.reviewComment).toBeTruthy();
    expect(new Set(reports.map((r) => r.coSoId)).size).toBeLessThan(coSoIds.length - 3);
    // Every cơ sở secretary was told of the new period once.
    const secretaries = await db().membership.findMany({
      where: { khoiId: hcm, role: "CO_SO_SECRETARY" },
      select: { userId: true },
    });
    expect(secretaries.length).toBeGreaterThanOrEqual(1);
    for (const { userId } of secretaries)
      expect(
        await db().notification.findMany({
          where: { userId, title: `Đợt báo cáo mới: Báo cáo tổng kết năm ${year}` },
          select: { link: true, readAt: true },
        }),
      ).toEqual([{ link: `/bao-cao/${annual.id}`, readAt: null }]);
  });

  it("gives every report and period a timeline, step after step, ending in its status", async () => {
    const reports = await db().report.findMany({ where: { khoiId: hcm } });
    const periods = await db().reportPeriod.findMany({ where: { khoiId: hcm } });
    const secretaries = new Map(
      (await db().membership.findMany({ where: { khoiId: hcm, role: "CO_SO_SECRETARY" } })).map((m) => [m.unitId, m.userId]),
    );
    const tracked = [...reports.map((x) => ["Report", x] as const), ...periods.map((x) => ["ReportPeriod", x] as const)];
    for (const [entityType, x] of tracked) {
      const steps = await timeline(x.id);
      expect(steps.length, x.id).toBeGreaterThan(0);
      for (const s of steps) expect(s).toMatchObject({ entityType, khoiId: hcm });
      expect(steps[0].fromStatus).toBeNull();
      for (let i = 1; i < steps.length; i++) {
        expect(steps[i].fromStatus).toBe(steps[i - 1].toStatus);
        expect(steps[i].createdAt.getTime()).toBeGreaterThan(steps[i - 1].createdAt.getTime());
      }
      expect(steps.at(-1)!.toStatus, x.id).toBe(x.status);
      expect(steps.at(-1)!.createdAt.getTime()).toBeLessThanOrEqual(seededAt.getTime());
    }
    for (const p of periods)
      expect((await timeline(p.id)).map((s) => s.toStatus)).toEqual(p.status === "CLOSED" ? ["OPEN", "CLOSED"] : ["OPEN"]);
    // Reviewed by the Khối's staff; sent by the cơ sở's secretary where it has an account.
    for (const r of reports.filter((x) => x.coSoId)) {
      if (r.reviewedAt) expect(r.reviewedById).toBe(users["canbo@demo.vn"]);
      if (r.submittedAt) expect(r.submittedById).toBe(secretaries.get(r.coSoId!) ?? null);
      expect(r.computed === null, r.id).toBe(r.status === "DRAFT");
    }
  });

  it("stores as sent the numbers the app counts, and typed figures only for indicators measured by hand or in đồng", async () => {
    const staff = await viewerOf(users["canbo@demo.vn"]);
    const periods = await db().reportPeriod.findMany({
      where: { khoiId: hcm },
      include: { indicators: { include: { indicator: true } } },
    });
    for (const p of periods) {
      const ref = {
        planId: p.planId,
        year: p.year,
        fromMonth: p.fromMonth,
        toMonth: p.toMonth,
        indicatorIds: p.indicators.map((i) => i.indicatorId),
      };
      const typed = p.indicators
        .filter((i) => i.indicator.measure === "ENTERED" || i.indicator.measure === "MONEY")
        .map((i) => i.indicatorId);
      const sent = await db().report.findMany({
        where: { periodId: p.id, coSoId: { not: null }, status: { not: "DRAFT" } },
        include: { values: true },
      });
      for (const r of sent) {
        const live = (await reportNumbers(staff, ref, r.coSoId)).filter((n) => !n.typed);
        expect(r.computed, r.id).toEqual(Object.fromEntries(live.map((n) => [n.indicatorId, n.value])));
        expect(r.values.map((v) => v.indicatorId).sort()).toEqual([...typed].sort());
      }
    }
    // Counted, not left empty: every accepted sơ kết report sent some records.
    const sums = (await db().report.findMany({ where: { periodId: half.id, status: "ACCEPTED", coSoId: { not: null } } })).map(
      (r) => Object.values(r.computed as Record<string, number>).reduce((a, b) => a + b, 0),
    );
    expect(Math.min(...sums)).toBeGreaterThan(0);
    const values = await db().reportValue.findMany({ where: { khoiId: hcm }, include: { indicator: true } });
    for (const v of values) expect(["ENTERED", "MONEY"]).toContain(v.indicator.measure);
  });
});

describe("the demo's reports as the app would accept them (issue 16)", () => {
  it("sends no incomplete report: every report sent has each typed figure and each pillar's narrative", async () => {
    const periods = await db().reportPeriod.findMany({
      where: { khoiId: hcm },
      include: { plan: { select: { pillars: true } }, indicators: { include: { indicator: true } } },
    });
    let checked = 0;
    for (const p of periods) {
      const typed = p.indicators
        .filter((i) => i.indicator.measure === "ENTERED" || i.indicator.measure === "MONEY")
        .map((i) => ({ id: i.indicatorId, code: i.indicator.code }));
      const sent = await db().report.findMany({
        where: { periodId: p.id, coSoId: { not: null }, submittedAt: { not: null } },
        include: { values: true },
      });
      for (const r of sent) {
        const values = Object.fromEntries(r.values.map((v) => [v.indicatorId, Number(v.value)]));
        expect(missingForSubmit(p.plan.pillars, typed, { narratives: r.narratives, values }), r.id).toEqual({});
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(coSoIds.length);
  });
});

describe("the demo's reports, seeded again", () => {
  let second: Awaited<ReturnType<typeof openTestDatabase>>;
  afterAll(async () => second?.close());

  /** What a viewer would see, without the random ids. */
  async function fingerprint(client: Db) {
    const rows = [
      ...(await client.reportPeriod.findMany({
        select: { title: true, status: true, dueOn: true, note: true, createdAt: true },
      })),
      ...(await client.report.findMany({
        select: {
          revision: true,
          status: true,
          narratives: true,
          strengths: true,
          late: true,
          submittedAt: true,
          reviewComment: true,
          unit: { select: { name: true } },
        },
      })),
      ...(await client.statusChange.findMany({
        where: { entityType: { in: ["Report", "ReportPeriod"] } },
        select: { fromStatus: true, toStatus: true, comment: true, createdAt: true },
      })),
    ];
    return rows.map((r) => JSON.stringify(r)).sort();
  }

  it("builds the same reports in another fresh database", async () => {
    second = await openTestDatabase();
    await seedDemo(second.client);
    expect(await fingerprint(second.client)).toEqual(await fingerprint(db()));
  }, 60_000);
});
