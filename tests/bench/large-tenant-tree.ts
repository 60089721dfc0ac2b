// The large tenant's structure: 1 Khối, 100 cơ sở with 3–5 chi đoàn each, 10,000 members, the
// Khối plans of last year and this year (this year's with an indicator of every kind the roll-up
// handles, ~60 cơ sở plans following it) and ~50 Khối activities with registrations.
// Deterministic: every id and value comes from one seeded generator.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ActivityKind } from "@/lib/generated/prisma/enums";
import { coSoIndicatorFrom, coSoPlanSlotKey, followedByCoSo } from "@/lib/domain/co-so-plan";
import { memberNameFields } from "@/lib/domain/text";
import { PILLARS_2015 } from "@/lib/domain/plan-model";
import { makeUnit, makeUser } from "@/tests/factories";
import { demoPerson } from "@/prisma/demo-data";
import type { Clock, Tools } from "@/prisma/seed-work-kit";
import { bulkInsert, type Raw } from "./bench-kit";
import { khoiPlanIndicators } from "./khoi-plan-indicators";

export const SIZE = {
  coSo: 100,
  members: 10_000,
  entries: 188_000,
  projects: 2_000,
  khoiProjects: 10,
  activities: 50,
  commitments: 8_000,
  coSoPlans: 60,
};

const AGENCIES = [
  "Sở Tài chính",
  "Sở Tư pháp",
  "Sở Nội vụ",
  "Sở Y tế",
  "Sở Xây dựng",
  "Sở Công Thương",
  "Sở Giáo dục và Đào tạo",
  "Sở Khoa học và Công nghệ",
  "Sở Văn hóa và Thể thao",
  "Sở Nông nghiệp và Môi trường",
  "Thanh tra Thành phố",
  "Văn phòng UBND Thành phố",
  "Ban Quản lý các Khu chế xuất",
  "Kho bạc Nhà nước khu vực",
  "Cục Thuế",
  "Bảo hiểm xã hội",
  "Ban Tuyên giáo",
  "Văn phòng Thành ủy",
  "Hội Liên hiệp Phụ nữ",
  "Liên đoàn Lao động",
];
const CHI_DOANS = [
  "Văn phòng",
  "Phòng Kế hoạch - Tài chính",
  "Phòng Tổ chức cán bộ",
  "Phòng Pháp chế",
  "Phòng Tổng hợp",
  "Trung tâm Dịch vụ",
  "Phòng Nghiệp vụ 1",
  "Phòng Nghiệp vụ 2",
];

export type Ids = () => string;
/** A UUID v4 from the seeded generator (so two runs make the same ids, and the same ties in ORDER BY id). */
export function seededIds(rand: () => number): Ids {
  return () => {
    const h = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
    h[12] = "4";
    h[16] = "89ab"[Math.floor(rand() * 4)];
    const s = h.join("");
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  };
}

export type BenchMember = { id: string; coSoId: string; chiDoanId: string };
export type BenchActivity = { id: string; name: string; startsOn: Date; hours: number; planId: string };
export type Tree = Awaited<ReturnType<typeof buildTree>>;

