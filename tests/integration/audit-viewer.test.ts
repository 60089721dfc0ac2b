// SECURITY.md #25 and #5: the Khối's audit log (/khoi/nhat-ky) for its admins. Two tenants: each
// admin reads their own Khối's rows, never the other's nor the city's, in the list and in the
// export; the filters (person, record, action, days, refused) narrow within that.
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { updateMemberAction } from "@/lib/actions/members";
import { publishPlanAction } from "@/lib/actions/plans";
import { exportAuditLog, listAuditLog, type AuditRowDto } from "@/lib/data/audit-log";
import { recordAudit } from "@/lib/data/audit";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { auditLogQuery } from "@/lib/validation/audit";
import type { Viewer } from "@/lib/authz";
import { GET as exportRoute } from "@/app/(portal)/khoi/nhat-ky/xuat-excel/route";
import { makeMember, makePlan, makeTenant, makeUser, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let adminA: Viewer;
let adminB: Viewer;
let lan: { id: string; email: string };
let transferred: { id: string; fullName: string };

const FORMULA = '=HYPERLINK("http://evil.example","Bấm")';

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  adminA = await viewerOf(a.users.admin.id);
  adminB = await viewerOf(b.users.admin.id);
  // In A: Lan (an officer with a Vietnamese name) transfers a member; a member named like a formula is edited.
  lan = await makeUser(db(), {
    role: "KHOI_STAFF",
    unit: a.khoi,
    name: "Nguyễn Thị Lan",
    email: `lan-${crypto.randomUUID().slice(0, 6)}@test.vn`,
  });
  transferred = await makeMember(db(), a.chiDoanA1, { fullName: "Phạm Văn Chuyển" });
  actingAs(lan.id);
  expect(
    await updateMemberAction({ id: transferred.id, version: 0, fullName: transferred.fullName, chiDoanId: a.chiDoanA2.id }),
  ).toMatchObject({ ok: true });
  const formulaMember = await makeMember(db(), a.chiDoanA1, { fullName: "Tên Bình Thường" });
  await updateMemberAction({ id: formulaMember.id, version: 0, fullName: FORMULA, chiDoanId: a.chiDoanA1.id });
  // In B: B's staff edits a member of B, and B's admin probes A's plan (a refusal, filed under B).
  actingAs(b.users.staff.id);
  await updateMemberAction({ id: b.members.a2.id, version: 0, fullName: "Người Của Khối B", chiDoanId: b.chiDoanA1.id });
  const planA = await makePlan(db(), a.khoi);
  actingAs(b.users.admin.id);
  await publishPlanAction({ id: planA.id, version: 0 });
  // City-level: no Khối.
  await recordAudit({
    khoiId: null,
    actorId: null,
    action: "auth.login.throttled",
    targetType: "User",
    after: { email: "x@test.vn" },
  });
  actingAs(null);
});

const list = (viewer: Viewer, params: Record<string, string> = {}) => listAuditLog(viewer, auditLogQuery.parse(params));
const khoiOf = async (rows: AuditRowDto[]) =>
  new Set(
    (await db().auditLog.findMany({ where: { id: { in: rows.map((r) => r.id) } }, select: { khoiId: true } })).map(
      (r) => r.khoiId,
    ),
  );

describe("whose rows", () => {
  it("an admin reads only their own Khối's rows, newest first", async () => {
    const mine = await list(adminA);
    expect(mine.rows.length).toBeGreaterThan(0);
    expect(await khoiOf(mine.rows)).toEqual(new Set([a.khoi.id]));
    const times = mine.rows.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    const theirs = await list(adminB);
    expect(await khoiOf(theirs.rows)).toEqual(new Set([b.khoi.id]));
    expect(JSON.stringify(theirs)).not.toContain("Phạm Văn Chuyển");
    expect(JSON.stringify(mine)).not.toContain("Người Của Khối B");
  });

  it("a record filter on the other tenant's id finds nothing", async () => {
    expect((await list(adminB, { type: "Member", record: transferred.id })).total).toBe(0);
  });

  it("is nothing for Khối staff, a cơ sở secretary or the city (no audit.read)", async () => {
    for (const id of [a.users.staff.id, a.users.coSo.id, a.users.city.id]) expect((await list(await viewerOf(id))).total).toBe(0);
  });

  it("B's refused probe of A's plan is in B's log, not A's, and names nothing of A", async () => {
    const refusedB = await list(adminB, { refused: "1" });
    expect(refusedB.rows.map((r) => r.action)).toEqual(["action.refused"]);
    expect(refusedB.rows[0]).toMatchObject({
      refused: true,
      actionLabel: "Thao tác bị từ chối",
      target: { typeLabel: "Thao tác", name: null, href: null },
    });
    expect(refusedB.rows[0].changes).toEqual(
      expect.arrayContaining([{ field: "Lý do", from: "", to: "Không tìm thấy hoặc ngoài phạm vi" }]),
    );
    expect((await list(adminA, { refused: "1" })).total).toBe(0);
  });
});

