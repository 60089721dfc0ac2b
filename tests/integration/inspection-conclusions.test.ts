// Kiểm tra chuyên đề (issue 15), after the visit: the team drafts the conclusion under its
// version and issues it (locked; a correction is the next revision and keeps the old one); the
// cơ sở then reads it and answers each recommendation, the Khối accepts or reopens, and the
// round closes once every recommendation is settled.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  closeRoundAction,
  respondRecommendationAction,
  reviewRecommendationAction,
  saveConclusionAction,
} from "@/lib/actions/inspections";
import { getVisit } from "@/lib/data/inspection-visits";
import { getInspectionRound } from "@/lib/data/inspection-rounds";
import { reportDocument } from "@/lib/data/report-summary";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { dayFromToday, makePlan, makeTenant, makeUser, type Tenant } from "../factories";
import { makeInspectionRound } from "../helpers/inspection-probes";
import { makePeriodRow, makeReportRow } from "../helpers/reports";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let planId: string;
let coSoBSecretary: { id: string };

const date = (days: number) => formatVietnameseDate(dayFromToday(days));
const ok = <T>(r: { ok: boolean; data?: T }) => {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data as T;
};
const recRow = (id: string) => db().inspectionRecommendation.findUniqueOrThrow({ where: { id } });
const recsOf = (visitId: string) => db().inspectionRecommendation.findMany({ where: { visitId }, orderBy: { position: "asc" } });

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  planId = (await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" })).id;
  coSoBSecretary = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
});

/** A round with cơ sở A visited two days ago, every item answered (one not met), ready to conclude. */
async function visited() {
  const round = await makeInspectionRound(a, planId, {
    status: "ANNOUNCED",
    visits: [{ coSoId: a.coSoA.id, days: -2, told: true, status: "VISITED" }],
  });
  const visit = round.visits[0];
  const items = await db().checklistItem.findMany({ where: { roundId: round.id }, orderBy: { position: "asc" } });
  await db().visitAnswer.createMany({
    data: items.map((i, n) => ({
      khoiId: a.khoi.id,
      visitId: visit,
      itemId: i.id,
      result: n === 0 ? ("NOT_MET" as const) : ("MET" as const),
      note: n === 0 ? "Chưa có kế hoạch" : null,
    })),
  });
  return { round: round.id, visit };
}

const complete = (visitId: string, over: Record<string, unknown> = {}) => ({
  visitId,
  version: null as number | null,
  requestKey: crypto.randomUUID(),
  basedOn: "",
  number: "61-TB/ĐTN",
  rating: "FAIR",
  strengths: "Cơ sở quan tâm triển khai phong trào",
  shortcomings: "Chưa ban hành kế hoạch của cơ sở",
  recommendations: [
    { recommendationId: "", text: "Ban hành kế hoạch thực hiện phong trào", dueOn: date(30) },
    { recommendationId: "", text: "Lập sổ theo dõi đoàn viên đăng ký", dueOn: date(45) },
  ],
  correctionReason: "",
  issue: true,
  ...over,
});

