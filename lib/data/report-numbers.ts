import "server-only";
// The numbers of a report, pre-filled from the records: each indicator the period asks for,
// counted over the period's months for one cơ sở (or the whole Khối for its own report), with a
// link to the records behind it; and the standing figures (confirmed ideas, trainings by kind,
// volunteer days, projects, honours) and the honours of the period by name. Indicators measured
// by hand or in đồng are typed in.
import { honourScope, unitScope, type Viewer } from "@/lib/authz";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AppliesTo, HonourLevel, MeasureKind, RecordKind, TargetKind } from "@/lib/generated/prisma/enums";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { NOMINEE_UNIT_SELECT, nomineeName } from "@/lib/domain/honour-labels";
import { periodListKey, periodWindow } from "@/lib/domain/report-rules";
import { TRAINING_KIND_LABELS } from "@/lib/domain/work-labels";
import type { ProgressStatus } from "@/lib/domain/progress";
import { listHref } from "@/lib/validation/list-query";
import { planProgress } from "./indicator-rollup";
import { COUNTED_PROJECT_STATUSES } from "./rollup-counts";
import { countEntries } from "./entry-counts";
import { countProjects } from "./projects";
import { countProjectJoins } from "./work-counts";
import { roundLink } from "./honour-rounds";

type PeriodRef = { planId: string; year: number; fromMonth: number; toMonth: number; indicatorIds: string[] };

export type ReportNumber = {
  indicatorId: string;
  code: string;
  wording: string;
  pillar: number | null;
  measure: MeasureKind;
  appliesTo: AppliesTo;
  targetKind: TargetKind;
  unitLabel: string;
  /** Typed in by the unit (ENTERED, MONEY): `value` is then the Khối total of accepted reports, or null */
  typed: boolean;
  value: number | null;
  /** The target this unit is measured against; null when the unit only contributes to a Khối total */
  target: number | null;
  status: ProgressStatus | null;
  /** The records behind the number */
  href: string | null;
  /** An activity or product the Khối holds itself: not counted in a cơ sở's report */
  khoiOnly?: boolean;
};

export type RecordFigureRow = { key: string; label: string; value: number; href: string };

/** Where the records behind an indicator's number are listed, filtered to the period and cơ sở. */
function recordsHref(kind: RecordKind | null, ky: string, coSoId: string | null): string | null {
  const coSo = coSoId ?? undefined;
  switch (kind) {
    case "IDEA":
    case "TRAINING":
      return listHref("/ghi-nhan", { ky, kind, status: "CONFIRMED", coSo });
    case "PROJECT":
      return listHref("/cong-trinh", { ky, coSo });
    case "HONOUR":
      return listHref("/cong-trinh", { ky, coSo, status: "HONOURED" });
    case "ACTIVITY":
    case "PARTICIPATION":
    case "PRODUCT":
      return "/hoat-dong";
    case "INSPECTION":
      return "/kiem-tra";
    default:
      return null;
  }
}

/** The period's indicators for one cơ sở (coSoId) or the whole Khối (null), over the period's months. */
export async function reportNumbers(viewer: Viewer, period: PeriodRef, coSoId: string | null): Promise<ReportNumber[]> {
  if (!period.indicatorIds.length) return [];
  const progress = await planProgress(viewer, period.planId, {
    within: periodWindow(period),
    coSoId: coSoId ?? undefined,
    indicatorIds: period.indicatorIds,
  });
  const ky = periodListKey(period);
  return progress.indicators.map((i) => {
    const typed = i.measure === "ENTERED" || i.measure === "MONEY";
    const base = {
      indicatorId: i.id,
      code: i.code,
      wording: i.wording,
      pillar: i.pillar,
      measure: i.measure,
      appliesTo: i.appliesTo,
      targetKind: i.targetKind,
      unitLabel: i.unitLabel,
      typed,
      href: typed ? null : recordsHref(i.recordKind ?? (i.measure === "UNIT_SHARE" ? "PROJECT" : null), ky, coSoId),
    };
    if (!coSoId) return { ...base, value: i.value, target: i.target, status: i.status };
    const own = i.coSo.find((c) => c.coSoId === coSoId);
    // Activities and products the Khối itself holds: nothing for a cơ sở to count.
    if (i.recordKind === "ACTIVITY" || i.recordKind === "PRODUCT")
      return { ...base, href: null, value: null, target: null, status: null, khoiOnly: true };
    if (typed) return { ...base, value: null, target: own?.target ?? null, status: null };
    // "100% cơ sở có …": this cơ sở has one or not; its records are the count.
    if (i.measure === "UNIT_SHARE") return { ...base, value: i.total, target: 1, status: own?.status ?? null };
    if (own) return { ...base, value: own.value, target: own.target, status: own.status };
    // A Khối total: the cơ sở contributes its count.
    return { ...base, value: i.total, target: null, status: null };
  });
}

