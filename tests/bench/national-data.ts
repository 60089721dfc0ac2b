// The national data set of `npm run bench:national` (issue 18): 5 cities, 60 Khối, 6,000 cơ sở,
// 30,000 chi đoàn, 1,000,000 members (10% with an account) and ~20,000,000 records over the last
// 12 months at NATIONAL_SCALE=1 (cities and Khối stay fixed, the rest scales linearly).
// Generated inside PostgreSQL, set-based: every row is an INSERT … SELECT over generate_series,
// its values drawn from hashes of the row number (nat.u(salt, n) in [0, 1)), its id an md5-based
// uuid v4 of a tag and the row number (nat.uid, and uid() here in JS gives the same), so two runs
// make the same data and a child finds its parent's id by arithmetic, not by a lookup.
// The scratch tables of the schema "nat" (the tree's index ranges, name and title pools) are
// dropped at the end; plans, reports and honours are in national-plans.ts.
import { createHash } from "node:crypto";
import { foldVietnamese, memberNameFields } from "@/lib/domain/text";
import { TRAINING_KINDS } from "@/lib/domain/work-labels";
import { demoPerson } from "@/prisma/demo-data";
import { seededRandom } from "@/prisma/seed-work-kit";
import { COURSES, IDEAS, OWN_VOLUNTEERING, PLEDGES, RETURN_REASONS } from "@/prisma/seed-work-names";
import { CO_SO_PROJECTS, KHOI_PROJECTS } from "@/prisma/seed-work-project-names";
import { bulkInsert, type Raw } from "./bench-kit";

/** What NATIONAL_SCALE makes (scale 1: the issue's national deployment). */
export function nationalSize(scale: number) {
  const n = (x: number, min: number) => Math.max(min, Math.round(x * scale));
  const coSo = n(6_000, 60);
  return {
    scale,
    cities: 5,
    khoi: 60,
    coSo,
    chiDoan: n(30_000, coSo),
    members: n(1_000_000, 600),
    // ~17.8 entries per member and year: with the rest below, ~20 records per member.
    entries: n(17_800_000, 1),
    /** Cơ sở-level projects (~1 per 5 members); each Khối adds 10 of its own that cơ sở join. */
    projects: n(200_000, 1),
    khoiProjects: 10,
    /** Khối activities per Khối (not scaled: a Khối runs a few dozen a year whatever its size). */
    activities: 40,
  };
}
export type NationalSize = ReturnType<typeof nationalSize>;

