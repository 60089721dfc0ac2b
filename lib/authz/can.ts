// can(viewer, action, target): the single yes/no decision, pure and unit-tested cell by cell.
import { PERMISSIONS, type Action } from "./permissions";
import type { Grant, Target, Viewer } from "./viewer";
import type { UnitKind } from "@/lib/generated/prisma/enums";

/** Is the target inside the grant's unit (inclusive)? Decided by the grant's level. */
export function inSubtree(grant: Grant, target: Target): boolean {
  if (!target.khoiId || !grant.khoiIds.includes(target.khoiId)) return false;
  switch (grant.unitKind) {
    case "CITY":
      return true;
    case "KHOI":
      return target.khoiId === grant.unitId;
    case "CO_SO":
      return target.coSoId === grant.unitId;
    case "CHI_DOAN":
      return target.chiDoanId === grant.unitId;
  }
}

/** Is the target issued by a unit above the grant's, in the same Khối (the Khối, or its cơ sở)? */
function aboveGrant(grant: Grant, target: Target): boolean {
  if (!target.khoiId || !grant.khoiIds.includes(target.khoiId) || !target.unitId) return false;
  if (grant.unitKind === "CITY" || grant.unitKind === "KHOI") return false;
  return target.unitId === target.khoiId || (grant.unitKind === "CHI_DOAN" && target.unitId === grant.coSoId);
}

export function grantAllows(viewer: Viewer, grant: Grant, action: Action, target: Target): boolean {
  const scope = PERMISSIONS[grant.role][action];
  switch (scope) {
    case undefined:
      return false;
    case "self":
      return !!target.ownerUserId && target.ownerUserId === viewer.userId;
    case "subtree":
      return inSubtree(grant, target);
    case "below":
      return inSubtree(grant, target) && target.unitId !== grant.unitId;
    case "line":
      return inSubtree(grant, target) || aboveGrant(grant, target);
    case "unit":
      return !!target.khoiId && grant.khoiIds.includes(target.khoiId) && target.unitId === grant.unitId;
    case "khoi":
      return !!target.khoiId && grant.khoiIds.includes(target.khoiId);
  }
}

export function can(viewer: Viewer | null, action: Action, target: Target): boolean {
  if (!viewer) return false;
  return viewer.grants.some((grant) => grantAllows(viewer, grant, action, target));
}

/** Does any grant allow this action somewhere? (to show or hide a menu entry or button) */
export function canSomewhere(viewer: Viewer | null, action: Action): boolean {
  return !!viewer?.grants.some((g) => PERMISSIONS[g.role][action] !== undefined);
}

export function grantsFor(viewer: Viewer, action: Action): Grant[] {
  return viewer.grants.filter((g) => PERMISSIONS[g.role][action] !== undefined);
}

/** The Khối where the viewer holds this action at the Khối itself (its staff, not a cơ sở's). */
export function khoiIdsFor(viewer: Viewer, action: Action): string[] {
  return [
    ...new Set(
      grantsFor(viewer, action)
        .filter((g) => g.unitKind === "KHOI")
        .map((g) => g.unitId),
    ),
  ];
}

/**
 * Does a grant allow this action over units — its subtree or line, not only the viewer's own
 * records (unless `self`) — optionally from a unit of the given levels? Pages and menus ask this ("may this
 * viewer open the Khối's tree?" is `holds(viewer, "unit.read", { at: ["KHOI"] })`), so that they
 * read the permission table and the tree, never role names.
 */
export function holds(
  viewer: Viewer | null,
  action: Action,
  opts: { at?: UnitKind[]; /** count grants over one's own records too */ self?: boolean } = {},
): boolean {
  return !!viewer?.grants.some((g) => {
    const scope = PERMISSIONS[g.role][action];
    return scope !== undefined && (opts.self || scope !== "self") && (!opts.at || opts.at.includes(g.unitKind));
  });
}

/** A role that manages accounts: its holder may not remove it from themselves (no self-lockout). */
export function managesAccounts(role: Grant["role"]): boolean {
  return PERMISSIONS[role]["account.manage"] !== undefined;
}

/** Is this Khối within the viewer's grants? Helpers that take a record's khoiId check it with this. */
export function reachesKhoi(viewer: Viewer, khoiId: string): boolean {
  return viewer.grants.some((g) => g.khoiIds.includes(khoiId));
}
