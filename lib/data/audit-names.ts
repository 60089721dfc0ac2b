import "server-only";
// Names and pages of what audit rows point at, for the Khối's log. Every look-up carries the
// viewer's Khối in its `where`: a row may hold another tenant's id (a refused attempt's, typed by
// the client), and naming that record would leak it across tenants. Not found → no name, no link.
import { db } from "@/lib/db/client";
import type { IdKind } from "@/lib/domain/audit-view";

export type TargetRef = { name: string | null; href: string | null };
type Named = { id: string; name: string; href: string | null };

const CHUNK = 1000;
const short = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max)}…` : text);

async function inChunks(ids: string[], find: (ids: string[]) => Promise<Named[]>): Promise<Named[]> {
  const out: Named[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await find(ids.slice(i, i + CHUNK))));
  return out;
}

/** One finder per kind of record: its display name and its page, inside the given Khối. */
function finders(khoiIds: string[]): Record<string, (ids: string[]) => Promise<Named[]>> {
  const khoiId = { in: khoiIds };
  return {
    User: async (ids) =>
      (await db().user.findMany({ where: { id: { in: ids }, khoiId }, select: { id: true, name: true } })).map((u) => ({
        ...u,
        href: "/khoi/tai-khoan",
      })),
    Unit: async (ids) =>
      (await db().unit.findMany({ where: { id: { in: ids }, khoiId }, select: { id: true, name: true } })).map((u) => ({
        ...u,
        href: "/khoi",
      })),
    Member: async (ids) =>
      (
        await db().member.findMany({ where: { id: { in: ids }, khoiId }, select: { id: true, fullName: true, active: true } })
      ).map((m) => ({ id: m.id, name: m.fullName, href: m.active ? `/doan-vien/${m.id}` : null })),
    Plan: async (ids) =>
      (await db().plan.findMany({ where: { id: { in: ids }, khoiId }, select: { id: true, subject: true } })).map((p) => ({
        id: p.id,
        name: short(p.subject),
        href: `/ke-hoach/${p.id}`,
      })),
    Indicator: async (ids) =>
      (
        await db().indicator.findMany({
          where: { id: { in: ids }, khoiId },
          select: { id: true, code: true, wording: true, planId: true },
        })
      ).map((i) => ({ id: i.id, name: short(`${i.code} – ${i.wording}`, 60), href: `/ke-hoach/${i.planId}` })),
    Activity: async (ids) =>
      (await db().activity.findMany({ where: { id: { in: ids }, khoiId }, select: { id: true, name: true } })).map((x) => ({
        ...x,
        href: `/hoat-dong/${x.id}`,
      })),
    ActivityRegistration: async (ids) =>
      (
        await db().activityRegistration.findMany({
          where: { id: { in: ids }, khoiId },
          select: { id: true, activityId: true, activity: { select: { name: true } }, coSo: { select: { name: true } } },
        })
      ).map((r) => ({
        id: r.id,
        name: `${r.coSo.name} – ${r.activity.name}`,
        href: `/hoat-dong/${r.activityId}`,
      })),
    YouthProject: async (ids) =>
      (
        await db().youthProject.findMany({ where: { id: { in: ids }, khoiId }, select: { id: true, name: true, status: true } })
      ).map((p) => ({ id: p.id, name: p.name, href: p.status === "WITHDRAWN" ? null : `/cong-trinh/${p.id}` })),
    MemberEntry: async (ids) =>
      (
        await db().memberEntry.findMany({ where: { id: { in: ids }, khoiId }, select: { id: true, title: true, status: true } })
      ).map((e) => ({ id: e.id, name: e.title, href: e.status === "WITHDRAWN" ? null : `/ghi-nhan/${e.id}` })),
    Commitment: async (ids) =>
      (
        await db().commitment.findMany({
          where: { id: { in: ids }, khoiId },
          select: { id: true, year: true, status: true, member: { select: { fullName: true } } },
        })
      ).map((c) => ({
        id: c.id,
        name: `${c.member.fullName} – năm ${c.year}`,
        href: c.status === "WITHDRAWN" ? null : `/cam-ket/${c.id}`,
      })),
    ReportPeriod: async (ids) =>
      (await db().reportPeriod.findMany({ where: { id: { in: ids }, khoiId }, select: { id: true, title: true } })).map((p) => ({
        id: p.id,
        name: p.title,
        href: `/bao-cao/${p.id}`,
      })),
    Report: async (ids) =>
      (
        await db().report.findMany({
          where: { id: { in: ids }, khoiId },
          select: { id: true, periodId: true, period: { select: { title: true } }, unit: { select: { name: true } } },
        })
      ).map((r) => ({
        id: r.id,
        name: `${r.unit.name} – ${r.period.title}`,
        href: `/bao-cao/${r.periodId}`,
      })),
  };
}

const KIND_MODEL: Record<IdKind, string> = {
  unit: "Unit",
  member: "Member",
  plan: "Plan",
  indicator: "Indicator",
  activity: "Activity",
  period: "ReportPeriod",
};

/** Names of the ids found in rows' before/after (chi đoàn, indicators…), within the Khối. */
export async function namesOf(khoiIds: string[], wanted: Record<IdKind, string[]>): Promise<Map<string, string>> {
  const find = finders(khoiIds);
  const found = await Promise.all(
    (Object.keys(wanted) as IdKind[]).filter((k) => wanted[k].length).map((k) => inChunks(wanted[k], find[KIND_MODEL[k]])),
  );
  return new Map(found.flat().map((n) => [n.id, n.name]));
}

/** Name and page of each row's target (`type:id` → ref), within the Khối. */
export async function targetsOf(
  khoiIds: string[],
  rows: { targetType: string; targetId: string | null }[],
): Promise<Map<string, TargetRef>> {
  const find = finders(khoiIds);
  const byType = new Map<string, Set<string>>();
  for (const r of rows)
    if (r.targetId && find[r.targetType]) byType.set(r.targetType, (byType.get(r.targetType) ?? new Set()).add(r.targetId));
  const out = new Map<string, TargetRef>();
  await Promise.all(
    [...byType].map(async ([type, ids]) => {
      for (const n of await inChunks([...ids], find[type])) out.set(`${type}:${n.id}`, { name: n.name, href: n.href });
    }),
  );
  return out;
}
