// The national data set's paperwork (see national-data.ts): every Khối's published plans of last
// year and this year, this year's with an indicator of every kind the roll-up counts (targets in
// proportion to the Khối's size), a cơ sở plan following it for ~80% of cơ sở, the sơ kết and
// tổng kết report periods with the cơ sở's reports, and an honour round with its decision.
import { coSoIndicatorFrom, coSoPlanSlotKey, followedByCoSo } from "@/lib/domain/co-so-plan";
import { PILLARS_2015 } from "@/lib/domain/plan-model";
import { seededRandom } from "@/prisma/seed-work-kit";
import { bulkInsert, type Raw } from "./bench-kit";
import { khoiPlanIndicators, type KhoiIndicator } from "./khoi-plan-indicators";
import { ids, uid } from "./national-data";

/** A target that grows with the Khối: per member of the Khối (counts), or the target itself. */
type Sized = { wording: string } & ({ perMember: number } | { target: number });

/** One indicator of every kind the roll-up handles (as large-tenant-tree, plus INSPECTION). */
export const INDICATORS: KhoiIndicator<Sized>[] = [
  ...khoiPlanIndicators<Sized>({
    CT1: { wording: "Ý tưởng, sáng kiến trong toàn Khối", perMember: 1.2 },
    CT2: { wording: "Lượt đoàn viên học tập, bồi dưỡng", perMember: 5 },
    CT3: { wording: "Công trình, phần việc thanh niên", perMember: 0.15 },
    CT7: { wording: "Lượt đoàn viên tham gia hoạt động tình nguyện", perMember: 1.5 },
    CT8: { wording: "Lượt tham gia trong Tháng Thanh niên", perMember: 0.2 },
    CT10: {
      wording: "Tuyên dương cán bộ, công chức, viên chức trẻ giỏi, thân thiện",
      perMember: 0.01,
      unitLabel: "đoàn viên",
    },
    CT13: { wording: "Sản phẩm tuyên truyền", target: 10 },
    CT15: { wording: "Vận động kinh phí cho công tác an sinh", perMember: 50_000 },
  }),
  {
    code: "CT16",
    wording: "Kiểm tra chuyên đề công tác Đoàn tại cơ sở",
    measure: "RECORD_COUNT",
    recordKind: "INSPECTION",
    targetKind: "AT_LEAST",
    target: 10,
    unitLabel: "cơ sở",
    appliesTo: "KHOI",
  },
];
export const position = (code: string) => INDICATORS.findIndex((i) => i.code === code);

const PLAN_COLUMNS = {
  id: "text",
  khoiId: "text",
  unitId: "text",
  coSoId: "text",
  seriesId: "text",
  kind: '"PlanKind"',
  status: '"PlanStatus"',
  number: "text",
  numberKey: "text",
  subject: "text",
  startYear: "int",
  endYear: "int",
  basisPlanId: "text",
  pillars: "text[]",
  sections: "jsonb",
  requestKey: "text",
  publishedAt: "timestamp(3)",
  createdAt: "timestamp(3)",
  updatedAt: "timestamp(3)",
};
const INDICATOR_COLUMNS = {
  id: "text",
  khoiId: "text",
  planId: "text",
  lineageId: "text",
  basedOnId: "text",
  code: "text",
  position: "int",
  wording: "text",
  pillar: "int",
  measure: '"MeasureKind"',
  recordKind: '"RecordKind"',
  targetKind: '"TargetKind"',
  target: "float8",
  minTarget: "float8",
  unitLabel: "text",
  appliesTo: '"AppliesTo"',
  period: '"PeriodKind"',
  months: "int[]",
  honourLevel: '"HonourLevel"',
};

