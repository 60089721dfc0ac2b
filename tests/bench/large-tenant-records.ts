// The large tenant's logged work over the last 12 months: ~188,000 member entries (ideas,
// trainings, volunteer days; ~85% confirmed, recent ones more often still waiting), ~2,000 youth
// projects in every status (10 Khối-level ones joined by cơ sở), commitments of 8,000 members,
// plus the tree of large-tenant-tree.ts: about 200,000 records in all. Deterministic.
import type { Db } from "@/lib/db/client";
import type { EntryKind, EntryStatus, ProjectStatus, TrainingKind } from "@/lib/generated/prisma/enums";
import { foldVietnamese } from "@/lib/domain/text";
import { todayInVietnam } from "@/lib/domain/dates";
import { TRAINING_KINDS } from "@/lib/domain/work-labels";
import { demoClock, randomTools, seededRandom, type Clock, type Tools } from "@/prisma/seed-work-kit";
import { COURSES, IDEAS, OWN_VOLUNTEERING, PLEDGES, RETURN_REASONS } from "@/prisma/seed-work-names";
import { CO_SO_PROJECTS, KHOI_PROJECTS } from "@/prisma/seed-work-project-names";
import { bulkInsert, type Columns, type Raw } from "./bench-kit";
import { buildTree, seededIds, SIZE, type Ids, type Tree } from "./large-tenant-tree";

/** Status by age: most entries of the last three weeks still wait for a secretary; ~85% confirmed overall. */
function statusByAge(r: Tools, daysAgo: number): EntryStatus {
  const x = r.rand();
  if (daysAgo <= 21) return x < 0.55 ? "SUBMITTED" : x < 0.63 ? "RETURNED" : "CONFIRMED";
  if (daysAgo <= 60) return x < 0.12 ? "SUBMITTED" : x < 0.17 ? "RETURNED" : x < 0.19 ? "WITHDRAWN" : "CONFIRMED";
  return x < 0.06 ? "SUBMITTED" : x < 0.08 ? "RETURNED" : x < 0.11 ? "WITHDRAWN" : "CONFIRMED";
}

const ENTRY_COLUMNS: Columns = {
  id: "text",
  khoiId: "text",
  coSoId: "text",
  chiDoanId: "text",
  memberId: "text",
  kind: '"EntryKind"',
  status: '"EntryStatus"',
  title: "text",
  searchText: "text",
  field: '"WorkField"',
  occurredOn: "date",
  endsOn: "date",
  ideaKind: '"IdeaKind"',
  problem: "text",
  proposal: "text",
  applied: "boolean",
  effect: "text",
  trainingKind: '"TrainingKind"',
  provider: "text",
  activityId: "text",
  hours: "double precision",
  reviewComment: "text",
  reviewedAt: "timestamp(3)",
  version: "integer",
  createdAt: "timestamp(3)",
  updatedAt: "timestamp(3)",
};

function buildEntries(t: Tree, r: Tools, clock: Clock, id: Ids) {
  const folded = new Map<string, string>();
  const fold = (s: string) => folded.get(s) ?? (folded.set(s, foldVietnamese(s)), folded.get(s)!);
  // Some members log far more than others: a skewed pick over a shuffled list.
  const members = r.shuffle(t.members);
  const past = t.activities.list.filter((a) => a.startsOn < clock.today);
  const agency = new Map(t.coSos.map((c) => [c.id, c.name.replace(/^Đoàn /, "")]));
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < SIZE.entries; i++) {
    const m = members[Math.floor(members.length * r.rand() ** 1.6)];
    const x = r.rand();
    const kind: EntryKind = x < 0.1 ? "IDEA" : x < 0.45 ? "TRAINING" : "VOLUNTEER";
    let daysAgo = r.int(0, 364);
    let fields: Record<string, unknown>;
    if (kind === "IDEA") {
      const base = r.pick(IDEAS);
      const applied = r.chance(0.35);
      fields = {
        title: `${base.title} tại ${agency.get(m.coSoId)}`,
        field: base.field,
        ideaKind: r.pick(["IDEA", "IDEA", "INITIATIVE", "SUGGESTION"]),
        problem: base.problem,
        proposal: base.proposal,
        applied,
        effect: applied ? base.effect : null,
      };
    } else if (kind === "TRAINING") {
      const tk: TrainingKind = r.pick(TRAINING_KINDS);
      const course = r.pick(COURSES[tk]);
      daysAgo = Math.max(daysAgo, course.days);
      fields = {
        title: course.title,
        trainingKind: tk,
        provider: course.provider,
        endsOn: clock.date(daysAgo - course.days + 1),
      };
    } else if (past.length && r.chance(0.45)) {
      const a = r.pick(past);
      daysAgo = clock.daysAgoOf(a.startsOn);
      fields = { title: a.name, activityId: a.id, hours: a.hours, field: "SOCIAL_WELFARE" };
    } else {
      const [title, field, hours] = r.pick(OWN_VOLUNTEERING);
      fields = { title, field, hours };
    }
    const status = statusByAge(r, daysAgo);
    const occurredOn = clock.date(daysAgo);
    const createdAt = clock.at(occurredOn, r.int(0, 540));
    const reviewed = status === "CONFIRMED" || status === "RETURNED";
    const reviewedAt = reviewed ? clock.at(clock.addDays(occurredOn, Math.min(daysAgo, r.int(1, 10))), r.int(0, 540)) : null;
    rows.push({
      id: id(),
      khoiId: t.khoiId,
      coSoId: m.coSoId,
      chiDoanId: m.chiDoanId,
      memberId: m.id,
      kind,
      status,
      searchText: fold(fields.title as string),
      occurredOn,
      ...fields,
      reviewComment: status === "RETURNED" ? r.pick(RETURN_REASONS[kind]) : null,
      reviewedAt,
      version: reviewed ? 1 : 0,
      createdAt,
      updatedAt: reviewedAt ?? createdAt,
    });
  }
  return rows;
}

