import "server-only";
// The audit trail: who changed what, when, from → to. Only appended to, never updated (a
// database trigger refuses UPDATE and DELETE, SECURITY.md #25).
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";
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

const json = (fields: Record<string, unknown> | null | undefined) => (fields ? (auditFields(fields) as Prisma.InputJsonObject) : undefined);

/** Writes one row; pass the transaction of the change so both commit or neither does. */
export async function recordAudit(entry: AuditEntry, tx?: Tx) {
  await (tx ?? db()).auditLog.create({ data: { ...entry, before: json(entry.before), after: json(entry.after) } });
}

/**
 * An edit: only the fields whose value differs between `before` (the row as it was, read under
 * the same version the update checks) and `after` (what the update wrote).
 */
export async function recordChange(entry: Omit<AuditEntry, "before" | "after">, before: Record<string, unknown> | null, after: Record<string, unknown>, tx: Tx) {
  const diff = changedFields(before, after);
  await recordAudit({ ...entry, before: diff.before, after: diff.after }, tx);
}
