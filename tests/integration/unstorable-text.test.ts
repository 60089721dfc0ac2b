// Attack finding 5: U+0000 and lone surrogates reached PostgreSQL, which cannot store them, and
// came back as a 500 (exports), the generic error page (lists) or "Đã có lỗi xảy ra" (actions).
// Now: every text an action takes is refused beside its field; a search drops them; an export
// with `?q=%00` is a valid file; an Excel row spelling one (`_x0000_`) is a rejected row.
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { MESSAGES } from "@/lib/actions/define";
import { previewMemberImportAction } from "@/lib/actions/member-import";
import { listMembers } from "@/lib/data/members";
import { listProjects } from "@/lib/data/projects";
import { listEntries } from "@/lib/data/entry-reads";
import { listCommitments } from "@/lib/data/commitment-lists";
import { BAD_CHARACTERS } from "@/lib/validation/fields";
import { memberListQuery } from "@/lib/validation/members";
import { projectListQuery } from "@/lib/validation/projects";
import { entryListQuery } from "@/lib/validation/entries";
import { commitmentListQuery } from "@/lib/validation/commitments";
import { GET as memberExport } from "@/app/(portal)/doan-vien/xuat-excel/route";
import { GET as projectExport } from "@/app/(portal)/cong-trinh/xuat-excel/route";
import { GET as entryExport } from "@/app/(portal)/ghi-nhan/xuat-excel/route";
import { GET as commitmentExport } from "@/app/(portal)/cam-ket/xuat-excel/route";
import { makeMember, makeTenant, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";
import { ACCESS, makeProbeFixture, probes, type ProbeFixture, type Who } from "../helpers/action-probes";

let a: Tenant;
let f: ProbeFixture;
beforeAll(async () => {
  a = await makeTenant(db());
  f = await makeProbeFixture(a);
  await makeMember(db(), a.chiDoanA1, { fullName: "Nguyễn Thị Hoa" });
});
afterEach(() => vi.restoreAllMocks());

/** Paths to every string inside a payload (files, numbers and booleans left alone). */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value && typeof value === "object" && !(value instanceof Blob))
    return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

function replaced(value: unknown, path: (string | number)[], fn: (s: string) => string): unknown {
  if (!path.length) return fn(value as string);
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = replaced(copy[head], rest, fn);
  return copy;
}

const SPOILERS: [string, (s: string) => string][] = [
  ["a NUL inside", (s) => `${s.slice(0, 1)}\u0000${s.slice(1)}`],
  ["a lone high surrogate at the end", (s) => `${s}\ud83d`],
  ["a lone low surrogate at the start", (s) => `\udc00${s}`],
];

describe("every string every server action takes (one valid call of each, from the access probes)", () => {
  it("is refused beside its field when it carries a NUL or a lone surrogate: never a database error", async () => {
    const logged = vi.spyOn(console, "error");
    // Each action as someone who holds its permission: others are refused before their input is read.
    const userOf = (who: Who): string => (who === "coSoB" ? f.coSoBSecretary.id : a.users[who].id);
    let checked = 0;
    for (const probe of probes(f)) {
      actingAs(userOf(ACCESS[probe.name].may[0]));
      const input = await probe.input();
      for (const path of stringPaths(input)) {
        for (const [how, spoil] of SPOILERS) {
          const result = await probe.action(replaced(input, path, spoil));
          const where = `${probe.name} ${path.join(".")} with ${how}`;
          expect(result.ok, where).toBe(false);
          if (result.ok) continue;
          expect(result.formError, where).not.toBe(MESSAGES.unexpected);
          expect(result.fieldErrors?.[path.join(".")], where).toBeTruthy();
          checked++;
        }
      }
    }
    expect(logged).not.toHaveBeenCalled();
    // Sanity: the probes carry a lot of text (names, bodies, comments, dates, ids).
    expect(checked).toBeGreaterThan(300);
  });

  it("gives free text the message that says what is wrong", async () => {
    actingAs(a.users.admin.id);
    const probe = probes(f).find((p) => p.name === "createMemberAction")!;
    const result = await probe.action({ ...(await probe.input()), fullName: "Trần\u0000Thị Lan" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { fullName: BAD_CHARACTERS } });
  });
});

describe("a search with a NUL or a lone surrogate", () => {
  const bad = ["\u0000", "Ho\u0000a", "\ud800", "Hoa\udfff"];

  it.each(bad)("lists as the visible words would (%j), on every list", async (q) => {
    const viewer = await viewerOf(a.users.admin.id);
    const members = await listMembers(viewer, memberListQuery.parse({ q }));
    expect(members.rows.every((m) => /hoa/i.test(m.fullName)) || q === "\u0000" || q === "\ud800").toBe(true);
    await expect(listProjects(viewer, projectListQuery.parse({ q }))).resolves.toBeDefined();
    await expect(listEntries(viewer, entryListQuery.parse({ q }))).resolves.toBeDefined();
    await expect(listCommitments(viewer, commitmentListQuery.parse({ q }))).resolves.toBeDefined();
  });
});

describe("the four Excel exports with ?q=%00 (and other params spoilt)", () => {
  const routes = [
    ["/doan-vien/xuat-excel", memberExport],
    ["/cong-trinh/xuat-excel", projectExport],
    ["/ghi-nhan/xuat-excel", entryExport],
    ["/cam-ket/xuat-excel", commitmentExport],
  ] as const;
  const queries = ["?q=%00", "?q=Ho%00a", "?q=%ED%A0%80", "?q=%00&ky=%00&coSo=%00&chiDoan=%00&status=%00&year=%00"];
  const cases = routes.flatMap(([url, get]) => queries.map((query) => ({ url, get, query })));

  it.each(cases)("GET $url with $query answers a valid .xlsx file, never a 500", async ({ url, get, query }) => {
    actingAs(a.users.admin.id);
    const res = await get(new NextRequest(`http://localhost${url}${query}`));
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.length).toBeGreaterThan(0);
  });
});

describe("a member sheet whose cell spells a NUL (`_x0000_`, which exceljs decodes)", () => {
  it("rejects that row with a reason instead of failing the import", async () => {
    actingAs(a.users.admin.id);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Đoàn viên");
    ws.addRow(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Chi đoàn", "Email", "Số điện thoại"]);
    ws.addRow([1, "Nguyễn_x0000_Văn Nul", "05/03/1995", "Nam", "Đoàn viên_xD800_", a.chiDoanA1.name, null, null]);
    ws.addRow([2, "Trần Thị Ổn", "05/03/1995", "Nữ", null, a.chiDoanA1.name, null, null]);
    const fd = new FormData();
    fd.set("file", new File([new Uint8Array(await wb.xlsx.writeBuffer())], "doan-vien.xlsx"));
    fd.set("requestKey", crypto.randomUUID());
    const logged = vi.spyOn(console, "error");
    const result = await previewMemberImportAction(fd);
    expect(result.ok).toBe(true);
    const preview = (result as { data: { validCount: number; errors: { row: number; reason: string }[] } }).data;
    expect(preview.validCount).toBe(1);
    expect(preview.errors).toEqual([
      { row: 2, name: expect.any(String), reason: expect.stringContaining("Họ và tên: nội dung chứa ký tự không hợp lệ") },
    ]);
    expect(preview.errors[0].reason).toContain("Chức vụ: nội dung chứa ký tự không hợp lệ");
    expect(logged).not.toHaveBeenCalled();
  });
});