const PROJECT_COLUMNS: Columns = {
  id: "text",
  khoiId: "text",
  unitId: "text",
  coSoId: "text",
  planId: "text",
  kind: '"ProjectKind"',
  name: "text",
  searchText: "text",
  field: '"WorkField"',
  goal: "text",
  startsOn: "date",
  endsOn: "date",
  chiDoanIds: "text[]",
  expectedValue: "text",
  status: '"ProjectStatus"',
  progress: "integer",
  resultText: "text",
  beneficiaries: "integer",
  resultAmount: "double precision",
  completedAt: "timestamp(3)",
  version: "integer",
  createdAt: "timestamp(3)",
  updatedAt: "timestamp(3)",
};

function projectStatus(r: Tools, daysAgo: number): ProjectStatus {
  const x = r.rand();
  if (daysAgo <= 30) return x < 0.45 ? "PENDING" : x < 0.55 ? "RETURNED" : x < 0.95 ? "APPROVED" : "WITHDRAWN";
  return x < 0.05
    ? "PENDING"
    : x < 0.08
      ? "RETURNED"
      : x < 0.43
        ? "APPROVED"
        : x < 0.55
          ? "COMPLETED"
          : x < 0.87
            ? "ACKNOWLEDGED"
            : x < 0.95
              ? "HONOURED"
              : "WITHDRAWN";
}

function buildProjects(t: Tree, r: Tools, clock: Clock, id: Ids) {
  const templates = Object.values(CO_SO_PROJECTS).flat();
  const rows: Record<string, unknown>[] = [];
  const links: { khoiId: string; projectId: string; indicatorId: string }[] = [];
  const joins: { id: string; khoiId: string; projectId: string; coSoId: string; active: boolean }[] = [];
  // A few cơ sở have no project this year (so "100% cơ sở có công trình" is not met by default).
  const idle = new Set(
    r
      .shuffle(t.coSos)
      .slice(0, 8)
      .map((c) => c.id),
  );
  const weight = t.coSos.reduce((s, c) => s + c.weight, 0);
  for (let i = 0; i < SIZE.projects; i++) {
    const khoiLevel = i < SIZE.khoiProjects;
    let x = r.rand() * weight;
    const coSo = khoiLevel ? null : (t.coSos.find((c) => (x -= c.weight) <= 0) ?? t.coSos[0]);
    const tpl = khoiLevel ? r.pick(KHOI_PROJECTS) : r.pick(templates);
    let daysAgo = khoiLevel ? r.int(20, 200) : r.int(0, 364);
    const startsOn0 = clock.date(daysAgo);
    if (coSo && idle.has(coSo.id) && startsOn0.getUTCFullYear() === t.year) daysAgo = 364 - r.int(0, 20);
    const startsOn = clock.date(daysAgo);
    const status = khoiLevel ? r.pick(["APPROVED", "ACKNOWLEDGED"] as const) : projectStatus(r, daysAgo);
    const done = status === "COMPLETED" || status === "ACKNOWLEDGED" || status === "HONOURED";
    const pid = id();
    const createdAt = clock.at(clock.addDays(startsOn, -r.int(3, 20)));
    const thisYear = startsOn.getUTCFullYear() === t.year;
    rows.push({
      id: pid,
      khoiId: t.khoiId,
      unitId: coSo?.id ?? t.khoiId,
      coSoId: coSo?.id ?? null,
      planId: thisYear ? t.plans.currentId : t.plans.lastId,
      kind: tpl.kind,
      name: tpl.name,
      searchText: foldVietnamese(tpl.name),
      field: tpl.field,
      goal: tpl.goal,
      startsOn,
      endsOn: clock.addDays(startsOn, r.int(60, 300)),
      chiDoanIds: coSo ? r.shuffle(coSo.chiDoanIds).slice(0, r.int(1, 2)) : [],
      expectedValue: tpl.expected,
      status,
      progress: done ? 100 : status === "APPROVED" ? r.int(0, 90) : 0,
      resultText: done ? (tpl.result?.text ?? "Hoàn thành các nội dung đã đăng ký.") : null,
      beneficiaries: done ? r.int(50, 5000) : null,
      resultAmount: done && r.chance(0.4) ? r.int(5, 500) * 1_000_000 : null,
      completedAt: done ? clock.at(clock.addDays(startsOn, Math.min(daysAgo - 1, r.int(30, 200)))) : null,
      version: status === "PENDING" ? 0 : r.int(1, 4),
      createdAt,
      updatedAt: createdAt,
    });
    if (thisYear && status !== "WITHDRAWN" && r.chance(0.7))
      for (const code of ["CT3", "CT4"]) links.push({ khoiId: t.khoiId, projectId: pid, indicatorId: t.plans.byCode[code] });
    if (khoiLevel)
      for (const c of r.shuffle(t.coSos).slice(0, r.int(20, 80)))
        joins.push({ id: id(), khoiId: t.khoiId, projectId: pid, coSoId: c.id, active: r.chance(0.95) });
  }
  return { rows, links, joins };
}

