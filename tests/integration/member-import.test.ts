import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { commitMemberImport, memberImportTemplate, previewMemberImport } from "@/lib/data/member-import";
import { AppError } from "@/lib/data/errors";
import { exportMembers } from "@/lib/data/members";
import { commitMemberImportAction, previewMemberImportAction } from "@/lib/actions/member-import";
import { GET as exportRoute } from "@/app/(portal)/doan-vien/xuat-excel/route";
import { GET as templateRoute } from "@/app/(portal)/doan-vien/mau-excel/route";
import { makeMember, makeTenant, makeUnit, unique, type Tenant } from "../factories";
import { testDatabase } from "../helpers/database";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";
import {
  craftWorkbook,
  manyRowsUnder,
  memberSheetXml,
  realMemberWorkbook,
  replacePart,
  sharedStringsXml,
} from "../helpers/crafted-xlsx";

/** A secretary's own list: the template's columns without "Cơ sở Đoàn". */
const HEADER = ["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Chi đoàn", "Email", "Số điện thoại"];
const TEMPLATE_HEADER = [
  "STT",
  "Họ và tên",
  "Ngày sinh",
  "Giới tính",
  "Chức vụ",
  "Chi đoàn",
  "Cơ sở Đoàn",
  "Email",
  "Số điện thoại",
];

async function sheet(rows: unknown[][], header = HEADER): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Đoàn viên");
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function readWorkbook(data: ArrayBuffer | Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(data as ArrayBuffer) as unknown as ExcelJS.Buffer);
  return wb.worksheets[0];
}

/** One key per chosen file, as the form sends it. */
const newKey = () => ({ requestKey: crypto.randomUUID() });

function formData(file: Uint8Array, name = "doan-vien.xlsx", requestKey: string | null = crypto.randomUUID()) {
  const fd = new FormData();
  fd.set("file", new File([file as BlobPart], name));
  if (requestKey !== null) fd.set("requestKey", requestKey);
  return fd;
}

const countIn = (khoiId: string) => db().member.count({ where: { khoiId } });

let a: Tenant;
let b: Tenant;
let takenEmail: string;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  takenEmail = `${unique("da-co")}@vd.vn`;
  await makeMember(db(), a.chiDoanA2, { fullName: "Người Có Email", email: takenEmail });
});

