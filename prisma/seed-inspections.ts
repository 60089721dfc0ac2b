// The demo's inspections (issue 15): a round this month under this year's plan, announced to the
// cơ sở on its list; two visits are past and wait for canbo@ (its lead) to record them, and
// coso@'s Đoàn Sở Tài chính is visited in a few days. And last year's round under the term's
// programme, every conclusion issued, its recommendations partly done, partly overdue.
import type { Db } from "@/lib/db/client";
import { dayInVietnam, formatVietnameseDate } from "@/lib/domain/dates";
import { formatVietnameseDate as ddmmyyyy } from "@/lib/domain/dates";
import { proposeChecklist, type InspectionRating, type RecommendationStatus } from "@/lib/domain/inspections";

type Tenant = { khoi: { id: string }; coSos: { id: string; name: string }[] };

export async function seedDemoInspections(
  db: Db,
  t: Tenant,
  people: { staff: string; admin: string; coSo: string },
  now = new Date(),
) {
  const khoiId = t.khoi.id;
  const today = dayInVietnam(now);
  const day = (n: number) => new Date(today.getTime() + n * 86_400_000);
  // The visits already made stay in this year, so this year's indicator counts them (1–3 January too).
  const past = (n: number) => new Date(Math.max(day(-n).getTime(), Date.UTC(today.getUTCFullYear(), 0, 1)));
  const year = today.getUTCFullYear();
  const plan = await db.plan.findFirstOrThrow({
    where: { khoiId, coSoId: null, status: "PUBLISHED", startYear: year, kind: "PLAN" },
    select: {
      id: true,
      indicators: {
        select: { id: true, code: true, wording: true, pillar: true, appliesTo: true, measure: true, recordKind: true },
        orderBy: { position: "asc" },
      },
    },
  });
  const indicator = plan.indicators.find((i) => i.recordKind === "INSPECTION") ?? null;
  const roundId = crypto.randomUUID();
  const name = `Kiểm tra chuyên đề việc thực hiện phong trào “3 trách nhiệm” năm ${year}`;
  await db.inspectionRound.create({
    data: {
      id: roundId,
      khoiId,
      planId: plan.id,
      indicatorId: indicator?.id ?? null,
      name,
      decisionNumber: "52-QĐ/ĐTN",
      decisionOn: day(-21),
      periodFrom: day(-14),
      periodTo: day(21),
      prepare:
        "Kế hoạch thực hiện phong trào của cơ sở; sổ theo dõi đoàn viên đăng ký, thực hiện “3 trách nhiệm”; báo cáo sơ kết 6 tháng; minh chứng các công trình, phần việc thanh niên.",
      status: "ANNOUNCED",
      createdById: people.staff,
      createdAt: day(-20),
      team: {
        create: [
          { userId: people.staff, lead: true },
          { userId: people.admin, lead: false },
        ],
      },
      items: { create: proposeChecklist(plan.indicators).map((item, position) => ({ ...item, position })) },
    },
  });
  // Sở Tài chính (coso@'s) in six days; two other cơ sở visited this past week, not yet recorded.
  const visits = [
    { coSo: t.coSos[1], on: past(3) },
    { coSo: t.coSos[2], on: past(1) },
    { coSo: t.coSos[0], on: day(6) },
  ];
  const told = day(-12);
  for (const v of visits) {
    const visit = await db.inspectionVisit.create({
      data: { khoiId, roundId, coSoId: v.coSo.id, visitOn: v.on, notifiedAt: told, createdAt: day(-19) },
    });
    await db.statusChange.create({
      data: step(khoiId, "InspectionVisit", visit.id, null, "SCHEDULED", day(-19), people.staff),
    });
  }
  await db.statusChange.createMany({ data: roundSteps(khoiId, roundId, people.staff, day(-20), told) });
  await db.notification.create({
    data: {
      khoiId,
      userId: people.coSo,
      kind: "inspection",
      title: `Lịch kiểm tra chuyên đề: ${name} – ngày ${formatVietnameseDate(day(6))}`,
      link: `/kiem-tra/${roundId}`,
      createdAt: told,
    },
  });
}

