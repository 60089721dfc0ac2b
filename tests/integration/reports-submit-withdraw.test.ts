// Periodic reports, part 4 (issue 16): an empty report cannot be sent — every typed figure and
// each pillar's narrative are checked on the server and named beside their fields, while a draft
// still saves incomplete — and a cơ sở may withdraw (rút lại) what it sent until the Khối acts on
// it: back to draft, on the timeline and the audit trail, the Khối told; refused afterwards, and
// not found for anyone who does not write that cơ sở's reports (SECURITY.md #3, #4, #22, #24, #25).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import { saveReportAction, submitReportAction, withdrawReportAction } from "@/lib/actions/reports";
import { conflict } from "@/lib/data/errors";
import { reportDetail } from "@/lib/data/report-reads";
import { WITHDRAWN_COMMENT, withdrawReport } from "@/lib/data/report-withdrawal";
import { openReport, submitReport } from "@/lib/data/reports";
import { makeTenant, type Tenant } from "../factories";
import { actingAs, as } from "../helpers/session";
import {
  acceptedReport,
  failure,
  makeReportPlan,
  noticesOf,
  openTestPeriod,
  reportPeople,
  reportRow,
  reportVersion,
  returnedReport,
  sendForm,
  setDueIn,
  submittedReport,
  transitionsOf,
  type PeopleKey,
  type ReportPlan,
} from "../helpers/reports";
import { reportOpenInput, reportSaveInput, reportWithdrawInput } from "@/lib/validation/reports";

let t: Tenant;
let other: Tenant;
let plan: ReportPlan;
let v: Record<PeopleKey, Viewer>;
let ids: Record<PeopleKey, string>;

beforeAll(async () => {
  t = await makeTenant(db());
  other = await makeTenant(db());
  ({ v, ids } = await reportPeople(t, other));
  plan = await makeReportPlan(t);
});

const PILLARS = ["Trách nhiệm với bản thân", "Trách nhiệm với công việc", "Trách nhiệm với cộng đồng"];
const WITHDRAW_REFUSED = "Chỉ rút lại được báo cáo đã gửi mà Đoàn Khối chưa duyệt hoặc trả lại";

/** A period asking for every indicator of the plan (two typed: CT1 in đồng, CT2 by hand), and A's draft in it. */
async function draftOfA(dueIn = 30) {
  const periodId = await openTestPeriod(v.staff, plan, { indicatorIds: Object.values(plan.ind), dueIn });
  const { id } = await openReport(v.coSo, reportOpenInput.parse({ periodId }));
  return { periodId, id };
}

/** Everything a refused call must leave as it was (a refusal is audited, on a row of its own kind). */
const stateOf = async (id: string) => ({
  row: await reportRow(id),
  changes: await transitionsOf(id),
  audit: await db().auditLog.count({ where: { targetId: id, targetType: "Report" } }),
  notices: await db().notification.count({ where: { khoiId: t.khoi.id } }),
});

