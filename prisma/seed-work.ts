// A realistic year of logged work for the demo (issue 4): youth projects in every state, several
// hundred ideas, trainings and volunteer entries spread over the TP.HCM Khối's cơ sở, chi đoàn
// and months, commitments of the demo cơ sở, and each record's status timeline; a little of the
// same for Đà Nẵng, so the tenancy demo has something to hide. Called by seedDemo after the plans.
// Deterministic (seeded generator, dates counted back from today in Vietnam) and written with
// createMany, so the whole demo seed stays within a few seconds on PGlite.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayInVietnam } from "@/lib/domain/dates";
import { demoClock, historyRows, randomTools, seededRandom, type Clock } from "./seed-work-kit";
import { buildPastActivities, buildRegistrations } from "./seed-work-activities";
import { buildCommitments } from "./seed-work-commitments";
import { buildEntries } from "./seed-work-entries";
import { buildNotices, type NoticeContext } from "./seed-work-notices";
import { buildProjects, type ProjectRows } from "./seed-work-projects";
import { CO_SO_PROJECTS, DA_NANG_PROJECTS, KHOI_PROJECTS } from "./seed-work-project-names";
import type { WorkActivity, WorkTenant } from "./seed-work-types";

type Unit = { id: string; name: string };
export type WorkSeedTenant = { khoi: Unit; coSos: (Unit & { chiDoans: Unit[] })[] };

const newId = () => crypto.randomUUID();

/** The tenant as the builders see it: its current plan, members, secretaries and reviewers. */
async function loadTenant(db: Db, t: WorkSeedTenant, year: number): Promise<WorkTenant> {
  const khoiId = t.khoi.id;
  const plan = await db.plan.findFirstOrThrow({
    where: { khoiId, coSoId: null, kind: "PLAN", status: "PUBLISHED", startYear: { lte: year }, endYear: { gte: year } },
    orderBy: { startYear: "desc" },
    select: {
      id: true,
      issueDate: true,
      pillars: true,
      indicators: {
        orderBy: { position: "asc" },
        select: { id: true, recordKind: true, wording: true, period: true, appliesTo: true },
      },
    },
  });
  const roles = await db.membership.findMany({
    where: { khoiId },
    select: { unitId: true, role: true, userId: true },
    orderBy: { createdAt: "asc" },
  });
  const holder = (role: string, unitId?: string) =>
    roles.find((m) => m.role === role && (!unitId || m.unitId === unitId))?.userId ?? null;
  const members = await db.member.findMany({
    where: { khoiId, active: true },
    select: { id: true, coSoId: true, chiDoanId: true, userId: true, email: true },
  });
  // Sorted here, not by the database: collations differ between PGlite and PostgreSQL.
  members.sort((a, b) => ((a.email ?? a.id) < (b.email ?? b.id) ? -1 : 1));
  const admin = holder("KHOI_ADMIN")!;
  const chiDoanSecretaries: Record<string, string> = {};
  for (const m of roles) if (m.role === "CHI_DOAN_SECRETARY") chiDoanSecretaries[m.unitId] = m.userId;
  return {
    khoiId,
    khoiName: t.khoi.name,
    planId: plan.id,
    planIssuedOn: plan.issueDate,
    pillars: plan.pillars,
    indicators: plan.indicators.map((i) => ({ ...i, recordKind: i.recordKind ?? null })),
    coSos: t.coSos.map((c) => ({ id: c.id, name: c.name, chiDoans: c.chiDoans, secretaryId: holder("CO_SO_SECRETARY", c.id) })),
    members,
    reviewers: [holder("KHOI_STAFF") ?? admin, admin],
    chiDoanSecretaries,
  };
}

