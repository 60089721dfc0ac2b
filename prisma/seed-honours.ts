// Demo thi đua – khen thưởng of the TP.HCM Khối: its titles; last year's round, decided, with the
// council's ballots and the decision's honours (on a plan of last year with a "gương" indicator
// they count for); this year a round in the council's hands (canbo@ chairs it, khoi@ has voted on
// some) and a round open for nominations (coso@ has a draft to send and one its chi đoàn proposed,
// others sent, one returned).
// Rows are what lib/data would have left (timelines included), written with createMany.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayInVietnam } from "@/lib/domain/dates";
import type { WorkSeedTenant } from "./seed-work";

const newId = () => crypto.randomUUID();
const DAY = 86_400_000;

type Title = { id: string; name: string; subject: "INDIVIDUAL" | "COLLECTIVE"; level: "KHOI" | "CITY"; criteria: Criterion[] };
type Criterion = {
  id: string;
  source: "TYPED" | "COMPUTED";
  wording: string;
  metric: string | null;
  threshold: number | null;
  pillar: number | null;
};

const TITLES: Omit<Title, "id" | "criteria">[] = [
  { name: "Cán bộ, công chức, viên chức trẻ giỏi, thân thiện", subject: "INDIVIDUAL", level: "KHOI" },
  { name: "Chi đoàn vững mạnh tiêu biểu", subject: "COLLECTIVE", level: "KHOI" },
  { name: "Thanh niên tiên tiến làm theo lời Bác", subject: "INDIVIDUAL", level: "CITY" },
];
const CRITERIA: Omit<Criterion, "id">[][] = [
  [
    { source: "COMPUTED", wording: "Có ít nhất 2 ý tưởng, sáng kiến được xác nhận", metric: "IDEAS", threshold: 2, pillar: 0 },
    { source: "COMPUTED", wording: "Tham gia ít nhất 1 khóa học, lớp bồi dưỡng", metric: "TRAININGS", threshold: 1, pillar: 2 },
    { source: "TYPED", wording: "Hoàn thành xuất sắc nhiệm vụ được giao", metric: null, threshold: null, pillar: 0 },
  ],
  [
    { source: "COMPUTED", wording: "Có ít nhất 1 công trình thanh niên được duyệt", metric: "PROJECTS", threshold: 1, pillar: 1 },
    { source: "TYPED", wording: "Tổ chức sinh hoạt chi đoàn đều đặn hằng tháng", metric: null, threshold: null, pillar: null },
  ],
  [
    { source: "COMPUTED", wording: "Có ít nhất 3 lượt tham gia tình nguyện", metric: "VOLUNTEER_DAYS", threshold: 3, pillar: 1 },
    {
      source: "TYPED",
      wording: "Gương mẫu học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      metric: null,
      threshold: null,
      pillar: 2,
    },
  ],
];