describe("sending a report checks it is complete", () => {
  it("refuses an empty report, naming the missing figures and each pillar's narrative beside its field, and writes nothing", async () => {
    const { id } = await draftOfA();
    const before = await stateOf(id);
    actingAs(ids.coSo);
    const result = await submitReportAction({ id, version: await reportVersion(id), narratives: [], values: {} });
    expect(result).toEqual({
      ok: false,
      formError:
        "Báo cáo chưa đủ nội dung để gửi: còn thiếu 2 số liệu nhập tay và kết quả thực hiện của 3 trách nhiệm. Bạn vẫn có thể lưu nháp.",
      fieldErrors: {
        [`values.${plan.ind.money}`]: "Vui lòng nhập số liệu chỉ tiêu CT1 trước khi gửi báo cáo (không có thì nhập 0)",
        [`values.${plan.ind.people}`]: "Vui lòng nhập số liệu chỉ tiêu CT2 trước khi gửi báo cáo (không có thì nhập 0)",
        "narratives.0": `Vui lòng viết kết quả thực hiện “${PILLARS[0]}” trước khi gửi báo cáo`,
        "narratives.1": `Vui lòng viết kết quả thực hiện “${PILLARS[1]}” trước khi gửi báo cáo`,
        "narratives.2": `Vui lòng viết kết quả thực hiện “${PILLARS[2]}” trước khi gửi báo cáo`,
      },
    });
    expect(await stateOf(id)).toEqual(before);
    expect(before.row.status).toBe("DRAFT");
  });

  it("counts blank text and a blank figure as missing, and 0 as a figure; the same draft still saves", async () => {
    const { id } = await draftOfA();
    actingAs(ids.coSo);
    const form = {
      id,
      version: await reportVersion(id),
      narratives: ["   ", "Ra mắt công trình thanh niên", ""],
      values: { [plan.ind.money]: "", [plan.ind.people]: "0" },
    };
    const refused = await submitReportAction(form);
    expect(refused.ok).toBe(false);
    expect(Object.keys((!refused.ok && refused.fieldErrors) || {}).sort()).toEqual(
      ["narratives.0", "narratives.2", `values.${plan.ind.money}`].sort(),
    );
    // Lưu nháp is never held back by what is missing.
    expect(await saveReportAction(form)).toEqual({ ok: true, data: { id, version: 1 } });
    expect(await reportRow(id)).toMatchObject({ status: "DRAFT", narratives: ["", "Ra mắt công trình thanh niên", ""] });
  });

  it("sends a complete report, with its figures", async () => {
    const { id } = await draftOfA();
    actingAs(ids.coSo);
    const form = await sendForm(id, { values: { [plan.ind.money]: "1.500.000", [plan.ind.people]: "0" } });
    expect(await submitReportAction(form)).toEqual({ ok: true, data: { id, status: "SUBMITTED", late: false } });
    const row = await reportRow(id);
    expect(row.status).toBe("SUBMITTED");
    expect(row.values.map((x) => Number(x.value)).sort((a, b) => a - b)).toEqual([0, 1_500_000]);
  });
});

