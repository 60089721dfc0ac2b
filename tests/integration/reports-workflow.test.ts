// Periodic reports, part 2: the workflow as a state machine (SECURITY.md #22) checked cell by cell
// against a table written out by hand, no self-review, corrections as new revisions with the
// history kept (#25). The Khối's follow-up (who sent, who is late, who is reminded) is in
// reports-follow-up.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { MESSAGES } from "@/lib/actions/define";
import { returnReportAction } from "@/lib/actions/reports";
import { forbidden } from "@/lib/data/errors";
import { followUp, reportDetail } from "@/lib/data/report-reads";
import { acceptReport, correctReport, openReport, returnReport, saveReport, submitReport } from "@/lib/data/reports";
import { withdrawReport } from "@/lib/data/report-withdrawal";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/authz";
import { makeTenant, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import {
  acceptedReport,
  failure,
  makePeriodRow,
  makeReportPlan,
  makeReportRow,
  noticesOf,
  openTestPeriod,
  reportForm,
  reportPeople,
  reportRow,
  reportVersion,
  sendForm,
  setDueIn,
  submittedReport,
  transitionsOf,
  type PeopleKey,
  type ReportPlan,
} from "../helpers/reports";
import {
  reportAcceptInput,
  reportCorrectInput,
  reportOpenInput,
  reportReturnInput,
  reportSaveInput,
  reportWithdrawInput,
} from "@/lib/validation/reports";

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

// Y: done. n: refused, the status does not allow it. c: refused, the period is closed (khóa sổ).
// 4: not found (the Khối never sees a cơ sở's draft, nor a returned report being reworked).
// Columns: save submit withdraw accept return correct.
const STEPS = ["save", "submit", "withdraw", "accept", "return", "correct"] as const;
type Step = (typeof STEPS)[number];
const TABLE: Record<"OPEN" | "CLOSED", Record<ReportStatus, string>> = {
  OPEN: {
    DRAFT: "YYn44n",
    SUBMITTED: "nnYYYn",
    RETURNED: "YYn44n",
    ACCEPTED: "nnnnnY",
    SUPERSEDED: "nnnnnn",
  },
  CLOSED: {
    DRAFT: "ccn44n",
    SUBMITTED: "nncYcn",
    RETURNED: "ccn44n",
    ACCEPTED: "nnnnnc",
    SUPERSEDED: "nnnnnn",
  },
};
const REFUSED: Record<Step, string> = {
  save: "Chỉ sửa được báo cáo đang soạn hoặc đã bị trả lại",
  submit: "Chỉ gửi được báo cáo đang soạn hoặc đã bị trả lại",
  withdraw: "Chỉ rút lại được báo cáo đã gửi mà Đoàn Khối chưa duyệt hoặc trả lại",
  accept: "Chỉ duyệt được báo cáo đã gửi và đang chờ duyệt",
  return: "Chỉ trả lại được báo cáo đã gửi và đang chờ duyệt",
  correct: "Chỉ đính chính được báo cáo đã được duyệt",
};
const CLOSED = "Đợt báo cáo đã khóa sổ, không nhận thêm báo cáo";
/** The status a report is in after each step succeeds (a correction leaves it ACCEPTED, beside a new draft). */
const AFTER: Record<Step, (from: ReportStatus) => ReportStatus> = {
  save: (s) => s,
  submit: () => "SUBMITTED",
  withdraw: () => "DRAFT",
  accept: () => "ACCEPTED",
  return: () => "RETURNED",
  correct: () => "ACCEPTED",
};

async function take(step: Step, id: string) {
  const version = await reportVersion(id);
  switch (step) {
    case "save":
      return saveReport(v.coSo, reportSaveInput.parse(await reportForm(id, { values: { [plan.ind.money]: "10.000" } })));
    case "submit":
      return submitReport(v.coSo, reportSaveInput.parse(await sendForm(id)));
    case "withdraw":
      return withdrawReport(v.coSo, reportWithdrawInput.parse({ id, version }));
    case "accept":
      return acceptReport(v.staff, reportAcceptInput.parse({ id, version }));
    case "return":
      return returnReport(v.staff, reportReturnInput.parse({ id, version, comment: "Bổ sung số liệu" }));
    case "correct":
      return correctReport(v.coSo, reportCorrectInput.parse({ id, version, correctionNote: "Sửa số tiền vận động" }));
  }
}

const cells = (["OPEN", "CLOSED"] as const).flatMap((periodStatus) =>
  (Object.keys(TABLE[periodStatus]) as ReportStatus[]).flatMap((status) =>
    STEPS.map((step, i) => ({ periodStatus, status, step, expected: TABLE[periodStatus][status][i] })),
  ),
);

describe("the workflow, cell by cell", () => {
  it("has a row for every status", async () => {
    const { ReportStatus } = await import("@/lib/generated/prisma/enums");
    for (const s of ["OPEN", "CLOSED"] as const) expect(Object.keys(TABLE[s]).sort()).toEqual(Object.values(ReportStatus).sort());
  });

  it.each(cells)(
    "$step on a $status report in an $periodStatus period → $expected",
    async ({ periodStatus, status, step, expected }) => {
      const period = await makePeriodRow(plan, { status: periodStatus, indicatorIds: [plan.ind.money, plan.ind.ideas] });
      const report = await makeReportRow(period, t.coSoA.id, status, {
        submittedById: ids.coSo,
        values: { [plan.ind.money]: 5_000 },
      });
      const before = {
        row: await reportRow(report.id),
        reports: await db().report.count({ where: { periodId: period.id } }),
        changes: await transitionsOf(report.id),
      };
      if (expected === "Y") {
        await take(step, report.id);
        const after = await reportRow(report.id);
        expect(after.status).toBe(AFTER[step](status));
        expect(after.version).toBe(step === "correct" ? 0 : 1);
        expect(await db().report.count({ where: { periodId: period.id } })).toBe(step === "correct" ? 2 : 1);
        if (step !== "save" && step !== "correct")
          expect(await transitionsOf(report.id)).toEqual([...before.changes, `${status}→${after.status}`].sort());
        return;
      }
      const error = await failure(take(step, report.id));
      if (expected === "4") expect(error).toMatchObject({ code: "NOT_FOUND", message: "Không tìm thấy báo cáo" });
      else expect(error).toMatchObject({ code: "INVALID", message: expected === "c" ? CLOSED : REFUSED[step] });
      expect({
        row: await reportRow(report.id),
        reports: await db().report.count({ where: { periodId: period.id } }),
        changes: await transitionsOf(report.id),
      }).toEqual(before);
    },
  );
});

describe("reviewing", () => {
  let periodId: string;
  beforeAll(async () => {
    periodId = await openTestPeriod(v.staff, plan, { indicatorIds: [plan.ind.money] });
  });

  it("needs a reason to return a report, and tells the cơ sở with it", async () => {
    const id = await submittedReport(v.coSoB, periodId);
    actingAs(ids.staff);
    const version = await reportVersion(id);
    for (const comment of ["", "   ", undefined])
      expect(await returnReportAction({ id, version, comment })).toEqual({
        ok: false,
        formError: MESSAGES.invalid,
        fieldErrors: { comment: "Vui lòng nhập lý do trả lại" },
      });
    expect(await reportRow(id)).toMatchObject({ status: "SUBMITTED", version });
    expect(await returnReportAction({ id, version, comment: "Thiếu số liệu tháng 6" })).toEqual({ ok: true, data: { id } });
    expect(await reportRow(id)).toMatchObject({
      status: "RETURNED",
      reviewComment: "Thiếu số liệu tháng 6",
      reviewedById: ids.staff,
    });
    expect(
      await db().statusChange.findFirst({
        where: { entityId: id, toStatus: "RETURNED" },
        select: { comment: true, actorId: true },
      }),
    ).toEqual({ comment: "Thiếu số liệu tháng 6", actorId: ids.staff });
    const returned = async (userId: string) =>
      (await noticesOf(userId, "Báo cáo bị trả lại")).filter((n) => n.link === `/bao-cao/${periodId}`);
    expect(await returned(ids.coSoB)).toHaveLength(1);
    expect(await returned(ids.coSo)).toHaveLength(0);
  });

  it("is refused to a Khối staff member who also writes that cơ sở's reports (no self-review), not to other staff", async () => {
    const id = await submittedReport(v.twoHats, periodId);
    expect(await reportRow(id)).toMatchObject({ coSoId: t.coSoA.id, submittedById: ids.twoHats });
    const version = await reportVersion(id);
    expect(await failure(acceptReport(v.twoHats, reportAcceptInput.parse({ id, version })))).toMatchObject({
      code: "FORBIDDEN",
      message: forbidden().message,
    });
    expect(await failure(returnReport(v.twoHats, reportReturnInput.parse({ id, version, comment: "Tự trả lại" })))).toMatchObject(
      { code: "FORBIDDEN" },
    );
    expect((await reportDetail(v.twoHats, id)).abilities).toMatchObject({ accept: false, return: false });
    expect(await reportRow(id)).toMatchObject({ status: "SUBMITTED", version });
    await acceptReport(v.admin, reportAcceptInput.parse({ id, version }));
    expect(await reportRow(id)).toMatchObject({ status: "ACCEPTED", reviewedById: ids.admin });
  });

  it("by two Khối staff at once from the same version: one review wins, the other is a conflict", async () => {
    const id = await submittedReport(v.coSo, await openTestPeriod(v.staff, plan, { indicatorIds: [plan.ind.money] }));
    const version = await reportVersion(id);
    const results = await Promise.allSettled([
      acceptReport(v.staff, reportAcceptInput.parse({ id, version })),
      returnReport(v.admin, reportReturnInput.parse({ id, version, comment: "Thiếu số liệu" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "CONFLICT" });
    const row = await reportRow(id);
    expect(row).toMatchObject({ status: results[0].status === "fulfilled" ? "ACCEPTED" : "RETURNED", version: version + 1 });
    expect(await transitionsOf(id)).toEqual(["DRAFT→SUBMITTED", `SUBMITTED→${row.status}`, "∅→DRAFT"].sort());
  });

  it("is refused to the other Khối's staff (not found) and to a cơ sở secretary", async () => {
    const id = await submittedReport(v.coSo, await openTestPeriod(v.staff, plan, { indicatorIds: [plan.ind.money] }));
    const version = await reportVersion(id);
    for (const who of ["otherAdmin", "otherStaff", "coSo", "coSoB", "chiDoan", "city"] as const)
      expect(await failure(acceptReport(v[who], reportAcceptInput.parse({ id, version })))).toMatchObject({
        code: "NOT_FOUND",
        message: "Không tìm thấy báo cáo",
      });
    expect(await reportRow(id)).toMatchObject({ status: "SUBMITTED", version });
  });
});

describe("a correction after acceptance", () => {
  it("is a new revision; the accepted one stays in force and locked until the correction is accepted", async () => {
    const periodId = await openTestPeriod(v.staff, plan, { indicatorIds: [plan.ind.money, plan.ind.people, plan.ind.ideas] });
    const rev0 = await acceptedReport(v.coSo, v.staff, periodId, { [plan.ind.money]: "1.500.000", [plan.ind.people]: "4" });
    const accepted = await reportRow(rev0);
    expect(accepted).toMatchObject({ revision: 0, status: "ACCEPTED" });

    // A double click opens one correction.
    const version = await reportVersion(rev0);
    const clicks = await Promise.all(
      [1, 2, 3].map(() =>
        correctReport(v.coSo, reportCorrectInput.parse({ id: rev0, version, correctionNote: "Sai số tiền vận động" })),
      ),
    );
    const rev1 = clicks[0].id;
    expect(clicks).toEqual([{ id: rev1 }, { id: rev1 }, { id: rev1 }]);
    expect(await db().report.count({ where: { periodId } })).toBe(2);
    const draft = await reportRow(rev1);
    expect(draft).toMatchObject({
      revision: 1,
      status: "DRAFT",
      coSoId: t.coSoA.id,
      unitId: t.coSoA.id,
      correctionNote: "Sai số tiền vận động",
      narratives: accepted.narratives,
      strengths: accepted.strengths,
      weaknesses: accepted.weaknesses,
      proposals: accepted.proposals,
      late: false,
      submittedAt: null,
    });
    expect(draft.values.map((x) => [x.indicatorId, x.value]).sort()).toEqual(
      [
        [plan.ind.money, 1_500_000],
        [plan.ind.people, 4],
      ].sort(),
    );
    expect(await transitionsOf(rev1)).toEqual(["∅→DRAFT"]);

    // The accepted revision is locked, and opening the period's report now finds the correction.
    expect(await failure(saveReport(v.coSo, reportSaveInput.parse(await reportForm(rev0))))).toMatchObject({
      code: "INVALID",
      message: "Chỉ sửa được báo cáo đang soạn hoặc đã bị trả lại",
    });
    expect(await reportRow(rev0)).toEqual(accepted);
    expect(await openReport(v.coSo, reportOpenInput.parse({ periodId }))).toEqual({ id: rev1 });
    // The Khối does not see the correction while it is written; rev 0 is still what it reads.
    expect(await failure(reportDetail(v.staff, rev1))).toMatchObject({ code: "NOT_FOUND" });
    expect((await reportDetail(v.staff, rev0)).report.status).toBe("ACCEPTED");

    await saveReport(
      v.coSo,
      reportSaveInput.parse(await reportForm(rev1, { values: { [plan.ind.money]: "2.000.000", [plan.ind.people]: "4" } })),
    );
    await submitReport(
      v.coSo,
      reportSaveInput.parse(await sendForm(rev1, { values: { [plan.ind.money]: "2.000.000", [plan.ind.people]: "4" } })),
    );
    expect((await reportRow(rev0)).status).toBe("ACCEPTED");
    await acceptReport(v.staff, reportAcceptInput.parse({ id: rev1, version: await reportVersion(rev1) }));

    expect(await reportRow(rev0)).toMatchObject({ status: "SUPERSEDED", revision: 0, values: accepted.values });
    expect(await reportRow(rev1)).toMatchObject({ status: "ACCEPTED", revision: 1 });
    // The whole history stays: both revisions, every status change.
    const detail = await reportDetail(v.coSo, rev1);
    expect(detail.revisions.map((r) => [r.revision, r.status])).toEqual([
      [0, "SUPERSEDED"],
      [1, "ACCEPTED"],
    ]);
    expect(await transitionsOf(rev0)).toEqual(["ACCEPTED→SUPERSEDED", "DRAFT→SUBMITTED", "SUBMITTED→ACCEPTED", "∅→DRAFT"]);
    expect(await transitionsOf(rev1)).toEqual(["DRAFT→SUBMITTED", "SUBMITTED→ACCEPTED", "∅→DRAFT"]);
    expect(
      await db().statusChange.findFirst({ where: { entityId: rev0, toStatus: "SUPERSEDED" }, select: { comment: true } }),
    ).toEqual({ comment: "Thay bằng bản đính chính lần 1" });
    // The superseded revision stays locked; the next correction starts from revision 1.
    expect(await failure(saveReport(v.coSo, reportSaveInput.parse(await reportForm(rev0))))).toMatchObject({ code: "INVALID" });
    expect(await failure(submitReport(v.coSo, reportSaveInput.parse(await sendForm(rev0))))).toMatchObject({ code: "INVALID" });
    const rev2 = await correctReport(
      v.coSo,
      reportCorrectInput.parse({ id: rev1, version: await reportVersion(rev1), correctionNote: "Bổ sung" }),
    );
    expect(await reportRow(rev2.id)).toMatchObject({ revision: 2, status: "DRAFT" });
  });
});

describe("a correction sent after the deadline", () => {
  it("does not make a report sent on time late", async () => {
    const periodId = await openTestPeriod(v.staff, plan, { indicatorIds: [plan.ind.money], dueIn: 3 });
    const rev0 = await acceptedReport(v.coSoB, v.staff, periodId, { [plan.ind.money]: "100.000" });
    await setDueIn(periodId, -5);
    const { id: rev1 } = await correctReport(
      v.coSoB,
      reportCorrectInput.parse({ id: rev0, version: await reportVersion(rev0), correctionNote: "Sai số tiền" }),
    );
    expect(
      await submitReport(v.coSoB, reportSaveInput.parse(await sendForm(rev1, { values: { [plan.ind.money]: "120.000" } }))),
    ).toEqual({ id: rev1, status: "SUBMITTED", late: false });
    expect((await followUp(v.staff, periodId)).find((r) => r.coSoId === t.coSoB.id)).toMatchObject({
      state: "ACCEPTED",
      late: false,
      overdue: false,
      correcting: true,
      reportId: rev1,
    });
  });

  it("keeps a late report late through its correction", async () => {
    const periodId = await openTestPeriod(v.staff, plan, { indicatorIds: [plan.ind.money], dueIn: -1 });
    const rev0 = await acceptedReport(v.coSoB, v.staff, periodId);
    expect(await reportRow(rev0)).toMatchObject({ late: true });
    const { id: rev1 } = await correctReport(
      v.coSoB,
      reportCorrectInput.parse({ id: rev0, version: await reportVersion(rev0), correctionNote: "Bổ sung" }),
    );
    await submitReport(v.coSoB, reportSaveInput.parse(await sendForm(rev1)));
    await acceptReport(v.staff, reportAcceptInput.parse({ id: rev1, version: await reportVersion(rev1) }));
    expect((await followUp(v.staff, periodId)).find((r) => r.coSoId === t.coSoB.id)).toMatchObject({
      state: "ACCEPTED",
      late: true,
      revision: 1,
    });
  });
});

describe("the Khối's own compiled report", () => {
  it("is opened and written after the period is closed, while a cơ sở can no longer start one", async () => {
    const period = await makePeriodRow({ id: plan.id, khoiId: t.khoi.id }, { indicatorIds: [plan.ind.ideas], status: "CLOSED" });
    expect((await failure(openReport(v.coSo, reportOpenInput.parse({ periodId: period.id })))).message).toContain("khóa sổ");
    const own = await openReport(v.staff, reportOpenInput.parse({ periodId: period.id }));
    const saved = await saveReport(
      v.staff,
      reportSaveInput.parse(await reportForm(own.id, { strengths: "Các cơ sở báo cáo đầy đủ" })),
    );
    expect(saved.version).toBe(1);
    expect(await reportRow(own.id)).toMatchObject({
      coSoId: null,
      unitId: t.khoi.id,
      status: "DRAFT",
      strengths: "Các cơ sở báo cáo đầy đủ",
    });
    // It is never sent for review.
    expect((await failure(submitReport(v.staff, reportSaveInput.parse(await sendForm(own.id))))).code).toBe("INVALID");
  });
});