describe("the conclusion", () => {
  it("is drafted under its version, issued once complete, and only then read by the cơ sở with the findings", async () => {
    const { round, visit } = await visited();
    actingAs(a.users.staff.id);
    const draft = ok<{ id: string; version: number }>(
      await saveConclusionAction(complete(visit, { number: "", rating: "", recommendations: [], issue: false })),
    );
    // The cơ sở reads neither the draft nor the findings yet.
    let seen = await getVisit(await viewerOf(a.users.coSo.id), visit);
    expect(seen.conclusions).toEqual([]);
    expect(seen.answers).toEqual([]);
    expect(seen.rating).toBeNull();
    // The team sees the rating the findings point to.
    const team = await getVisit(await viewerOf(a.users.staff.id), visit);
    expect(team.rating).toMatchObject({ rating: "FAIR", met: 4, applicable: 5 });

    // Incomplete: every missing part is named beside its field, and nothing is issued.
    const missing = await saveConclusionAction(complete(visit, { version: draft.version, number: "", rating: "" }));
    expect(missing).toMatchObject({
      ok: false,
      fieldErrors: { number: "Vui lòng nhập số thông báo kết luận", rating: "Vui lòng chọn xếp loại" },
    });
    const noDeadline = await saveConclusionAction(
      complete(visit, {
        version: draft.version,
        recommendations: [
          { recommendationId: "", text: "Lập sổ", dueOn: "" },
          { recommendationId: "", text: "Ban hành kế hoạch", dueOn: date(-3) },
        ],
      }),
    );
    expect(noDeadline).toMatchObject({ ok: false, fieldErrors: { "recommendations.0.dueOn": "Vui lòng nhập hạn thực hiện" } });
    const early = await saveConclusionAction(
      complete(visit, {
        version: draft.version,
        recommendations: [{ recommendationId: "", text: "Ban hành kế hoạch", dueOn: date(-3) }],
      }),
    );
    expect(early).toMatchObject({
      ok: false,
      fieldErrors: { "recommendations.0.dueOn": expect.stringContaining("Hạn thực hiện phải sau ngày kiểm tra") },
    });
    expect((await db().inspectionConclusion.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");

    // A second inspector's stale form conflicts instead of overwriting.
    ok(await saveConclusionAction(complete(visit, { version: draft.version, issue: false })));
    expect(await saveConclusionAction(complete(visit, { version: draft.version, issue: false }))).toMatchObject({
      ok: false,
      formError: expect.stringContaining("người khác"),
    });

    const issued = ok<{ version: number }>(await saveConclusionAction(complete(visit, { version: draft.version + 1 })));
    const row = await db().inspectionConclusion.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row).toMatchObject({ status: "ISSUED", number: "61-TB/ĐTN", rating: "FAIR", version: issued.version });
    expect((await db().inspectionVisit.findUniqueOrThrow({ where: { id: visit } })).status).toBe("CONCLUDED");
    const recs = await recsOf(visit);
    expect(recs.map((r) => [r.text, r.status, formatVietnameseDate(r.dueOn)])).toEqual([
      ["Ban hành kế hoạch thực hiện phong trào", "OPEN", date(30)],
      ["Lập sổ theo dõi đoàn viên đăng ký", "OPEN", date(45)],
    ]);
    // Locked: the issued notice takes no more edits under its old version, nor its new one.
    expect(await saveConclusionAction(complete(visit, { version: issued.version }))).toMatchObject({ ok: false });
    expect(await db().notification.count({ where: { userId: a.users.coSo.id, title: { contains: "61-TB/ĐTN" } } })).toBe(1);

    seen = await getVisit(await viewerOf(a.users.coSo.id), visit);
    expect(seen.conclusions.map((c) => [c.number, c.status])).toEqual([["61-TB/ĐTN", "ISSUED"]]);
    expect(seen.answers.length).toBe(5);
    expect(seen.recommendations.map((r) => r.state)).toEqual(["OPEN", "OPEN"]);
    // Its secretary answers them (the forms show); the Khối's staff review, never answer.
    expect(seen.responds).toBe(true);
    expect((await getVisit(await viewerOf(a.users.staff.id), visit)).responds).toBe(false);
    // The round's list shows the rating and the recommendations counted.
    const listed = await getInspectionRound(await viewerOf(a.users.staff.id), round);
    expect(listed.visits[0]).toMatchObject({
      conclusion: { number: "61-TB/ĐTN", rating: "FAIR" },
      recommendations: { total: 2, OPEN: 2, OVERDUE: 0 },
    });
    // Another cơ sở and another Khối find nothing of it.
    await expect(getVisit(await viewerOf(coSoBSecretary.id), visit)).rejects.toThrow("Không tìm thấy");
    actingAs(b.users.staff.id);
    expect(await saveConclusionAction(complete(visit))).toMatchObject({ ok: false, formError: "Không tìm thấy buổi kiểm tra" });
  });

  it("is not drafted before the findings are finished, nor by the cơ sở", async () => {
    const round = await makeInspectionRound(a, planId, {
      status: "ANNOUNCED",
      visits: [{ coSoId: a.coSoA.id, days: -1, told: true }],
    });
    actingAs(a.users.staff.id);
    expect(await saveConclusionAction(complete(round.visits[0]))).toMatchObject({
      ok: false,
      formError: expect.stringContaining("Hoàn tất ghi nhận"),
    });
    actingAs(a.users.coSo.id);
    expect(await saveConclusionAction(complete(round.visits[0]))).toMatchObject({
      ok: false,
      formError: "Bạn không có quyền thực hiện thao tác này",
    });
  });

  it("is corrected by a new revision with its reason: the old one is kept, kept recommendations go on, dropped ones are withdrawn", async () => {
    const { visit } = await visited();
    actingAs(a.users.staff.id);
    ok(await saveConclusionAction(complete(visit)));
    const rev1 = (await db().inspectionConclusion.findFirstOrThrow({ where: { visitId: visit, status: "ISSUED" } })).id;
    const [first, second] = await recsOf(visit);
    await db().inspectionRecommendation.update({
      where: { id: first.id },
      data: { status: "RESPONDED", response: "Đã ban hành" },
    });
    // A form opened before the first notice was issued cannot start a revision past it.
    expect(await saveConclusionAction(complete(visit, { issue: false }))).toMatchObject({
      ok: false,
      formError: expect.stringContaining("người khác"),
    });
    const correction = {
      basedOn: rev1,
      number: "65-TB/ĐTN",
      rating: "AVERAGE",
      recommendations: [
        { recommendationId: first.id, text: first.text, dueOn: date(30) },
        { recommendationId: "", text: "Tổ chức sơ kết phong trào", dueOn: date(60) },
      ],
    };
    expect(await saveConclusionAction(complete(visit, correction))).toMatchObject({
      ok: false,
      fieldErrors: { correctionReason: "Vui lòng nêu lý do đính chính" },
    });
    // Refused, the revision was not kept: the form starts it again with its reason.
    ok(await saveConclusionAction(complete(visit, { ...correction, correctionReason: "Xếp loại chưa đúng kết quả" })));
    const revisions = await db().inspectionConclusion.findMany({ where: { visitId: visit }, orderBy: { revision: "asc" } });
    expect(revisions.map((r) => [r.revision, r.status, r.number, r.rating])).toEqual([
      [1, "SUPERSEDED", "61-TB/ĐTN", "FAIR"],
      [2, "ISSUED", "65-TB/ĐTN", "AVERAGE"],
    ]);
    const recs = await recsOf(visit);
    expect(recs.map((r) => [r.id === first.id ? "kept" : r.id === second.id ? "dropped" : "new", r.status])).toEqual([
      ["kept", "RESPONDED"],
      ["new", "OPEN"],
      ["dropped", "WITHDRAWN"],
    ]);
    // The kept one's timeline says what the correction changed (its deadline stayed: nothing).
    expect(await db().statusChange.count({ where: { entityId: first.id, comment: { startsWith: "Đính chính" } } })).toBe(0);
    // A correction form opened on the first notice, now replaced, conflicts.
    expect(
      await saveConclusionAction(complete(visit, { ...correction, correctionReason: "Lần nữa", issue: false })),
    ).toMatchObject({ ok: false, formError: expect.stringContaining("người khác") });
    const rev2 = revisions[1].id;
    ok(
      await saveConclusionAction(
        complete(visit, {
          ...correction,
          basedOn: rev2,
          number: "66-TB/ĐTN",
          correctionReason: "Gia hạn",
          recommendations: [{ recommendationId: first.id, text: first.text, dueOn: date(40) }],
        }),
      ),
    );
    expect(
      (await db().statusChange.findFirstOrThrow({ where: { entityId: first.id, comment: { startsWith: "Đính chính" } } }))
        .comment,
    ).toBe(`Đính chính theo thông báo số 66-TB/ĐTN: hạn mới ${date(40)}`);
    // A recommendation of another visit cannot be slipped into this one.
    const other = await visited();
    ok(await saveConclusionAction(complete(other.visit)));
    const foreign = (await recsOf(other.visit))[0].id;
    expect(
      await saveConclusionAction(
        complete(visit, {
          basedOn: (await db().inspectionConclusion.findFirstOrThrow({ where: { visitId: visit, status: "ISSUED" } })).id,
          correctionReason: "Thêm",
          recommendations: [{ recommendationId: foreign, text: "x", dueOn: date(30) }],
        }),
      ),
    ).toMatchObject({ ok: false, formError: "Không tìm thấy kiến nghị" });
    const seen = await getVisit(await viewerOf(a.users.coSo.id), visit);
    expect(seen.conclusions.map((c) => c.status)).toEqual(["ISSUED", "SUPERSEDED", "SUPERSEDED"]);
  });

  it("is issued once when the same draft is issued from two phones at the same moment", async () => {
    const { visit } = await visited();
    actingAs(a.users.staff.id);
    const draft = ok<{ id: string; version: number }>(await saveConclusionAction(complete(visit, { issue: false })));
    const results = await Promise.all([
      saveConclusionAction(complete(visit, { version: draft.version })),
      saveConclusionAction(complete(visit, { version: draft.version })),
    ]);
    expect(results.filter((r) => r.ok).length).toBe(1);
    expect(await recsOf(visit)).toHaveLength(2);
    expect(await db().statusChange.count({ where: { entityId: visit, toStatus: "CONCLUDED" } })).toBe(1);
  });
});

describe("the recommendations", () => {
  async function concluded() {
    const { round, visit } = await visited();
    actingAs(a.users.staff.id);
    ok(await saveConclusionAction(complete(visit)));
    const [first, second] = await recsOf(visit);
    return { round, visit, first: first.id, second: second.id };
  }
  const version = async (id: string) => (await recRow(id)).version;

  it("are answered by their cơ sở and reviewed by the Khối, each step in the timeline", async () => {
    const { visit, first, second } = await concluded();
    actingAs(a.users.coSo.id);
    expect(
      await respondRecommendationAction({ id: first, version: await version(first), kind: "DONE", response: "" }),
    ).toMatchObject({ ok: false, fieldErrors: { response: "Vui lòng nhập nội dung" } });
    ok(
      await respondRecommendationAction({
        id: first,
        version: await version(first),
        kind: "DONE",
        response: "Đã ban hành kế hoạch số 12-KH/ĐTN",
      }),
    );
    // Answered once: a replay of the same form is refused, the answer stays.
    expect(
      await respondRecommendationAction({ id: first, version: (await version(first)) - 1, kind: "DONE", response: "lại" }),
    ).toMatchObject({ ok: false });
    expect(await recRow(first)).toMatchObject({ status: "RESPONDED", response: "Đã ban hành kế hoạch số 12-KH/ĐTN" });
    ok(
      await respondRecommendationAction({
        id: second,
        version: await version(second),
        kind: "DISPUTE",
        response: "Cơ sở đã có sổ theo dõi từ năm trước",
      }),
    );
    // The team is told.
    expect(
      await db().notification.count({ where: { userId: a.users.admin.id, title: { contains: "đề nghị xem xét lại" } } }),
    ).toBe(1);
    // Neither another cơ sở, nor the Khối, nor another Khối answers for cơ sở A.
    actingAs(coSoBSecretary.id);
    expect(await respondRecommendationAction({ id: first, version: 0, kind: "DONE", response: "x" })).toMatchObject({
      ok: false,
      formError: "Không tìm thấy kiến nghị",
    });
    actingAs(a.users.staff.id);
    expect(await respondRecommendationAction({ id: first, version: 0, kind: "DONE", response: "x" })).toMatchObject({
      ok: false,
      formError: "Bạn không có quyền thực hiện thao tác này",
    });
    actingAs(b.users.coSo.id);
    expect(await respondRecommendationAction({ id: first, version: 0, kind: "DONE", response: "x" })).toMatchObject({
      ok: false,
      formError: "Không tìm thấy kiến nghị",
    });

    actingAs(a.users.staff.id);
    expect(
      await reviewRecommendationAction({ id: first, version: await version(first), decision: "REOPEN", note: "", dueOn: "" }),
    ).toMatchObject({ ok: false, fieldErrors: { note: "Vui lòng nêu lý do yêu cầu tiếp tục khắc phục" } });
    ok(
      await reviewRecommendationAction({
        id: first,
        version: await version(first),
        decision: "REOPEN",
        note: "Kế hoạch chưa có chỉ tiêu cụ thể",
        dueOn: date(50),
      }),
    );
    expect(await recRow(first)).toMatchObject({ status: "REOPENED", reviewNote: "Kế hoạch chưa có chỉ tiêu cụ thể" });
    expect(formatVietnameseDate((await recRow(first)).dueOn)).toBe(date(50));
    ok(await reviewRecommendationAction({ id: second, version: await version(second), decision: "ACCEPT", note: "", dueOn: "" }));
    expect((await recRow(second)).status).toBe("WITHDRAWN");
    // Reopened, the cơ sở answers again and the Khối accepts.
    actingAs(a.users.coSo.id);
    ok(
      await respondRecommendationAction({
        id: first,
        version: await version(first),
        kind: "DONE",
        response: "Đã bổ sung chỉ tiêu",
      }),
    );
    actingAs(a.users.staff.id);
    ok(
      await reviewRecommendationAction({ id: first, version: await version(first), decision: "ACCEPT", note: "Đạt", dueOn: "" }),
    );
    const steps = await db().statusChange.findMany({
      where: { entityType: "InspectionRecommendation", entityId: first },
      orderBy: { createdAt: "asc" },
    });
    expect(steps.map((s) => s.toStatus)).toEqual(["OPEN", "RESPONDED", "REOPENED", "RESPONDED", "ACCEPTED"]);
    const seen = await getVisit(await viewerOf(a.users.coSo.id), visit);
    expect(seen.recommendations.map((r) => r.state)).toEqual(["SETTLED", "SETTLED"]);
    expect(seen.recommendations[0].timeline).toHaveLength(5);
  });

  it("count as overdue after their deadline; the round closes only once all are settled, and takes no answer after", async () => {
    const { round, visit, first, second } = await concluded();
    await db().inspectionRecommendation.update({ where: { id: first }, data: { dueOn: dayFromToday(-1) } });
    const staff = await viewerOf(a.users.staff.id);
    expect((await getInspectionRound(staff, round)).visits[0].recommendations).toMatchObject({ OVERDUE: 1, OPEN: 1 });
    const roundVersion = async () => (await db().inspectionRound.findUniqueOrThrow({ where: { id: round } })).version;
    actingAs(a.users.staff.id);
    expect(await closeRoundAction({ id: round, version: await roundVersion() })).toMatchObject({
      ok: false,
      formError: "Còn 2 kiến nghị chưa xong (chưa khắc phục, hoặc chờ Khối xem xét)",
    });
    // Late, the answer is still taken, and the timeline says so.
    actingAs(a.users.coSo.id);
    ok(await respondRecommendationAction({ id: first, version: await version(first), kind: "DONE", response: "Đã làm" }));
    expect((await db().statusChange.findFirstOrThrow({ where: { entityId: first, toStatus: "RESPONDED" } })).comment).toBe(
      "Đã làm (sau hạn)",
    );
    ok(await respondRecommendationAction({ id: second, version: await version(second), kind: "DONE", response: "Đã lập sổ" }));
    actingAs(a.users.staff.id);
    expect(await closeRoundAction({ id: round, version: await roundVersion() })).toMatchObject({
      ok: false,
      formError: expect.stringContaining("Còn 2 kiến nghị"),
    });
    ok(await reviewRecommendationAction({ id: first, version: await version(first), decision: "ACCEPT", note: "", dueOn: "" }));
    ok(
      await reviewRecommendationAction({
        id: second,
        version: await version(second),
        decision: "REOPEN",
        note: "Chưa đủ",
        dueOn: "",
      }),
    );
    expect(await closeRoundAction({ id: round, version: await roundVersion() })).toMatchObject({ ok: false });
    await db().inspectionRecommendation.update({ where: { id: second }, data: { status: "ACCEPTED" } });
    ok(await closeRoundAction({ id: round, version: await roundVersion() }));
    expect((await db().inspectionRound.findUniqueOrThrow({ where: { id: round } })).status).toBe("CLOSED");
    // Closed: no answer, no review, no correction.
    await db().inspectionRecommendation.update({ where: { id: second }, data: { status: "REOPENED" } });
    actingAs(a.users.coSo.id);
    expect(
      await respondRecommendationAction({ id: second, version: await version(second), kind: "DONE", response: "Muộn" }),
    ).toMatchObject({ ok: false, fieldErrors: { response: expect.stringContaining("Đợt kiểm tra đã kết thúc") } });
    actingAs(a.users.staff.id);
    const issuedId = (await db().inspectionConclusion.findFirstOrThrow({ where: { visitId: visit, status: "ISSUED" } })).id;
    expect(await saveConclusionAction(complete(visit, { basedOn: issuedId, correctionReason: "Sửa" }))).toMatchObject({
      ok: false,
      formError: expect.stringContaining("Đợt kiểm tra đã kết thúc"),
    });
  });
});

describe("the period report", () => {
  it("lists the conclusions issued in its months: the cơ sở's own in its report, none of another's", async () => {
    const { visit } = await visited();
    actingAs(a.users.staff.id);
    ok(await saveConclusionAction(complete(visit, { number: "71-TB/ĐTN" })));
    const [first] = await recsOf(visit);
    await db().inspectionRecommendation.update({ where: { id: first.id }, data: { status: "ACCEPTED" } });
    const month = todayInVietnam().getUTCMonth() + 1;
    const period = await makePeriodRow({ id: planId, khoiId: a.khoi.id }, { indicatorIds: [], fromMonth: month, toMonth: month });
    await db().reportPeriod.update({ where: { id: period.id }, data: { year: todayInVietnam().getUTCFullYear() } });
    const own = await makeReportRow(period, a.coSoA.id, "DRAFT");
    const { input } = await reportDocument(await viewerOf(a.users.coSo.id), own.id);
    expect(input.inspections).toContainEqual({
      name: a.coSoA.name,
      visitOn: date(-2),
      number: "71-TB/ĐTN",
      rating: "Khá",
      recommendations: "1/2",
    });
    const other = await makeReportRow(period, a.coSoB.id, "DRAFT");
    expect((await reportDocument(await viewerOf(coSoBSecretary.id), other.id)).input.inspections).toEqual([]);
  });
});
