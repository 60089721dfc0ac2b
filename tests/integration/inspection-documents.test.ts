// Kiểm tra chuyên đề, the files (issue 15): the thông báo kết luận of a visit and the round's báo
// cáo kết quả read through the inspection scopes. The Khối's staff get every revision, drafts
// included; the cơ sở only its own issued ones; a sibling cơ sở, another Khối and the city get
// "not found". The round's report is the Khối's alone.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { GET as conclusionRoute } from "@/app/(portal)/kiem-tra/[id]/buoi/[visitId]/ket-luan/[conclusionId]/route";
import { conclusionDocument, roundSummary } from "@/lib/data/inspection-documents";
import { saveConclusion } from "@/lib/data/inspection-conclusions";
import { finishVisit } from "@/lib/data/inspection-visits";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import type { InspectionRating } from "@/lib/domain/inspections";
import { dayFromToday, makePlan, makeTenant, makeUser, type Tenant } from "../factories";
import { docxText } from "../helpers/docx";
import { makeInspectionRound } from "../helpers/inspection-probes";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let coSoBSecretary: { id: string };
let round: { id: string; visits: string[] };
let other: { id: string; visits: string[] };
/** Visit of cơ sở A: revision 1 issued then corrected by revision 2, revision 3 a draft */
const rev: Record<1 | 2 | 3, string> = { 1: "", 2: "", 3: "" };
let visitA: string;
let visitB: string;

const conclude = async (
  visitId: string,
  fields: {
    number: string;
    rating: InspectionRating;
    recommendations: { recommendationId: string | null; text: string; dueOn: Date }[];
    correctionReason?: string;
    issue?: boolean;
  },
) =>
  (
    await saveConclusion(await viewerOf(a.users.staff.id), {
      visitId,
      version: null,
      requestKey: crypto.randomUUID(),
      // The revision follows the one issued last, if any.
      basedOn:
        (
          await db().inspectionConclusion.findFirst({
            where: { visitId, status: "ISSUED" },
            select: { id: true },
          })
        )?.id ?? null,
      number: fields.number,
      rating: fields.rating,
      strengths: "Ban Chấp hành quan tâm chỉ đạo",
      shortcomings: "Sổ theo dõi chưa cập nhật",
      recommendations: fields.recommendations,
      correctionReason: fields.correctionReason ?? null,
      issue: fields.issue ?? true,
    })
  ).id;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  coSoBSecretary = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
  const plan = await makePlan(
    db(),
    { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" },
    { status: "PUBLISHED", number: "126-KH/ĐTN" },
  );
  await db().plan.update({
    where: { id: plan.id },
    data: {
      superiorName: "Thành Đoàn TP. Hồ Chí Minh",
      issuerName: "BCH Đoàn Khối Dân - Chính - Đảng TP",
      place: "TP. Hồ Chí Minh",
    },
  });
  round = await makeInspectionRound(a, plan.id, {
    status: "ANNOUNCED",
    visits: [
      { coSoId: a.coSoA.id, days: -1, told: true },
      { coSoId: a.coSoB.id, days: -2, told: true },
    ],
  });
  other = await makeInspectionRound(a, plan.id, { status: "ANNOUNCED", visits: [{ coSoId: a.coSoA.id, days: -1, told: true }] });
  [visitA, visitB] = round.visits;
  // Every item answered (the first one of cơ sở A not met), then the visits finished.
  const items = await db().checklistItem.findMany({ where: { roundId: round.id }, orderBy: { position: "asc" } });
  await db().visitAnswer.createMany({
    data: round.visits.flatMap((visitId) =>
      items.map((item, i) => ({
        khoiId: a.khoi.id,
        visitId,
        itemId: item.id,
        result: visitId === visitA && i === 0 ? ("NOT_MET" as const) : ("MET" as const),
        note: visitId === visitA && i === 0 ? "Chưa có kế hoạch riêng" : null,
      })),
    ),
  });
  const staff = await viewerOf(a.users.staff.id);
  for (const id of round.visits) {
    const { version } = await db().inspectionVisit.findUniqueOrThrow({ where: { id } });
    await finishVisit(staff, { id, version });
  }
  rev[1] = await conclude(visitA, {
    number: "61-TB/ĐTN",
    rating: "AVERAGE",
    recommendations: [{ recommendationId: null, text: "Xây dựng kế hoạch của cơ sở", dueOn: dayFromToday(20) }],
  });
  const kept = await db().inspectionRecommendation.findFirstOrThrow({ where: { visitId: visitA } });
  rev[2] = await conclude(visitA, {
    number: "70-TB/ĐTN",
    rating: "FAIR",
    recommendations: [{ recommendationId: kept.id, text: "Xây dựng kế hoạch của cơ sở", dueOn: dayFromToday(30) }],
    correctionReason: "Ghi nhầm xếp loại",
  });
  rev[3] = await conclude(visitA, {
    number: "75-TB/ĐTN",
    rating: "GOOD",
    recommendations: [],
    correctionReason: "Thử",
    issue: false,
  });
  // Cơ sở B's recommendation fell due yesterday, the day after its visit: overdue today.
  await conclude(visitB, {
    number: "62-TB/ĐTN",
    rating: "GOOD",
    recommendations: [{ recommendationId: null, text: "Nộp báo cáo sơ kết", dueOn: dayFromToday(-1) }],
  });
});