export async function seedDemoHonours(
  db: Db,
  tenant: WorkSeedTenant,
  people: { staff: string; admin: string; coSo: string; chiDoan: string; city: string },
) {
  const khoiId = tenant.khoi.id;
  const today = todayInVietnam();
  const year = today.getUTCFullYear();
  const day = (d: number) => new Date(today.getTime() + d * DAY);
  const at = (d: number) => new Date(Date.now() + d * DAY);
  const changes: Prisma.StatusChangeCreateManyInput[] = [];

  const titles: Title[] = TITLES.map((t, i) => ({
    ...t,
    id: newId(),
    criteria: CRITERIA[i].map((c) => ({ ...c, id: newId() })),
  }));
  for (const t of titles)
    await db.honourTitle.create({
      data: {
        id: t.id,
        khoiId,
        name: t.name,
        subject: t.subject,
        level: t.level,
        createdById: people.staff,
        criteria: { create: t.criteria.map((c, position) => ({ ...c, position })) },
      },
    });
  const [person, collective, cityTitle] = titles;

  // Members and chi đoàn of the first cơ sở to nominate: three each, in tree order.
  const nominees = await Promise.all(
    tenant.coSos.slice(0, 4).map(async (c) => ({
      coSoId: c.id,
      members: await db.member.findMany({
        where: { coSoId: c.id, active: true, userId: null },
        select: { id: true },
        take: 4,
        orderBy: { id: "asc" },
      }),
      chiDoanIds: c.chiDoans.map((d) => d.id),
    })),
  );

  // ── Last year: a plan with a "gương" indicator, a round on it decided with honours ──
  const lastPlan = newId();
  const indicator = newId();
  await db.plan.create({
    data: {
      id: lastPlan,
      khoiId,
      unitId: khoiId,
      seriesId: lastPlan,
      kind: "PLAN",
      status: "PUBLISHED",
      number: "38-KH/ĐTN",
      numberKey: "38-KH/ĐTN",
      subject: `Thực hiện phong trào “3 trách nhiệm” năm ${year - 1}`,
      superiorName: "THÀNH ĐOÀN TP. HỒ CHÍ MINH",
      issuerName: `BCH ${tenant.khoi.name.toUpperCase()}`,
      place: "TP. Hồ Chí Minh",
      issueDate: new Date(Date.UTC(year - 1, 2, 8)),
      startYear: year - 1,
      endYear: year - 1,
      pillars: ["Trách nhiệm với công việc", "Trách nhiệm với nhân dân", "Trách nhiệm với bản thân"],
      sections: [
        {
          heading: "NỘI DUNG",
          body: "· Bình chọn, tuyên dương gương cán bộ, công chức, viên chức trẻ giỏi, thân thiện cấp Khối.",
        },
      ],
      signOnBehalf: "TM. BAN THƯỜNG VỤ ĐOÀN KHỐI",
      signTitle: "BÍ THƯ",
      signName: "Phạm Văn Linh",
      createdById: people.staff,
      publishedById: people.staff,
      publishedAt: at(-300),
    },
  });
  await db.indicator.create({
    data: {
      id: indicator,
      khoiId,
      planId: lastPlan,
      lineageId: indicator,
      code: "CT1",
      position: 0,
      wording: "Tuyên dương ít nhất 10 gương cán bộ, công chức, viên chức trẻ giỏi, thân thiện cấp Khối",
      measure: "RECORD_COUNT",
      recordKind: "HONOUR",
      targetKind: "AT_LEAST",
      target: 10,
      unitLabel: "gương",
      appliesTo: "KHOI",
      period: "YEAR",
      honourLevel: "KHOI",
    },
  });
  // The current term's programme: its "150 gương cấp Khối" counts every round's honours; its
  // "25 gương cấp Thành" counts what the Thành Đoàn accepts of the Khối's proposals.
  const term = await db.indicator.findFirstOrThrow({
    where: {
      khoiId,
      recordKind: "HONOUR",
      honourLevel: "KHOI",
      plan: { kind: "PROGRAMME", startYear: { lte: year }, endYear: { gte: year } },
    },
    select: { id: true },
  });
  const roundTitles = (ts: Title[]) =>
    ts.map((t) => ({ titleId: t.id, criteria: t.criteria as unknown as Prisma.InputJsonArray }));
  const last = newId();
  const lastDecided = new Date(Date.UTC(year - 1, 11, 15));
  await db.honourRound.create({
    data: {
      id: last,
      khoiId,
      planId: lastPlan,
      name: `Tuyên dương Cán bộ, công chức, viên chức trẻ giỏi, thân thiện năm ${year - 1}`,
      year: year - 1,
      periodFrom: new Date(Date.UTC(year - 1, 0, 1)),
      periodTo: new Date(Date.UTC(year - 1, 10, 30)),
      dueOn: new Date(Date.UTC(year - 1, 10, 20)),
      quotaPerCoSo: 2,
      status: "DECIDED",
      createdById: people.staff,
      titles: { create: roundTitles([person]) },
      indicators: { create: [{ indicatorId: indicator }, { indicatorId: term.id }] },
    },
  });
  const lastNominations = nominees.flatMap((n, i) =>
    n.members.slice(0, 2).map((m, j) => ({
      id: newId(),
      khoiId,
      roundId: last,
      titleId: person.id,
      coSoId: n.coSoId,
      memberId: m.id,
      nomineeKey: m.id,
      status: "SUBMITTED" as const,
      narrative: "Hoàn thành xuất sắc nhiệm vụ; có sáng kiến cải cách thủ tục hành chính được áp dụng tại đơn vị.",
      answers: { [person.criteria[2].id]: true },
      submittedAt: new Date(Date.UTC(year - 1, 10, 10 + i + j)),
      createdById: people.coSo,
    })),
  );
  await db.nomination.createMany({ data: lastNominations });
  const lastSeats = [people.staff, people.admin].map((userId, i) => ({
    id: newId(),
    khoiId,
    roundId: last,
    userId,
    chair: i === 0,
  }));
  await db.councilSeat.createMany({ data: lastSeats });
  // Both voted on every nomination; the last two of the list got one vote of two, so were not proposed.
  await db.ballot.createMany({
    data: lastSeats.flatMap((s, si) =>
      lastNominations.map((n, ni) => ({
        khoiId,
        roundId: last,
        seatId: s.id,
        nominationId: n.id,
        approve: ni < lastNominations.length - 2 || si === 0,
        score: 70 + ((ni * 7 + si * 3) % 25),
      })),
    ),
  });
  const proposed = lastNominations.slice(0, -2);
  const decision = newId();
  await db.honourDecision.create({
    data: {
      id: decision,
      khoiId,
      roundId: last,
      number: "52-QĐ/ĐTN",
      signedOn: lastDecided,
      signOnBehalf: "TM. BAN THƯỜNG VỤ ĐOÀN KHỐI",
      signTitle: "BÍ THƯ",
      signName: "Phạm Văn Linh",
      createdById: people.staff,
    },
  });
  await db.honour.createMany({
    data: proposed.map((n) => ({
      khoiId,
      decisionId: decision,
      roundId: last,
      nominationId: n.id,
      titleId: person.id,
      titleName: person.name,
      subject: person.subject,
      level: person.level,
      coSoId: n.coSoId,
      memberId: n.memberId,
      decidedOn: lastDecided,
    })),
  });
  changes.push(
    ...["OPEN", "VOTING", "CLOSED", "DECIDED"].map((toStatus, i, all) => ({
      khoiId,
      entityType: "HonourRound",
      entityId: last,
      fromStatus: i ? all[i - 1] : null,
      toStatus,
      actorId: people.staff,
      createdAt: new Date(Date.UTC(year - 1, 9 + Math.min(i, 2), 1 + i * 5)),
    })),
  );

  // ── Last year's honourees put forward to the Thành Đoàn: one accepted, one declined, two waiting ──
  const forwarded = await db.honour.findMany({
    where: { decisionId: decision },
    select: { id: true },
    orderBy: { nominationId: "asc" },
    take: 4,
  });
  const outcomes = [
    { status: "ACCEPTED", decisionNumber: "125-QĐ/TĐTN", decidedOn: new Date(Date.UTC(year, 2, 26)) },
    { status: "DECLINED", decisionNote: "Chưa có sáng kiến được công nhận cấp Thành theo tiêu chuẩn xét chọn." },
    { status: "SENT" },
    { status: "SENT" },
  ] as const;
  const proposals = forwarded.map((h, i) => ({
    id: newId(),
    khoiId,
    honourId: h.id,
    titleId: cityTitle.id,
    titleName: cityTitle.name,
    reason: "Đoàn Khối đề nghị Thành Đoàn xét tuyên dương: gương tiêu biểu năm qua, có sáng kiến được áp dụng rộng rãi.",
    sentAt: new Date(Date.UTC(year, 0, 15 + i)),
    sentById: people.staff,
    decidedById: outcomes[i].status === "SENT" ? null : people.city,
    ...outcomes[i],
  }));
  await db.cityProposal.createMany({ data: proposals });
  changes.push(
    ...proposals.flatMap((p) => [
      {
        khoiId,
        entityType: "CityProposal",
        entityId: p.id,
        fromStatus: null,
        toStatus: "SENT",
        actorId: people.staff,
        createdAt: p.sentAt,
      },
      ...(p.status === "SENT"
        ? []
        : [
            {
              khoiId,
              entityType: "CityProposal",
              entityId: p.id,
              fromStatus: "SENT",
              toStatus: p.status,
              actorId: people.city,
              comment: p.status === "DECLINED" ? p.decisionNote : null,
              createdAt: new Date(Date.UTC(year, 2, 26)),
            },
          ]),
    ]),
  );

  // ── This year: a round in the council's hands, and a round open for nominations ──
  const plan = await db.plan.findFirstOrThrow({
    where: { khoiId, coSoId: null, kind: "PLAN", status: "PUBLISHED", startYear: year },
    select: { id: true, indicators: { where: { recordKind: "HONOUR" }, select: { id: true } } },
  });
  const voting = newId();
  await db.honourRound.create({
    data: {
      id: voting,
      khoiId,
      planId: plan.id,
      name: `Tuyên dương Chi đoàn vững mạnh tiêu biểu năm ${year}`,
      year,
      periodFrom: new Date(Date.UTC(year, 0, 1)),
      periodTo: day(-5),
      dueOn: day(-3),
      quotaPerCoSo: 1,
      status: "VOTING",
      createdById: people.staff,
      titles: { create: roundTitles([collective]) },
      indicators: { create: [...plan.indicators, term].map((i) => ({ indicatorId: i.id })) },
    },
  });
  const votingNominations = nominees.slice(0, 3).map((n, i) => ({
    id: newId(),
    khoiId,
    roundId: voting,
    titleId: collective.id,
    coSoId: n.coSoId,
    unitId: n.chiDoanIds[0],
    nomineeKey: n.chiDoanIds[0],
    status: "SUBMITTED" as const,
    narrative: "Chi đoàn sinh hoạt đều đặn, 100% đoàn viên đăng ký rèn luyện “3 trách nhiệm”.",
    answers: { [collective.criteria[1].id]: true },
    submittedAt: at(-6 + i),
    createdById: people.coSo,
  }));
  await db.nomination.createMany({ data: votingNominations });
  const seats = [people.staff, people.admin].map((userId, i) => ({
    id: newId(),
    khoiId,
    roundId: voting,
    userId,
    chair: i === 0,
  }));
  await db.councilSeat.createMany({ data: seats });
  // khoi@ has voted on two of the three; canbo@, the chair, has not voted yet.
  await db.ballot.createMany({
    data: votingNominations
      .slice(0, 2)
      .map((n, i) => ({ khoiId, roundId: voting, seatId: seats[1].id, nominationId: n.id, approve: true, score: 85 - i * 6 })),
  });
  changes.push(
    {
      khoiId,
      entityType: "HonourRound",
      entityId: voting,
      fromStatus: null,
      toStatus: "OPEN",
      actorId: people.staff,
      createdAt: at(-30),
    },
    {
      khoiId,
      entityType: "HonourRound",
      entityId: voting,
      fromStatus: "OPEN",
      toStatus: "VOTING",
      actorId: people.staff,
      createdAt: at(-2),
    },
  );

  const open = newId();
  await db.honourRound.create({
    data: {
      id: open,
      khoiId,
      planId: plan.id,
      name: `Xét chọn Cán bộ, công chức, viên chức trẻ giỏi, thân thiện năm ${year}`,
      year,
      periodFrom: new Date(Date.UTC(year, 0, 1)),
      periodTo: day(20),
      dueOn: day(14),
      quotaPerCoSo: 2,
      status: "OPEN",
      note: "Mỗi cơ sở Đoàn đề xuất tối đa 02 gương tiêu biểu cho mỗi danh hiệu, kèm tóm tắt thành tích.",
      createdById: people.staff,
      titles: { create: roundTitles([person]) },
      indicators: { create: [...plan.indicators, term].map((i) => ({ indicatorId: i.id })) },
    },
  });
  // coso@'s cơ sở: a draft to send; the second cơ sở sent one; the third's was returned.
  const states: ("DRAFT" | "SUBMITTED" | "RETURNED")[] = ["DRAFT", "SUBMITTED", "RETURNED"];
  await db.nomination.createMany({
    data: nominees.slice(0, 3).map((n, i) => ({
      id: newId(),
      khoiId,
      roundId: open,
      titleId: person.id,
      coSoId: n.coSoId,
      memberId: n.members[2].id,
      nomineeKey: n.members[2].id,
      status: states[i],
      narrative: "Có 3 sáng kiến cải tiến quy trình được đơn vị ghi nhận; tích cực tham gia tình nguyện.",
      answers: {},
      submittedAt: states[i] === "DRAFT" ? null : at(-4 + i),
      reviewComment: states[i] === "RETURNED" ? "Bổ sung tóm tắt thành tích năm nay và minh chứng sáng kiến." : null,
      createdById: people.coSo,
    })),
  });
  // chidoan@'s chi đoàn proposed one of its members; coso@ has still to send it on or not.
  const proposingChiDoan = nominees[0].chiDoanIds[0];
  const proposedMember = await db.member.findFirstOrThrow({
    where: {
      khoiId,
      chiDoanId: proposingChiDoan,
      active: true,
      userId: null,
      id: { notIn: nominees[0].members.map((m) => m.id) },
    },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const proposedByChiDoan = newId();
  await db.nomination.create({
    data: {
      id: proposedByChiDoan,
      khoiId,
      roundId: open,
      titleId: person.id,
      coSoId: nominees[0].coSoId,
      chiDoanId: proposingChiDoan,
      memberId: proposedMember.id,
      nomineeKey: proposedMember.id,
      status: "PROPOSED",
      narrative: "Đảm nhận công trình số hóa hồ sơ của chi đoàn; 2 ý tưởng được cơ quan ghi nhận.",
      answers: {},
      createdById: people.chiDoan,
    },
  });
  changes.push(
    {
      khoiId,
      entityType: "Nomination",
      entityId: proposedByChiDoan,
      fromStatus: null,
      toStatus: "DRAFT",
      actorId: people.chiDoan,
      createdAt: at(-3),
    },
    {
      khoiId,
      entityType: "Nomination",
      entityId: proposedByChiDoan,
      fromStatus: "DRAFT",
      toStatus: "PROPOSED",
      actorId: people.chiDoan,
      createdAt: at(-2),
    },
  );
  changes.push({
    khoiId,
    entityType: "HonourRound",
    entityId: open,
    fromStatus: null,
    toStatus: "OPEN",
    actorId: people.staff,
    createdAt: at(-10),
  });
  // ── Đăng ký thi đua this year: doanvien@ (who then sees their progress on their record) and
  // the first members of the nominating cơ sở aim at the individual Khối title ──
  const registering = await db.member.findMany({
    where: {
      khoiId,
      active: true,
      OR: [
        { userId: { not: null }, coSoId: nominees[0].coSoId },
        { id: { in: nominees.flatMap((n) => n.members.map((m) => m.id)) } },
      ],
    },
    select: { id: true, coSoId: true },
  });
  await db.titleRegistration.createMany({
    data: registering.map((m) => ({
      khoiId,
      memberId: m.id,
      titleId: person.id,
      coSoId: m.coSoId,
      year,
      createdAt: new Date(Date.UTC(year, 0, 20)),
    })),
  });
  await db.statusChange.createMany({ data: changes });
}