/** Đà Nẵng's Khối has no plans in the demo: a short published plan for this year to hang its projects on. */
async function createDaNangPlan(db: Db, t: WorkSeedTenant, year: number, clock: Clock) {
  const admin = await db.membership.findFirstOrThrow({
    where: { khoiId: t.khoi.id, role: "KHOI_ADMIN" },
    select: { userId: true },
  });
  const id = newId();
  // Issued in late February (or, early in the year, some weeks ago): never in the future.
  const issued = clock.at(clock.date(Math.max(20, Math.min(300, clock.daysAgoOf(new Date(Date.UTC(year, 1, 20)))))));
  const khoiId = t.khoi.id;
  await db.plan.create({
    data: {
      id,
      khoiId,
      unitId: khoiId,
      seriesId: id,
      kind: "PLAN",
      status: "PUBLISHED",
      number: "12-KH/ĐTN",
      numberKey: "12-KH/ĐTN",
      subject: `Thực hiện phong trào “3 trách nhiệm” năm ${year}`,
      superiorName: "THÀNH ĐOÀN ĐÀ NẴNG",
      issuerName: "BCH ĐOÀN KHỐI CÁC CƠ QUAN THÀNH PHỐ",
      place: "Đà Nẵng",
      issueDate: clock.dayOf(issued),
      startYear: year,
      endYear: year,
      // Seed 004 orders the pillars công việc, người dân, bản thân.
      pillars: ["Trách nhiệm với công việc", "Trách nhiệm với người dân", "Trách nhiệm với bản thân"],
      sections: [
        {
          heading: "NỘI DUNG",
          body: "· Mỗi cơ sở Đoàn có công trình, phần việc thanh niên tham gia cải cách hành chính.\n· Đoàn viên đăng ký rèn luyện theo 3 trách nhiệm.",
        },
      ],
      signOnBehalf: "TM. BAN THƯỜNG VỤ ĐOÀN KHỐI",
      signTitle: "BÍ THƯ",
      signName: "Trà Thanh Quang",
      createdById: admin.userId,
      publishedById: admin.userId,
      publishedAt: issued,
      createdAt: issued,
    },
  });
  const indicatorId = newId();
  await db.indicator.createMany({
    data: [
      {
        id: indicatorId,
        khoiId,
        planId: id,
        lineageId: indicatorId,
        code: "CT1",
        position: 0,
        wording: "100% cơ sở Đoàn có công trình, phần việc thanh niên tham gia cải cách hành chính",
        pillar: 0,
        measure: "UNIT_SHARE",
        recordKind: "PROJECT",
        targetKind: "PERCENT",
        target: 100,
        unitLabel: "cơ sở Đoàn",
        appliesTo: "KHOI",
        period: "YEAR",
      },
    ],
  });
  const drafted = new Date(issued.getTime() - 86_400_000);
  await db.statusChange.createMany({
    data: historyRows(khoiId, "Plan", id, [
      { to: "DRAFT", by: admin.userId, at: drafted },
      { to: "PUBLISHED", by: admin.userId, at: issued },
    ]),
  });
}

/** createMany in slices: one statement stays well under PostgreSQL's limit of bound parameters. */
async function insert<T>(rows: T[], write: (data: T[]) => Promise<unknown>, size = 400) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

async function writeProjects(db: Db, p: ProjectRows) {
  await insert(p.projects, (data) => db.youthProject.createMany({ data }));
  await insert(p.indicators, (data) => db.projectIndicator.createMany({ data }));
  await insert(p.members, (data) => db.projectMember.createMany({ data }));
  await insert(p.updates, (data) => db.projectUpdate.createMany({ data }));
  await insert(p.joins, (data) => db.projectJoin.createMany({ data }));
}

/** The notices those steps sent to the demo accounts (Khối staff, cơ sở secretaries, members). */
async function writeNotices(
  db: Db,
  khoiIds: string[],
  changes: Prisma.StatusChangeCreateManyInput[],
  records: Pick<NoticeContext, "projects" | "entries" | "commitments">,
  clock: Clock,
) {
  const roles = await db.membership.findMany({
    where: { khoiId: { in: khoiIds } },
    select: { khoiId: true, unitId: true, role: true, userId: true },
    orderBy: { createdAt: "asc" },
  });
  const khoiStaff: Record<string, string[]> = {};
  const coSoSecretaries: Record<string, string> = {};
  for (const m of roles) {
    if (m.role === "KHOI_ADMIN" || m.role === "KHOI_STAFF") (khoiStaff[m.khoiId!] ??= []).push(m.userId);
    if (m.role === "CO_SO_SECRETARY") coSoSecretaries[m.unitId] = m.userId;
  }
  await insert(buildNotices(changes, { khoiStaff, coSoSecretaries, ...records }, clock), (data) =>
    db.notification.createMany({ data }),
  );
}