describe("conclusionDocument", () => {
  it("gives the Khối's staff the notice: round, basis, cơ sở, team, checklist by pillar, the conclusion and what it corrects", async () => {
    const found = await conclusionDocument(await viewerOf(a.users.staff.id), visitA, rev[2]);
    expect(found).toMatchObject({ roundId: round.id, visitId: visitA, status: "ISSUED" });
    const doc = found.document;
    expect(doc).toMatchObject({
      superiorName: "Thành Đoàn TP. Hồ Chí Minh",
      issuerName: "BCH Đoàn Khối Dân - Chính - Đảng TP",
      place: "TP. Hồ Chí Minh",
      decisionNumber: "25-QĐ/ĐTN",
      decisionOn: dayFromToday(-10),
      planTitle: expect.stringContaining("126-KH/ĐTN"),
      number: "70-TB/ĐTN",
      issuedOn: todayInVietnam(),
      draft: false,
      revision: 2,
      coSoName: a.coSoA.name,
      visitOn: dayFromToday(-1),
      rating: "FAIR",
      strengths: "Ban Chấp hành quan tâm chỉ đạo",
      shortcomings: "Sổ theo dõi chưa cập nhật",
      recommendations: [{ text: "Xây dựng kế hoạch của cơ sở", dueOn: formatVietnameseDate(dayFromToday(30)) }],
      correction: { reason: "Ghi nhầm xếp loại", number: "61-TB/ĐTN", issuedOn: todayInVietnam() },
    });
    // The lead first.
    expect(doc.team).toEqual([
      { name: "Người dùng KHOI_ADMIN", lead: true },
      { name: "Người dùng KHOI_STAFF", lead: false },
    ]);
    // The usual checklist has no pillar: one group, every item with its finding.
    expect(doc.checklist.map((g) => g.label)).toEqual(["Công tác chỉ đạo, tổ chức thực hiện"]);
    expect(doc.checklist[0].items[0]).toEqual({
      wording: "Có kế hoạch thực hiện phong trào của cơ sở",
      result: "NOT_MET",
      note: "Chưa có kế hoạch riêng",
    });
    expect(doc.checklist[0].items.slice(1).every((i) => i.result === "MET")).toBe(true);
    // The first issue is no correction; the draft is the Khối's to read.
    expect((await conclusionDocument(await viewerOf(a.users.admin.id), visitA, rev[1])).document).toMatchObject({
      number: "61-TB/ĐTN",
      correction: null,
    });
    const draft = await conclusionDocument(await viewerOf(a.users.admin.id), visitA, rev[3]);
    expect(draft).toMatchObject({ status: "DRAFT", document: { draft: true, correction: { number: "70-TB/ĐTN" } } });
  });

  it("gives the cơ sở its own issued notices, the corrected one too, but never a draft", async () => {
    const coSo = await viewerOf(a.users.coSo.id);
    expect((await conclusionDocument(coSo, visitA, rev[2])).status).toBe("ISSUED");
    expect((await conclusionDocument(coSo, visitA, rev[1])).status).toBe("SUPERSEDED");
    await expect(conclusionDocument(coSo, visitA, rev[3])).rejects.toThrow("Không tìm thấy");
  });

  it("is not found for a sibling cơ sở, another Khối, the city, or a conclusion of another visit", async () => {
    for (const userId of [coSoBSecretary.id, b.users.admin.id, b.users.coSo.id, a.users.city.id, a.users.cityStaff.id]) {
      const viewer = await viewerOf(userId);
      await expect(conclusionDocument(viewer, visitA, rev[2]), userId).rejects.toThrow("Không tìm thấy");
    }
    // Cơ sở B's own visit, asked with cơ sở A's conclusion id.
    await expect(conclusionDocument(await viewerOf(coSoBSecretary.id), visitB, rev[2])).rejects.toThrow("Không tìm thấy");
    await expect(conclusionDocument(await viewerOf(a.users.staff.id), visitB, rev[2])).rejects.toThrow("Không tìm thấy");
  });

  it("is served as a .docx under its own round's path only, named without a slash", async () => {
    const get = (roundId: string, conclusionId: string) => {
      const params = { id: roundId, visitId: visitA, conclusionId };
      const url = `http://localhost/kiem-tra/${roundId}/buoi/${visitA}/ket-luan/${conclusionId}`;
      return conclusionRoute(new Request(url), { params: Promise.resolve(params) });
    };
    actingAs(a.users.staff.id);
    const response = await get(round.id, rev[2]);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain('filename="Thong bao ket luan 70-TB-DTN.docx"');
    const text = await docxText(Buffer.from(await response.arrayBuffer()));
    expect(text).toContain("THÔNG BÁO KẾT LUẬN KIỂM TRA");
    expect(text).toContain("(Đính chính)");
    expect(text).toContain(a.coSoA.name);
    const draft = await get(round.id, rev[3]);
    expect(await docxText(Buffer.from(await draft.arrayBuffer()))).toContain("DỰ THẢO");
    // The same visit under another round's path.
    expect((await get(other.id, rev[2])).status).toBe(404);
    actingAs(a.users.coSo.id);
    expect((await get(round.id, rev[2])).status).toBe(200);
    expect((await get(round.id, rev[3])).status).toBe(404);
    actingAs(null);
  });
});

