// The demo's inspections (issue 15): a round this month under this year's plan, announced to the
// cơ sở on its list; two visits are past and wait for canbo@ (its lead) to record them, and
// coso@'s Đoàn Sở Tài chính is visited in a few days.
import type { Db } from "@/lib/db/client";
import { dayInVietnam, formatVietnameseDate } from "@/lib/domain/dates";
import { proposeChecklist } from "@/lib/domain/inspections";

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
      data: {
        khoiId,
        entityType: "InspectionVisit",
        entityId: visit.id,
        toStatus: "SCHEDULED",
        actorId: people.staff,
        createdAt: day(-19),
      },
    });
  }
  await db.statusChange.createMany({
    data: [
      {
        khoiId,
        entityType: "InspectionRound",
        entityId: roundId,
        toStatus: "PLANNING",
        actorId: people.staff,
        createdAt: day(-20),
      },
      {
        khoiId,
        entityType: "InspectionRound",
        entityId: roundId,
        fromStatus: "PLANNING",
        toStatus: "ANNOUNCED",
        actorId: people.staff,
        createdAt: told,
      },
    ],
  });
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
