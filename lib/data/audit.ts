import "server-only";
// The audit trail: who changed what, when, from → to. Only appended to, never updated (a
// database trigger refuses UPDATE and DELETE, SECURITY.md #25).
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
import { asSystem } from "@/lib/db/tenant-context";
import { auditFields, changedFields } from "@/lib/domain/audit-diff";

type Tx = Prisma.TransactionClient;

export type AuditEntry = {
  khoiId: string | null;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
};

const json = (fields: Record<string, unknown> | null | undefined) =>
  fields ? (auditFields(fields) as Prisma.InputJsonObject) : undefined;

/** Writes one row; pass the transaction of the change so both commit or neither does. */
export async function recordAudit(entry: AuditEntry, tx?: Tx) {
  // The delegate, not the client: comparing the whole extended client with a transaction's type
  // exceeds TypeScript's depth limit as the schema grows.
  const auditLog = tx ? tx.auditLog : db().auditLog;
  await auditLog.create({ data: { ...entry, before: json(entry.before), after: json(entry.after) } });
}

/**
 * An edit: only the fields whose value differs between `before` (the row as it was, read under
 * the same version the update checks) and `after` (what the update wrote).
 */
export async function recordChange(
  entry: Omit<AuditEntry, "before" | "after">,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
  tx: Tx,
) {
  const diff = changedFields(before, after);
  await recordAudit({ ...entry, before: diff.before, after: diff.after }, tx);
}

// ───────────── Refused attempts ─────────────
// A refused action (another tenant's id, an id outside the viewer's units, a missing permission)
// is what probing looks like, so it is logged: the actor, their own Khối (never the target's:
// that would show one tenant's admin the accounts of another), the action's name and the ids the
// client sent — never the payload (passwords, file bytes, free text).

export const REFUSED_ACTION = "action.refused";

/**
 * A flood of refusals must not flood the log (a script POSTing a million foreign ids): at most
 * this many rows per actor per minute, counted in the database under a per-actor lock, so
 * parallel requests cannot overshoot; the last one says that later refusals went unrecorded.
 */
export const REFUSALS_PER_MINUTE = 20;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_IDS = 5;

/** The ids the client sent: `id`, `…Id` and `…Ids` fields holding uuids, nothing else. */
export function sentIds(input: unknown): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (!input || typeof input !== "object") return out;
  for (const [key, value] of Object.entries(input)) {
    if (Object.keys(out).length >= MAX_IDS) break;
    if (key !== "id" && !/Ids?$/.test(key)) continue;
    if (typeof value === "string" && UUID.test(value)) out[key] = value;
    else if (Array.isArray(value)) {
      const ids = value.filter((v): v is string => typeof v === "string" && UUID.test(v)).slice(0, MAX_IDS);
      if (ids.length) out[key] = ids;
    }
  }
  return out;
}

/**
 * In system mode: the row goes to the actor's own Khối, read from their account, which the
 * request's tenant may not include (an account whose last role was just removed reaches no Khối,
 * and row-level security refused its refusal row).
 */
export function recordRefusal(actorId: string, attempt: { action: string; code: string; input: unknown }) {
  return asSystem(() => writeRefusal(actorId, attempt));
}

async function writeRefusal(actorId: string, attempt: { action: string; code: string; input: unknown }) {
  const actor = await db().user.findUnique({ where: { id: actorId }, select: { khoiId: true } });
  const khoiId = actor?.khoiId ?? null;
  const ids = sentIds(attempt.input);
  const primary = typeof ids.id === "string" ? ids.id : Object.values(ids).flat()[0];
  await db().$transaction(async (tx) => {
    // One actor's refusals are counted one at a time (a transaction-scoped advisory lock).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`audit-refusal:${actorId}`}))`;
    const since = new Date(Date.now() - 60_000);
    const recent = await tx.auditLog.count({ where: { khoiId, actorId, action: REFUSED_ACTION, createdAt: { gte: since } } });
    if (recent >= REFUSALS_PER_MINUTE) return;
    const last = recent === REFUSALS_PER_MINUTE - 1;
    await recordAudit(
      {
        khoiId,
        actorId,
        action: REFUSED_ACTION,
        targetType: "Action",
        targetId: primary ?? null,
        after: { action: attempt.action.slice(0, 100), code: attempt.code, ids, ...(last ? { capped: true } : {}) },
      },
      tx,
    );
  });
}