describe("roundSummary", () => {
  it("gives the Khối's staff each visit with its standing conclusion, the ratings counted, and the recommendations' deadlines", async () => {
    const summary = await roundSummary(await viewerOf(a.users.staff.id), round.id);
    expect(summary).toMatchObject({ id: round.id, decisionNumber: "25-QĐ/ĐTN", today: todayInVietnam() });
    // Oldest visit first: cơ sở B two days ago, cơ sở A yesterday (its correction stands, not the draft).
    expect(summary.visits).toEqual([
      {
        coSoName: a.coSoB.name,
        visitOn: dayFromToday(-2),
        status: "CONCLUDED",
        number: "62-TB/ĐTN",
        rating: "GOOD",
        issuedOn: todayInVietnam(),
      },
      {
        coSoName: a.coSoA.name,
        visitOn: dayFromToday(-1),
        status: "CONCLUDED",
        number: "70-TB/ĐTN",
        rating: "FAIR",
        issuedOn: todayInVietnam(),
      },
    ]);
    expect(summary.ratingCounts).toEqual({ GOOD: 1, FAIR: 1, AVERAGE: 0, WEAK: 0 });
    expect(summary.recommendations).toEqual([
      expect.objectContaining({
        coSoName: a.coSoB.name,
        text: "Nộp báo cáo sơ kết",
        dueOn: dayFromToday(-1),
        status: "OPEN",
        state: "OVERDUE",
      }),
      expect.objectContaining({ coSoName: a.coSoA.name, dueOn: dayFromToday(30), status: "OPEN", state: "OPEN" }),
    ]);
  });

  it("is refused to a cơ sở, even of a visit in the round, and not found for another Khối or the city", async () => {
    for (const userId of [a.users.coSo.id, coSoBSecretary.id, a.users.chiDoan.id, b.users.admin.id, a.users.city.id]) {
      await expect(roundSummary(await viewerOf(userId), round.id), userId).rejects.toThrow("Không tìm thấy");
    }
  });
});
