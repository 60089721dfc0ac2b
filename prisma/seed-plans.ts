// Demo plans: the 2018–2022 programme (seed 001) and the 2019 plan (seed 000), read from their
// text by the same extraction staff use and published; a plan for the current year, written for
// it (prisma/demo-plan-text.ts), with Khối activities around today, some cơ sở plans started as
// createCoSoPlan starts them, registrations and notifications.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { todayInVietnam } from "@/lib/domain/dates";
import { PILLARS_2009, type ExtractedPlan, type ProposedIndicator } from "@/lib/domain/plan-model";
import { extractPlanText } from "@/lib/domain/plan-text";
import { coSoIndicatorFrom, coSoPlanSlotKey, followedByCoSo } from "@/lib/domain/co-so-plan";
import { coSoPlanDraft } from "@/lib/domain/co-so-plan-draft";
import { demoPlanText } from "./demo-plan-text";

type Unit = { id: string; name: string };
type Ctx = { khoi: Unit; coSos: Unit[]; staffId: string; secretaryIds: Map<string, string> };

const FIXTURES = path.join(import.meta.dirname, "..", "tests", "fixtures");
const day = (offset: number) => new Date(todayInVietnam().getTime() + offset * 86_400_000);

/** Which pillar a demo indicator belongs to: work (ideas, projects), the people (peak days), oneself. */
function pillarOf(i: ProposedIndicator): number {
  if ((i.recordKind === "ACTIVITY" && i.period === "MONTHS") || i.measure === "MONEY") return 1;
  if (i.recordKind === "HONOUR" || i.recordKind === "TRAINING") return 2;
  return 0;
}

async function createPublished(
  db: Db,
  ctx: Ctx,
  x: ExtractedPlan,
  extra: {
    number?: string | null;
    issueDate?: Date;
    basisPlanId?: string | null;
    year?: number;
    indicators?: ProposedIndicator[];
    minTargets?: Record<number, number>;
  },
) {
  const id = crypto.randomUUID();
  const startYear = extra.year ?? x.startYear ?? 2019;
  const endYear = extra.year ?? x.endYear ?? startYear;
  const number = extra.number === undefined ? x.number : extra.number;
  await db.plan.create({
    data: {
      id,
      khoiId: ctx.khoi.id,
      unitId: ctx.khoi.id,
      seriesId: id,
      kind: x.kind,
      status: "PUBLISHED",
      number,
      numberKey: number ? number.toUpperCase().replace(/\s+/g, "") : null,
      subject: extra.year ? x.subject.replace(/\d{4}$/, String(extra.year)) : x.subject,
      superiorName: x.superiorName ?? "THÀNH ĐOÀN TP. HỒ CHÍ MINH",
      issuerName: x.issuerName ?? "BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP",
      place: x.place ?? "TP. Hồ Chí Minh",
      issueDate: extra.issueDate ?? (x.issueDate ? new Date(`${x.issueDate}T00:00:00Z`) : null),
      startYear,
      endYear,
      basisPlanId: extra.basisPlanId ?? null,
      basisText: x.basisText,
      pillars: PILLARS_2009,
      sections: x.sections,
      closing: x.closing,
      recipients: "- Thành Đoàn;\n- Đảng ủy Khối;\n- Các cơ sở Đoàn trực thuộc;\n- Lưu.",
      signOnBehalf: "TM. BAN THƯỜNG VỤ ĐOÀN KHỐI",
      signTitle: "BÍ THƯ",
      signName: "Phạm Văn Linh",
      createdById: ctx.staffId,
      publishedById: ctx.staffId,
      publishedAt: new Date(),
    },
  });
  const indicators = extra.indicators ?? x.indicators;
  const rows = indicators.map((p, position) => {
    const indId = crypto.randomUUID();
    return {
      id: indId,
      khoiId: ctx.khoi.id,
      planId: id,
      lineageId: indId,
      code: `CT${position + 1}`,
      position,
      wording: p.wording,
      pillar: pillarOf(p),
      measure: p.measure,
      recordKind: p.recordKind,
      targetKind: p.targetKind,
      target: p.target,
      minTarget: extra.minTargets?.[position] ?? null,
      unitLabel: p.unitLabel,
      appliesTo: p.appliesTo,
      period: p.period,
      months: p.months,
      honourLevel: p.honourLevel,
      source: p.source,
    };
  });
  await db.indicator.createMany({ data: rows });
  await db.statusChange.createMany({
    data: [
      { khoiId: ctx.khoi.id, entityType: "Plan", entityId: id, fromStatus: null, toStatus: "DRAFT", actorId: ctx.staffId },
      { khoiId: ctx.khoi.id, entityType: "Plan", entityId: id, fromStatus: "DRAFT", toStatus: "PUBLISHED", actorId: ctx.staffId },
    ],
  });
  return { id, indicators: rows };
}