describe("previewing an import", () => {
  it("lists each bad row with its reason and writes nothing", async () => {
    const otherTenantsEmail = `${unique("b")}@vd.vn`;
    await makeMember(db(), b.chiDoanA1, { email: otherTenantsEmail });
    const before = await countIn(a.khoi.id);
    const file = await sheet([
      [1, "Nguyễn Văn Hợp Lệ", "05/03/1995", "Nam", "Đoàn viên", a.chiDoanA1.name.toUpperCase(), null, "0912345678"],
      [2, "Trần Thị Lạc", "05/03/1995", "Nữ", null, "Chi đoàn Không Có", null, null],
      [3, "Lê Văn Khách", "05/03/1995", "Nam", null, b.chiDoanA1.name, null, null],
      [4, "Phạm Thị Trùng", "05/03/1995", "Nữ", null, a.chiDoanA1.name, takenEmail.toUpperCase(), null],
      [5, "Đỗ Văn Khối Khác", "05/03/1995", "Nam", null, a.chiDoanA1.name, otherTenantsEmail, null],
      [6, "Vũ Thị Sai Ngày", "31/02/1990", "Nữ", null, a.chiDoanA1.name, null, null],
    ]);
    const preview = await previewMemberImport(await viewerOf(a.users.admin.id), file);
    expect(preview.total).toBe(6);
    expect(preview.validCount).toBe(2);
    expect(preview.errors).toEqual([
      { row: 3, name: "Trần Thị Lạc", reason: expect.stringMatching(/^Không có chi đoàn “Chi đoàn Không Có”/) },
      // Another tenant's chi đoàn reads as unknown: its existence is not revealed.
      { row: 4, name: "Lê Văn Khách", reason: expect.stringMatching(/^Không có chi đoàn “Chi đoàn A1/) },
      { row: 5, name: "Phạm Thị Trùng", reason: "Email đã được dùng cho một đoàn viên khác trong Đoàn Khối" },
      { row: 7, name: "Vũ Thị Sai Ngày", reason: "Ngày sinh không hợp lệ (định dạng dd/mm/yyyy)" },
    ]);
    expect(await countIn(a.khoi.id)).toBe(before);
  });

  it("refuses a join date before the birth date or before 14, and says a future date is in the future", async () => {
    const header = [...HEADER, "Ngày vào Đoàn"];
    const file = await sheet(
      [
        [1, "Hồ Vào Trước Sinh", "05/03/1960", "Nam", null, a.chiDoanA1.name, null, null, "26/03/1950"],
        [2, "Đỗ Vào Quá Sớm", "05/03/1995", "Nữ", null, a.chiDoanA1.name, null, null, "26/03/2003"],
        [3, "Lý Sinh Tương Lai", "01/01/2999", "Nữ", null, a.chiDoanA1.name, null, null, null],
        [4, "Mai Vào Mười Lăm", "05/03/1995", "Nữ", null, a.chiDoanA1.name, null, null, "26/03/2010"],
      ],
      header,
    );
    const preview = await previewMemberImport(await viewerOf(a.users.admin.id), file);
    expect(preview.validCount).toBe(1);
    expect(preview.errors).toEqual([
      { row: 2, name: "Hồ Vào Trước Sinh", reason: "Ngày vào Đoàn không được trước ngày sinh" },
      { row: 3, name: "Đỗ Vào Quá Sớm", reason: expect.stringMatching(/^Ngày vào Đoàn không hợp lý: khi đó chưa đủ 14 tuổi/) },
      { row: 4, name: "Lý Sinh Tương Lai", reason: "Ngày sinh không được sau hôm nay" },
    ]);
  });

  it("refuses a file that is not an xlsx, and one over 5 MB, with a Vietnamese message", async () => {
    const viewer = await viewerOf(a.users.admin.id);
    await expect(previewMemberImport(viewer, new TextEncoder().encode("STT,Họ và tên\n1,An"))).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/không phải tệp Excel .xlsx/),
    });
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    await expect(commitMemberImport(viewer, big, newKey())).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/lớn hơn 5 MB/),
    });
  });
});