describe("withdrawing a sent report (rút lại)", () => {
  it("takes it back to draft before the Khối acts: on the timeline and the audit trail, the Khối told; it can be sent again", async () => {
    const { periodId, id } = await draftOfA();
    await submitReport(v.coSo, reportSaveInput.parse(await sendForm(id)));
    const version = await reportVersion(id);
    expect((await reportDetail(v.coSo, id)).abilities.withdraw).toBe(true);

    actingAs(ids.coSo);
    expect(await withdrawReportAction({ id, version })).toEqual({ ok: true, data: { id, version: version + 1 } });
    expect(await reportRow(id)).toMatchObject({
      status: "DRAFT",
      version: version + 1,
      submittedAt: null,
      submittedById: null,
      late: false,
    });
    expect(await transitionsOf(id)).toEqual(["DRAFT→SUBMITTED", "SUBMITTED→DRAFT", "∅→DRAFT"]);
    expect(
      await db().statusChange.findFirst({
        where: { entityId: id, fromStatus: "SUBMITTED", toStatus: "DRAFT" },
        select: { actorId: true, comment: true, khoiId: true },
      }),
    ).toEqual({ actorId: ids.coSo, comment: WITHDRAWN_COMMENT, khoiId: t.khoi.id });
    expect(
      await db().auditLog.findMany({
        where: { targetId: id, action: "report.status", before: { path: ["status"], equals: "SUBMITTED" } },
        select: { actorId: true, khoiId: true, targetType: true, after: true },
      }),
    ).toEqual([
      {
        actorId: ids.coSo,
        khoiId: t.khoi.id,
        targetType: "Report",
        after: { status: "DRAFT", comment: WITHDRAWN_COMMENT },
      },
    ]);
    // The Khối staff who were told of the sending are told of the withdrawal; the cơ sở is not.
    const title = `Báo cáo đã rút lại: ${t.coSoA.name} – `;
    for (const who of ["staff", "admin"] as const)
      expect(await noticesOf(ids[who], title)).toEqual([{ title: expect.any(String), link: `/bao-cao/${periodId}` }]);
    expect(await noticesOf(ids.coSo, title)).toEqual([]);
    // Now a draft: the Khối may neither accept nor return it, the cơ sở edits it and sends it again.
    expect((await reportDetail(v.coSo, id)).abilities).toMatchObject({ save: true, submit: true, withdraw: false });
    expect(await submitReport(v.coSo, reportSaveInput.parse(await sendForm(id)))).toEqual({
      id,
      status: "SUBMITTED",
      late: false,
    });
  });

  it("from a stale page is a conflict, and changes nothing", async () => {
    const { id } = await draftOfA();
    await submitReport(v.coSo, reportSaveInput.parse(await sendForm(id)));
    const before = await stateOf(id);
    actingAs(ids.coSo);
    expect(await withdrawReportAction({ id, version: before.row.version - 1 })).toEqual({
      ok: false,
      formError: conflict().message,
    });
    expect(await stateOf(id)).toEqual(before);
  });

  it("is refused, with the reason, once the Khối has accepted or returned it, and changes nothing", async () => {
    const { periodId } = await draftOfA();
    const accepted = await acceptedReport(v.coSo, v.staff, periodId);
    const otherPeriod = await openTestPeriod(v.staff, plan, { indicatorIds: Object.values(plan.ind) });
    const returned = await returnedReport(v.coSo, v.staff, otherPeriod);
    for (const id of [accepted, returned]) {
      const before = await stateOf(id);
      expect((await reportDetail(v.coSo, id)).abilities.withdraw).toBe(false);
      const result = await as(ids.coSo, async () => withdrawReportAction({ id, version: before.row.version }));
      expect(result).toEqual({ ok: false, formError: WITHDRAW_REFUSED });
      expect(await stateOf(id)).toEqual(before);
    }
  });

  it("is refused on a draft, never sent", async () => {
    const { id } = await draftOfA();
    expect(await failure(withdrawReport(v.coSo, reportWithdrawInput.parse({ id, version: 0 })))).toMatchObject({
      code: "INVALID",
      message: WITHDRAW_REFUSED,
    });
  });

  it("is not found for another cơ sở's secretary, the Khối's staff, and the other Khối's people; nothing changes", async () => {
    const { periodId } = await draftOfA();
    const id = await submittedReport(v.coSo, periodId);
    const before = await stateOf(id);
    const input = reportWithdrawInput.parse({ id, version: before.row.version });
    for (const who of ["coSoB", "staff", "admin", "otherCoSo", "otherAdmin", "otherStaff"] as const)
      expect(await failure(withdrawReport(v[who], input)), who).toMatchObject({ code: "NOT_FOUND" });
    // Through the action too, as a forged POST would come.
    for (const who of ["coSoB", "otherCoSo"] as const)
      expect(await as(ids[who], async () => withdrawReportAction(input)), who).toEqual({
        ok: false,
        formError: "Không tìm thấy báo cáo",
      });
    expect(await stateOf(id)).toEqual(before);
    expect(
      await db().auditLog.findMany({
        where: { targetId: id, action: "action.refused" },
        select: { actorId: true, after: true },
        orderBy: { createdAt: "asc" },
      }),
    ).toEqual(
      [ids.coSoB, ids.otherCoSo].map((actorId) => ({
        actorId,
        after: expect.objectContaining({ action: "withdrawReport", code: "NOT_FOUND" }),
      })),
    );
  });

  it("makes a report sent again after the deadline late: withdrawn is not sent", async () => {
    const { periodId, id } = await draftOfA(5);
    await submitReport(v.coSo, reportSaveInput.parse(await sendForm(id)));
    expect((await reportRow(id)).late).toBe(false);
    await setDueIn(periodId, -1);
    await withdrawReport(v.coSo, reportWithdrawInput.parse({ id, version: await reportVersion(id) }));
    expect(await submitReport(v.coSo, reportSaveInput.parse(await sendForm(id)))).toEqual({
      id,
      status: "SUBMITTED",
      late: true,
    });
  });
});