/** A cơ sở plan following the Khối plan's per-cơ sở indicators, as createCoSoPlan builds it. */
async function coSoPlan(
  db: Db,
  ctx: Ctx,
  coSo: Unit,
  basis: { id: string; indicators: Awaited<ReturnType<typeof createPublished>>["indicators"]; text: ExtractedPlan },
  year: number,
  publish: boolean,
) {
  const id = crypto.randomUUID();
  const { text } = basis;
  const draft = coSoPlanDraft(
    {
      kind: text.kind,
      number: text.number,
      issueDate: text.issueDate ? new Date(`${text.issueDate}T00:00:00Z`) : null,
      subject: text.subject,
      issuer: ctx.khoi.name,
      sections: text.sections,
    },
    coSo.name,
  );
  await db.plan.create({
    data: {
      id,
      khoiId: ctx.khoi.id,
      unitId: coSo.id,
      coSoId: coSo.id,
      seriesId: id,
      kind: "PLAN",
      status: publish ? "PUBLISHED" : "DRAFT",
      subject: text.subject,
      superiorName: ctx.khoi.name.toUpperCase(),
      issuerName: `BCH ${coSo.name.toUpperCase()}`,
      place: "TP. Hồ Chí Minh",
      startYear: year,
      endYear: year,
      basisPlanId: basis.id,
      basisText: draft.basisText,
      pillars: PILLARS_2009,
      sections: draft.sections,
      closing: draft.closing,
      signOnBehalf: `TM. BAN CHẤP HÀNH ${coSo.name.toUpperCase()}`,
      signTitle: "BÍ THƯ",
      // The slot key createCoSoPlan gives a cơ sở's live plan on a Khối plan.
      requestKey: coSoPlanSlotKey(coSo.id, basis.id),
      publishedAt: publish ? new Date() : null,
    },
  });
  const followed = basis.indicators.filter(followedByCoSo);
  await db.indicator.createMany({
    data: followed.map((k, position) => {
      const indId = crypto.randomUUID();
      const own = coSoIndicatorFrom(k, year);
      // Demo secretaries aim a little above the Khối's figure.
      return {
        ...k,
        ...own,
        id: indId,
        lineageId: indId,
        planId: id,
        basedOnId: k.id,
        position,
        target: k.measure === "UNIT_SHARE" ? own.target : own.target + 5,
      };
    }),
  });
}