export async function buildTree(client: Db, raw: Raw, r: Tools, clock: Clock, id: Ids) {
  const year = clock.today.getUTCFullYear();
  const city = await makeUnit(client, "CITY", "Thành Đoàn Bench");
  const khoi = await makeUnit(client, "KHOI", "Đoàn Khối Bench (100 cơ sở)", city);
  const khoiId = khoi.id;
  const staffUserId = (await makeUser(client, { role: "KHOI_STAFF", unit: khoi, email: "staff@bench.vn" })).id;

  // Cơ sở of very different sizes (a few big agencies, many small ones).
  const units: Prisma.UnitCreateManyInput[] = [];
  const coSos: { id: string; name: string; weight: number; chiDoanIds: string[] }[] = [];
  for (let c = 0; c < SIZE.coSo; c++) {
    const coSoId = id();
    const name = `Đoàn ${AGENCIES[c % AGENCIES.length]}${c >= AGENCIES.length ? ` ${Math.floor(c / AGENCIES.length) + 1}` : ""}`;
    units.push({ id: coSoId, kind: "CO_SO", name, parentId: khoiId, khoiId, coSoId });
    const chiDoanIds = Array.from({ length: r.int(3, 5) }, (_, d) => {
      const cd = id();
      units.push({
        id: cd,
        kind: "CHI_DOAN",
        name: `Chi đoàn ${CHI_DOANS[d]} – ${name.replace(/^Đoàn /, "")}`,
        parentId: coSoId,
        khoiId,
        coSoId,
      });
      return cd;
    });
    coSos.push({ id: coSoId, name, weight: 0.15 + r.rand() ** 2 * 3, chiDoanIds });
  }
  await client.unit.createMany({ data: units });

  // Members: spread over cơ sở by weight, then over their chi đoàn.
  const totalWeight = coSos.reduce((s, c) => s + c.weight, 0);
  const members: BenchMember[] = [];
  const memberRows: Record<string, unknown>[] = [];
  const now = clock.latest;
  for (let i = 0; i < SIZE.members; i++) {
    let x = r.rand() * totalWeight;
    const coSo = coSos.find((c) => (x -= c.weight) <= 0) ?? coSos[coSos.length - 1];
    const chiDoanId = r.pick(coSo.chiDoanIds);
    const p = demoPerson(r.rand);
    const m = { id: id(), coSoId: coSo.id, chiDoanId };
    members.push(m);
    memberRows.push({
      ...m,
      khoiId,
      ...memberNameFields(p.fullName),
      birthDate: p.birthDate,
      gender: p.gender,
      position: p.position,
      joinedUnionAt: p.joinedUnionAt,
      phone: p.phone,
      email: `m${i}@bench.vn`,
      active: r.chance(0.97),
      createdAt: now,
      updatedAt: now,
    });
  }
  await bulkInsert(
    raw,
    "Member",
    {
      id: "text",
      khoiId: "text",
      coSoId: "text",
      chiDoanId: "text",
      fullName: "text",
      searchName: "text",
      sortName: "text",
      birthDate: "date",
      gender: '"Gender"',
      position: "text",
      joinedUnionAt: "date",
      phone: "text",
      email: "text",
      active: "boolean",
      createdAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
    memberRows,
  );

  const plans = await buildPlans(client, r, id, khoiId, year, coSos);
  const activities = await buildActivities(
    client,
    r,
    clock,
    id,
    khoiId,
    plans,
    coSos.map((c) => c.id),
  );
  return { city, khoi, khoiId, staffUserId, coSos, members, plans, activities, year };
}

/** This year's Khối plan: one indicator of every kind the roll-up handles, sized for 10,000 members. */
const INDICATORS = khoiPlanIndicators({
  CT1: { wording: "Ít nhất 1.000 ý tưởng, sáng kiến trong toàn Khối", target: 1000 },
  CT2: { wording: "5.000 lượt đoàn viên học tập, bồi dưỡng", target: 5000 },
  CT3: { wording: "300 công trình, phần việc thanh niên", target: 300 },
  CT7: { wording: "15.000 lượt đoàn viên tham gia hoạt động tình nguyện", target: 15000 },
  CT8: { wording: "3.000 lượt tham gia trong Tháng Thanh niên", target: 3000 },
  CT10: { wording: "Tuyên dương 20 công trình tiêu biểu", target: 20, unitLabel: "công trình" },
  CT13: { wording: "50 sản phẩm tuyên truyền", target: 50 },
  CT15: { wording: "Vận động 500 triệu đồng cho công tác an sinh", target: 500_000_000 },
});

async function buildPlans(client: Db, r: Tools, id: Ids, khoiId: string, year: number, coSos: { id: string; name: string }[]) {
  const plan = (planId: string, y: number, extra: Partial<Prisma.PlanCreateManyInput> = {}): Prisma.PlanCreateManyInput => ({
    id: planId,
    khoiId,
    unitId: khoiId,
    seriesId: planId,
    kind: "PLAN",
    status: "PUBLISHED",
    subject: `Thực hiện phong trào “3 trách nhiệm” năm ${y}`,
    startYear: y,
    endYear: y,
    pillars: PILLARS_2015,
    sections: [],
    publishedAt: new Date(Date.UTC(y, 0, 15)),
    ...extra,
  });
  const lastId = id();
  const currentId = id();
  await client.plan.createMany({
    data: [
      plan(lastId, year - 1, { number: `1-KH/ĐTN/${year - 1}`, numberKey: `1-KH/ĐTN/${year - 1}` }),
      plan(currentId, year, { number: `1-KH/ĐTN/${year}`, numberKey: `1-KH/ĐTN/${year}` }),
    ],
  });
  const indicators = INDICATORS.map((s, position) => {
    const indId = id();
    return {
      ...s,
      id: indId,
      khoiId,
      planId: currentId,
      lineageId: indId,
      position,
      period: s.months ? "MONTHS" : "YEAR",
      months: s.months ?? [],
      minTarget: s.minTarget ?? null,
    } satisfies Prisma.IndicatorCreateManyInput;
  });
  await client.indicator.createMany({ data: indicators });

  // ~60 cơ sở follow the plan with their own published plan and targets (the others fall back on the minimum).
  const followers = r.shuffle(coSos).slice(0, SIZE.coSoPlans);
  const coSoPlans: Prisma.PlanCreateManyInput[] = [];
  const coSoIndicators: Prisma.IndicatorCreateManyInput[] = [];
  for (const c of followers) {
    const pid = id();
    coSoPlans.push(
      plan(pid, year, {
        unitId: c.id,
        coSoId: c.id,
        basisPlanId: currentId,
        subject: `Kế hoạch của ${c.name} năm ${year}`,
        requestKey: coSoPlanSlotKey(c.id, currentId),
      }),
    );
    indicators
      .filter((k) => followedByCoSo(k))
      .forEach((k, position) => {
        const own = coSoIndicatorFrom({ ...k, yearTargets: [] }, year);
        const target = k.appliesTo === "EACH_CO_SO" ? own.target + r.int(0, 15) : own.target;
        const indId = id();
        coSoIndicators.push({
          ...own,
          target,
          id: indId,
          khoiId,
          planId: pid,
          lineageId: indId,
          basedOnId: k.id,
          code: k.code,
          position,
          recordKind: k.recordKind,
          months: k.months,
        });
      });
  }
  await client.plan.createMany({ data: coSoPlans });
  await client.indicator.createMany({ data: coSoIndicators });
  const byCode = Object.fromEntries(indicators.map((i) => [i.code, i.id]));
  return {
    currentId,
    lastId,
    byCode,
    followers: followers.length,
    indicatorCount: indicators.length,
    coSoIndicatorCount: coSoIndicators.length,
  };
}

const ACTIVITY_KINDS: ActivityKind[] = [
  "PEAK_DAY",
  "PEAK_DAY",
  "PEAK_DAY",
  "PEAK_DAY",
  "CONTEST",
  "TRAINING",
  "TRAINING",
  "PROPAGANDA",
  "PROPAGANDA",
  "INSPECTION",
  "OTHER",
];
const ACTIVITY_NAMES: Record<ActivityKind, string> = {
  PEAK_DAY: "Ngày thứ 7 tình nguyện",
  CONTEST: "Hội thi “Ý tưởng sáng tạo”",
  TRAINING: "Tập huấn kỹ năng cho cán bộ Đoàn",
  PROPAGANDA: "Sản phẩm tuyên truyền “Thanh niên với cải cách hành chính”",
  INSPECTION: "Kiểm tra chuyên đề công tác Đoàn",
  OTHER: "Diễn đàn “Thanh niên với 3 trách nhiệm”",
};

async function buildActivities(
  client: Db,
  r: Tools,
  clock: Clock,
  id: Ids,
  khoiId: string,
  plans: { currentId: string; lastId: string; byCode: Record<string, string> },
  coSoIds: string[],
) {
  const year = clock.today.getUTCFullYear();
  const activities: Prisma.ActivityCreateManyInput[] = [];
  const links: Prisma.ActivityIndicatorCreateManyInput[] = [];
  const registrations: Prisma.ActivityRegistrationCreateManyInput[] = [];
  const out: BenchActivity[] = [];
  for (let a = 0; a < SIZE.activities; a++) {
    const kind = r.pick(ACTIVITY_KINDS);
    const startsOn = clock.date(5 + Math.floor((a * 355) / SIZE.activities) + r.int(0, 6));
    const planId = startsOn.getUTCFullYear() === year ? plans.currentId : plans.lastId;
    const aid = id();
    const name = `${ACTIVITY_NAMES[kind]} đợt ${a + 1}`;
    const hours = kind === "PEAK_DAY" ? r.int(2, 8) : r.int(1, 4);
    activities.push({
      id: aid,
      khoiId,
      planId,
      kind,
      name,
      startsOn,
      endsOn: clock.addDays(startsOn, r.int(0, 3)),
      organiser: "Ban Thường vụ Đoàn Khối",
      registrationDeadline: clock.addDays(startsOn, -5),
    });
    out.push({ id: aid, name, startsOn, hours, planId });
    if (planId === plans.currentId)
      for (const code of ["CT7", "CT8", "CT9"]) links.push({ khoiId, activityId: aid, indicatorId: plans.byCode[code] });
    const past = startsOn < clock.today;
    for (const coSoId of r.shuffle(coSoIds).slice(0, r.int(20, 60))) {
      const people = r.int(3, 40);
      registrations.push({
        id: id(),
        khoiId,
        activityId: aid,
        coSoId,
        status: r.chance(0.05) ? "WITHDRAWN" : "REGISTERED",
        plannedPeople: people + r.int(0, 5),
        people: past ? people : null,
        participations: past ? people * r.int(1, 3) : null,
        reportedAt: past ? clock.at(clock.addDays(startsOn, 2)) : null,
      });
    }
  }
  await client.activity.createMany({ data: activities });
  await client.activityIndicator.createMany({ data: links });
  for (let i = 0; i < registrations.length; i += 1000)
    await client.activityRegistration.createMany({ data: registrations.slice(i, i + 1000) });
  return { list: out, registrations: registrations.length };
}
