// Periodic reports, part 3: the numbers. Typed figures (ENTERED, MONEY) reach the roll-up only
// from accepted reports, the latest period in force per cơ sở (an annual report replaces the sơ
// kết, an accepted correction the earlier revision); and a report's counted numbers come from the
// confirmed records of its months and its cơ sở — where the member was at the time — each with a
// link to the records behind it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import { createEntry } from "@/lib/data/entries";
import { planProgress, type PlanProgress } from "@/lib/data/indicator-rollup";
import { reportDetail } from "@/lib/data/report-reads";
import { recordFigures, reportNumbers } from "@/lib/data/report-numbers";
import { acceptReport, correctReport, openReport, submitReport } from "@/lib/data/reports";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { makeTenant, type Tenant } from "../factories";
import { ideaForm, makeEntry, memberRow, trainingForm } from "../helpers/entries";
import { viewerOf } from "../helpers/viewers";
import {
  acceptedReport,
  makeReportPlan,
  openTestPeriod,
  reportPeople,
  reportVersion,
  returnedReport,
  sendForm,
  submittedReport,
  thisYear,
  type PeopleKey,
  type ReportPlan,
} from "../helpers/reports";
import { reportAcceptInput, reportCorrectInput, reportOpenInput, reportSaveInput } from "@/lib/validation/reports";
import { entryCreateInput } from "@/lib/validation/entries";

const on = (month: number, day = 10) => new Date(Date.UTC(thisYear, month - 1, day));
const of = (p: PlanProgress, id: string) => p.indicators.find((i) => i.id === id)!;

