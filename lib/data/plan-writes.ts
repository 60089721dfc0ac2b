import "server-only";
// Writing plans: create a draft, edit it, publish (ban hành), revise, archive, delete a draft.
// A published row is never edited: a change is a new revision in the same series.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { khoiIdsFor, planManageScope, planReadScope, type Viewer } from "@/lib/authz";
import { planArchiveInput, planCreateInput, planPublishInput, planRefInput, planUpdateInput } from "@/lib/validation/plans";
import { samePlanQuestion } from "@/lib/domain/plan-in-force";
import { findSamePlan } from "./plans";
import type { z } from "zod";
import { selectOf } from "@/lib/domain/audit-diff";
import { recordAudit, recordChange } from "./audit";
import { conflict, forbidden, invalid, isUniqueViolation, notFound } from "./errors";
import { createOnce } from "./create-once";
import { assertYearsInTerm, indicatorCreateData } from "./indicator-data";
import { notifyUnits } from "./notifications";
import { recordStatusChange } from "./status-changes";
import { checkDue, openPeriodIn } from "./report-periods";
import { readReportSchedule } from "@/lib/domain/plan-deadlines";

const numberKeyOf = (n: string | null) => (n ? n.toUpperCase().replace(/\s+/g, "") : null);
const numberTaken = () => invalid({ number: "Số, ký hiệu này đã được dùng cho một văn bản khác của đơn vị" });

/** A number is unique per issuer, across series (revisions of one plan share theirs). */
async function assertNumberFree(unitId: string, numberKey: string | null, seriesId: string | null) {
  if (!numberKey) return;
  const other = await db().plan.findFirst({
    where: { unitId, numberKey, ...(seriesId ? { seriesId: { not: seriesId } } : {}) },
    select: { id: true },
  });
  if (other) throw numberTaken();
}

/**
 * A second plan of one issuer for the same years is refused until the user confirms it: the
 * question (naming the plan there is) goes beside the confirmation, the plan's id beside it for
 * the form's link.
 */
async function assertNoSamePlan(
  scope: { khoiId: string; unitId: string },
  term: { kind: "PLAN" | "PROGRAMME"; startYear: number; endYear: number },
  verb: "tạo" | "ban hành",
  options: { exceptSeriesId?: string; publishedOnly?: boolean } = {},
) {
  const same = await findSamePlan(scope, term, options);
  if (!same) return;
  const question = samePlanQuestion({ ...same, unitName: same.unit.name }, verb);
  throw invalid({ confirmDuplicate: question, samePlanId: same.id }, question);
}

/** The basis must be a plan the viewer can read, in the same Khối. */
async function checkBasis(viewer: Viewer, khoiId: string, basisPlanId: string | null) {
  if (!basisPlanId) return;
  const basis = await db().plan.findFirst({
    where: { AND: [planReadScope(viewer), { id: basisPlanId, khoiId, status: { in: ["PUBLISHED", "SUPERSEDED"] } }] },
    select: { id: true },
  });
  if (!basis) throw invalid({ basisPlanId: "Không tìm thấy kế hoạch căn cứ" });
}

function contentData(input: z.output<typeof planCreateInput> | z.output<typeof planUpdateInput>) {
  return {
    kind: input.kind,
    number: input.number,
    numberKey: numberKeyOf(input.number),
    subject: input.subject,
    superiorName: input.superiorName,
    issuerName: input.issuerName,
    place: input.place,
    issueDate: input.issueDate,
    startYear: input.startYear,
    endYear: input.endYear,
    basisPlanId: input.basisPlanId,
    basisText: input.basisText,
    pillars: input.pillars,
    sections: input.sections,
    closing: input.closing,
    recipients: input.recipients,
    signOnBehalf: input.signOnBehalf,
    signTitle: input.signTitle,
    signName: input.signName,
    coSoPlanDueOn: input.coSoPlanDueOn,
    // Stored with yyyy-mm-dd dates; [] rather than NULL when none (no JSON-null sentinel in diffs).
    reportSchedule: input.reportSchedule.map((e) => ({ ...e, dueOn: e.dueOn.toISOString().slice(0, 10) })),
  };
}

/**
 * A Khối plan or programme, drafted by Khối staff (with the indicators they confirmed).
 * `askSamePlan`: refuse, with the question, when the Khối already has a plan of the same kind and
 * years, unless the user confirmed (the actions ask; seeds and imports that mean it do not).
 */