/** The standing figures of the period from the records, for one cơ sở or the whole Khối. */
export async function recordFigures(viewer: Viewer, period: PeriodRef, coSoId: string | null): Promise<RecordFigureRow[]> {
  // Only the cơ sở's own rows when it is one cơ sở's report (no commitments: not a figure here).
  const range = { ...periodWindow(period), coSoId: coSoId ?? undefined };
  const [projectRows, joins, entries] = await Promise.all([
    countProjects(viewer, range),
    countProjectJoins(viewer, range),
    countEntries(viewer, range),
  ]);
  const counts = { projects: projectRows, joins, entries: entries.rows, trainings: entries.trainings };
  const mine = <T extends { coSoId: string | null }>(rows: T[]) => (coSoId ? rows.filter((r) => r.coSoId === coSoId) : rows);
  const ky = periodListKey(period);
  const coSo = coSoId ?? undefined;
  const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
  const confirmed = mine(counts.entries).filter((r) => r.status === "CONFIRMED");
  const projects = mine(counts.projects);
  const figures: RecordFigureRow[] = [
    {
      key: "ideas",
      label: "Ý tưởng, sáng kiến được xác nhận",
      value: sum(confirmed.filter((r) => r.kind === "IDEA")),
      href: listHref("/ghi-nhan", { ky, kind: "IDEA", status: "CONFIRMED", coSo }),
    },
    {
      key: "trainings",
      label: "Lượt học tập, bồi dưỡng được xác nhận",
      value: sum(confirmed.filter((r) => r.kind === "TRAINING")),
      href: listHref("/ghi-nhan", { ky, kind: "TRAINING", status: "CONFIRMED", coSo }),
    },
  ];
  for (const [kind, label] of Object.entries(TRAINING_KIND_LABELS)) {
    const n = sum(mine(counts.trainings).filter((r) => r.status === "CONFIRMED" && r.trainingKind === kind));
    if (n)
      figures.push({
        key: `training-${kind}`,
        label: `– ${label}`,
        value: n,
        href: listHref("/ghi-nhan", { ky, kind: "TRAINING", status: "CONFIRMED", coSo }),
      });
  }
  const volunteer = confirmed.filter((r) => r.kind === "VOLUNTEER");
  figures.push(
    {
      key: "volunteer",
      label: "Lượt tình nguyện được xác nhận",
      value: sum(volunteer),
      href: listHref("/ghi-nhan", { ky, kind: "VOLUNTEER", status: "CONFIRMED", coSo }),
    },
    {
      key: "volunteer-hours",
      label: "Giờ tình nguyện",
      value: volunteer.reduce((n, r) => n + r.hours, 0),
      href: listHref("/ghi-nhan", { ky, kind: "VOLUNTEER", status: "CONFIRMED", coSo }),
    },
    {
      key: "projects",
      label: "Công trình, phần việc thanh niên (đã duyệt trở lên)",
      value: sum(projects.filter((r) => (COUNTED_PROJECT_STATUSES as string[]).includes(r.status))),
      href: listHref("/cong-trinh", { ky, coSo }),
    },
    {
      key: "projects-pending",
      label: "Công trình chờ duyệt",
      value: sum(projects.filter((r) => r.status === "PENDING")),
      href: listHref("/cong-trinh", { ky, coSo, status: "PENDING" }),
    },
    {
      key: "honoured",
      label: "Công trình được tuyên dương",
      value: sum(projects.filter((r) => r.status === "HONOURED")),
      href: listHref("/cong-trinh", { ky, coSo, status: "HONOURED" }),
    },
    {
      key: "joins",
      label: "Lượt tham gia công trình cấp Khối",
      value: sum(mine(counts.joins)),
      href: listHref("/cong-trinh", { ky }),
    },
  );
  return figures;
}

