// The demo year's member entries (ideas, trainings, volunteer work), built in memory (no I/O).
// Each follows the review machine of lib/data/entry-reviews.ts: the member submits, a secretary
// confirms or returns it with a reason, a returned one is fixed and sent again, the member may
// withdraw one not yet confirmed. Recent entries are more often still waiting, as in real life.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntryKind, EntryStatus, IdeaKind, TrainingKind } from "@/lib/generated/prisma/enums";
import { TRAINING_KINDS } from "@/lib/domain/work-labels";
import { foldVietnamese } from "@/lib/domain/text";
import { historyRows, type Clock, type NewId, type Step, type Tools } from "./seed-work-kit";
import { CONTEST_FIELDS, COURSES, IDEAS, OWN_VOLUNTEERING, PAST_CONTEST, RETURN_REASONS, type IdeaBase } from "./seed-work-names";
import type { WorkActivity, WorkMember, WorkTenant } from "./seed-work-types";

type Row = Prisma.MemberEntryCreateManyInput;
type Fields = Omit<Row, "id" | "khoiId" | "coSoId" | "chiDoanId" | "memberId" | "kind" | "status" | "occurredOn" | "searchText">;

export type EntryPlan = {
  counts: { ideas: number; trainings: number; volunteers: number };
  /** Khối activities that have started, for volunteer work */
  activities: WorkActivity[];
  /** A finished contest whose entries were scored, and the open one taking entries now */
  pastContest: { id: string; startsOn: Date; endsOn: Date } | null;
  openContest: { id: string; registeredCoSoIds: string[] } | null;
  /** The demo member (a handful of entries in every state) and the chi đoàn whose secretary has work waiting */
  demo: { memberId: string; chiDoanId: string } | null;
};

/**
 * Who reviews a member's entries: the chi đoàn secretary, the cơ sở secretary for the chi đoàn
 * secretary's own, Khối staff for the cơ sở secretary's own (nobody reviews their own). In cơ sở
 * without a demo account the reviewer has no account here, so the timeline shows no name.
 */
export function reviewerOf(tenant: WorkTenant, m: WorkMember): string | null {
  const coSo = tenant.coSos.find((c) => c.id === m.coSoId);
  if (!coSo?.secretaryId) return null;
  return [tenant.chiDoanSecretaries[m.chiDoanId], coSo.secretaryId, tenant.reviewers[0]].find((u) => u && u !== m.userId) ?? null;
}

/** Where an idea came from, for its title: "Phòng Hộ tịch, Sở Tư pháp", "Văn phòng Sở Tài chính". */
function placeOf(tenant: WorkTenant, m: WorkMember): string {
  const coSo = tenant.coSos.find((c) => c.id === m.coSoId)!;
  const agency = coSo.name.replace(/^(Đoàn|Chi đoàn) /, "");
  const short = coSo.chiDoans.find((d) => d.id === m.chiDoanId)!.name.replace(/^Chi đoàn /, "");
  if (agency.startsWith(short) || short === "Cơ quan Ủy ban") return agency;
  if (short.startsWith("Văn phòng ") && agency.startsWith(short.split(" ").at(-1)!)) return `Văn phòng ${agency}`;
  return `${short}, ${agency}`;
}

/** Status by age (days since it happened): most recent entries still wait for a secretary. */
function statusByAge(r: Tools, daysAgo: number): EntryStatus {
  const x = r.rand();
  if (daysAgo <= 21) return x < 0.55 ? "SUBMITTED" : x < 0.63 ? "RETURNED" : "CONFIRMED";
  if (daysAgo <= 60) return x < 0.12 ? "SUBMITTED" : x < 0.17 ? "RETURNED" : x < 0.19 ? "WITHDRAWN" : "CONFIRMED";
  return x < 0.02 ? "RETURNED" : x < 0.03 ? "WITHDRAWN" : "CONFIRMED";
}