describe("typed figures in the roll-up", () => {
  let t: Tenant;
  let plan: ReportPlan;
  let v: Record<PeopleKey, Viewer>;
  let six: string;
  let annual: string;
  const money = async (viewer = v.staff) => of(await planProgress(viewer, plan.id), plan.ind.money);
  const people = async (viewer = v.staff) => of(await planProgress(viewer, plan.id), plan.ind.people);
  const rows = (i: { coSo: { coSoId: string; value: number | null; target: number | null; status: string }[] }) =>
    Object.fromEntries(
      i.coSo.map((c) => [c.coSoId === t.coSoA.id ? "A" : "B", { value: c.value, target: c.target, status: c.status }]),
    );

  beforeAll(async () => {
    t = await makeTenant(db());
    ({ v } = await reportPeople(t, await makeTenant(db())));
    plan = await makeReportPlan(t);
    six = await openTestPeriod(v.staff, plan, { kind: "SIX_MONTH", indicatorIds: [plan.ind.money, plan.ind.people] });
    annual = await openTestPeriod(v.staff, plan, { kind: "ANNUAL", indicatorIds: [plan.ind.money, plan.ind.people] });
  });

  it("show no data while reports are only written, submitted or returned", async () => {
    expect(await money()).toMatchObject({ value: null, total: null, status: "NO_DATA", target: 5_000_000 });
    await submittedReport(v.coSo, six, { [plan.ind.money]: "1.500.000", [plan.ind.people]: "4" });
    await returnedReport(v.coSoB, v.staff, six, { [plan.ind.money]: "500.000", [plan.ind.people]: "2" });
    const b = await openReport(v.coSoB, reportOpenInput.parse({ periodId: annual }));
    await submitReport(v.coSoB, reportSaveInput.parse(await sendForm(b.id, { values: { [plan.ind.money]: "9.000.000" } })));
    expect(await money()).toMatchObject({ value: null, total: null, status: "NO_DATA" });
    // Each cơ sở's own target shows before any figure is accepted.
    const none = await people();
    expect(none).toMatchObject({ value: null, status: "NO_DATA" });
    expect(rows(none)).toEqual({
      A: { value: null, target: 3, status: "NO_DATA" },
      B: { value: null, target: 3, status: "NO_DATA" },
    });
  });

  it("count a report once accepted, and sum the cơ sở", async () => {
    const a = (await openReport(v.coSo, reportOpenInput.parse({ periodId: six }))).id;
    await acceptReport(v.staff, reportAcceptInput.parse({ id: a, version: await reportVersion(a) }));
    expect(await money()).toMatchObject({ value: 1_500_000, total: 1_500_000, percent: 30, status: "NOT_MET" });
    // "Each cơ sở at least 3": A has 4, B nothing accepted yet: one cơ sở of two reached it.
    const p = await people();
    expect(p).toMatchObject({ value: 1, target: 2, total: 4, status: "NOT_MET" });
    expect(rows(p)).toEqual({ A: { value: 4, target: 3, status: "EXCEEDED" }, B: { value: null, target: 3, status: "NO_DATA" } });

    const b = (await openReport(v.coSoB, reportOpenInput.parse({ periodId: six }))).id;
    await submitReport(
      v.coSoB,
      reportSaveInput.parse(await sendForm(b, { values: { [plan.ind.money]: "500.000", [plan.ind.people]: "2" } })),
    );
    await acceptReport(v.staff, reportAcceptInput.parse({ id: b, version: await reportVersion(b) }));
    expect(await money()).toMatchObject({ value: 2_000_000, total: 2_000_000, status: "NOT_MET" });
    expect(rows(await people())).toEqual({
      A: { value: 4, target: 3, status: "EXCEEDED" },
      B: { value: 2, target: 3, status: "NOT_MET" },
    });
  });

  it("use the annual figure of a cơ sở that has both a sơ kết and an annual report accepted (never their sum)", async () => {
    await acceptedReport(v.coSo, v.staff, annual, { [plan.ind.money]: "4.000.000", [plan.ind.people]: "3" });
    // A: 4.000.000 from the annual report; B: 500.000 from its sơ kết (its annual one is not accepted).
    expect(await money()).toMatchObject({ value: 4_500_000, total: 4_500_000, status: "NOT_MET" });
    expect(rows(await people())).toEqual({
      A: { value: 3, target: 3, status: "MET" },
      B: { value: 2, target: 3, status: "NOT_MET" },
    });
    // The Khối's own sơ kết still adds up the sơ kết figures only.
    const sixRef = { planId: plan.id, year: thisYear, fromMonth: 1, toMonth: 6, indicatorIds: [plan.ind.money] };
    expect((await reportNumbers(v.staff, sixRef, null))[0]).toMatchObject({ typed: true, value: 2_000_000, href: null });
    // A cơ sở secretary counts their own cơ sở only.
    expect(await money(v.coSo)).toMatchObject({ value: 4_000_000 });
    expect(await money(v.coSoB)).toMatchObject({ value: 500_000 });
  });

  it("replace the earlier figure with an accepted correction, not before", async () => {
    const rev0 = (await openReport(v.coSo, reportOpenInput.parse({ periodId: annual }))).id;
    const { id: rev1 } = await correctReport(
      v.coSo,
      reportCorrectInput.parse({ id: rev0, version: await reportVersion(rev0), correctionNote: "Cập nhật số vận động tháng 12" }),
    );
    await submitReport(
      v.coSo,
      reportSaveInput.parse(await sendForm(rev1, { values: { [plan.ind.money]: "5.000.000", [plan.ind.people]: "3" } })),
    );
    expect(await money()).toMatchObject({ value: 4_500_000 });
    await acceptReport(v.staff, reportAcceptInput.parse({ id: rev1, version: await reportVersion(rev1) }));
    expect(await money()).toMatchObject({ value: 5_500_000, total: 5_500_000, percent: 110, status: "EXCEEDED" });
    expect(
      await db().reportValue.count({ where: { indicatorId: plan.ind.money, report: { coSoId: t.coSoA.id, periodId: annual } } }),
    ).toBe(2);
  });
});