const COMMITMENT_COLUMNS: Columns = {
  id: "text",
  khoiId: "text",
  coSoId: "text",
  chiDoanId: "text",
  memberId: "text",
  year: "integer",
  planId: "text",
  pillars: "text[]",
  pledges: "text[]",
  status: '"EntryStatus"',
  assessments: "text[]",
  version: "integer",
  createdAt: "timestamp(3)",
  updatedAt: "timestamp(3)",
};

function buildCommitments(t: Tree, r: Tools, clock: Clock, id: Ids) {
  return r
    .shuffle(t.members)
    .slice(0, SIZE.commitments)
    .map((m) => {
      const x = r.rand();
      const status: EntryStatus = x < 0.88 ? "CONFIRMED" : x < 0.95 ? "SUBMITTED" : x < 0.98 ? "RETURNED" : "WITHDRAWN";
      const createdAt = clock.at(clock.date(r.int(200, 320)), r.int(0, 540));
      return {
        id: id(),
        khoiId: t.khoiId,
        coSoId: m.coSoId,
        chiDoanId: m.chiDoanId,
        memberId: m.id,
        year: t.year,
        planId: t.plans.currentId,
        pillars: ["Trách nhiệm với bản thân", "Trách nhiệm với công việc", "Trách nhiệm với cộng đồng"],
        pledges: PLEDGES.map((p) => r.pick(p)),
        status,
        assessments: [],
        version: status === "SUBMITTED" ? 0 : 1,
        createdAt,
        updatedAt: createdAt,
      };
    });
}

/** Generates the whole tenant into an empty, migrated database; prints what was made and how long it took. */
export async function generateLargeTenant(client: Db, raw: Raw) {
  const t0 = performance.now();
  const r = randomTools(seededRandom(20_261_123));
  const id = seededIds(seededRandom(42));
  const clock = demoClock(todayInVietnam());
  const tree = await buildTree(client, raw, r, clock, id);
  const tTree = performance.now();
  const entries = buildEntries(tree, r, clock, id);
  const projects = buildProjects(tree, r, clock, id);
  const commitments = buildCommitments(tree, r, clock, id);
  const tBuilt = performance.now();
  await bulkInsert(raw, "MemberEntry", ENTRY_COLUMNS, entries);
  await bulkInsert(raw, "YouthProject", PROJECT_COLUMNS, projects.rows);
  await client.projectIndicator.createMany({ data: projects.links });
  await client.projectJoin.createMany({ data: projects.joins });
  await bulkInsert(raw, "Commitment", COMMITMENT_COLUMNS, commitments);
  const tInserted = performance.now();
  await raw.exec("VACUUM ANALYZE");
  const t1 = performance.now();
  const logged =
    entries.length +
    projects.rows.length +
    projects.joins.length +
    commitments.length +
    tree.activities.list.length +
    tree.activities.registrations;
  console.log(
    `  generated ${tree.coSos.length} cơ sở, ${tree.coSos.reduce((n, c) => n + c.chiDoanIds.length, 0)} chi đoàn, ${tree.members.length.toLocaleString("en")} members, ` +
      `${logged.toLocaleString("en")} logged records (${entries.length.toLocaleString("en")} entries, ${projects.rows.length} projects + ${projects.joins.length} joins, ` +
      `${tree.activities.list.length} activities + ${tree.activities.registrations} registrations, ${commitments.length} commitments), ` +
      `a Khối plan with ${tree.plans.indicatorCount} indicators followed by ${tree.plans.followers} cơ sở plans`,
  );
  console.log(
    `  generation ${((t1 - t0) / 1000).toFixed(1)} s: tree+members+plans+activities ${((tTree - t0) / 1000).toFixed(1)} s, rows in memory ${((tBuilt - tTree) / 1000).toFixed(1)} s, ` +
      `bulk inserts ${((tInserted - tBuilt) / 1000).toFixed(1)} s, VACUUM ANALYZE ${((t1 - tInserted) / 1000).toFixed(1)} s`,
  );
  return { tree, generationMs: t1 - t0 };
}