type LastYearVisit = {
  coSo: { id: string; name: string };
  /** Day of November last year */
  on: number;
  number: string;
  rating: InspectionRating;
  /** Checklist positions found not met */
  notMet: number[];
  strengths: string;
  shortcomings: string;
  recs: { text: string; due: Date; status: RecommendationStatus; response?: string; reviewNote?: string }[];
};

/** Last year's round, finished but for the recommendations still followed. */
export async function seedLastYearInspections(
  db: Db,
  t: Tenant,
  people: { staff: string; admin: string; coSo: string },
  now = new Date(),
) {
  const khoiId = t.khoi.id;
  const today = dayInVietnam(now);
  const day = (n: number) => new Date(today.getTime() + n * 86_400_000);
  const last = today.getUTCFullYear() - 1;
  const nov = (d: number) => new Date(Date.UTC(last, 10, d));
  const programme = await db.plan.findFirstOrThrow({
    where: { khoiId, coSoId: null, kind: "PROGRAMME", status: "PUBLISHED", startYear: { lte: last }, endYear: { gte: last } },
    select: {
      id: true,
      indicators: {
        select: { id: true, code: true, wording: true, pillar: true, appliesTo: true, measure: true, recordKind: true },
        orderBy: { position: "asc" },
      },
    },
    orderBy: { startYear: "desc" },
  });
  const roundId = crypto.randomUUID();
  const items = proposeChecklist(programme.indicators).map((item, position) => ({ ...item, id: crypto.randomUUID(), position }));
  await db.inspectionRound.create({
    data: {
      id: roundId,
      khoiId,
      planId: programme.id,
      name: `Kiểm tra chuyên đề việc thực hiện phong trào “3 trách nhiệm” năm ${last}`,
      decisionNumber: "38-QĐ/ĐTN",
      decisionOn: nov(3),
      periodFrom: nov(10),
      periodTo: nov(28),
      prepare: "Kế hoạch của cơ sở, sổ theo dõi đoàn viên, báo cáo sơ kết 6 tháng.",
      status: "ANNOUNCED",
      createdById: people.staff,
      createdAt: nov(3),
      team: {
        create: [
          { userId: people.staff, lead: true },
          { userId: people.admin, lead: false },
        ],
      },
      items: { create: items },
    },
  });
  const visits: LastYearVisit[] = [
    {
      coSo: t.coSos[0],
      on: 12,
      number: "78-TB/ĐTN",
      rating: "FAIR",
      notMet: [1],
      strengths: "Cơ sở ban hành kế hoạch kịp thời, đoàn viên tham gia đầy đủ các hoạt động cấp Khối.",
      shortcomings: "Chưa gửi báo cáo sơ kết 6 tháng đúng hạn; chưa tổ chức sơ kết phong trào tại cơ sở.",
      recs: [
        {
          text: "Lập sổ theo dõi đoàn viên đăng ký, thực hiện “3 trách nhiệm”",
          due: new Date(Date.UTC(last, 11, 31)),
          status: "ACCEPTED",
          response: "Đã lập sổ theo dõi từ tháng 12, cập nhật hằng tháng.",
        },
        { text: "Tổ chức sơ kết việc thực hiện phong trào tại cơ sở, gửi báo cáo về Đoàn Khối", due: day(-20), status: "OPEN" },
      ],
    },
    {
      coSo: t.coSos[3],
      on: 14,
      number: "79-TB/ĐTN",
      rating: "GOOD",
      notMet: [],
      strengths: "Triển khai đồng bộ, có nhiều công trình thanh niên gắn với cải cách thủ tục hành chính.",
      shortcomings: "Minh chứng một số phần việc chưa đầy đủ.",
      recs: [
        {
          text: "Bổ sung minh chứng các phần việc thanh niên đã đăng ký",
          due: day(10),
          status: "RESPONDED",
          response: "Đã bổ sung ảnh và biên bản nghiệm thu 3 phần việc trên cổng.",
        },
      ],
    },
    {
      coSo: t.coSos[4],
      on: 19,
      number: "80-TB/ĐTN",
      rating: "AVERAGE",
      notMet: [0, 1, 3],
      strengths: "Đoàn viên tích cực tham gia tình nguyện.",
      shortcomings: "Chưa ban hành kế hoạch của cơ sở; báo cáo gửi trễ; chưa có sổ theo dõi.",
      recs: [
        { text: "Ban hành kế hoạch thực hiện phong trào của cơ sở", due: day(-5), status: "OPEN" },
        {
          text: "Gửi báo cáo sơ kết đúng hạn",
          due: day(15),
          status: "DISPUTED",
          response: "Báo cáo đã gửi qua văn thư ngày 12/7, đề nghị Đoàn Khối xem lại.",
        },
      ],
    },
  ];
  const issuedOn = nov(26);
  for (const v of visits) {
    const visitId = crypto.randomUUID();
    await db.inspectionVisit.create({
      data: { id: visitId, khoiId, roundId, coSoId: v.coSo.id, visitOn: nov(v.on), notifiedAt: nov(5), status: "CONCLUDED" },
    });
    await db.visitAnswer.createMany({
      data: items.map((item, n) => ({
        khoiId,
        visitId,
        itemId: item.id,
        result: v.notMet.includes(n) ? ("NOT_MET" as const) : ("MET" as const),
        updatedById: people.staff,
      })),
    });
    const recIds = v.recs.map(() => crypto.randomUUID());
    await db.inspectionRecommendation.createMany({
      data: v.recs.map((r, position) => ({
        id: recIds[position],
        khoiId,
        visitId,
        coSoId: v.coSo.id,
        position,
        text: r.text,
        dueOn: r.due,
        status: r.status,
        response: r.response ?? null,
        respondedAt: r.response ? day(-3) : null,
        reviewedAt: r.status === "ACCEPTED" ? day(-2) : null,
        reviewedById: r.status === "ACCEPTED" ? people.staff : null,
      })),
    });
    await db.inspectionConclusion.create({
      data: {
        khoiId,
        visitId,
        revision: 1,
        status: "ISSUED",
        number: v.number,
        rating: v.rating,
        strengths: v.strengths,
        shortcomings: v.shortcomings,
        recommendations: v.recs.map((r, i) => ({ recommendationId: recIds[i], text: r.text, dueOn: ddmmyyyy(r.due) })),
        issuedOn,
        issuedById: people.staff,
        createdById: people.staff,
      },
    });
    const stepOf =
      (id: string, type: string) =>
      (from: string | null, to: string, at: Date, comment: string | null = null, actor: string | null = people.staff) =>
        step(khoiId, type, id, from, to, at, actor, comment);
    const visitStep = stepOf(visitId, "InspectionVisit");
    await db.statusChange.createMany({
      data: [
        visitStep(null, "SCHEDULED", nov(4)),
        visitStep("SCHEDULED", "VISITED", nov(v.on)),
        visitStep("VISITED", "CONCLUDED", issuedOn, `Thông báo kết luận số ${v.number}`),
        ...v.recs.flatMap((r, i) => {
          const recStep = stepOf(recIds[i], "InspectionRecommendation");
          const answered = r.status === "ACCEPTED" ? "RESPONDED" : r.status;
          return [
            recStep(null, "OPEN", issuedOn, `Hạn ${ddmmyyyy(r.due)}`),
            ...(r.status === "OPEN" ? [] : [recStep("OPEN", answered, day(-3), r.response ?? null, null)]),
            ...(r.status === "ACCEPTED" ? [recStep("RESPONDED", "ACCEPTED", day(-2))] : []),
          ];
        }),
      ],
    });
  }
  await db.statusChange.createMany({ data: roundSteps(khoiId, roundId, people.staff, nov(3), nov(5)) });
}

/** A timeline row of the demo, as recordStatusChange writes it. */
function step(
  khoiId: string,
  entityType: string,
  entityId: string,
  fromStatus: string | null,
  toStatus: string,
  createdAt: Date,
  actorId: string | null,
  comment: string | null = null,
) {
  return { khoiId, entityType, entityId, fromStatus, toStatus, actorId, comment, createdAt };
}

/** A round planned, then announced to its cơ sở. */
const roundSteps = (khoiId: string, roundId: string, actor: string, planned: Date, told: Date) => [
  step(khoiId, "InspectionRound", roundId, null, "PLANNING", planned, actor),
  step(khoiId, "InspectionRound", roundId, "PLANNING", "ANNOUNCED", told, actor),
];