export async function createPlan(
  viewer: Viewer,
  input: z.output<typeof planCreateInput>,
  options: { askSamePlan?: boolean } = {},
) {
  const [khoiId] = khoiIdsFor(viewer, "plan.manage");
  if (!khoiId) throw forbidden();
  const made = () => db().plan.findFirst({ where: { khoiId, requestKey: input.requestKey }, select: { id: true } });
  try {
    return await createOnce(made, async () => {
      await checkBasis(viewer, khoiId, input.basisPlanId);
      assertYearsInTerm(input.indicators, input, (i) => `indicators.${i}.yearTargets`);
      const numberKey = numberKeyOf(input.number);
      await assertNumberFree(khoiId, numberKey, null);
      if (options.askSamePlan && !input.confirmDuplicate) await assertNoSamePlan({ khoiId, unitId: khoiId }, input, "tạo");
      const id = crypto.randomUUID();
      await db().$transaction(async (tx) => {
        await tx.plan.create({
          data: {
            id,
            khoiId,
            unitId: khoiId,
            coSoId: null,
            seriesId: id,
            ...contentData(input),
            requestKey: input.requestKey,
            createdById: viewer.userId,
          },
        });
        for (const [i, draft] of input.indicators.entries())
          await tx.indicator.create({ data: indicatorCreateData(khoiId, id, draft, i) });
        await recordStatusChange(
          { khoiId, entityType: "Plan", entityId: id, fromStatus: null, toStatus: "DRAFT", actorId: viewer.userId },
          tx,
          { subject: input.subject, number: input.number, indicators: input.indicators.length },
        );
      });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "numberKey")) throw numberTaken();
    if (isUniqueViolation(error, "code")) throw invalid({ indicators: "Hai chỉ tiêu trùng mã" });
    throw error;
  }
}

/** A draft the viewer's own unit issued. */
export async function findDraft(viewer: Viewer, id: string) {
  const plan = await db().plan.findFirst({
    where: { AND: [planManageScope(viewer), { id }] },
    select: {
      id: true,
      khoiId: true,
      unitId: true,
      coSoId: true,
      status: true,
      seriesId: true,
      revision: true,
      version: true,
      kind: true,
      subject: true,
      number: true,
      startYear: true,
      endYear: true,
      basisPlanId: true,
      reportSchedule: true,
    },
  });
  if (!plan) throw notFound("kế hoạch");
  if (plan.status !== "DRAFT") throw invalid({}, "Kế hoạch đã ban hành không sửa được; hãy tạo bản sửa đổi");
  return plan;
}