/** Both Khối plans of every Khối, this year's indicators, and the cơ sở plans of ~80% of cơ sở. */
export async function buildPlans(raw: Raw, year: number) {
  const khois = (await raw.query("SELECT k, id, (m_hi - m_lo + 1)::int AS members FROM nat.khoi ORDER BY k")) as {
    k: number;
    id: string;
    members: number;
  }[];
  const published = (y: number) => new Date(Date.UTC(y, 0, 15, 2));
  const plan = (id: string, khoiId: string, y: number, extra: Record<string, unknown> = {}) => ({
    id,
    khoiId,
    unitId: khoiId,
    coSoId: null,
    seriesId: id,
    kind: "PLAN",
    status: "PUBLISHED",
    subject: `Thực hiện phong trào “3 trách nhiệm” năm ${y}`,
    startYear: y,
    endYear: y,
    basisPlanId: null,
    pillars: PILLARS_2015,
    sections: "[]",
    publishedAt: published(y),
    createdAt: published(y),
    updatedAt: published(y),
    ...extra,
  });
  const plans: Record<string, unknown>[] = [];
  const indicators: Record<string, unknown>[] = [];
  for (const { k, id: khoiId, members } of khois) {
    for (const current of [false, true]) {
      const y = current ? year : year - 1;
      plans.push(plan(ids.khoiPlan(k, current), khoiId, y, { number: `${k}-KH/ĐTN/${y}`, numberKey: `${k}-KH/ĐTN/${y}` }));
    }
    INDICATORS.forEach((s, pos) => {
      const id = ids.khoiIndicator(k, pos);
      indicators.push({
        id,
        khoiId,
        planId: ids.khoiPlan(k, true),
        lineageId: id,
        basedOnId: null,
        code: s.code,
        position: pos,
        wording: s.wording,
        pillar: pos % 3,
        measure: s.measure,
        recordKind: s.recordKind ?? null,
        targetKind: s.targetKind,
        target: "perMember" in s ? Math.max(1, Math.round(s.perMember * members)) : s.target,
        minTarget: s.minTarget ?? null,
        unitLabel: s.unitLabel,
        appliesTo: s.appliesTo,
        period: s.months ? "MONTHS" : "YEAR",
        months: s.months ?? [],
        honourLevel: s.honourLevel ?? null,
      });
    });
  }
  // Cơ sở plans: ~80% of cơ sở follow the Khối plan, with the indicators a cơ sở plan takes over.
  const rand = seededRandom(1818);
  const coSos = (await raw.query('SELECT c.k, c.id, u.name FROM nat.co_so c JOIN "Unit" u ON u.id = c.id ORDER BY c.j')) as {
    k: number;
    id: string;
    name: string;
  }[];
  let followers = 0;
  for (const c of coSos) {
    if (rand() >= 0.8) continue;
    followers++;
    const khoiId = ids.khoi(c.k);
    const basis = ids.khoiPlan(c.k, true);
    const pid = uid("coso-plan", followers);
    plans.push(
      plan(pid, khoiId, year, {
        unitId: c.id,
        coSoId: c.id,
        basisPlanId: basis,
        subject: `Kế hoạch của ${c.name} năm ${year}`,
        requestKey: coSoPlanSlotKey(c.id, basis),
      }),
    );
    INDICATORS.map((s, pos) => ({ s, k: indicators[(c.k - 1) * INDICATORS.length + pos] }))
      .filter(({ s }) => followedByCoSo(s))
      .forEach(({ s, k }, p) => {
        const own = coSoIndicatorFrom(
          {
            ...s,
            wording: s.wording,
            target: k.target as number,
            minTarget: s.minTarget ?? null,
            period: k.period as "YEAR" | "MONTHS",
            yearTargets: [],
          },
          year,
        );
        const id = uid("coso-ind", followers * 100 + p);
        indicators.push({
          ...own,
          id,
          khoiId,
          planId: pid,
          lineageId: id,
          basedOnId: k.id,
          code: s.code,
          position: p,
          pillar: k.pillar,
          recordKind: s.recordKind ?? null,
          target: s.appliesTo === "EACH_CO_SO" ? own.target + Math.floor(rand() * 16) : own.target,
          months: s.months ?? [],
          honourLevel: null,
        });
      });
  }
  await bulkInsert(raw, "Plan", PLAN_COLUMNS, plans, 5_000);
  await bulkInsert(raw, "Indicator", INDICATOR_COLUMNS, indicators, 5_000);
  return { plans: plans.length, indicators: indicators.length, coSoPlans: followers };
}