describe("filters", () => {
  it("by person: part of the name without diacritics, or of the e-mail", async () => {
    for (const q of ["nguyen thi", "NGUYỄN THỊ LAN", lan.email.slice(0, 8)]) {
      const found = await list(adminA, { q });
      expect(found.total).toBeGreaterThan(0);
      expect(found.rows.every((r) => r.actor?.name === "Nguyễn Thị Lan")).toBe(true);
    }
    expect((await list(adminA, { q: "khong ai ten nay" })).total).toBe(0);
  });

  it("by record: the transfer of one member, with a readable before → after and a link to the member", async () => {
    const found = await list(adminA, { type: "Member", record: transferred.id });
    expect(found.rows.map((r) => r.action)).toEqual(["member.transfer"]);
    const [row] = found.rows;
    expect(row).toMatchObject({
      actionLabel: "Chuyển sinh hoạt",
      actor: { name: "Nguyễn Thị Lan", email: lan.email },
      target: {
        type: "Member",
        typeLabel: "Đoàn viên",
        id: transferred.id,
        name: "Phạm Văn Chuyển",
        href: `/doan-vien/${transferred.id}`,
      },
    });
    expect(row.changes).toEqual([{ field: "Chi đoàn", from: a.chiDoanA1.name, to: a.chiDoanA2.name }]);
    expect(Object.keys(row).sort()).toEqual(["action", "actionLabel", "actor", "at", "changes", "id", "refused", "target"]);
  });

  it("by action, and by days (dd/mm/yyyy, Vietnam time)", async () => {
    expect((await list(adminA, { action: "member.transfer" })).rows.every((r) => r.action === "member.transfer")).toBe(true);
    const today = formatVietnameseDate(todayInVietnam());
    const yesterday = formatVietnameseDate(new Date(todayInVietnam().getTime() - 86_400_000));
    expect((await list(adminA, { from: today, to: today })).total).toBe((await list(adminA)).total);
    expect((await list(adminA, { to: yesterday })).total).toBe(0);
    // An unknown action or a malformed day is no filter, not an error.
    expect((await list(adminA, { action: "'; DROP TABLE", from: "31/02/2026" })).total).toBe((await list(adminA)).total);
  });
});

describe("the export", () => {
  const cellsOf = async (bytes: Buffer | ArrayBuffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as ArrayBuffer);
    const ws = wb.worksheets[0];
    const rows: unknown[][] = [];
    ws.eachRow((row, n) => n > 1 && rows.push((row.values as unknown[]).slice(1)));
    return rows;
  };

  it("holds the filtered rows of the admin's Khối only, with formulas neutralised", async () => {
    const { workbook, rowCount } = await exportAuditLog(adminA, auditLogQuery.parse({}));
    const rows = await cellsOf(workbook);
    expect(rows).toHaveLength(rowCount);
    const text = JSON.stringify(rows);
    expect(text).toContain("Phạm Văn Chuyển");
    expect(text).not.toContain("Người Của Khối B");
    for (const row of rows) for (const cell of row) if (typeof cell === "string") expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // The member renamed to a formula is named as text (the target cell), never run.
    expect(rows.some((row) => row.includes(`'${FORMULA}`))).toBe(true);
    const theirs = JSON.stringify(await cellsOf((await exportAuditLog(adminB, auditLogQuery.parse({}))).workbook));
    expect(theirs).toContain("Người Của Khối B");
    expect(theirs).not.toMatch(/Phạm Văn Chuyển|Nguyễn Thị Lan|HYPERLINK/);
  });

  it("is an attachment from the route for an admin, 404 for anyone else, sign-in when signed out", async () => {
    const get = (query = "") => exportRoute(new NextRequest(`http://localhost/khoi/nhat-ky/xuat-excel${query}`));
    actingAs(b.users.admin.id);
    const res = await get(`?record=${transferred.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="Nhat ky thao tac \d{2}-\d{2}-\d{4}\.xlsx"/);
    expect(await cellsOf(await res.arrayBuffer())).toEqual([]);
    actingAs(a.users.staff.id);
    expect((await get()).status).toBe(404);
    actingAs(null);
    await expect(get()).rejects.toMatchObject({ digest: expect.stringMatching(/NEXT_REDIRECT.*\/dang-nhap/) });
  });
});
