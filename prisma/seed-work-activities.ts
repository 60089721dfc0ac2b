// The Khối activities of the past year that members logged volunteer work and contest ideas for
// (peak days, a training, a finished "Ý tưởng sáng tạo" contest), built in memory, and the cơ sở
// registrations and participation reports that follow from who took part.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Clock, NewId, Tools } from "./seed-work-kit";
import { PAST_ACTIVITIES, PAST_CONTEST } from "./seed-work-names";
import type { WorkActivity, WorkTenant } from "./seed-work-types";

export function buildPastActivities(tenant: WorkTenant, staffId: string, clock: Clock, newId: NewId) {
  const activities: Prisma.ActivityCreateManyInput[] = [];
  const links: Prisma.ActivityIndicatorCreateManyInput[] = [];
  // The indicators they serve, found as seed-plans finds them.
  const peak = tenant.indicators.find((i) => i.period === "MONTHS");
  const ideas = tenant.indicators.find((i) => i.recordKind === "IDEA" && i.appliesTo === "KHOI");
  const trainings = tenant.indicators.find((i) => i.recordKind === "ACTIVITY" && i.period === "YEAR");

  const add = (
    kind: Prisma.ActivityCreateManyInput["kind"],
    name: string,
    startsOn: Date,
    endsOn: Date | null,
    deadline: Date | null,
    serves: (typeof peak)[],
  ) => {
    const id = newId();
    activities.push({
      id,
      khoiId: tenant.khoiId,
      planId: tenant.planId,
      kind,
      name,
      startsOn,
      endsOn,
      organiser: tenant.khoiName,
      registrationDeadline: deadline,
      createdById: staffId,
      createdAt: clock.at(clock.addDays(startsOn, -30)),
    });
    for (const i of serves) if (i) links.push({ khoiId: tenant.khoiId, activityId: id, indicatorId: i.id });
    return id;
  };

  // They come after the plan they sit under: squeezed into the time since it was issued when
  // that leaves a few months (early in the year the plan is too new, and they keep their dates).
  const room = tenant.planIssuedOn ? clock.daysAgoOf(tenant.planIssuedOn) - 5 : Infinity;
  const oldest = Math.max(PAST_CONTEST.daysAgo, ...PAST_ACTIVITIES.map((a) => a.daysAgo));
  const scale = room >= 90 && room < oldest ? room / oldest : 1;
  const ago = (days: number) => Math.round(days * scale);

  const volunteering: WorkActivity[] = [];
  for (const a of PAST_ACTIVITIES) {
    // A "Ngày thứ 7" falls on a Saturday, a "Chủ nhật xanh" on a Sunday.
    let startsOn = clock.date(ago(a.daysAgo));
    while (a.weekday !== undefined && startsOn.getUTCDay() !== a.weekday) startsOn = clock.addDays(startsOn, -1);
    const endsOn = a.days ? clock.addDays(startsOn, a.days - 1) : null;
    const id = add(a.kind, a.name, startsOn, endsOn, clock.addDays(startsOn, -5), [a.kind === "TRAINING" ? trainings : peak]);
    if (a.hours > 0)
      volunteering.push({ id, name: a.name, startsOn, endsOn, hours: a.hours, field: a.field, registeredCoSoIds: null });
  }
  // Entries were taken until the contest ended, then the Khối scored them.
  const c = PAST_CONTEST;
  const startsOn = clock.date(ago(c.daysAgo));
  const endsOn = clock.addDays(startsOn, c.days - 1);
  const contest = { id: add("CONTEST", c.name, startsOn, endsOn, endsOn, [ideas]), startsOn, endsOn };
  const training = activities.find((a) => a.kind === "TRAINING")!;
  return { activities, links, volunteering, contest, training: { id: training.id!, startsOn: training.startsOn as Date } };
}

/**
 * Each cơ sở whose members took part registered beforehand and reported afterwards: people at
 * least the members who logged it, participations at least the people.
 */
export function buildRegistrations(
  tenant: WorkTenant,
  entries: Prisma.MemberEntryCreateManyInput[],
  activities: { id: string; startsOn: Date; endsOn: Date | null }[],
  training: { id: string; startsOn: Date },
  r: Tools,
  clock: Clock,
): Prisma.ActivityRegistrationCreateManyInput[] {
  const rows: Prisma.ActivityRegistrationCreateManyInput[] = [];
  const coSo = new Map(tenant.coSos.map((c) => [c.id, c]));
  const register = (activity: { id: string; startsOn: Date; endsOn: Date | null }, coSoId: string, logged: number) => {
    const people = logged + r.int(0, 6);
    const secretary = coSo.get(coSoId)?.secretaryId ?? null;
    rows.push({
      khoiId: tenant.khoiId,
      activityId: activity.id,
      coSoId,
      plannedPeople: people + r.int(0, 5),
      people,
      participations: people + r.int(0, people),
      evidence: r.pick([
        "Hình ảnh và bài viết trên trang thông tin của đơn vị",
        "Danh sách đoàn viên tham gia có xác nhận của ban tổ chức",
        "Báo cáo kết quả và hình ảnh hoạt động",
      ]),
      registeredById: secretary,
      reportedById: secretary,
      reportedAt: clock.after(clock.at(activity.endsOn ?? activity.startsOn), [r.int(24, 240)])[0],
      createdAt: clock.at(clock.addDays(activity.startsOn, -r.int(7, 20)), r.int(0, 480)),
    });
  };
  for (const activity of activities) {
    const members = new Map<string, Set<string>>();
    for (const e of entries)
      if (e.activityId === activity.id || e.contestId === activity.id)
        members.set(e.coSoId, (members.get(e.coSoId) ?? new Set()).add(e.memberId));
    for (const [coSoId, who] of [...members.entries()].sort(
      ([a], [b]) => tenant.coSos.findIndex((c) => c.id === a) - tenant.coSos.findIndex((c) => c.id === b),
    ))
      register(activity, coSoId, who.size);
  }
  // The Khối's training: a few cơ sở sent their officers.
  for (const c of r.shuffle(tenant.coSos).slice(0, 8)) register({ ...training, endsOn: null }, c.id, r.int(1, 3));
  return rows;
}