/**
 * Report periods of every Khối's plan: the sơ kết (months 1–6, closed) and the tổng kết (1–12,
 * open), asking for every indicator. Sơ kết: 90% of cơ sở reported, three in four accepted (with
 * their typed figures), the rest submitted, returned or still drafts; tổng kết: a quarter sent.
 */
export async function buildReports(raw: Raw, year: number, today: string) {
  const entered = position("CT14");
  const money = position("CT15");
  const narratives =
    "ARRAY['Đoàn viên hoàn thành tốt nhiệm vụ chuyên môn.', 'Tham gia tích cực các hoạt động vì cộng đồng.', 'Học tập nâng cao trình độ.']";
  await raw.exec(`
    INSERT INTO "ReportPeriod" (id, "khoiId", "planId", kind, title, year, "fromMonth", "toMonth", "dueOn", status, "createdAt", "updatedAt")
    SELECT nat.uid('period', k * 10 + p), id, nat.uid('plan', k * 10 + 2),
      (CASE p WHEN 1 THEN 'SIX_MONTH' ELSE 'ANNUAL' END)::"ReportPeriodKind",
      CASE p WHEN 1 THEN 'Báo cáo sơ kết 6 tháng đầu năm ${year}' ELSE 'Báo cáo tổng kết năm ${year}' END,
      ${year}, 1, CASE p WHEN 1 THEN 6 ELSE 12 END, CASE p WHEN 1 THEN make_date(${year}, 6, 20) ELSE make_date(${year}, 12, 20) END,
      (CASE p WHEN 1 THEN 'CLOSED' ELSE 'OPEN' END)::"ReportPeriodStatus", make_date(${year}, 1, 20), make_date(${year}, 1, 20)
    FROM nat.khoi, generate_series(1, 2) p;

    INSERT INTO "ReportPeriodIndicator" ("khoiId", "periodId", "indicatorId")
    SELECT k.id, nat.uid('period', k.k * 10 + p), nat.uid('ind', k.k * 100 + pos)
    FROM nat.khoi k, generate_series(1, 2) p, generate_series(0, ${INDICATORS.length - 1}) pos;

    CREATE TABLE nat.report AS
    SELECT nat.uid('report', c.j * 10 + p) AS id, c.j, c.k, c.khoi_id, c.id AS co_so_id, p,
      CASE WHEN p = 1 THEN CASE WHEN x < 0.675 THEN 'ACCEPTED' WHEN x < 0.765 THEN 'SUBMITTED' WHEN x < 0.81 THEN 'RETURNED' ELSE 'DRAFT' END
        ELSE CASE WHEN x < 0.25 THEN 'SUBMITTED' ELSE 'DRAFT' END END AS status
    FROM nat.co_so c, generate_series(1, 2) p, LATERAL (SELECT nat.u(60 + p, c.j) AS x) u
    WHERE (p = 1 AND x < 0.9) OR (p = 2 AND x < 0.4);

    INSERT INTO "Report" (id, "khoiId", "periodId", "unitId", "coSoId", status, narratives, "submittedAt", late, "reviewedAt", "createdAt", "updatedAt")
    SELECT id, khoi_id, nat.uid('period', k * 10 + p), co_so_id, co_so_id, status::"ReportStatus", ${narratives},
      CASE WHEN status <> 'DRAFT' THEN s.at END, status <> 'DRAFT' AND j % 7 = 0,
      CASE WHEN status IN ('ACCEPTED', 'RETURNED') THEN s.at + interval '3 days' END, s.at - interval '5 days', s.at
    FROM nat.report, LATERAL (SELECT least(CASE p WHEN 1 THEN make_date(${year}, 6, 10) ELSE '${today}'::date - 1 END + (j % 15) + interval '2 hours', now()) AS at) s;

    INSERT INTO "ReportValue" ("khoiId", "reportId", "indicatorId", value)
    SELECT khoi_id, id, nat.uid('ind', k * 100 + ${entered}), 60 + j % 40 FROM nat.report WHERE status = 'ACCEPTED'
    UNION ALL
    SELECT khoi_id, id, nat.uid('ind', k * 100 + ${money}), (1 + j % 50) * 1000000.0 FROM nat.report WHERE status = 'ACCEPTED';`);
}

