// Periodic reports, part 4: the Khối's follow-up of a period — each cơ sở's state, late and
// overdue marks, the period list's tally, reminders to the cơ sở that have sent nothing — and
// closing (khóa sổ) and reopening the period.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import { closePeriod, remindPeriod, reopenPeriod } from "@/lib/data/report-periods";
import { followUp, listPeriods } from "@/lib/data/report-reads";
import { acceptReport, openReport, returnReport, submitReport } from "@/lib/data/reports";
import { makeTenant, makeUnit, makeUser, type Tenant } from "../factories";
import { viewerOf } from "../helpers/viewers";
import {
  acceptedReport,
  failure,
  makeReportPlan,
  noticesOf,
  openTestPeriod,
  reportVersion,
  returnedReport,
  sendForm,
  setDueIn,
  submittedReport,
  type ReportPlan,
} from "../helpers/reports";
import {
  periodRefInput,
  periodRemindInput,
  reportAcceptInput,
  reportOpenInput,
  reportReturnInput,
  reportSaveInput,
} from "@/lib/validation/reports";

const CLOSED = "Đợt báo cáo đã khóa sổ, không nhận thêm báo cáo";

describe("the Khối's follow-up", () => {
  let f: Tenant;
  let fp: ReportPlan;
  let staff: Viewer;
  let otherAdmin: Viewer;
  let otherStaff: Viewer;
  let periodId: string;
  let title: string;
  const coSo: Record<"none" | "draft" | "late" | "returned" | "accepted", { id: string; secretary: string }> = {} as never;

  beforeAll(async () => {
    // Five cơ sở, one in each state. Two are made in the tenant, three added with their secretaries.
    f = await makeTenant(db());
    const other = await makeTenant(db());
    otherAdmin = await viewerOf(other.users.admin.id);
    otherStaff = await viewerOf(other.users.staff.id);
    fp = await makeReportPlan(f);
    staff = await viewerOf(f.users.staff.id);
    const extra = async (name: string) => {
      const unit = await makeUnit(db(), "CO_SO", `${name} ${f.label}`, f.khoi);
      return { id: unit.id, secretary: (await makeUser(db(), { role: "CO_SO_SECRETARY", unit })).id };
    };
    coSo.none = { id: f.coSoA.id, secretary: f.users.coSo.id };
    coSo.draft = { id: f.coSoB.id, secretary: (await makeUser(db(), { role: "CO_SO_SECRETARY", unit: f.coSoB })).id };
    coSo.late = await extra("Đoàn Sở C");
    coSo.returned = await extra("Đoàn Sở D");
    coSo.accepted = await extra("Đoàn Sở E");
    // An inactive cơ sở is neither followed up nor reminded.
    await makeUnit(db(), "CO_SO", `Đoàn Sở đã giải thể ${f.label}`, f.khoi).then((u) =>
      db().unit.update({ where: { id: u.id }, data: { active: false } }),
    );
    periodId = await openTestPeriod(staff, fp, { indicatorIds: [fp.ind.money], dueIn: 5 });
    title = (await db().reportPeriod.findUniqueOrThrow({ where: { id: periodId } })).title;
    const as = async (k: keyof typeof coSo) => viewerOf(coSo[k].secretary);
    await openReport(await as("draft"), reportOpenInput.parse({ periodId }));
    await returnedReport(await as("returned"), staff, periodId);
    await acceptedReport(await as("accepted"), staff, periodId);
  });

  const state = async () =>
    Object.fromEntries(
      (await followUp(staff, periodId)).map((r) => [
        Object.entries(coSo).find(([, c]) => c.id === r.coSoId)![0],
        { state: r.state, late: r.late, overdue: r.overdue },
      ]),
    );

  it("shows each cơ sở's state; before the deadline nobody is late or overdue", async () => {
    expect(await state()).toEqual({
      none: { state: "NONE", late: false, overdue: false },
      draft: { state: "DRAFT", late: false, overdue: false },
      late: { state: "NONE", late: false, overdue: false },
      returned: { state: "RETURNED", late: false, overdue: false },
      accepted: { state: "ACCEPTED", late: false, overdue: false },
    });
  });

  it("after the deadline: unsent ones are overdue, one sent late is late, and the period list tallies them", async () => {
    await setDueIn(periodId, -1);
    await submittedReport(await viewerOf(coSo.late.secretary), periodId);
    expect(await state()).toEqual({
      none: { state: "NONE", late: false, overdue: true },
      draft: { state: "DRAFT", late: false, overdue: true },
      late: { state: "SUBMITTED", late: true, overdue: false },
      returned: { state: "RETURNED", late: false, overdue: true },
      accepted: { state: "ACCEPTED", late: false, overdue: false },
    });
    const row = (await listPeriods(staff)).find((p) => p.id === periodId)!;
    expect(row.tally).toEqual({ coSo: 5, sent: 2, accepted: 1, returned: 1, late: 4 });
    expect(row.own).toBeNull();
    const own = (await listPeriods(await viewerOf(coSo.late.secretary))).find((p) => p.id === periodId)!;
    expect(own).toMatchObject({ tally: null, own: { state: "SUBMITTED", late: true } });
  });

  it("reminds the secretaries of the cơ sở that have sent nothing, and only them", async () => {
    expect(await remindPeriod(staff, periodRemindInput.parse({ id: periodId }))).toEqual({
      reminded: 3,
      alreadyToday: 0,
      unreachable: 0,
    });
    const reminded = async (k: keyof typeof coSo) => (await noticesOf(coSo[k].secretary, `Nhắc nộp báo cáo: ${title}`)).length;
    expect({
      none: await reminded("none"),
      draft: await reminded("draft"),
      late: await reminded("late"),
      returned: await reminded("returned"),
      accepted: await reminded("accepted"),
    }).toEqual({
      none: 1,
      draft: 1,
      late: 0,
      returned: 1,
      accepted: 0,
    });
    expect(await db().auditLog.count({ where: { targetId: periodId, action: "report.period.remind" } })).toBe(1);

    // Reminded again the same day, even five times at once: nobody gets a second notice.
    const again = await Promise.all(
      Array.from({ length: 5 }, () => remindPeriod(staff, periodRemindInput.parse({ id: periodId }))),
    );
    expect(again).toEqual(Array.from({ length: 5 }, () => ({ reminded: 0, alreadyToday: 3, unreachable: 0 })));
    expect(await reminded("none")).toBe(1);
    expect(await db().auditLog.count({ where: { targetId: periodId, action: "report.period.remind" } })).toBe(1);
    await db().notification.updateMany({
      where: { title: `Nhắc nộp báo cáo: ${title}` },
      data: { createdAt: new Date(Date.now() - 36 * 60 * 60 * 1000) },
    });
    // The next day, they are reminded again, once, even by five reminders at once.
    const nextDay = await Promise.all(
      Array.from({ length: 5 }, () => remindPeriod(staff, periodRemindInput.parse({ id: periodId }))),
    );
    expect(nextDay.map((r) => r.reminded).sort()).toEqual([0, 0, 0, 0, 3]);
    expect(await reminded("none")).toBe(2);
  });

  it("is the Khối's alone: a cơ sở secretary and the other Khối find no follow-up and cannot remind", async () => {
    for (const viewer of [await viewerOf(coSo.none.secretary), otherAdmin, otherStaff]) {
      expect(await failure(followUp(viewer, periodId))).toMatchObject({
        code: "NOT_FOUND",
        message: "Không tìm thấy đợt báo cáo",
      });
      expect(await failure(remindPeriod(viewer, periodRemindInput.parse({ id: periodId })))).toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("once closed, refuses new reports and reminders but lets the Khối review what was sent; reopened, takes them again", async () => {
    const version = (await db().reportPeriod.findUniqueOrThrow({ where: { id: periodId } })).version;
    await closePeriod(staff, periodRefInput.parse({ id: periodId, version }));
    expect(await failure(remindPeriod(staff, periodRemindInput.parse({ id: periodId })))).toMatchObject({
      code: "INVALID",
      message: "Đợt báo cáo đã khóa sổ",
    });
    expect(await failure(openReport(await viewerOf(coSo.none.secretary), reportOpenInput.parse({ periodId })))).toMatchObject({
      code: "INVALID",
      message: CLOSED,
    });
    const late = (await followUp(staff, periodId)).find((r) => r.coSoId === coSo.late.id)!;
    await acceptReport(staff, reportAcceptInput.parse({ id: late.reportId!, version: await reportVersion(late.reportId!) }));
    expect((await state()).late).toEqual({ state: "ACCEPTED", late: true, overdue: false });
    await reopenPeriod(staff, periodRefInput.parse({ id: periodId, version: version + 1 }));
    expect(await openReport(await viewerOf(coSo.none.secretary), reportOpenInput.parse({ periodId }))).toEqual({
      id: expect.any(String),
    });
    expect(await noticesOf(coSo.none.secretary, `Đợt báo cáo mở lại: ${title}`)).toHaveLength(1);
    expect(
      await db()
        .statusChange.findMany({
          where: { entityType: "ReportPeriod", entityId: periodId },
          select: { fromStatus: true, toStatus: true },
        })
        .then((r) => r.map((x) => `${x.fromStatus}→${x.toStatus}`).sort()),
    ).toEqual(["CLOSED→OPEN", "OPEN→CLOSED", "null→OPEN"]);
  });

  it("counts a cơ sở once in the period list's late tally when it sent late and was returned", async () => {
    const draft = await viewerOf(coSo.draft.secretary);
    const id = (await openReport(draft, reportOpenInput.parse({ periodId }))).id;
    await submitReport(draft, reportSaveInput.parse(await sendForm(id)));
    await returnReport(staff, reportReturnInput.parse({ id, version: await reportVersion(id), comment: "Thiếu số liệu" }));
    expect(await state()).toEqual({
      none: { state: "DRAFT", late: false, overdue: true },
      draft: { state: "RETURNED", late: true, overdue: true },
      late: { state: "ACCEPTED", late: true, overdue: false },
      returned: { state: "RETURNED", late: false, overdue: true },
      accepted: { state: "ACCEPTED", late: false, overdue: false },
    });
    // Late or overdue: none, draft, late and returned — four of five cơ sở, each counted once.
    expect((await listPeriods(staff)).find((p) => p.id === periodId)!.tally).toEqual({
      coSo: 5,
      sent: 2,
      accepted: 2,
      returned: 2,
      late: 4,
    });
  });
});