/** `tenants`: the TP.HCM Khối (the demo's), then Đà Nẵng's (a little data for the tenancy demo). */
export async function seedDemoWork(db: Db, tenants: WorkSeedTenant[]) {
  const clock = demoClock(todayInVietnam());
  const year = clock.today.getUTCFullYear();
  const r = randomTools(seededRandom(20_261_123));
  const [hcmUnits, dnUnits] = tenants;
  const changes: Prisma.StatusChangeCreateManyInput[] = [];

  // TP.HCM: the past year's Khối activities first (entries point at them), then the work.
  const hcm = await loadTenant(db, hcmUnits, year);
  const past = buildPastActivities(hcm, hcm.reviewers[0], clock, newId);
  await db.activity.createMany({ data: past.activities });
  await db.activityIndicator.createMany({ data: past.links });
  const existing = await db.activity.findMany({
    where: { khoiId: hcm.khoiId, id: { notIn: past.activities.map((a) => a.id!) } },
    select: {
      id: true,
      kind: true,
      name: true,
      startsOn: true,
      endsOn: true,
      registrationDeadline: true,
      registrations: { select: { coSoId: true } },
    },
  });
  // The plan seed's activities: a peak day that has happened (its cơ sở registered), a contest open now.
  const happened: WorkActivity[] = existing
    .filter((a) => a.kind === "PEAK_DAY" && a.startsOn < clock.today)
    .map((a) => ({
      id: a.id,
      name: a.name,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
      hours: 4,
      field: "ADMIN_REFORM",
      registeredCoSoIds: a.registrations.map((g) => g.coSoId),
    }));
  const open = existing.find((a) => a.kind === "CONTEST" && a.registrationDeadline && a.registrationDeadline >= clock.today);
  const memberAccount = await db.membership.findFirst({
    where: { khoiId: hcm.khoiId, role: "MEMBER" },
    orderBy: { createdAt: "asc" },
    select: { userId: true },
  });
  const demoMember = hcm.members.find((m) => memberAccount && m.userId === memberAccount.userId);
  const demoChiDoan = Object.keys(hcm.chiDoanSecretaries)[0] ?? null;

  const projects = buildProjects(hcm, { coSo: CO_SO_PROJECTS, khoi: KHOI_PROJECTS }, r, clock, newId);
  const entries = buildEntries(
    hcm,
    {
      counts: { ideas: 400, trainings: 300, volunteers: 150 },
      activities: [...past.volunteering, ...happened].sort((a, b) => a.startsOn.getTime() - b.startsOn.getTime()),
      pastContest: past.contest,
      openContest: open ? { id: open.id, registeredCoSoIds: open.registrations.map((g) => g.coSoId) } : null,
      demo: demoMember && demoChiDoan ? { memberId: demoMember.id, chiDoanId: demoChiDoan } : null,
    },
    r,
    clock,
    newId,
  );
  // Most members of the demo cơ sở registered; a few other cơ sở are well on the way.
  const [demoCoSo, ...others] = hcm.coSos;
  const shares: Record<string, number> = { [demoCoSo.id]: 0.9 };
  for (const c of others.filter((_, i) => i % 4 === 0)) shares[c.id] = 0.6;
  const commitments = buildCommitments(
    hcm,
    { shares, skip: demoMember ? [demoMember.id] : [], pendingChiDoanId: demoChiDoan },
    r,
    clock,
    newId,
  );
  const registrations = buildRegistrations(hcm, entries.entries, [...past.volunteering, past.contest], past.training, r, clock);

  await writeProjects(db, projects);
  await insert(entries.entries, (data) => db.memberEntry.createMany({ data }));
  await insert(commitments.commitments, (data) => db.commitment.createMany({ data }));
  await insert(registrations, (data) => db.activityRegistration.createMany({ data }));
  changes.push(...projects.changes, ...entries.changes, ...commitments.changes);
  const projectRows = [...projects.projects];
  const entryRows = [...entries.entries];
  const users = new Map(hcm.members.map((m) => [m.id, m.userId]));

  // Đà Nẵng: a plan, a few projects and entries, nothing else.
  if (dnUnits) {
    await createDaNangPlan(db, dnUnits, year, clock);
    const dn = await loadTenant(db, dnUnits, year);
    const dnProjects = buildProjects(dn, { coSo: DA_NANG_PROJECTS, khoi: [] }, r, clock, newId);
    const dnEntries = buildEntries(
      dn,
      { counts: { ideas: 10, trainings: 6, volunteers: 4 }, activities: [], pastContest: null, openContest: null, demo: null },
      r,
      clock,
      newId,
    );
    await writeProjects(db, dnProjects);
    await db.memberEntry.createMany({ data: dnEntries.entries });
    changes.push(...dnProjects.changes, ...dnEntries.changes);
    projectRows.push(...dnProjects.projects);
    entryRows.push(...dnEntries.entries);
    for (const m of dn.members) users.set(m.id, m.userId);
  }

  await insert(changes, (data) => db.statusChange.createMany({ data }), 1000);
  const records = {
    projects: new Map(projectRows.map((p) => [p.id!, { name: p.name, coSoId: p.coSoId ?? null }])),
    entries: new Map(entryRows.map((e) => [e.id!, { title: e.title, userId: users.get(e.memberId) ?? null }])),
    commitments: new Map(commitments.commitments.map((c) => [c.id!, { year: c.year, userId: users.get(c.memberId) ?? null }])),
  };
  await writeNotices(
    db,
    tenants.map((t) => t.khoi.id),
    changes,
    records,
    clock,
  );
}