export async function updatePlan(viewer: Viewer, input: z.output<typeof planUpdateInput>) {
  const plan = await findDraft(viewer, input.id);
  // A cơ sở plan stays on the Khối plan it was built from (its indicators follow that one).
  // Deadlines and the report schedule are the Khối's: a cơ sở plan has none.
  const data = {
    ...contentData(input),
    ...(plan.coSoId ? { basisPlanId: plan.basisPlanId, coSoPlanDueOn: null, reportSchedule: [] } : {}),
  };
  if (!plan.coSoId) await checkBasis(viewer, plan.khoiId, input.basisPlanId);
  const outside = await db().indicatorYearTarget.count({
    where: {
      khoiId: plan.khoiId,
      indicator: { planId: plan.id },
      OR: [{ year: { lt: input.startYear } }, { year: { gt: input.endYear } }],
    },
  });
  if (outside) throw invalid({ endYear: "Có chỉ tiêu đặt mục tiêu cho năm nằm ngoài giai đoạn này; hãy sửa chỉ tiêu trước" });
  await assertNumberFree(plan.unitId, data.numberKey, plan.seriesId);
  const fields = { ...data, changeNote: input.changeNote };
  try {
    await db().$transaction(async (tx) => {
      // Read under the version the update checks: the audit row's "before" is what was replaced.
      const before = await tx.plan.findFirst({
        where: { id: plan.id, khoiId: plan.khoiId, version: input.version, status: "DRAFT" },
        select: selectOf(fields),
      });
      const { count } = await tx.plan.updateMany({
        where: { id: plan.id, khoiId: plan.khoiId, version: input.version, status: "DRAFT" },
        data: { ...fields, version: { increment: 1 } },
      });
      if (count === 0 || !before) throw conflict();
      const { numberKey: _k, ...shown } = fields; // numberKey is `number` folded
      await recordChange(
        { khoiId: plan.khoiId, actorId: viewer.userId, action: "plan.update", targetType: "Plan", targetId: plan.id },
        before,
        shown,
        tx,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error, "numberKey")) throw numberTaken();
    throw error;
  }
}

/** Targets of a cơ sở plan may not fall below the minimum the Khối set. */
async function assertTargetsMeetMinimum(planId: string, khoiId: string) {
  const low = await db().indicator.findMany({
    // Only a per-cơ sở count has a minimum ("100% cơ sở có…" becomes "at least one" instead).
    where: { planId, khoiId, basedOn: { minTarget: { not: null }, appliesTo: "EACH_CO_SO", measure: { not: "UNIT_SHARE" } } },
    select: { code: true, target: true, basedOn: { select: { minTarget: true } } },
  });
  const below = low.filter((i) => i.target < (i.basedOn?.minTarget ?? 0));
  if (below.length) throw invalid({}, `Chỉ tiêu ${below.map((i) => i.code).join(", ")} thấp hơn mức tối thiểu Đoàn Khối đề ra`);
}

/** `askSamePlan`: as for createPlan, against the issuer's other published plans of those years. */
export async function publishPlan(
  viewer: Viewer,
  input: z.output<typeof planPublishInput> | z.output<typeof planRefInput>,
  options: { askSamePlan?: boolean } = {},
) {
  const plan = await findDraft(viewer, input.id);
  // A revision replaces its own series' plan: only another series of the issuer is a second plan.
  if (options.askSamePlan && !("confirmDuplicate" in input && input.confirmDuplicate))
    await assertNoSamePlan(plan, plan, "ban hành", { exceptSeriesId: plan.seriesId, publishedOnly: true });
  if (plan.coSoId) await assertTargetsMeetMinimum(plan.id, plan.khoiId);
  if (plan.revision > 0) {
    const live = await db().plan.count({ where: { seriesId: plan.seriesId, khoiId: plan.khoiId, status: "PUBLISHED" } });
    if (live === 0) throw invalid({}, "Kế hoạch này đã được lưu trữ; bản sửa đổi không ban hành được");
  }
  const schedule = plan.coSoId || plan.kind !== "PLAN" ? [] : readReportSchedule(plan.reportSchedule);
  // Opening periods is report.manage's: publishing must not open what the user could not by hand.
  if (schedule.length && !khoiIdsFor(viewer, "report.manage").includes(plan.khoiId))
    throw invalid({}, "Bạn không có quyền mở kỳ báo cáo: hãy bỏ các kỳ báo cáo khỏi bản nháp hoặc nhờ quản trị ban hành");
  // As by hand (periodOpenInput): a period asks for at least one indicator.
  if (schedule.length && !(await db().indicator.count({ where: { planId: plan.id, khoiId: plan.khoiId } })))
    throw invalid({}, "Kỳ báo cáo cần ít nhất một chỉ tiêu: hãy thêm chỉ tiêu hoặc bỏ các kỳ báo cáo trước khi ban hành");
  for (const s of schedule) {
    try {
      checkDue(plan.startYear, s.fromMonth, new Date(`${s.dueOn}T00:00:00Z`));
    } catch {
      throw invalid({}, `Kỳ báo cáo “${s.title}”: hạn nộp không hợp lệ; hãy sửa bản nháp`);
    }
  }
  await db().$transaction(async (tx) => {
    const { count } = await tx.plan.updateMany({
      where: { id: plan.id, khoiId: plan.khoiId, version: input.version, status: "DRAFT" },
      data: { status: "PUBLISHED", publishedAt: new Date(), publishedById: viewer.userId, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await recordStatusChange(
      {
        khoiId: plan.khoiId,
        entityType: "Plan",
        entityId: plan.id,
        fromStatus: "DRAFT",
        toStatus: "PUBLISHED",
        actorId: viewer.userId,
      },
      tx,
    );
    const previous = await tx.plan.findMany({
      where: { seriesId: plan.seriesId, khoiId: plan.khoiId, status: "PUBLISHED", id: { not: plan.id } },
      select: { id: true, requestKey: true },
    });
    for (const p of previous) {
      await tx.plan.update({
        where: { id: p.id, khoiId: plan.khoiId },
        data: { status: "SUPERSEDED", requestKey: plan.coSoId ? null : undefined, version: { increment: 1 } },
      });
      // A cơ sở plan's slot key (see createCoSoPlan) moves to the revision now in force.
      if (plan.coSoId && p.requestKey)
        await tx.plan.update({ where: { id: plan.id, khoiId: plan.khoiId }, data: { requestKey: p.requestKey } });
      await recordStatusChange(
        {
          khoiId: plan.khoiId,
          entityType: "Plan",
          entityId: p.id,
          fromStatus: "PUBLISHED",
          toStatus: "SUPERSEDED",
          actorId: viewer.userId,
          comment: `Thay bằng bản sửa đổi lần ${plan.revision}`,
        },
        tx,
      );
    }
    await openScheduledPeriods(tx, viewer.userId, plan, schedule);
    const what = plan.revision > 0 ? `bản sửa đổi lần ${plan.revision} của ` : "";
    // Khối staff are told which cơ sở issued it.
    const issuer = plan.coSoId
      ? await tx.unit.findFirst({ where: { id: plan.coSoId, khoiId: plan.khoiId }, select: { name: true } })
      : null;
    const title = plan.coSoId
      ? `${issuer?.name ?? "Cơ sở"} đã ban hành ${what}kế hoạch: ${plan.subject}`
      : `Đoàn Khối ban hành ${what}${plan.kind === "PROGRAMME" ? "chương trình" : "kế hoạch"}: ${plan.subject}`;
    const link = `/ke-hoach/${plan.id}`;
    if (plan.coSoId)
      await notifyUnits(tx, plan.khoiId, [plan.khoiId], ["KHOI_ADMIN", "KHOI_STAFF"], { kind: "submitted", title, link });
    else await notifyUnits(tx, plan.khoiId, "all-co-so", ["CO_SO_SECRETARY"], { kind: "opened", title, link });
  });
}

/**
 * The report periods the plan's schedule names, opened as by hand (openPeriodIn) with all the plan's
 * indicators, as the period form proposes. Each has a key of its series, kind and months: a revision
 * published later, or a replay, finds it open and opens nothing twice.
 */
async function openScheduledPeriods(
  tx: Prisma.TransactionClient,
  actorId: string,
  plan: { id: string; khoiId: string; seriesId: string; startYear: number },
  schedule: ReturnType<typeof readReportSchedule>,
) {
  if (!schedule.length) return;
  const indicators = await tx.indicator.findMany({
    where: { planId: plan.id, khoiId: plan.khoiId },
    select: { id: true },
    orderBy: { position: "asc" },
  });
  for (const s of schedule) {
    const requestKey = `plan-schedule:${plan.seriesId}:${s.kind}:${s.fromMonth}-${s.toMonth}`;
    const open = await tx.reportPeriod.findFirst({ where: { khoiId: plan.khoiId, requestKey }, select: { id: true } });
    if (open) continue;
    await openPeriodIn(tx, actorId, plan, {
      kind: s.kind,
      title: s.title,
      fromMonth: s.fromMonth,
      toMonth: s.toMonth,
      dueOn: new Date(`${s.dueOn}T00:00:00Z`),
      note: null,
      requestKey,
      indicatorIds: indicators.map((i) => i.id),
    });
  }
}

/** Opens a new draft revision of a published plan; a second click returns the same draft. */
export async function revisePlan(viewer: Viewer, input: z.output<typeof planRefInput>) {
  const plan = await db().plan.findFirst({ where: { AND: [planManageScope(viewer), { id: input.id }] } });
  if (!plan) throw notFound("kế hoạch");
  const open = await db().plan.findFirst({
    where: { seriesId: plan.seriesId, khoiId: plan.khoiId, status: "DRAFT" },
    select: { id: true },
  });
  if (open) return { id: open.id };
  if (plan.status !== "PUBLISHED") throw invalid({}, "Chỉ tạo bản sửa đổi từ kế hoạch đang có hiệu lực");
  if (plan.version !== input.version) throw conflict();
  const indicators = await db().indicator.findMany({
    where: { planId: plan.id, khoiId: plan.khoiId },
    include: { yearTargets: true },
    orderBy: { position: "asc" },
  });
  return db().$transaction(async (tx) => {
    // Clicks at once queue on the revised plan's row, so the second finds the draft the first opened
    // (checking before the lock alone let a third click, late enough, open revision 2 beside revision 1).
    const [locked] = await tx.$queryRaw<
      { version: number }[]
    >`SELECT "version" FROM "Plan" WHERE "id" = ${plan.id} AND "khoiId" = ${plan.khoiId} FOR UPDATE`;
    const opened = await tx.plan.findFirst({
      where: { seriesId: plan.seriesId, khoiId: plan.khoiId, status: "DRAFT" },
      select: { id: true },
    });
    if (opened) return { id: opened.id };
    if (locked?.version !== input.version) throw conflict();
    const last = await tx.plan.aggregate({ where: { seriesId: plan.seriesId, khoiId: plan.khoiId }, _max: { revision: true } });
    const id = crypto.randomUUID();
    const {
      id: _id,
      status: _s,
      revision: _r,
      version: _v,
      publishedAt: _p,
      publishedById: _pb,
      createdAt: _c,
      updatedAt: _u,
      requestKey: _k,
      changeNote: _n,
      sections,
      ...copy
    } = plan;
    await tx.plan.create({
      data: {
        ...copy,
        sections: sections ?? [],
        reportSchedule: copy.reportSchedule ?? [],
        id,
        revision: (last._max.revision ?? 0) + 1,
        createdById: viewer.userId,
      },
    });
    for (const ind of indicators) {
      const { id: _iid, planId: _pid, createdAt: _ic, yearTargets, ...rest } = ind;
      await tx.indicator.create({
        data: { ...rest, planId: id, yearTargets: { create: yearTargets.map((y) => ({ year: y.year, target: y.target })) } },
      });
    }
    await recordStatusChange(
      {
        khoiId: plan.khoiId,
        entityType: "Plan",
        entityId: id,
        fromStatus: null,
        toStatus: "DRAFT",
        actorId: viewer.userId,
        comment: `Bản sửa đổi của bản ${plan.revision === 0 ? "gốc" : `sửa đổi lần ${plan.revision}`}`,
      },
      tx,
      { subject: plan.subject, revisionOf: plan.id },
    );
    return { id };
  });
}

/** Withdraws a published plan; it stays readable (lưu trữ), never deleted. */
export async function archivePlan(viewer: Viewer, input: z.output<typeof planArchiveInput>) {
  const plan = await db().plan.findFirst({
    where: { AND: [planManageScope(viewer), { id: input.id }] },
    select: { id: true, khoiId: true, coSoId: true, seriesId: true, status: true },
  });
  if (!plan) throw notFound("kế hoạch");
  if (plan.status !== "PUBLISHED") throw invalid({}, "Chỉ lưu trữ kế hoạch đã ban hành; bản nháp thì xóa");
  const draft = await db().plan.findFirst({
    where: { seriesId: plan.seriesId, khoiId: plan.khoiId, status: "DRAFT" },
    select: { id: true },
  });
  if (draft) throw invalid({}, "Kế hoạch đang có bản sửa đổi chưa ban hành: hãy xóa bản sửa đổi đó trước khi lưu trữ");
  await db().$transaction(async (tx) => {
    // A withdrawn cơ sở plan frees its slot: the cơ sở may make a new one on the same Khối plan.
    const { count } = await tx.plan.updateMany({
      where: { id: plan.id, khoiId: plan.khoiId, version: input.version, status: "PUBLISHED" },
      data: { status: "ARCHIVED", requestKey: plan.coSoId ? null : undefined, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await recordStatusChange(
      {
        khoiId: plan.khoiId,
        entityType: "Plan",
        entityId: plan.id,
        fromStatus: "PUBLISHED",
        toStatus: "ARCHIVED",
        actorId: viewer.userId,
        comment: input.comment,
      },
      tx,
    );
  });
}

/** Only a draft can be deleted; what was published is archived instead. */
export async function deletePlan(viewer: Viewer, input: z.output<typeof planRefInput>) {
  const plan = await findDraft(viewer, input.id);
  await db().$transaction(async (tx) => {
    const { count } = await tx.plan.deleteMany({
      where: { id: plan.id, khoiId: plan.khoiId, version: input.version, status: "DRAFT" },
    });
    if (count === 0) throw conflict();
    await recordAudit(
      {
        khoiId: plan.khoiId,
        actorId: viewer.userId,
        action: "plan.delete-draft",
        targetType: "Plan",
        targetId: plan.id,
        before: { subject: plan.subject, number: plan.number, revision: plan.revision },
      },
      tx,
    );
  });
  // A deleted revision sends the user back to the plan it revised.
  const previous = await db().plan.findFirst({
    where: { seriesId: plan.seriesId, khoiId: plan.khoiId },
    orderBy: { revision: "desc" },
    select: { id: true },
  });
  return { nextId: previous?.id ?? null };
}