export function buildEntries(tenant: WorkTenant, plan: EntryPlan, r: Tools, clock: Clock, newId: NewId) {
  const entries: Row[] = [];
  const changes: Prisma.StatusChangeCreateManyInput[] = [];
  const byId = new Map(tenant.members.map((m) => [m.id, m]));
  const demoMember = plan.demo ? byId.get(plan.demo.memberId) : undefined;
  const everyone = tenant.members.filter((m) => m !== demoMember);

  // Each chi đoàn draws idea topics without repeats, so two ideas of one chi đoàn never share a title.
  const topics = new Map<string, IdeaBase[]>();
  const takeIdea = (m: WorkMember, wanted: (b: IdeaBase) => boolean = () => true) => {
    let queue = topics.get(m.chiDoanId);
    if (!queue?.some(wanted)) topics.set(m.chiDoanId, (queue = [...(queue ?? []), ...r.shuffle(IDEAS)]));
    return queue.splice(queue.findIndex(wanted), 1)[0];
  };

  /** One entry, its history up to `status` and its StatusChange rows. */
  function add(
    m: WorkMember,
    kind: EntryKind,
    status: EntryStatus,
    occurredOn: Date,
    fields: Fields,
    opts: { from?: Date; lagHours?: number } = {},
  ) {
    const id = newId();
    const reviewer = reviewerOf(tenant, m);
    const reason = r.pick(RETURN_REASONS[kind]);
    const wasReturned = status === "RETURNED" || (status !== "WITHDRAWN" && r.chance(0.06));
    const path: { to: EntryStatus; by: string | null; gap: number; comment?: string }[] = [
      { to: "SUBMITTED", by: m.userId, gap: opts.lagHours ?? r.int(1, 120) },
    ];
    if (wasReturned) path.push({ to: "RETURNED", by: reviewer, gap: r.int(4, 200), comment: reason });
    if (wasReturned && status !== "RETURNED")
      path.push({ to: "SUBMITTED", by: m.userId, gap: r.int(20, 150), comment: "Đã sửa và gửi lại" });
    if (status === "CONFIRMED") path.push({ to: "CONFIRMED", by: reviewer, gap: r.int(4, 240) });
    if (status === "WITHDRAWN") path.push({ to: "WITHDRAWN", by: m.userId, gap: r.int(10, 200) });
    const times = clock.after(
      clock.at(opts.from ?? occurredOn, r.int(0, 540)),
      path.map((p) => p.gap),
    );
    const steps: Step[] = path.map((p, i) => ({ to: p.to, by: p.by, at: times[i], comment: p.comment ?? null }));
    const review = [...steps].reverse().find((s) => s.to === "CONFIRMED" || s.to === "RETURNED");
    entries.push({
      id,
      khoiId: tenant.khoiId,
      // The member's units when it happened (the demo has no transfers, so their units now).
      coSoId: m.coSoId,
      chiDoanId: m.chiDoanId,
      memberId: m.id,
      kind,
      status,
      occurredOn,
      searchText: foldVietnamese(fields.title),
      ...fields,
      reviewComment: review?.to === "RETURNED" ? review.comment : null,
      reviewedById: review?.by ?? null,
      reviewedAt: review?.at ?? null,
      version: steps.length - 1,
      createdById: m.userId,
      createdAt: steps[0].at,
      updatedAt: steps[steps.length - 1].at,
    });
    changes.push(...historyRows(tenant.khoiId, "MemberEntry", id, steps));
    return entries[entries.length - 1];
  }

  const ideaKind = (): IdeaKind => r.pick(["IDEA", "IDEA", "IDEA", "INITIATIVE", "INITIATIVE", "SUGGESTION"] as const);
  function idea(
    m: WorkMember,
    status: EntryStatus,
    daysAgo: number,
    base = takeIdea(m),
    extra: Partial<Fields> & { ideaKind?: IdeaKind } = {},
  ) {
    const k = extra.ideaKind ?? ideaKind();
    const applied = r.chance(k === "INITIATIVE" ? 0.75 : k === "IDEA" ? 0.3 : 0.15);
    const fields = {
      title: `${base.title} tại ${placeOf(tenant, m)}`,
      field: base.field,
      ideaKind: k,
      problem: base.problem,
      proposal: base.proposal,
      applied,
      effect: applied ? base.effect : null,
      ...extra,
    };
    return add(m, "IDEA", status, clock.date(daysAgo), fields, { lagHours: r.int(1, 72) });
  }
  function training(
    m: WorkMember,
    status: EntryStatus | null,
    kind: TrainingKind = r.pick(TRAINING_KINDS),
    endAgo?: number,
    course = r.pick(COURSES[kind]),
  ) {
    const end = endAgo ?? r.int(1, 365 - course.days);
    const startAgo = end + course.days - 1;
    const endsOn = clock.date(end);
    // Logged once the course is over, with its certificate.
    return add(
      m,
      "TRAINING",
      status ?? statusByAge(r, end),
      clock.date(startAgo),
      { title: course.title, trainingKind: kind, provider: course.provider, endsOn },
      { from: endsOn, lagHours: r.int(2, 240) },
    );
  }
  const eligible = (m: WorkMember) =>
    plan.activities.filter((a) => !a.registeredCoSoIds || a.registeredCoSoIds.includes(m.coSoId));
  function volunteer(m: WorkMember, status: EntryStatus | null, activity?: WorkActivity | null, daysAgo?: number) {
    if (activity) {
      const span = activity.endsOn ? clock.daysAgoOf(activity.startsOn) - clock.daysAgoOf(activity.endsOn) : 0;
      const on = clock.addDays(activity.startsOn, r.int(0, span));
      return add(m, "VOLUNTEER", status ?? statusByAge(r, clock.daysAgoOf(on)), on, {
        title: activity.name,
        field: activity.field as Row["field"],
        activityId: activity.id,
        hours: activity.hours,
      });
    }
    const [title, field, hours] = r.pick(OWN_VOLUNTEERING);
    const ago = daysAgo ?? r.int(1, 364);
    return add(m, "VOLUNTEER", status ?? statusByAge(r, ago), clock.date(ago), { title, field, hours });
  }

  // The demo member: a handful of entries, one in each state a member meets.
  let made = { ideas: 0, trainings: 0, volunteers: 0 };
  if (demoMember) {
    const titled = (t: string) => (b: IdeaBase) => b.title === t;
    idea(demoMember, "CONFIRMED", 95, takeIdea(demoMember, titled("Chữ ký số cho toàn bộ văn bản nội bộ")), {
      ideaKind: "INITIATIVE",
      applied: true,
      effect: "Toàn bộ tờ trình của phòng được ký số; thời gian trình ký giảm từ 2 ngày còn nửa ngày.",
    });
    idea(demoMember, "SUBMITTED", 4, takeIdea(demoMember, titled("Nhắc hạn xử lý hồ sơ tự động qua thư điện tử")), {
      ideaKind: "IDEA",
      applied: false,
      effect: null,
    });
    training(demoMember, "CONFIRMED", "LANGUAGE", 120, COURSES.LANGUAGE[0]);
    training(demoMember, "RETURNED", "IT", 18, COURSES.IT[2]);
    volunteer(demoMember, "SUBMITTED", eligible(demoMember).at(-1));
    volunteer(demoMember, "CONFIRMED", null, 200);
    made = { ideas: 2, trainings: 2, volunteers: 2 };
  }

  // Work waiting for the demo chi đoàn secretary: recent entries of her chi đoàn's other members.
  if (plan.demo) {
    const secretary = tenant.chiDoanSecretaries[plan.demo.chiDoanId];
    const others = everyone.filter((m) => m.chiDoanId === plan.demo!.chiDoanId && m.userId !== secretary);
    for (const [i, m] of others.slice(0, 6).entries()) {
      if (i % 3 === 0) {
        idea(m, "SUBMITTED", r.int(2, 20));
        made.ideas++;
      } else if (i % 3 === 1) {
        training(m, "SUBMITTED", undefined, r.int(2, 20));
        made.trainings++;
      } else {
        volunteer(m, "SUBMITTED", eligible(m).at(-1) ?? null, r.int(2, 20));
        made.volunteers++;
      }
    }
  }

  // The finished contest: ideas entered while it ran, confirmed, then scored; the best ranked.
  if (plan.pastContest) {
    const c = plan.pastContest;
    const scored = r
      .shuffle(everyone)
      .slice(0, 22)
      .map((m) => {
        const on = clock.daysAgoOf(c.startsOn) + r.int(-PAST_CONTEST.days + 1, 15);
        return {
          entry: idea(
            m,
            "CONFIRMED",
            on,
            takeIdea(m, (b) => CONTEST_FIELDS.includes(b.field)),
            { contestId: c.id, ideaKind: r.pick(["IDEA", "INITIATIVE"] as const) },
          ),
          score: r.int(550, 960) / 10,
        };
      });
    scored.sort((a, b) => b.score - a.score);
    for (const [i, { entry, score }] of scored.entries()) {
      // Scoring is not a status step: it bumps the version, like scoreContestEntry.
      entry.contestScore = score;
      entry.contestRank = i < PAST_CONTEST.prizes.length ? i + 1 : null;
      entry.contestNote = PAST_CONTEST.prizes[i] ?? null;
      entry.version = (entry.version ?? 0) + 1;
      entry.updatedAt = clock.after(clock.at(clock.addDays(c.endsOn, 3)), [r.int(1, 200)])[0];
    }
    made.ideas += scored.length;
  }

  // The open contest: ideas of members whose cơ sở signed up, entered over the last two weeks.
  if (plan.openContest) {
    const { id, registeredCoSoIds } = plan.openContest;
    const pool = everyone.filter((m) => registeredCoSoIds.includes(m.coSoId));
    for (const m of r.shuffle(pool).slice(0, 9)) {
      idea(m, r.chance(0.5) ? "SUBMITTED" : "CONFIRMED", r.int(1, 15), takeIdea(m), { contestId: id });
      made.ideas++;
    }
  }

  // Everyone else, spread over the year; volunteer work mostly at Khối activities.
  for (let i = made.ideas; i < plan.counts.ideas; i++) {
    const ago = r.int(1, 364);
    idea(r.pick(everyone), statusByAge(r, ago), ago);
  }
  for (let i = made.trainings; i < plan.counts.trainings; i++) training(r.pick(everyone), null);
  for (let i = made.volunteers; i < plan.counts.volunteers; i++) {
    const m = r.pick(everyone);
    const options = eligible(m);
    volunteer(m, null, options.length && r.chance(0.7) ? r.pick(options) : null);
  }
  return { entries, changes };
}