export type PeriodHonourRow = {
  id: string;
  /** The honouree: a member's full name or a collective's name */
  name: string;
  coSoName: string;
  titleName: string;
  level: HonourLevel;
  /** Who decided it: the Khối, or the Thành Đoàn on the Khối's proposal */
  by: "KHOI" | "CITY";
  /** "Quyết định số 52-QĐ/ĐTN ngày 15/12/2025" (the Thành Đoàn's for a city-level title) */
  decision: string;
  href: string;
};

/**
 * The honours of the period (khen thưởng trong kỳ), for one cơ sở or the whole Khối: those the
 * Khối decided and still standing, and the city-level titles the Thành Đoàn conferred, each
 * dated by its decision; with a link to the round behind it.
 */
export async function periodHonours(viewer: Viewer, period: PeriodRef, coSoId: string | null): Promise<PeriodHonourRow[]> {
  const { from, to } = periodWindow(period);
  const mine: Prisma.HonourWhereInput = {
    AND: [honourScope(viewer), { revokedById: null, ...(coSoId ? { coSoId } : {}) }],
  };
  const nominee = { select: { member: { select: { fullName: true } }, unit: NOMINEE_UNIT_SELECT } };
  const [khoi, city] = await Promise.all([
    db().honour.findMany({
      where: { AND: [mine, { decidedOn: { gte: from, lt: to } }] },
      select: {
        id: true,
        coSoId: true,
        roundId: true,
        titleName: true,
        level: true,
        decidedOn: true,
        decision: { select: { number: true } },
        nomination: nominee,
      },
      orderBy: [{ decidedOn: "asc" }, { titleName: "asc" }],
      take: 2000,
    }),
    db().cityProposal.findMany({
      where: { status: "ACCEPTED", decidedOn: { gte: from, lt: to }, honour: mine },
      select: {
        id: true,
        titleName: true,
        decisionNumber: true,
        decidedOn: true,
        honour: { select: { coSoId: true, roundId: true, nomination: nominee } },
      },
      orderBy: [{ decidedOn: "asc" }, { titleName: "asc" }],
      take: 2000,
    }),
  ]);
  const coSoIds = [...new Set([...khoi.map((h) => h.coSoId), ...city.map((p) => p.honour.coSoId)])];
  const units = await db().unit.findMany({
    where: { AND: [unitScope(viewer, "unit.read"), { id: { in: coSoIds } }] },
    select: { id: true, name: true },
  });
  const coSoName = new Map(units.map((u) => [u.id, u.name]));
  return [
    ...khoi.map((h) => ({
      id: h.id,
      name: nomineeName(h.nomination),
      coSoName: coSoName.get(h.coSoId) ?? "",
      titleName: h.titleName,
      level: h.level,
      by: "KHOI" as const,
      decision: `Quyết định số ${h.decision.number} ngày ${formatVietnameseDate(h.decidedOn)}`,
      href: roundLink(h.roundId),
    })),
    ...city.map((p) => ({
      id: p.id,
      name: nomineeName(p.honour.nomination),
      coSoName: coSoName.get(p.honour.coSoId) ?? "",
      titleName: p.titleName,
      level: "CITY" as const,
      by: "CITY" as const,
      decision: `Quyết định số ${p.decisionNumber ?? ""} của Thành Đoàn ngày ${p.decidedOn ? formatVietnameseDate(p.decidedOn) : ""}`,
      href: roundLink(p.honour.roundId),
    })),
  ];
}