describe("a report's numbers from the records", () => {
  let t: Tenant;
  let plan: ReportPlan;
  let staff: Viewer;
  let coSoA: Viewer;
  const ref = (fromMonth: number, toMonth: number) => ({
    planId: plan.id,
    year: thisYear,
    fromMonth,
    toMonth,
    indicatorIds: Object.values(plan.ind),
  });
  const byId = (numbers: Awaited<ReturnType<typeof reportNumbers>>) => Object.fromEntries(numbers.map((n) => [n.indicatorId, n]));
  const href = (kind: "IDEA" | "TRAINING", ky: string, coSoId?: string) =>
    `/ghi-nhan?ky=${ky}&kind=${kind}&status=CONFIRMED${coSoId ? `&coSo=${coSoId}` : ""}`;

  beforeAll(async () => {
    t = await makeTenant(db());
    plan = await makeReportPlan(t);
    staff = await viewerOf(t.users.staff.id);
    coSoA = await viewerOf(t.users.coSo.id);
    const [a1, a2, b1] = [memberRow(t.members.a1), memberRow(t.members.a2), memberRow(t.members.b1)];
    await makeEntry(a1, "IDEA", "CONFIRMED", { occurredOn: on(2) });
    await makeEntry(a2, "IDEA", "CONFIRMED", { occurredOn: on(6, 30) }); // the last day of the sơ kết
    await makeEntry(a2, "IDEA", "CONFIRMED", { occurredOn: on(7, 1) }); // the day after: annual only
    await makeEntry(a1, "IDEA", "SUBMITTED", { occurredOn: on(3) }); // not confirmed
    await makeEntry(a1, "IDEA", "RETURNED", { occurredOn: on(3) }); // not confirmed
    await makeEntry(a1, "IDEA", "WITHDRAWN", { occurredOn: on(4) }); // archived
    await makeEntry(a1, "IDEA", "CONFIRMED", { occurredOn: new Date(Date.UTC(thisYear - 1, 11, 31)) }); // last year
    await makeEntry(b1, "IDEA", "CONFIRMED", { occurredOn: on(5) });
    await makeEntry(a1, "TRAINING", "CONFIRMED", { occurredOn: on(1) });
    await makeEntry(b1, "TRAINING", "CONFIRMED", { occurredOn: on(2) });
    await makeEntry(b1, "TRAINING", "CONFIRMED", { occurredOn: on(3) });
    // The other Khối's records never count here.
    const other = await makeTenant(db());
    await makeEntry(memberRow(other.members.a1), "IDEA", "CONFIRMED", { occurredOn: on(2) });

    // Member a1 moved from chi đoàn A1 (cơ sở A) to B1 (cơ sở B) on 1 May, recorded the way
    // lib/data/members.ts records a transfer. Logged afterwards through the real path, an idea of
    // 15 April counts for A and one of 20 May for B (lib/data/member-history.ts).
    await db().member.update({ where: { id: t.members.a1.id }, data: { chiDoanId: t.chiDoanB1.id, coSoId: t.coSoB.id } });
    await db().auditLog.create({
      data: {
        khoiId: t.khoi.id,
        actorId: t.users.staff.id,
        action: "member.transfer",
        targetType: "Member",
        targetId: t.members.a1.id,
        before: { chiDoanId: t.chiDoanA1.id },
        after: { chiDoanId: t.chiDoanB1.id },
        createdAt: on(5, 1),
      },
    });
    const member = await viewerOf(t.users.member.id);
    const logged = [
      await createEntry(
        member,
        entryCreateInput.parse(ideaForm({ title: "Ý tưởng khi còn ở A", occurredOn: formatVietnameseDate(on(4, 15)) })),
      ),
      await createEntry(
        member,
        entryCreateInput.parse(ideaForm({ title: "Ý tưởng khi đã sang B", occurredOn: formatVietnameseDate(on(5, 20)) })),
      ),
      await createEntry(
        member,
        entryCreateInput.parse(
          trainingForm({
            title: "Lớp học sau khi chuyển",
            occurredOn: formatVietnameseDate(on(8)),
            endsOn: formatVietnameseDate(on(8)),
          }),
        ),
      ),
    ];
    await db().memberEntry.updateMany({ where: { id: { in: logged.map((e) => e.id) } }, data: { status: "CONFIRMED" } });
    const placed = await db().memberEntry.findMany({
      where: { id: { in: logged.map((e) => e.id) } },
      select: { title: true, coSoId: true },
    });
    expect(Object.fromEntries(placed.map((e) => [e.title, e.coSoId]))).toEqual({
      "Ý tưởng khi còn ở A": t.coSoA.id,
      "Ý tưởng khi đã sang B": t.coSoB.id,
      "Lớp học sau khi chuyển": t.coSoB.id,
    });
  });

  it("count a cơ sở's confirmed records of the sơ kết months, where each was done, with links to them", async () => {
    const ky = `${thisYear}-6t1`;
    for (const viewer of [staff, coSoA]) {
      const n = byId(await reportNumbers(viewer, ref(1, 6), t.coSoA.id));
      // Ideas of A in months 1–6: 10 Feb, 30 Jun, and the transferred member's 15 April.
      expect(n[plan.ind.ideas]).toMatchObject({
        typed: false,
        value: 3,
        target: null,
        status: null,
        href: href("IDEA", ky, t.coSoA.id),
      });
      expect(n[plan.ind.trainings]).toMatchObject({
        typed: false,
        value: 1,
        target: 2,
        status: "NOT_MET",
        href: href("TRAINING", ky, t.coSoA.id),
      });
      expect(n[plan.ind.money]).toMatchObject({ typed: true, value: null, href: null });
      expect(n[plan.ind.people]).toMatchObject({ typed: true, value: null, href: null });
    }
    const b = byId(await reportNumbers(staff, ref(1, 6), t.coSoB.id));
    expect(b[plan.ind.ideas]).toMatchObject({ value: 2, href: href("IDEA", ky, t.coSoB.id) });
    expect(b[plan.ind.trainings]).toMatchObject({ value: 2, target: 2, status: "MET" });
    // The Khối's own report counts every cơ sở, linking to all of them.
    const k = byId(await reportNumbers(staff, ref(1, 6), null));
    expect(k[plan.ind.ideas]).toMatchObject({ value: 5, target: 4, status: "EXCEEDED", href: href("IDEA", ky) });
    expect(k[plan.ind.trainings]).toMatchObject({ value: 1, target: 2, status: "NOT_MET", href: href("TRAINING", ky) });
  });

  it("count the whole year for an annual report, with the year in the links", async () => {
    const a = byId(await reportNumbers(staff, ref(1, 12), t.coSoA.id));
    expect(a[plan.ind.ideas]).toMatchObject({ value: 4, href: href("IDEA", String(thisYear), t.coSoA.id) });
    const b = byId(await reportNumbers(staff, ref(1, 12), t.coSoB.id));
    expect(b[plan.ind.ideas]).toMatchObject({ value: 2 });
    expect(b[plan.ind.trainings]).toMatchObject({ value: 3, status: "EXCEEDED" });
  });

  it("give the standing figures of the months and the cơ sở, with links", async () => {
    const ky = `${thisYear}-6t1`;
    const figures = Object.fromEntries(
      (await recordFigures(staff, ref(1, 6), t.coSoA.id)).map((f) => [f.key, { value: f.value, href: f.href }]),
    );
    expect(figures.ideas).toEqual({ value: 3, href: href("IDEA", ky, t.coSoA.id) });
    expect(figures.trainings).toEqual({ value: 1, href: href("TRAINING", ky, t.coSoA.id) });
    expect(figures["training-IT"]).toEqual({ value: 1, href: href("TRAINING", ky, t.coSoA.id) });
    expect(figures.volunteer.value).toBe(0);
    expect(figures.projects).toEqual({ value: 0, href: `/cong-trinh?ky=${ky}&coSo=${t.coSoA.id}` });
  });

  it("keep the counted numbers as sent, and show the live count beside them", async () => {
    const periodId = await openTestPeriod(staff, plan, { indicatorIds: Object.values(plan.ind) });
    const id = await submittedReport(coSoA, periodId, { [plan.ind.money]: "1.000.000" });
    const sent = await db().report.findUniqueOrThrow({ where: { id }, select: { computed: true } });
    expect(sent.computed).toEqual({ [plan.ind.ideas]: 3, [plan.ind.trainings]: 1 });
    // One more confirmed idea of A in March, after sending.
    await makeEntry(memberRow(t.members.a2), "IDEA", "CONFIRMED", { occurredOn: on(3) });
    const n = byId((await reportDetail(staff, id)).numbers);
    expect(n[plan.ind.ideas]).toMatchObject({ value: 4, sentValue: 3 });
    expect(n[plan.ind.money]).toMatchObject({ value: 1_000_000, sentValue: undefined });
  });
});