describe("committing an import", () => {
  it("imports only the valid rows, placed by the chi đoàn, and returns the rejected rows as xlsx", async () => {
    const viewer = await viewerOf(a.users.staff.id);
    const before = await countIn(a.khoi.id);
    const email = `${unique("moi")}@vd.vn`;
    const file = await sheet([
      [1, "  Hoàng   Văn Mới ", new Date(Date.UTC(1996, 10, 20)), "nam", "Phó bí thư", "chi doan b1 " + b.label, null, null],
      [2, "Hoàng Văn Mới", new Date(Date.UTC(1996, 10, 20)), "nam", "Phó bí thư", a.chiDoanB1.name, email, 987654321],
      [3, null, "01/01/2000", "Nữ", null, a.chiDoanB1.name, null, null],
    ]);
    const result = await commitMemberImport(viewer, file, newKey());
    expect(result).toMatchObject({ imported: 1, rejected: 2 });
    expect(await countIn(a.khoi.id)).toBe(before + 1);

    const row = await db().member.findFirstOrThrow({ where: { khoiId: a.khoi.id, email } });
    expect(row).toMatchObject({
      khoiId: a.khoi.id,
      coSoId: a.coSoB.id,
      chiDoanId: a.chiDoanB1.id,
      fullName: "Hoàng Văn Mới",
      searchName: "hoang van moi",
      gender: "NAM",
      agency: a.coSoB.name,
      phone: "0987654321",
      birthDate: new Date(Date.UTC(1996, 10, 20)),
    });
    const audit = await db().auditLog.findMany({
      where: { khoiId: a.khoi.id, action: "member.import", actorId: a.users.staff.id },
    });
    expect(audit.map((x) => x.after)).toEqual([{ count: 1 }]);

    const rejected = await readWorkbook(Buffer.from(result.rejectedFile!, "base64"));
    expect(rejected.getRow(1).values).toEqual([undefined, ...TEMPLATE_HEADER, "Lý do"]);
    expect(rejected.getCell("B2").value).toBe("Hoàng   Văn Mới");
    expect(String(rejected.getCell("J3").value)).toBe("Thiếu họ và tên");
  });

  it("writes nothing when the transaction fails part-way", async () => {
    const viewer = await viewerOf(a.users.admin.id);
    const before = await countIn(a.khoi.id);
    const auditsBefore = await db().auditLog.count({ where: { action: "member.import" } });
    // A trigger makes the insert of row 1,500 fail: the first batch of 1,000 was already written
    // inside the transaction and must be rolled back with it.
    // (DDL: as the owner, the app role may not create functions or triggers.)
    const { asOwner } = testDatabase();
    await asOwner(`CREATE FUNCTION fail_import() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."fullName" = 'Lỗi Giữa Chừng' THEN RAISE EXCEPTION 'fail mid-import'; END IF; RETURN NEW; END $$`);
    await asOwner(`CREATE TRIGGER fail_import BEFORE INSERT ON "Member" FOR EACH ROW EXECUTE FUNCTION fail_import()`);
    try {
      const rows = Array.from({ length: 2_000 }, (_, i) => [
        i + 1,
        i === 1_499 ? "Lỗi Giữa Chừng" : `Người Thứ ${i}`,
        null,
        null,
        null,
        a.chiDoanA1.name,
      ]);
      await expect(commitMemberImport(viewer, await sheet(rows), newKey())).rejects.toThrow();
    } finally {
      await asOwner(`DROP TRIGGER fail_import ON "Member"`);
      await asOwner(`DROP FUNCTION fail_import()`);
    }
    expect(await countIn(a.khoi.id)).toBe(before);
    expect(await db().auditLog.count({ where: { action: "member.import" } })).toBe(auditsBefore);
  });

  it("imports a file once when the same choice is sent twice (double click, retry)", async () => {
    const key = crypto.randomUUID();
    actingAs(a.users.admin.id);
    const before = await countIn(a.khoi.id);
    const file = await sheet([[1, "Bấm Hai Lần", null, null, null, a.chiDoanA1.name]]);
    const first = await commitMemberImportAction(formData(file, "x.xlsx", key));
    const second = await commitMemberImportAction(formData(file, "x.xlsx", key));
    expect(first).toMatchObject({ ok: true, data: { imported: 1, rejected: 0 } });
    expect(second).toMatchObject({ ok: false, formError: expect.stringMatching(/vừa được nhập rồi/) });
    expect(await countIn(a.khoi.id)).toBe(before + 1);
    actingAs(null);
  });

  it("imports once when two commits of one file race, with or without the same key", async () => {
    const viewer = await viewerOf(a.users.admin.id);
    const before = await countIn(a.khoi.id);
    // Same key, no e-mails: only the requestKey stops the second import.
    const file = await sheet(Array.from({ length: 50 }, (_, i) => [i + 1, `Chạy Đua ${i}`, null, null, null, a.chiDoanA2.name]));
    const key = crypto.randomUUID();
    const sameKey = await Promise.allSettled([
      commitMemberImport(viewer, file, { requestKey: key }),
      commitMemberImport(viewer, file, { requestKey: key }),
    ]);
    expect(sameKey.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(sameKey.find((r) => r.status === "rejected")).toMatchObject({
      reason: { code: "CONFLICT", message: expect.stringMatching(/vừa được nhập rồi/) },
    });
    expect(await countIn(a.khoi.id)).toBe(before + 50);

    // Two keys, same e-mails: the loser either sees them taken (serialised, as on PGlite) or hits
    // the unique index inside its transaction (a real race); either way it writes nothing.
    const tag = unique("dua");
    const file2 = await sheet(
      Array.from({ length: 50 }, (_, i) => [
        i + 1,
        `Chạy Đua Lần Hai ${i}`,
        null,
        null,
        null,
        a.chiDoanA2.name,
        `${tag}-${i}@vd.vn`,
      ]),
    );
    const twoKeys = await Promise.allSettled([
      commitMemberImport(viewer, file2, newKey()),
      commitMemberImport(viewer, file2, newKey()),
    ]);
    expect(twoKeys.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const loser = twoKeys.find((r): r is PromiseRejectedResult => r.status === "rejected")!;
    expect(loser.reason).toBeInstanceOf(AppError);
    expect(["CONFLICT", "INVALID"]).toContain(loser.reason.code);
    expect(await countIn(a.khoi.id)).toBe(before + 100);
  });

  it("lets a chi đoàn secretary import only into their own chi đoàn", async () => {
    const viewer = await viewerOf(a.users.chiDoan.id);
    const file = await sheet([
      [1, "Của Mình", null, null, null, a.chiDoanA1.name],
      [2, "Chi Đoàn Bên Cạnh", null, null, null, a.chiDoanA2.name],
      [3, "Cơ Sở Khác", null, null, null, a.chiDoanB1.name],
    ]);
    const result = await commitMemberImport(viewer, file, newKey());
    expect(result).toMatchObject({ imported: 1, rejected: 2 });
    const mine = await db().member.findMany({ where: { fullName: { in: ["Của Mình", "Chi Đoàn Bên Cạnh", "Cơ Sở Khác"] } } });
    expect(mine.map((m) => [m.fullName, m.chiDoanId])).toEqual([["Của Mình", a.chiDoanA1.id]]);
  });

  it("refuses a member and a city viewer, whatever the file", async () => {
    const file = await sheet([[1, "Ai Đó", null, null, null, a.chiDoanA1.name]]);
    for (const user of [a.users.member, a.users.city]) {
      const viewer = await viewerOf(user.id);
      await expect(previewMemberImport(viewer, file)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(commitMemberImport(viewer, file, newKey())).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await db().member.count({ where: { fullName: "Ai Đó" } })).toBe(0);
  });

  it("refuses the actions without a session, for a member, and for a missing or oversized file", async () => {
    const file = await sheet([[1, "Qua Hành Động", null, null, null, a.chiDoanA1.name]]);
    actingAs(null);
    expect(await previewMemberImportAction(formData(file))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/đăng nhập/),
    });
    actingAs(a.users.member.id);
    expect(await commitMemberImportAction(formData(file))).toMatchObject({
      ok: false,
      formError: "Bạn không có quyền thực hiện thao tác này",
    });
    actingAs(a.users.admin.id);
    expect(await previewMemberImportAction(new FormData())).toMatchObject({
      ok: false,
      fieldErrors: { file: expect.stringMatching(/chọn tệp/) },
    });
    expect(await previewMemberImportAction(formData(new Uint8Array(5 * 1024 * 1024 + 1)))).toMatchObject({
      ok: false,
      fieldErrors: { file: expect.stringMatching(/lớn hơn 5 MB/) },
    });
    expect(await previewMemberImportAction(formData(file))).toMatchObject({
      ok: true,
      data: { total: 1, validCount: 1, errors: [] },
    });
    actingAs(null);
    expect(await db().member.count({ where: { fullName: "Qua Hành Động" } })).toBe(0);
  });

  it("imports 5,000 rows in one go", async () => {
    const viewer = await viewerOf(a.users.admin.id);
    const chiDoan = [a.chiDoanA1.name, a.chiDoanA2.name, a.chiDoanB1.name];
    const tag = unique("bulk");
    const rows = Array.from({ length: 5_000 }, (_, i) => [
      i + 1,
      `Nguyễn Thị Số ${i}`,
      new Date(Date.UTC(1985 + (i % 20), i % 12, 1 + (i % 28))),
      i % 2 ? "Nữ" : "Nam",
      "Đoàn viên",
      chiDoan[i % 3],
      `${tag}-${i}@vd.vn`,
      `09${String(i).padStart(8, "0")}`,
    ]);
    const file = await sheet(rows);
    const before = await countIn(a.khoi.id);

    let t = performance.now();
    const preview = await previewMemberImport(viewer, file);
    const previewMs = performance.now() - t;
    expect(preview).toMatchObject({ total: 5_000, validCount: 5_000, errors: [] });

    t = performance.now();
    const result = await commitMemberImport(viewer, file, newKey());
    const commitMs = performance.now() - t;
    expect(result).toEqual({ imported: 5_000, rejected: 0 });
    expect(await countIn(a.khoi.id)).toBe(before + 5_000);
    console.log(
      `[${process.env.TEST_DB}] 5,000 rows (${(file.length / 1024).toFixed(0)} KB): preview ${previewMs.toFixed(0)} ms, commit ${commitMs.toFixed(0)} ms`,
    );
  }, 120_000);
});

describe("crafted workbooks (SECURITY.md #19)", () => {
  it("refuses the finding's files in preview and commit with the guard's message, and writes nothing", async () => {
    const viewer = await viewerOf(a.users.admin.id);
    // Two valid members of tenant A beside each payload: the old import read them and could commit them.
    const real = await realMemberWorkbook(a.chiDoanA1.name);
    const files: [string, Buffer, RegExp][] = [
      ["150,000 rows under /xl/worksheets/sheet1.xml", await manyRowsUnder("/xl/worksheets/sheet1.xml"), /tệp bị hỏng/],
      [
        "150,000 rows under a/xl/worksheets/sheet1.xml",
        await craftWorkbook((parts) => [...parts, { name: "a/xl/worksheets/sheet1.xml", data: memberSheetXml(150_000) }], real),
        /quá nhiều dòng/,
      ],
      [
        "400,000 shared strings",
        await craftWorkbook(replacePart("xl/sharedStrings.xml", sharedStringsXml(400_000)), real),
        /quá nhiều ô dữ liệu/,
      ],
      [
        "the sheet twice",
        await craftWorkbook((parts) => [...parts, { name: "xl/worksheets/sheet1.xml", data: memberSheetXml(5_000) }], real),
        /tệp bị hỏng/,
      ],
    ];
    const before = await countIn(a.khoi.id);
    for (const [label, file, message] of files) {
      const t = performance.now();
      await expect(previewMemberImport(viewer, file), label).rejects.toMatchObject({
        code: "INVALID",
        message: expect.stringMatching(message),
      });
      await expect(commitMemberImport(viewer, file, { requestKey: crypto.randomUUID() }), label).rejects.toMatchObject({
        code: "INVALID",
        message: expect.stringMatching(message),
      });
      console.log(`[${process.env.TEST_DB}] ${label}: preview + commit refused in ${(performance.now() - t).toFixed(0)} ms`);
    }
    expect(await countIn(a.khoi.id)).toBe(before);
    // The same two members in an honest file import.
    expect(await previewMemberImport(viewer, real)).toMatchObject({ total: 2, validCount: 2 });
  }, 120_000);

  it("answers the action with the message, never an error page", async () => {
    actingAs(a.users.admin.id);
    const file = await manyRowsUnder("a/xl/worksheets/sheet1.xml", 150_000, true);
    const result = await previewMemberImportAction(formData(file));
    actingAs(null);
    expect(result).toMatchObject({ ok: false, formError: expect.stringMatching(/quá nhiều dòng/) });
  }, 60_000);
});

describe("a Khối whose cơ sở have chi đoàn of the same name", () => {
  it("places a Khối admin's rows by the template's Cơ sở Đoàn column", async () => {
    const c = await makeTenant(db());
    const noiVu = await makeUnit(db(), "CO_SO", "Đoàn Sở Nội vụ", c.khoi);
    const taiChinh = await makeUnit(db(), "CO_SO", "Đoàn Sở Tài chính", c.khoi);
    const vanPhongNoiVu = await makeUnit(db(), "CHI_DOAN", "Chi đoàn Văn phòng Sở", noiVu);
    const vanPhongTaiChinh = await makeUnit(db(), "CHI_DOAN", "Chi đoàn Văn phòng Sở", taiChinh);
    const viewer = await viewerOf(c.users.admin.id);

    // The template as downloaded, its example row replaced by the list.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await memberImportTemplate(viewer)) as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, ...TEMPLATE_HEADER]);
    ws.spliceRows(2, 1);
    ws.addRow([1, "Nguyễn Thị Nội Vụ", "12/05/1996", "Nữ", null, "Chi đoàn Văn phòng Sở", "Đoàn Sở Nội vụ"]);
    ws.addRow([2, "Trần Văn Tài Chính", null, "Nam", null, "chi doan van phong so", "DOAN SO TAI CHINH"]);
    ws.addRow([3, "Lê Văn Chưa Ghi", null, null, null, "Chi đoàn Văn phòng Sở", null]);

    const result = await commitMemberImport(viewer, new Uint8Array(await wb.xlsx.writeBuffer()), newKey());
    expect(result).toMatchObject({ imported: 2, rejected: 1 });
    const placed = await db().member.findMany({
      where: { khoiId: c.khoi.id, chiDoanId: { in: [vanPhongNoiVu.id, vanPhongTaiChinh.id] } },
      select: { fullName: true, chiDoanId: true, coSoId: true },
      orderBy: { fullName: "asc" },
    });
    expect(placed).toEqual([
      { fullName: "Nguyễn Thị Nội Vụ", chiDoanId: vanPhongNoiVu.id, coSoId: noiVu.id },
      { fullName: "Trần Văn Tài Chính", chiDoanId: vanPhongTaiChinh.id, coSoId: taiChinh.id },
    ]);
    const rejected = await readWorkbook(Buffer.from(result.rejectedFile!, "base64"));
    expect(String(rejected.getCell("J2").value)).toMatch(
      /^Có nhiều chi đoàn tên “Chi đoàn Văn phòng Sở”: ghi tên cơ sở Đoàn vào cột “Cơ sở Đoàn”/,
    );
  });
});

describe("importing a list again", () => {
  it("rejects members already in the chi đoàn (name and birth date, or name alone) and people listed twice", async () => {
    const viewer = await viewerOf(a.users.admin.id);
    const tag = unique("lap");
    const first = await sheet([
      [1, `Có Ngày ${tag}`, "05/03/1995", "Nam", null, a.chiDoanA1.name],
      [2, `Không Ngày ${tag}`, null, "Nữ", null, a.chiDoanA1.name],
    ]);
    expect(await commitMemberImport(viewer, first, newKey())).toMatchObject({ imported: 2, rejected: 0 });

    // The same file again, with a new key (another choice of the same file): nothing to import.
    const again = await previewMemberImport(viewer, first);
    expect(again).toEqual({
      total: 2,
      validCount: 0,
      errors: [
        { row: 2, name: `Có Ngày ${tag}`, reason: "Có thể trùng với đoàn viên đã có trong chi đoàn (cùng họ tên và ngày sinh)" },
        {
          row: 3,
          name: `Không Ngày ${tag}`,
          reason: "Có thể trùng với đoàn viên đã có trong chi đoàn (cùng họ tên; dòng này không ghi ngày sinh)",
        },
      ],
    });
    await expect(commitMemberImport(viewer, first, { requestKey: crypto.randomUUID() })).rejects.toMatchObject({
      code: "INVALID",
    });

    await makeMember(db(), a.chiDoanA2, { fullName: `Đã Nghỉ ${tag}`, birthDate: new Date(Date.UTC(1990, 0, 1)), active: false });
    const before = await countIn(a.khoi.id);
    const result = await commitMemberImport(
      viewer,
      await sheet([
        [1, `CÓ NGÀY ${tag.toUpperCase()}`, "05/03/1995", "Nam", null, a.chiDoanA1.name],
        [2, `Có Ngày ${tag}`, "05/03/1995", "Nam", null, a.chiDoanA2.name],
        [3, `Đã Nghỉ ${tag}`, "01/01/1990", "Nữ", null, a.chiDoanA2.name],
        [4, `Hai Lần ${tag}`, "02/02/1992", "Nam", null, a.chiDoanA1.name],
        [5, `hai lan ${tag}`, "02-02-1992", "Nam", null, a.chiDoanA1.name],
      ]),
      newKey(),
    );
    // Imported: the same name in another chi đoàn, and the name of an archived member.
    expect(result).toMatchObject({ imported: 2, rejected: 3 });
    expect(await countIn(a.khoi.id)).toBe(before + 2);
    const rejected = await readWorkbook(Buffer.from(result.rejectedFile!, "base64"));
    expect([2, 3, 4].map((r) => String(rejected.getCell(`J${r}`).value))).toEqual([
      "Có thể trùng với đoàn viên đã có trong chi đoàn (cùng họ tên và ngày sinh)",
      "Trùng họ tên và ngày sinh với dòng 6 của tệp (cùng chi đoàn)",
      "Trùng họ tên và ngày sinh với dòng 5 của tệp (cùng chi đoàn)",
    ]);
  });
});

describe("export and template routes", () => {
  it("exports only the viewer's tenant, with the list filters", async () => {
    actingAs(a.users.admin.id);
    const res = await exportRoute(new NextRequest("http://localhost/doan-vien/xuat-excel"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="Danh sach doan vien \d{2}-\d{2}-\d{4}\.xlsx"; filename\*=UTF-8''Danh%20s%C3%A1ch/,
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const ws = await readWorkbook(await res.arrayBuffer());
    const names = (ws.getColumn(2).values as unknown[]).slice(2).map(String);
    expect(names.length).toBe(await db().member.count({ where: { khoiId: a.khoi.id, active: true } }));
    expect(names).toContain(a.members.a1.fullName);
    expect(names.some((n) => n.includes(b.label))).toBe(false);

    const filtered = await exportRoute(
      new NextRequest(`http://localhost/doan-vien/xuat-excel?q=${encodeURIComponent("tran thi hoa")}&chiDoan=${a.chiDoanA2.id}`),
    );
    const only = (await readWorkbook(await filtered.arrayBuffer())).getColumn(2).values as unknown[];
    expect(only.slice(2)).toEqual([a.members.a2.fullName]);

    // Another tenant's chi đoàn as a filter gives nothing, not its members.
    const foreign = await exportRoute(new NextRequest(`http://localhost/doan-vien/xuat-excel?chiDoan=${b.chiDoanA1.id}`));
    expect((await readWorkbook(await foreign.arrayBuffer())).rowCount).toBe(1);
    actingAs(null);
  });

  it("reads the export in batches of whole chi đoàn, in the same order as one batch", async () => {
    const admin = await viewerOf(a.users.admin.id);
    for (const [i, chiDoan] of [a.chiDoanA1, a.chiDoanA2, a.chiDoanB1].entries())
      for (let n = 0; n < 3; n++) await makeMember(db(), chiDoan, { fullName: `Đoàn Viên Lô ${i}${n} ${a.label}` });
    const read = async (batchSize: number) => {
      const batches: string[][] = [];
      for await (const batch of exportMembers(admin, { q: "", chiDoan: undefined }, batchSize))
        batches.push(batch.map((m) => m.id));
      return batches;
    };
    const whole = await read(10_000);
    const small = await read(2);
    expect(whole).toHaveLength(1);
    expect(small.length).toBeGreaterThanOrEqual(3);
    expect(small.flat()).toEqual(whole[0]);
    // A batch never splits a chi đoàn.
    const chiDoanOf = new Map(
      (await db().member.findMany({ where: { id: { in: whole[0] } }, select: { id: true, chiDoanId: true } })).map((m) => [
        m.id,
        m.chiDoanId,
      ]),
    );
    const seen = small.map((b) => new Set(b.map((id) => chiDoanOf.get(id))));
    for (const [i, s] of seen.entries())
      for (const other of seen.slice(i + 1)) for (const c of s) expect(other.has(c)).toBe(false);
  });

  it("is not found for a member, and sends a signed-out visitor to sign in", async () => {
    actingAs(a.users.member.id);
    expect((await exportRoute(new NextRequest("http://localhost/doan-vien/xuat-excel"))).status).toBe(404);
    expect((await templateRoute(new Request("http://localhost/doan-vien/mau-excel"))).status).toBe(404);
    actingAs(null);
    await expect(exportRoute(new NextRequest("http://localhost/doan-vien/xuat-excel"))).rejects.toMatchObject({
      digest: expect.stringMatching(/NEXT_REDIRECT.*\/dang-nhap/),
    });
  });

  it("gives a template listing only the chi đoàn the viewer may import into", async () => {
    actingAs(a.users.coSo.id);
    const res = await templateRoute(new Request("http://localhost/doan-vien/mau-excel"));
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0].getRow(1).values).toEqual([undefined, ...TEMPLATE_HEADER]);
    expect((wb.getWorksheet("Chi đoàn")!.getColumn(1).values as unknown[]).slice(2).sort()).toEqual(
      [a.chiDoanA1.name, a.chiDoanA2.name].sort(),
    );
    actingAs(null);
  });
});
