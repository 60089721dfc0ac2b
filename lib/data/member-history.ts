import "server-only";
// Where a member was on a given day. A transfer (chuyển sinh hoạt) is recorded in the audit trail
// with the chi đoàn before and after, so an entry logged after a transfer for something done
// before it still counts for, and is reviewed by, the unit the member was in at the time.
import { db } from "@/lib/db/client";

type Units = { khoiId: string; coSoId: string; chiDoanId: string };

const DAY_MS = 86_400_000;
// Date-only columns hold the Vietnamese calendar day at UTC midnight; that day ends at 17:00 UTC.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export async function unitsOn(member: Units & { id: string }, day: Date): Promise<Units> {
  const endOfDay = new Date(day.getTime() + DAY_MS - VIETNAM_OFFSET_MS);
  const transfer = await db().auditLog.findFirst({
    where: {
      khoiId: member.khoiId,
      targetType: "Member",
      targetId: member.id,
      action: "member.transfer",
      createdAt: { gte: endOfDay },
    },
    orderBy: { createdAt: "asc" },
    select: { before: true },
  });
  const chiDoanId = (transfer?.before as { chiDoanId?: unknown } | null)?.chiDoanId;
  if (typeof chiDoanId !== "string" || chiDoanId === member.chiDoanId) return member;
  // The chi đoàn it left, if it still exists in the same Khối (else the member's units now).
  const then = await db().unit.findFirst({
    where: { id: chiDoanId, khoiId: member.khoiId, kind: "CHI_DOAN" },
    select: { id: true, coSoId: true },
  });
  return then?.coSoId ? { khoiId: member.khoiId, coSoId: then.coSoId, chiDoanId: then.id } : member;
}