export async function seedDemoPlans(db: Db, ctx: Ctx) {
  const text000 = readFileSync(path.join(FIXTURES, "plan-000.txt"), "utf8");
  const text001 = readFileSync(path.join(FIXTURES, "plan-001.txt"), "utf8");
  const programme = await createPublished(db, ctx, extractPlanText(text001), {});
  const plan2019 = extractPlanText(text000);
  await createPublished(db, ctx, plan2019, { issueDate: new Date(Date.UTC(2019, 5, 3)), basisPlanId: programme.id });
  // The programme of the current term, the same text five years on: its "150 gương cấp Khối, 25
  // cấp Thành, 05 cấp Trung ương" are what the honours of the demo count towards.
  const termText = text001
    .replaceAll("2018 - 2022", "2022 - 2027")
    .replace("nhiệm kỳ III (2017 - 2022)", "nhiệm kỳ IV (2022 - 2027)")
    .replace("ngày 25 tháng 5 năm 2018", "ngày 20 tháng 12 năm 2022")
    .replace("07-CT/ĐTN", "12-CT/ĐTN");
  await createPublished(db, ctx, extractPlanText(termText), {});

  // This year's plan, written for the year: its text's chỉ tiêu are seed 000's seven and a per-cơ
  // sở one the Khối sets a minimum for (tests/unit/co-so-plan-draft.test.ts checks they read so),
  // then a money one and an inspection one, which staff confirm by hand as the extraction leaves
  // them (the money one's wording shortened), given here as confirmed.
  const year = todayInVietnam().getUTCFullYear();
  const planText = extractPlanText(demoPlanText(year));
  // A figure no record can count: the cơ sở type it into their periodic reports.
  const raised: ProposedIndicator = {
    source: "Vận động ít nhất 200.000.000 đồng cho các hoạt động an sinh xã hội, chăm lo cho người dân khó khăn.",
    wording: "Vận động ít nhất 200.000.000 đồng cho các hoạt động an sinh xã hội",
    measure: "MONEY",
    recordKind: null,
    targetKind: "AT_LEAST",
    target: 200_000_000,
    unitLabel: "đồng",
    appliesTo: "KHOI",
    period: "YEAR",
    months: [],
    honourLevel: null,
    highlight: { start: 0, end: 0 },
    reason: "",
    inTargets: true,
  };
  // Kiểm tra chuyên đề: the cơ sở the Khối's inspection rounds visit in the year.
  const inspected: ProposedIndicator = {
    source: "Tổ chức kiểm tra chuyên đề việc thực hiện phong trào tại ít nhất 10 cơ sở Đoàn.",
    wording: "Kiểm tra chuyên đề việc thực hiện phong trào tại ít nhất 10 cơ sở Đoàn",
    measure: "RECORD_COUNT",
    recordKind: "INSPECTION",
    targetKind: "AT_LEAST",
    target: 10,
    unitLabel: "cơ sở",
    appliesTo: "KHOI",
    period: "YEAR",
    months: [],
    honourLevel: null,
    highlight: { start: 0, end: 0 },
    reason: "",
    inTargets: true,
  };
  const current = await createPublished(db, ctx, planText, {
    year,
    basisPlanId: null,
    indicators: [...planText.indicators.slice(0, 8), raised, inspected],
    minTargets: { 7: 10 },
  });

  for (const [i, coSo] of ctx.coSos.slice(1, 6).entries())
    await coSoPlan(db, ctx, coSo, { ...current, text: planText }, year, i < 3);

  const subject = `Thực hiện phong trào “3 trách nhiệm” năm ${year}`;

  const peak = current.indicators.find((i) => i.period === "MONTHS");
  const ideas = current.indicators.find((i) => i.recordKind === "IDEA");
  const activities = [
    {
      kind: "PEAK_DAY",
      name: "Ngày thứ 7 tình nguyện giải quyết thủ tục hành chính cho người dân",
      startsOn: day(-12),
      registrationDeadline: day(-15),
      indicators: [peak],
    },
    {
      kind: "CONTEST",
      name: `Cuộc thi “Ý tưởng sáng tạo” năm ${year}`,
      startsOn: day(20),
      endsOn: day(40),
      registrationDeadline: day(10),
      indicators: [ideas],
    },
    {
      kind: "PEAK_DAY",
      name: "“Giờ thứ 9” tháng cao điểm",
      startsOn: day(25),
      registrationDeadline: day(15),
      indicators: [peak],
    },
    {
      kind: "TRAINING",
      name: "Tập huấn kỹ năng giao tiếp, ứng xử với người dân",
      startsOn: day(30),
      // Within the week: the reminder scheduler reminds the cơ sở not registered soon after start.
      registrationDeadline: day(6),
      indicators: [],
    },
    {
      kind: "INSPECTION",
      name: "Kiểm tra chuyên đề thực hiện phong trào tại cơ sở",
      startsOn: day(45),
      registrationDeadline: null,
      indicators: [],
    },
  ] as const;
  for (const a of activities) {
    const id = crypto.randomUUID();
    await db.activity.create({
      data: {
        id,
        khoiId: ctx.khoi.id,
        planId: current.id,
        kind: a.kind,
        name: a.name,
        startsOn: a.startsOn,
        endsOn: "endsOn" in a ? a.endsOn : null,
        organiser: ctx.khoi.name,
        registrationDeadline: a.registrationDeadline,
        createdById: ctx.staffId,
        // Scheduled a month ago, as the plan was: reminders count their days from then.
        createdAt: day(-30),
        indicators: { create: a.indicators.filter((i) => !!i).map((i) => ({ indicatorId: i!.id })) },
      },
    });
    // The past peak day: most cơ sở took part, some reported; the upcoming contest: a few signed up.
    const joined = a.startsOn < todayInVietnam() ? ctx.coSos.slice(0, 8) : a.kind === "CONTEST" ? ctx.coSos.slice(2, 5) : [];
    for (const [j, coSo] of joined.entries()) {
      const reported = a.startsOn < todayInVietnam() && j % 3 !== 0;
      await db.activityRegistration.create({
        data: {
          khoiId: ctx.khoi.id,
          activityId: id,
          coSoId: coSo.id,
          plannedPeople: 10 + j,
          people: reported ? 8 + j : null,
          participations: reported ? 12 + 2 * j : null,
          evidence: reported ? "Hình ảnh và bài viết trên trang thông tin của đơn vị" : null,
          reportedAt: reported ? new Date() : null,
          registeredById: ctx.secretaryIds.get(coSo.id) ?? null,
        },
      });
    }
  }

  for (const userId of ctx.secretaryIds.values())
    await db.notification.create({
      data: { khoiId: ctx.khoi.id, userId, title: `Đoàn Khối ban hành kế hoạch: ${subject}`, link: `/ke-hoach/${current.id}` },
    });
}
