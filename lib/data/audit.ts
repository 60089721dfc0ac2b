import "server-only";
// The audit trail: who changed what, when, from → to. Only appended to, never updated.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client";

type Tx = Prisma.TransactionClient;

export type AuditEntry = {
  khoiId: string | null;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

export async function recordAudit(entry: AuditEntry, tx?: Tx) {
  await (tx ?? db()).auditLog.create({ data: entry });
}