/**
 * Honours: one individual title and one decided round per Khối feeding the HONOUR indicator; 2% of
 * members nominated by their cơ sở, three in four of them honoured by the round's decision.
 */
export async function buildHonours(raw: Raw, year: number, today: string) {
  const honour = position("CT10");
  const title = "Cán bộ, công chức, viên chức trẻ giỏi, thân thiện";
  const decided = `least(make_date(${year}, 5, 19), '${today}'::date - 1)`;
  await raw.exec(`
    INSERT INTO "HonourTitle" (id, "khoiId", name, subject, level, "createdAt", "updatedAt")
    SELECT nat.uid('title', k), id, '${title}', 'INDIVIDUAL', 'KHOI', make_date(${year}, 1, 20), make_date(${year}, 1, 20) FROM nat.khoi;

    INSERT INTO "HonourRound" (id, "khoiId", "planId", name, year, "periodFrom", "periodTo", "dueOn", status, "createdAt", "updatedAt")
    SELECT nat.uid('round', k), id, nat.uid('plan', k * 10 + 2), 'Xét chọn gương thanh niên tiêu biểu năm ${year}', ${year},
      make_date(${year}, 1, 1), make_date(${year}, 12, 31), ${decided} - 14, 'DECIDED', make_date(${year}, 3, 1), ${decided}
    FROM nat.khoi;

    INSERT INTO "HonourRoundTitle" ("khoiId", "roundId", "titleId", criteria) SELECT id, nat.uid('round', k), nat.uid('title', k), '[]' FROM nat.khoi;
    INSERT INTO "HonourRoundIndicator" ("khoiId", "roundId", "indicatorId") SELECT id, nat.uid('round', k), nat.uid('ind', k * 100 + ${honour}) FROM nat.khoi;
    INSERT INTO "HonourDecision" (id, "khoiId", "roundId", number, "signedOn", "createdAt")
    SELECT nat.uid('decision', k), id, nat.uid('round', k), k || '-QĐ/ĐK', ${decided}, ${decided} FROM nat.khoi;

    INSERT INTO "Nomination" (id, "khoiId", "roundId", "titleId", "coSoId", "chiDoanId", "memberId", "nomineeKey", status, narrative, "submittedAt", "createdAt", "updatedAt")
    SELECT nat.uid('nom', n), khoi_id, nat.uid('round', k), nat.uid('title', k), co_so_id, chi_doan_id, id, id, 'SUBMITTED',
      'Hoàn thành xuất sắc nhiệm vụ, tích cực tham gia phong trào.', ${decided} - 20, ${decided} - 25, ${decided} - 20
    FROM nat.member WHERE nat.u(50, n) < 0.02;

    INSERT INTO "Honour" (id, "khoiId", "decisionId", "roundId", "nominationId", "titleId", "titleName", subject, level, "coSoId", "memberId", "decidedOn", "createdAt")
    SELECT nat.uid('honour', n), khoi_id, nat.uid('decision', k), nat.uid('round', k), nat.uid('nom', n), nat.uid('title', k), '${title}',
      'INDIVIDUAL', 'KHOI', co_so_id, id, ${decided}, ${decided}
    FROM nat.member WHERE nat.u(50, n) < 0.02 AND nat.u(51, n) < 0.75;`);
}