/** The same id as SQL's nat.uid(tag, n): an md5 of "tag:n" shaped as a uuid v4. */
export function uid(tag: string, n: number): string {
  const h = createHash("md5").update(`${tag}:${n}`).digest("hex").split("");
  h[12] = "4";
  h[16] = "8";
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Ids shared by the generator's parts: Khối k's plans, indicators and report periods. */
export const ids = {
  city: (c: number) => uid("city", c),
  khoi: (k: number) => uid("khoi", k),
  /** `current`: this year's plan; else last year's. */
  khoiPlan: (k: number, current: boolean) => uid("plan", k * 10 + (current ? 2 : 1)),
  khoiIndicator: (k: number, position: number) => uid("ind", k * 100 + position),
};

/** Scratch schema: the hash helpers every generated value comes from. */
export async function prepareScratch(raw: Raw) {
  await raw.exec(`
    DROP SCHEMA IF EXISTS nat CASCADE;
    CREATE SCHEMA nat;
    -- Uniform in [0, 1), from the row number and a salt (one salt per drawn quantity).
    CREATE FUNCTION nat.u(salt int, n bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT (hashint8(n * 7919 + salt) & 2147483647)::float8 / 2147483648 $$;
    CREATE FUNCTION nat.uid(tag text, n bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT overlay(overlay(md5(tag || ':' || n) placing '4' from 13) placing '8' from 17)::uuid::text $$;`);
}

export async function dropScratch(raw: Raw) {
  await raw.exec("DROP SCHEMA IF EXISTS nat CASCADE");
}

const CITIES = [
  "Thành Đoàn TP. Hồ Chí Minh",
  "Thành Đoàn Hà Nội",
  "Thành Đoàn Đà Nẵng",
  "Thành Đoàn Cần Thơ",
  "Tỉnh Đoàn Đồng Nai",
];
const KHOI_KINDS = ["các cơ quan", "Dân - Chính - Đảng", "Doanh nghiệp", "các trường Đại học", "Y tế", "Tư pháp"];
const AGENCIES = ["Sở Tài chính", "Sở Tư pháp", "Sở Nội vụ", "Sở Y tế", "Sở Xây dựng", "Sở Công Thương", "Cục Thuế", "Kho bạc"];
const CHI_DOANS = ["Văn phòng", "Phòng Tổ chức", "Phòng Pháp chế", "Phòng Tổng hợp", "Trung tâm Dịch vụ", "Phòng Nghiệp vụ"];
const sqlText = (s: string) => `'${s.replace(/'/g, "''")}'`;
const sqlArray = (xs: string[]) => `ARRAY[${xs.map(sqlText).join(", ")}]`;

/**
 * The tree. Khối k (1…60) weighs 1/(k+2), a Zipf-like law: the largest has ~10% of the country's
 * members, ten times the median Khối (k = 30), the smallest half the median. Each Khối gets at
 * least one cơ sở and otherwise cơ sở and members by weight. Inside a Khối a cơ sở weighs
 * 0.15 + 3u² (u uniform): big agencies twenty times the smallest; its chi đoàn count follows its
 * weight too (at least one). Members and chi đoàn are contiguous ranges of row numbers per cơ sở
 * (nat.co_so), so a member's cơ sở and chi đoàn are known from its number alone.
 */
export async function buildTree(raw: Raw, size: NationalSize, now: string) {
  const { khoi, coSo, chiDoan, members } = size;
  await raw.exec(`
    CREATE TABLE nat.khoi AS
    WITH w AS (SELECT k, 1.0 / (k + 2) AS w FROM generate_series(1, ${khoi}) k),
    c AS (SELECT k, w, sum(w) OVER (ORDER BY k) AS cum, sum(w) OVER () AS total FROM w)
    SELECT k, 1 + (k - 1) % ${size.cities} AS city, nat.uid('khoi', k) AS id,
      k + floor(${coSo - khoi} * (cum - w) / total)::int AS cs_lo,
      k + floor(${coSo - khoi} * cum / total)::int AS cs_hi,
      floor(${members}::numeric * (cum - w) / total)::bigint + 1 AS m_lo,
      floor(${members}::numeric * cum / total)::bigint AS m_hi
    FROM c;

    CREATE TABLE nat.co_so AS
    WITH s AS (
      SELECT j, k.k, k.id AS khoi_id, k.m_lo AS km_lo, k.m_hi AS km_hi, round((0.15 + 3 * nat.u(1, j) ^ 2)::numeric, 9) AS w
      FROM nat.khoi k, generate_series(k.cs_lo, k.cs_hi) j
    ), c AS (
      SELECT *, sum(w) OVER (PARTITION BY k ORDER BY j) AS cum, sum(w) OVER (PARTITION BY k) AS tot,
        sum(w) OVER (ORDER BY j) AS gcum, sum(w) OVER () AS gtot
      FROM s
    )
    SELECT j, k, khoi_id, nat.uid('coso', j) AS id,
      km_lo + floor((km_hi - km_lo + 1) * (cum - w) / tot)::bigint AS m_lo,
      km_lo + floor((km_hi - km_lo + 1) * cum / tot)::bigint - 1 AS m_hi,
      j + floor(${chiDoan - coSo} * (gcum - w) / gtot)::int AS cd_lo,
      j + floor(${chiDoan - coSo} * gcum / gtot)::int AS cd_hi
    FROM c;
    ALTER TABLE nat.co_so ADD PRIMARY KEY (j);
    CREATE INDEX ON nat.co_so (k);`);

  await raw.exec(`
    INSERT INTO "Unit" (id, kind, name, "parentId", "khoiId", "coSoId", "createdAt", "updatedAt")
    SELECT nat.uid('city', c), 'CITY', (${sqlArray(CITIES)})[c], NULL, NULL, NULL, '${now}', '${now}'
    FROM generate_series(1, ${size.cities}) c;

    INSERT INTO "Unit" (id, kind, name, "parentId", "khoiId", "coSoId", "createdAt", "updatedAt")
    SELECT id, 'KHOI', 'Đoàn Khối ' || (${sqlArray(KHOI_KINDS)})[1 + k % ${KHOI_KINDS.length}] || ' số ' || k || ' – ' || (${sqlArray(CITIES)})[city],
      nat.uid('city', city), id, NULL, '${now}', '${now}'
    FROM nat.khoi;

    INSERT INTO "Unit" (id, kind, name, "parentId", "khoiId", "coSoId", "createdAt", "updatedAt")
    SELECT id, 'CO_SO', 'Đoàn ' || (${sqlArray(AGENCIES)})[1 + j % ${AGENCIES.length}] || ' ' || j, khoi_id, khoi_id, id, '${now}', '${now}'
    FROM nat.co_so;

    INSERT INTO "Unit" (id, kind, name, "parentId", "khoiId", "coSoId", "createdAt", "updatedAt")
    SELECT nat.uid('cd', d), 'CHI_DOAN', 'Chi đoàn ' || (${sqlArray(CHI_DOANS)})[1 + (d - c.cd_lo) % ${CHI_DOANS.length}] || ' ' || d,
      c.id, c.khoi_id, c.id, '${now}', '${now}'
    FROM nat.co_so c, generate_series(c.cd_lo, c.cd_hi) d;`);
}

/** A pool of 8,192 demo people (names, birth dates, positions): members draw one by hash. */
async function namePool(raw: Raw) {
  const rand = seededRandom(18);
  const rows = Array.from({ length: 8192 }, (_, i) => {
    const p = demoPerson(rand);
    return {
      i,
      ...memberNameFields(p.fullName),
      gender: p.gender,
      position: p.position,
      birth: p.birthDate,
      joined: p.joinedUnionAt,
    };
  });
  await raw.exec(
    'CREATE TABLE nat.name (i int PRIMARY KEY, "fullName" text, "searchName" text, "sortName" text, gender text, position text, birth date, joined date)',
  );
  await bulkInsert(
    raw,
    'nat"."name',
    {
      i: "int",
      fullName: "text",
      searchName: "text",
      sortName: "text",
      gender: "text",
      position: "text",
      birth: "date",
      joined: "date",
    },
    rows,
  );
  return rows.length;
}

/**
 * Members, contiguous per cơ sở and spread evenly over its chi đoàn; 97% active. One in ten has an
 * account (User + a MEMBER grant on their chi đoàn), all with the one given password hash.
 */
export async function buildMembers(raw: Raw, size: NationalSize, now: string, passwordHash: string) {
  const names = await namePool(raw);
  await raw.exec(`
    CREATE UNLOGGED TABLE nat.member AS
    SELECT n, nat.uid('m', n) AS id, c.k, c.j, c.khoi_id, c.id AS co_so_id,
      nat.uid('cd', c.cd_lo + (n - c.m_lo) % (c.cd_hi - c.cd_lo + 1)) AS chi_doan_id,
      nat.u(2, n) < 0.1 AS has_account
    FROM nat.co_so c, generate_series(c.m_lo, c.m_hi) n;
    ALTER TABLE nat.member ADD PRIMARY KEY (n);
    ANALYZE nat.member;`);
  await raw.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", "mustChangePassword", "khoiId", "createdAt", "updatedAt")
     SELECT nat.uid('u', m.n), 'dv' || m.n || '@national.bench.vn', p."fullName", $1, false, m.khoi_id, '${now}', '${now}'
     FROM nat.member m JOIN nat.name p ON p.i = hashint8(m.n) & ${names - 1}
     WHERE m.has_account`,
    [passwordHash],
  );
  await raw.exec(`
    INSERT INTO "Membership" (id, "userId", "unitId", role, "khoiId", "createdAt")
    SELECT nat.uid('ms', n), nat.uid('u', n), chi_doan_id, 'MEMBER', khoi_id, '${now}' FROM nat.member WHERE has_account;

    INSERT INTO "Member" (id, "khoiId", "coSoId", "chiDoanId", "fullName", "searchName", "sortName", "birthDate", gender,
      position, "joinedUnionAt", email, phone, "userId", active, "createdAt", "updatedAt")
    SELECT m.id, m.khoi_id, m.co_so_id, m.chi_doan_id, p."fullName", p."searchName", p."sortName", p.birth, p.gender::"Gender",
      p.position, p.joined, 'dv' || m.n || '@national.bench.vn', '09' || lpad((hashint8(m.n + 1) & 67108863)::text, 8, '0'),
      CASE WHEN m.has_account THEN nat.uid('u', m.n) END, nat.u(3, m.n) < 0.97, '${now}', '${now}'
    FROM nat.member m JOIN nat.name p ON p.i = hashint8(m.n) & ${names - 1};`);
}

/**
 * A permutation of 0…M-1 (a·x + b mod M, a coprime with M): "the x-th most active member" is then
 * anyone, not always the first Khối's first members.
 */
function permutation(m: number) {
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  const a = [999_983, 1_000_003, 7_919].find((p) => gcd(p, m) === 1)!;
  return (x: string) => `((${x})::bigint * ${a} + 12345) % ${m}`;
}

/**
 * 40 Khối activities a year per Khối, one every 9 days counted back from 5 days ago (kinds as in
 * large-tenant-tree), linked to the plan's participation and activity indicators; ~30% of the
 * Khối's cơ sở register for each and report their participation.
 */
export async function buildActivities(
  raw: Raw,
  size: NationalSize,
  today: string,
  year: number,
  now: string,
  activityIndicators: number[],
) {
  const kinds = ["PEAK_DAY", "PEAK_DAY", "PEAK_DAY", "CONTEST", "TRAINING", "PROPAGANDA", "PROPAGANDA", "INSPECTION", "OTHER"];
  const names = [
    "Ngày thứ 7 tình nguyện",
    "Ngày thứ 7 tình nguyện",
    "Ngày thứ 7 tình nguyện",
    "Hội thi “Ý tưởng sáng tạo”",
    "Tập huấn kỹ năng cho cán bộ Đoàn",
    "Sản phẩm tuyên truyền “Thanh niên với cải cách hành chính”",
    "Sản phẩm tuyên truyền “Thanh niên với chuyển đổi số”",
    "Kiểm tra chuyên đề công tác Đoàn",
    "Diễn đàn “Thanh niên với 3 trách nhiệm”",
  ];
  await raw.exec(`
    CREATE TABLE nat.activity AS
    SELECT k.k, ai, nat.uid('act', k.k * 1000 + ai) AS id, (${sqlArray(kinds)})[1 + ai % ${kinds.length}] AS kind,
      (${sqlArray(names)})[1 + ai % ${names.length}] || ' đợt ' || (ai + 1) AS name,
      5 + ai * 9 AS days_ago, '${today}'::date - (5 + ai * 9) AS starts_on, 2 + ai % 7 AS hours
    FROM nat.khoi k, generate_series(0, ${size.activities - 1}) ai;
    ALTER TABLE nat.activity ADD PRIMARY KEY (k, ai);
    ALTER TABLE nat.activity ADD COLUMN search text;
    UPDATE nat.activity SET search = lower(name);`);
  // Folded in JS (the product's own folding), per distinct name.
  for (const r of await raw.query("SELECT DISTINCT name FROM nat.activity"))
    await raw.query("UPDATE nat.activity SET search = $1 WHERE name = $2", [foldVietnamese(String(r.name)), r.name]);
  const plan = (k: string, startsOn: string) =>
    `nat.uid('plan', ${k} * 10 + CASE WHEN extract(year FROM ${startsOn}) = ${year} THEN 2 ELSE 1 END)`;
  await raw.exec(`
    INSERT INTO "Activity" (id, "khoiId", "planId", kind, name, "startsOn", "endsOn", organiser, "registrationDeadline", "createdAt", "updatedAt")
    SELECT a.id, k.id, ${plan("a.k", "a.starts_on")}, a.kind::"ActivityKind", a.name, a.starts_on, a.starts_on + ai % 3,
      'Ban Thường vụ Đoàn Khối', a.starts_on - 5, '${now}', '${now}'
    FROM nat.activity a JOIN nat.khoi k USING (k);

    INSERT INTO "ActivityRegistration" (id, "khoiId", "activityId", "coSoId", status, "plannedPeople", people, participations, "reportedAt", "createdAt", "updatedAt")
    SELECT nat.uid('reg', a.k * 1000 + a.ai + c.j * 100000), c.khoi_id, a.id, c.id,
      CASE WHEN nat.u(41, c.j * 1000 + a.ai) < 0.05 THEN 'WITHDRAWN' ELSE 'REGISTERED' END::"RegistrationStatus",
      3 + floor(40 * nat.u(42, c.j * 1000 + a.ai))::int + 2, 3 + floor(40 * nat.u(42, c.j * 1000 + a.ai))::int,
      (3 + floor(40 * nat.u(42, c.j * 1000 + a.ai))::int) * (1 + floor(3 * nat.u(43, c.j * 1000 + a.ai))::int),
      a.starts_on + 2 + interval '2 hours', a.starts_on - 10 + interval '2 hours', a.starts_on + 2 + interval '2 hours'
    FROM nat.activity a JOIN nat.co_so c ON c.k = a.k
    WHERE nat.u(40, c.j * 1000 + a.ai) < 0.3;

    INSERT INTO "ActivityIndicator" ("khoiId", "activityId", "indicatorId")
    SELECT nat.uid('khoi', a.k), a.id, nat.uid('ind', a.k * 100 + pos)
    FROM nat.activity a, unnest(ARRAY[${activityIndicators.join(", ")}]) pos
    WHERE extract(year FROM a.starts_on) = ${year};`);
}

/** Title pools of members' entries: ideas, courses by training kind, own volunteering. */
async function entryPool(raw: Raw) {
  const rows: Record<string, unknown>[] = [];
  IDEAS.forEach((x, i) =>
    rows.push({
      kind: "IDEA",
      i,
      title: x.title,
      search: foldVietnamese(x.title),
      field: x.field,
      problem: x.problem,
      proposal: x.proposal,
      effect: x.effect,
    }),
  );
  TRAINING_KINDS.flatMap((tk) => COURSES[tk].map((c) => ({ tk, ...c }))).forEach((c, i) =>
    rows.push({
      kind: "TRAINING",
      i,
      title: c.title,
      search: foldVietnamese(c.title),
      training_kind: c.tk,
      provider: c.provider,
      days: c.days,
    }),
  );
  OWN_VOLUNTEERING.forEach(([title, field, hours], i) =>
    rows.push({ kind: "VOLUNTEER", i, title, search: foldVietnamese(title), field, hours }),
  );
  await raw.exec(
    "CREATE TABLE nat.entry_pool (kind text, i int, title text, search text, field text, problem text, proposal text, effect text, training_kind text, provider text, days int, hours float8, PRIMARY KEY (kind, i))",
  );
  await bulkInsert(
    raw,
    'nat"."entry_pool',
    {
      kind: "text",
      i: "int",
      title: "text",
      search: "text",
      field: "text",
      problem: "text",
      proposal: "text",
      effect: "text",
      training_kind: "text",
      provider: "text",
      days: "int",
      hours: "float8",
    },
    rows,
  );
  const count = (k: string) => rows.filter((r) => r.kind === k).length;
  return { ideas: count("IDEA"), courses: count("TRAINING"), volunteering: count("VOLUNTEER") };
}

/** Status by age, as large-tenant-records: the last three weeks mostly wait; ~85% confirmed overall. */
const statusByAge = (days: string, x: string) => `CASE
  WHEN ${days} <= 21 THEN CASE WHEN ${x} < 0.55 THEN 'SUBMITTED' WHEN ${x} < 0.63 THEN 'RETURNED' ELSE 'CONFIRMED' END
  WHEN ${days} <= 60 THEN CASE WHEN ${x} < 0.12 THEN 'SUBMITTED' WHEN ${x} < 0.17 THEN 'RETURNED' WHEN ${x} < 0.19 THEN 'WITHDRAWN' ELSE 'CONFIRMED' END
  ELSE CASE WHEN ${x} < 0.06 THEN 'SUBMITTED' WHEN ${x} < 0.08 THEN 'RETURNED' WHEN ${x} < 0.11 THEN 'WITHDRAWN' ELSE 'CONFIRMED' END END`;

/**
 * Members' entries: 10% ideas, 35% trainings, 55% volunteer work (large-tenant-records' mix: ideas
 * are the rarest in real life, 23,180 in a year for the central agencies' Khối), any day of the last
 * 12 months; 45% of volunteer days are one of the Khối's activities. Some members log far more than
 * others: the x-th most active is drawn as M·u^1.6, then permuted over the country. Inserted in
 * slices of 2,000,000 rows so each statement's hash joins stay in memory.
 */
export async function buildEntries(raw: Raw, size: NationalSize, today: string, onSlice: (done: number) => void) {
  const pool = await entryPool(raw);
  const perm = permutation(size.members);
  const reasons = (k: keyof typeof RETURN_REASONS) => sqlArray(RETURN_REASONS[k]);
  const slice = 2_000_000;
  for (let lo = 1; lo <= size.entries; lo += slice) {
    const hi = Math.min(size.entries, lo + slice - 1);
    await raw.exec(`
      INSERT INTO "MemberEntry" (id, "khoiId", "coSoId", "chiDoanId", "memberId", kind, status, title, "searchText", field,
        "occurredOn", "endsOn", "ideaKind", problem, proposal, applied, effect, "trainingKind", provider, "activityId", hours,
        "reviewComment", "reviewedAt", version, "createdAt", "updatedAt")
      SELECT nat.uid('e', x.g), m.khoi_id, m.co_so_id, m.chi_doan_id, m.id, x.kind::"EntryKind", s.status::"EntryStatus",
        coalesce(a.name, p.title), coalesce(a.search, p.search),
        (CASE WHEN a.id IS NOT NULL THEN 'SOCIAL_WELFARE' ELSE p.field END)::"WorkField",
        '${today}'::date - d.days, CASE WHEN x.kind = 'TRAINING' THEN '${today}'::date - d.days + p.days - 1 END,
        CASE WHEN x.kind = 'IDEA' THEN (ARRAY['IDEA', 'IDEA', 'INITIATIVE', 'SUGGESTION'])[1 + x.g % 4]::"IdeaKind" END,
        p.problem, p.proposal, CASE WHEN x.kind = 'IDEA' THEN x.applied END, CASE WHEN x.applied THEN p.effect END,
        p.training_kind::"TrainingKind", p.provider, a.id, coalesce(a.hours, p.hours),
        CASE WHEN s.status = 'RETURNED' THEN CASE x.kind WHEN 'IDEA' THEN (${reasons("IDEA")})[1 + x.g % 3]
          WHEN 'TRAINING' THEN (${reasons("TRAINING")})[1 + x.g % 3] ELSE (${reasons("VOLUNTEER")})[1 + x.g % 3] END END,
        CASE WHEN s.status IN ('CONFIRMED', 'RETURNED') THEN least(t.created + least(d.days, 1 + x.g % 10) * interval '1 day', now()) END,
        CASE WHEN s.status IN ('CONFIRMED', 'RETURNED') THEN 1 ELSE 0 END, t.created,
        CASE WHEN s.status IN ('CONFIRMED', 'RETURNED') THEN least(t.created + least(d.days, 1 + x.g % 10) * interval '1 day', now()) ELSE t.created END
      FROM (
        SELECT g, 1 + ${perm(`floor(${size.members} * power(nat.u(10, g), 1.6))`)} AS member_n,
          CASE WHEN nat.u(11, g) < 0.1 THEN 'IDEA' WHEN nat.u(11, g) < 0.45 THEN 'TRAINING' ELSE 'VOLUNTEER' END AS kind,
          floor(nat.u(12, g) * 365)::int AS days0, nat.u(13, g) AS pick, nat.u(14, g) < 0.35 AS applied,
          CASE WHEN nat.u(15, g) < 0.45 THEN floor(nat.u(16, g) * ${size.activities})::int END AS ai
        FROM generate_series(${lo}, ${hi}) g
      ) x
      JOIN nat.member m ON m.n = x.member_n
      JOIN nat.entry_pool p ON p.kind = x.kind AND p.i = floor(x.pick * CASE x.kind WHEN 'IDEA' THEN ${pool.ideas} WHEN 'TRAINING' THEN ${pool.courses} ELSE ${pool.volunteering} END)::int
      LEFT JOIN nat.activity a ON x.kind = 'VOLUNTEER' AND a.k = m.k AND a.ai = x.ai
      CROSS JOIN LATERAL (SELECT CASE WHEN a.id IS NOT NULL THEN a.days_ago WHEN x.kind = 'TRAINING' THEN greatest(x.days0, p.days) ELSE x.days0 END AS days) d
      CROSS JOIN LATERAL (SELECT ${statusByAge("d.days", "nat.u(17, x.g)")} AS status) s
      CROSS JOIN LATERAL (SELECT least(('${today}'::date - d.days) + interval '1 hour' + floor(nat.u(18, x.g) * 540) * interval '1 minute', now()) AS created) t`);
    onSlice(hi);
  }
}

/** Commitments (đăng ký rèn luyện) of 80% of members for this year: 88% confirmed. */
export async function buildCommitments(raw: Raw, year: number, today: string) {
  const pillars = sqlArray(["Trách nhiệm với bản thân", "Trách nhiệm với công việc", "Trách nhiệm với cộng đồng"]);
  const pledge = (n: string) => `ARRAY[${PLEDGES.map((p) => `(${sqlArray(p)})[1 + ${n} % ${p.length}]`).join(", ")}]`;
  await raw.exec(`
    INSERT INTO "Commitment" (id, "khoiId", "coSoId", "chiDoanId", "memberId", year, "planId", pillars, pledges, status, assessments, version, "createdAt", "updatedAt")
    SELECT nat.uid('cm', n), khoi_id, co_so_id, chi_doan_id, id, ${year}, nat.uid('plan', k * 10 + 2), ${pillars}, ${pledge("n")},
      s.status::"EntryStatus", '{}', CASE WHEN s.status = 'SUBMITTED' THEN 0 ELSE 1 END, t.at, t.at
    FROM nat.member
    CROSS JOIN LATERAL (SELECT CASE WHEN nat.u(21, n) < 0.88 THEN 'CONFIRMED' WHEN nat.u(21, n) < 0.95 THEN 'SUBMITTED'
      WHEN nat.u(21, n) < 0.98 THEN 'RETURNED' ELSE 'WITHDRAWN' END AS status) s
    CROSS JOIN LATERAL (SELECT greatest(make_date(${year}, 1, 2), '${today}'::date - 200 - (n % 120)::int) + interval '2 hours' AS at) t
    WHERE nat.u(20, n) < 0.8`);
}

const projectStatus = (days: string, x: string) => `CASE
  WHEN ${days} <= 30 THEN CASE WHEN ${x} < 0.45 THEN 'PENDING' WHEN ${x} < 0.55 THEN 'RETURNED' WHEN ${x} < 0.95 THEN 'APPROVED' ELSE 'WITHDRAWN' END
  ELSE CASE WHEN ${x} < 0.05 THEN 'PENDING' WHEN ${x} < 0.08 THEN 'RETURNED' WHEN ${x} < 0.43 THEN 'APPROVED' WHEN ${x} < 0.55 THEN 'COMPLETED'
    WHEN ${x} < 0.87 THEN 'ACKNOWLEDGED' WHEN ${x} < 0.95 THEN 'HONOURED' ELSE 'WITHDRAWN' END END`;

/**
 * Youth projects: ~1 per 5 members, registered by the cơ sở of a member drawn uniformly (so a
 * cơ sở's projects follow its size), in every status (large-tenant-records' mix); 10 Khối-level
 * ones per Khối, joined by ~40% of its cơ sở. 70% of this year's serve the plan's project
 * indicators (CT3, CT4). Steps: 1–3 progress updates on each approved or later project.
 * Participations: 1–6 members of the cơ sở on each cơ sở project.
 */
export async function buildProjects(raw: Raw, size: NationalSize, today: string, year: number, projectIndicators: number[]) {
  const templates = Object.values(CO_SO_PROJECTS).flat();
  const perm = permutation(size.members);
  await raw.exec(
    "CREATE TABLE nat.project_pool (i int PRIMARY KEY, kind text, name text, search text, field text, goal text, expected text, result text, khoi bool)",
  );
  await bulkInsert(
    raw,
    'nat"."project_pool',
    {
      i: "int",
      kind: "text",
      name: "text",
      search: "text",
      field: "text",
      goal: "text",
      expected: "text",
      result: "text",
      khoi: "bool",
    },
    [...templates.map((t) => ({ ...t, khoi: false })), ...KHOI_PROJECTS.map((t) => ({ ...t, khoi: true }))].map((t, i) => ({
      i,
      kind: t.kind,
      name: t.name,
      search: foldVietnamese(t.name),
      field: t.field,
      goal: t.goal,
      expected: t.expected,
      result: t.result?.text ?? "Hoàn thành các nội dung đã đăng ký.",
      khoi: t.khoi,
    })),
  );
  await raw.exec(`
    CREATE UNLOGGED TABLE nat.project AS
    SELECT nat.uid('p', g) AS id, m.k, m.j, m.khoi_id, m.co_so_id AS unit_id, m.co_so_id, ARRAY[m.chi_doan_id] AS chi_doans,
      floor(nat.u(31, g) * ${templates.length})::int AS ti, floor(nat.u(32, g) * 365)::int AS days, ${projectStatus("floor(nat.u(32, g) * 365)", "nat.u(33, g)")} AS status, g
    FROM generate_series(1, ${size.projects}) g
    JOIN nat.member m ON m.n = 1 + ${perm(`floor(${size.members} * nat.u(30, g))`)}
    UNION ALL
    SELECT nat.uid('pk', k.k * 100 + i), k.k, NULL, k.id, k.id, NULL, '{}',
      ${templates.length} + (k.k + i) % ${KHOI_PROJECTS.length}, 20 + floor(nat.u(34, k.k * 100 + i) * 180)::int,
      CASE WHEN i % 2 = 0 THEN 'APPROVED' ELSE 'ACKNOWLEDGED' END, -(k.k * 100 + i)
    FROM nat.khoi k, generate_series(0, ${size.khoiProjects - 1}) i;
    ALTER TABLE nat.project ADD PRIMARY KEY (id);`);
  const done = "p.status IN ('COMPLETED', 'ACKNOWLEDGED', 'HONOURED')";
  const start = `('${today}'::date - p.days)`;
  await raw.exec(`
    INSERT INTO "YouthProject" (id, "khoiId", "unitId", "coSoId", "planId", kind, name, "searchText", field, goal, "startsOn", "endsOn",
      "chiDoanIds", "expectedValue", status, progress, "resultText", beneficiaries, "resultAmount", "completedAt", version, "createdAt", "updatedAt")
    SELECT p.id, p.khoi_id, p.unit_id, p.co_so_id, nat.uid('plan', p.k * 10 + CASE WHEN extract(year FROM ${start}) = ${year} THEN 2 ELSE 1 END),
      t.kind::"ProjectKind", t.name, t.search, t.field::"WorkField", t.goal, ${start}, ${start} + 60 + abs(p.g) % 240, p.chi_doans, t.expected,
      p.status::"ProjectStatus", CASE WHEN ${done} THEN 100 WHEN p.status = 'APPROVED' THEN abs(p.g) % 91 ELSE 0 END,
      CASE WHEN ${done} THEN t.result END, CASE WHEN ${done} THEN 50 + abs(p.g) % 4950 END,
      CASE WHEN ${done} AND nat.u(35, p.g) < 0.4 THEN (5 + abs(p.g) % 495) * 1000000.0 END,
      CASE WHEN ${done} THEN least(${start} + greatest(1, least(p.days - 1, 30 + abs(p.g) % 170)) + interval '3 hours', now()) END,
      CASE WHEN p.status = 'PENDING' THEN 0 ELSE 1 + abs(p.g) % 4 END,
      ${start} - (3 + abs(p.g) % 18) + interval '2 hours', ${start} - (3 + abs(p.g) % 18) + interval '2 hours'
    FROM nat.project p JOIN nat.project_pool t ON t.i = p.ti;

    INSERT INTO "ProjectIndicator" ("khoiId", "projectId", "indicatorId")
    SELECT p.khoi_id, p.id, nat.uid('ind', p.k * 100 + pos)
    FROM nat.project p, unnest(ARRAY[${projectIndicators.join(", ")}]) pos
    WHERE extract(year FROM ${start}) = ${year} AND p.status <> 'WITHDRAWN' AND nat.u(36, p.g) < 0.7;

    INSERT INTO "ProjectJoin" (id, "khoiId", "projectId", "coSoId", active, "createdAt")
    SELECT nat.uid('pj', c.j * 100 + abs(p.g) % 100), p.khoi_id, p.id, c.id, nat.u(38, c.j * 1000 + abs(p.g) % 1000) < 0.95, ${start} + interval '3 hours'
    FROM nat.project p JOIN nat.co_so c ON c.k = p.k
    WHERE p.j IS NULL AND nat.u(37, c.j * 1000 + abs(p.g) % 1000) < 0.4;

    INSERT INTO "ProjectUpdate" (id, "khoiId", "projectId", body, progress, "createdAt")
    SELECT nat.uid('pu', p.g * 4 + s), p.khoi_id, p.id,
      (ARRAY['Đã triển khai đến các chi đoàn, đang tổng hợp kết quả bước đầu.', 'Hoàn thành giai đoạn 1, chuẩn bị nhân rộng.',
        'Đã khảo sát, lấy ý kiến người dân và cán bộ.'])[s], least(100, s * 30),
      least(${start} + s * greatest(1, p.days / 4) + interval '4 hours', now())
    FROM nat.project p, generate_series(1, 1 + abs(p.g) % 3) s
    WHERE p.g > 0 AND p.status IN ('APPROVED', 'COMPLETED', 'ACKNOWLEDGED', 'HONOURED');

    INSERT INTO "ProjectMember" ("khoiId", "projectId", "memberId")
    SELECT DISTINCT p.khoi_id, p.id, nat.uid('m', c.m_lo + floor(nat.u(39, p.g * 8 + s) * (c.m_hi - c.m_lo + 1))::bigint)
    FROM nat.project p JOIN nat.co_so c ON c.j = p.j, generate_series(1, 1 + p.g % 6) s
    WHERE p.g > 0 AND c.m_hi >= c.m_lo;`);
}
