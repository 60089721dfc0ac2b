// SECURITY.md #25: every change leaves an audit row (who, what, when, from → to), and the app
// cannot edit the log: the database refuses any UPDATE or DELETE of the audit trail and of the
// status timelines, whatever the query path.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMemberAction, updateMemberAction } from "@/lib/actions/members";
import { recordStatusChange } from "@/lib/data/status-changes";
import { makeTenant, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";

let a: Tenant;

beforeAll(async () => {
  a = await makeTenant(db());
});

async function memberChangedTwice() {
  actingAs(a.users.staff.id);
  const created = await createMemberAction({
    requestKey: crypto.randomUUID(),
    fullName: "Phạm Thu Trang",
    chiDoanId: a.chiDoanA1.id,
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const id = (created.data as { id: string }).id;
  const updated = await updateMemberAction({ id, version: 0, fullName: "Phạm Thu Trang", chiDoanId: a.chiDoanA2.id });
  expect(updated).toMatchObject({ ok: true });
  return id;
}

describe("the audit trail", () => {
  it("records who changed what, when, from → to", async () => {
    const id = await memberChangedTwice();
    const rows = await db().auditLog.findMany({ where: { targetType: "Member", targetId: id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => r.action)).toEqual(["member.create", "member.transfer"]);
    expect(rows.every((r) => r.actorId === a.users.staff.id && r.khoiId === a.khoi.id && r.createdAt instanceof Date)).toBe(true);
    expect(rows[1].before).toMatchObject({ chiDoanId: a.chiDoanA1.id });
    expect(rows[1].after).toMatchObject({ chiDoanId: a.chiDoanA2.id });
  });

  it("cannot be rewritten or removed through the client, nor by raw SQL", async () => {
    const id = await memberChangedTwice();
    const row = await db().auditLog.findFirstOrThrow({ where: { targetId: id } });
    await expect(db().auditLog.update({ where: { id: row.id }, data: { actorId: null } })).rejects.toThrow(/append-only/);
    await expect(db().auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db().auditLog.deleteMany({ where: { khoiId: a.khoi.id } })).rejects.toThrow(/append-only/);
    // (PGlite's adapter drops the message of a raw query's error; the row is checked below.)
    await expect(db().$executeRaw`UPDATE "AuditLog" SET "action" = 'forged' WHERE "id" = ${row.id}`).rejects.toThrow();
    expect(await db().auditLog.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });
});

describe("status timelines", () => {
  it("cannot be rewritten or removed either", async () => {
    await recordStatusChange({
      khoiId: a.khoi.id,
      entityType: "YouthProject",
      entityId: crypto.randomUUID(),
      fromStatus: "PENDING",
      toStatus: "APPROVED",
      actorId: a.users.staff.id,
    });
    const row = await db().statusChange.findFirstOrThrow({ where: { khoiId: a.khoi.id, toStatus: "APPROVED" } });
    await expect(db().statusChange.update({ where: { id: row.id }, data: { toStatus: "HONOURED" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db().statusChange.deleteMany({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    expect(await db().statusChange.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });
});
