import "server-only";
// What the registration form offers, per unit the viewer may register for: the published plans
// in line of that unit with their indicators, and, for a cơ sở, its chi đoàn and members.
import { db } from "@/lib/db/client";
import { grantsFor, type Viewer } from "@/lib/authz";
import { planTitle } from "@/lib/domain/plan-labels";
import { todayInVietnam } from "@/lib/domain/dates";
import { planInForce } from "@/lib/domain/plan-in-force";

export type ProjectFormUnit = {
  /** The cơ sở id, or null for the Khối itself */
  coSoId: string | null;
  khoiId: string;
  name: string;
  /** inForce: offered by default (lib/domain/plan-in-force.ts); the others behind "Hiện cả kế hoạch cũ" */
  plans: { id: string; label: string; inForce: boolean; indicators: { id: string; code: string; wording: string }[] }[];
  chiDoan: { id: string; name: string }[];
  members: { id: string; fullName: string; chiDoanId: string }[];
};

/**
 * `only` narrows to the unit of an existing project (editing), whose own plan is offered even
 * after it was revised. Units come from the viewer's grants, never from the client.
 */
export async function projectFormUnits(viewer: Viewer, only?: { unitId: string; planId: string }): Promise<ProjectFormUnit[]> {
  const seen = new Set<string>();
  const grants = grantsFor(viewer, "project.register").filter((g) => {
    if (g.unitKind !== "KHOI" && g.unitKind !== "CO_SO") return false;
    if (only && g.unitId !== only.unitId) return false;
    return !seen.has(g.unitId) && !!seen.add(g.unitId);
  });
  if (!grants.length) return [];
  const khoiIds = [...new Set(grants.flatMap((g) => g.khoiIds))];
  const coSoIds = grants.filter((g) => g.unitKind === "CO_SO").map((g) => g.unitId);
  // One query each for plans, chi đoàn and members of every unit in question.
  const [plans, chiDoan, members] = await Promise.all([
    db().plan.findMany({
      where: {
        AND: [
          { khoiId: { in: khoiIds }, OR: [{ coSoId: null }, { coSoId: { in: coSoIds } }] },
          only ? { OR: [{ status: "PUBLISHED" }, { id: only.planId }] } : { status: "PUBLISHED" },
        ],
      },
      select: {
        id: true,
        khoiId: true,
        coSoId: true,
        kind: true,
        number: true,
        subject: true,
        startYear: true,
        endYear: true,
        indicators: { select: { id: true, code: true, wording: true }, orderBy: { position: "asc" } },
      },
      orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
    }),
    coSoIds.length
      ? db().unit.findMany({
          where: { khoiId: { in: khoiIds }, coSoId: { in: coSoIds }, kind: "CHI_DOAN", active: true },
          select: { id: true, name: true, coSoId: true },
          orderBy: { name: "asc" },
        })
      : Promise.resolve([]),
    coSoIds.length
      ? db().member.findMany({
          where: { khoiId: { in: khoiIds }, coSoId: { in: coSoIds }, active: true },
          select: { id: true, fullName: true, chiDoanId: true, coSoId: true },
          orderBy: [{ sortName: "asc" }, { id: "asc" }],
          take: 5000,
        })
      : Promise.resolve([]),
  ]);
  const today = todayInVietnam();
  return grants.map((g) => {
    const coSoId = g.unitKind === "CO_SO" ? g.unitId : null;
    const khoiId = coSoId ? g.khoiIds[0] : g.unitId;
    return {
      coSoId,
      khoiId,
      name: g.unitName,
      plans: plans
        .filter((p) => p.khoiId === khoiId && (p.coSoId === null || p.coSoId === coSoId))
        .map((p) => ({
          id: p.id,
          label: p.coSoId ? `${planTitle(p)} (của cơ sở)` : planTitle(p),
          inForce: planInForce(p, today),
          indicators: p.indicators,
        })),
      chiDoan: chiDoan.filter((c) => c.coSoId === coSoId).map(({ id, name }) => ({ id, name })),
      members: members.filter((m) => m.coSoId === coSoId).map(({ id, fullName, chiDoanId }) => ({ id, fullName, chiDoanId })),
    };
  });
}
