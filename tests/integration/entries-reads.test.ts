// Reading members' entries: who sees what (SECURITY.md #3, #4, #5, #7), archived rows vanishing
// (#26), search without diacritics, filters and paging, the .xlsx export (#20), the member's own
// record, and the counts the reports are made of (an entry counts where it was done).
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createEntry } from "@/lib/data/entries";
import { updateMemberAction } from "@/lib/actions/members";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { ownRecord } from "@/lib/data/own-record";
import { myCommitment } from "@/lib/data/commitment-reads";
import { exportEntries, getEntry, listEntries, myEntries } from "@/lib/data/entry-reads";
import { countEntries } from "@/lib/data/entry-counts";
import { entryListQuery } from "@/lib/validation/entries";
import type { Viewer } from "@/lib/authz";
import { dayFromToday, makeTenant, type Tenant } from "../factories";
import { viewerOf } from "../helpers/viewers";
import { actingAs } from "../helpers/session";
import { GET as exportRoute } from "@/app/(portal)/ghi-nhan/xuat-excel/route";
import { makeEntry, makeMemberUser, memberRow, trainingForm, type MemberRow } from "../helpers/entries";
import { entryCreateInput } from "@/lib/validation/entries";

let a: Tenant;
let b: Tenant;
let V: Record<"member" | "a2Member" | "chiDoan" | "coSo" | "coSoB" | "staff" | "admin" | "bAdmin" | "city", Viewer>;
let rows: Record<"a1Idea" | "a1Training" | "a1Returned" | "a1Withdrawn" | "a2Training" | "b1Idea" | "otherKhoi", { id: string }>;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  const a2User = await makeMemberUser("MEMBER", a.chiDoanA2, a.chiDoanA2);
  const coSoB = await makeMemberUser("CO_SO_SECRETARY", a.coSoB, a.chiDoanB1);
  const ids = {
    member: a.users.member.id,
    a2Member: a2User.userId,
    chiDoan: a.users.chiDoan.id,
    coSo: a.users.coSo.id,
    coSoB: coSoB.userId,
    staff: a.users.staff.id,
    admin: a.users.admin.id,
    bAdmin: b.users.admin.id,
    city: a.users.city.id,
  };
  V = Object.fromEntries(await Promise.all(Object.entries(ids).map(async ([k, id]) => [k, await viewerOf(id)]))) as typeof V;
  const a1 = memberRow(a.members.a1);
  rows = {
    a1Idea: await makeEntry(a1, "IDEA", "SUBMITTED", { title: "Ứng dụng chữ ký số" }),
    a1Training: await makeEntry(a1, "TRAINING", "CONFIRMED"),
    a1Returned: await makeEntry(a1, "VOLUNTEER", "RETURNED", { reviewComment: "Thiếu số giờ" }),
    a1Withdrawn: await makeEntry(a1, "IDEA", "WITHDRAWN", { title: "Ý tưởng đã rút" }),
    a2Training: await makeEntry(a2User.member, "TRAINING"),
    b1Idea: await makeEntry(memberRow(a.members.b1), "IDEA"),
    otherKhoi: await makeEntry(memberRow(b.members.a1), "IDEA"),
  };
});

const all = entryListQuery.parse({ status: "all" });
const listedIds = async (v: Viewer, query = all) => (await listEntries(v, query)).rows.map((r) => r.id).sort();
const idsOf = (...names: (keyof typeof rows)[]) => names.map((n) => rows[n].id).sort();

describe("who sees which entries", () => {
  const SEES: [keyof typeof V, (keyof typeof rows)[]][] = [
    ["member", ["a1Idea", "a1Training", "a1Returned"]],
    ["a2Member", ["a2Training"]],
    ["chiDoan", ["a1Idea", "a1Training", "a1Returned"]],
    ["coSo", ["a1Idea", "a1Training", "a1Returned", "a2Training"]],
    ["coSoB", ["b1Idea"]],
    ["staff", ["a1Idea", "a1Training", "a1Returned", "a2Training", "b1Idea"]],
    ["admin", ["a1Idea", "a1Training", "a1Returned", "a2Training", "b1Idea"]],
    ["bAdmin", ["otherKhoi"]],
    ["city", []],
  ];

  it.each(SEES)("%s lists exactly their entries, and opening any other is “not found”", async (who, names) => {
    expect(await listedIds(V[who])).toEqual(idsOf(...names));
    for (const name of Object.keys(rows) as (keyof typeof rows)[]) {
      if (names.includes(name)) expect((await getEntry(V[who], rows[name].id)).id).toBe(rows[name].id);
      else
        await expect(getEntry(V[who], rows[name].id)).rejects.toMatchObject({
          code: "NOT_FOUND",
          message: "Không tìm thấy ghi nhận",
        });
    }
  });

  it("hands out DTOs: the member's name, never their account id or the raw member row (SECURITY.md #7)", async () => {
    const [row] = (await listEntries(V.chiDoan, entryListQuery.parse({ q: "chu ky so", status: "all" }))).rows;
    expect(row).toMatchObject({
      memberName: a.members.a1.fullName,
      chiDoanName: a.chiDoanA1.name,
      coSoName: a.coSoA.name,
      isOwn: false,
      canReview: true,
      locked: false,
    });
    expect(Object.keys(row)).not.toContain("member");
    expect(JSON.stringify(row)).not.toContain(a.users.member.id);
    // The Khối may read but not review; the owner may edit but not review.
    expect((await getEntry(V.staff, rows.a1Idea.id)).canReview).toBe(false);
    expect(await getEntry(V.member, rows.a1Idea.id)).toMatchObject({
      isOwn: true,
      canEdit: true,
      canWithdraw: true,
      canReview: false,
    });
    expect(await getEntry(V.member, rows.a1Training.id)).toMatchObject({ locked: true, canEdit: false, canWithdraw: false });
  });

  it("shows the timeline of an entry", async () => {
    expect((await getEntry(V.coSo, rows.a1Returned.id)).timeline.map((t) => t.toStatus)).toEqual(["RETURNED"]);
  });
});

describe("withdrawn entries vanish from every read (SECURITY.md #26)", () => {
  it("lists, the entry page, the member's record, exports and counts", async () => {
    const withdrawn = rows.a1Withdrawn.id;
    for (const v of [V.member, V.chiDoan, V.coSo, V.staff]) {
      expect(await listedIds(v)).not.toContain(withdrawn);
      await expect(getEntry(v, withdrawn)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect((await myEntries(V.member)).map((e) => e.id)).not.toContain(withdrawn);
    const exported = await exportEntries(V.staff, { ...all, q: "y tuong da rut" });
    expect(exported.rowCount).toBe(0);
    const counts = await countEntries(V.staff, { from: new Date(Date.UTC(2000, 0, 1)), to: new Date(Date.UTC(2100, 0, 1)) });
    expect(counts.rows.every((r) => (r.status as string) !== "WITHDRAWN")).toBe(true);
    expect(counts.rows.filter((r) => r.coSoId === a.coSoA.id && r.kind === "IDEA")).toEqual([
      { coSoId: a.coSoA.id, kind: "IDEA", status: "SUBMITTED", count: 1, hours: 0 },
    ]);
  });
});

describe("the member's own record (myEntries)", () => {
  it("has all their entries newest first, with the lock and the reason of a return", async () => {
    const t = await makeTenant(db());
    const me = memberRow(t.members.a1);
    const old = await makeEntry(me, "TRAINING", "CONFIRMED", { occurredDaysAgo: 30 });
    const mid = await makeEntry(me, "VOLUNTEER", "RETURNED", { occurredDaysAgo: 10, reviewComment: "Thiếu số giờ" });
    const recent = await makeEntry(me, "IDEA", "SUBMITTED", { occurredDaysAgo: 1 });
    await makeEntry(memberRow(t.members.a2), "IDEA");
    const mine = await myEntries(await viewerOf(t.users.member.id));
    expect(mine.map((e) => [e.id, e.status, e.locked, e.returnReason])).toEqual([
      [recent.id, "SUBMITTED", false, null],
      [mid.id, "RETURNED", false, "Thiếu số giờ"],
      [old.id, "CONFIRMED", true, null],
    ]);
    expect(await myEntries(await viewerOf(t.users.staff.id))).toEqual([]);
  });

  it("is read whole for /ca-nhan, equal to the reads it is made of, and shows a new entry at once", async () => {
    const t = await makeTenant(db());
    const me = memberRow(t.members.a1);
    await makeEntry(me, "TRAINING", "CONFIRMED", { occurredDaysAgo: 3 });
    const viewer = await viewerOf(t.users.member.id);
    const year = todayInVietnam().getUTCFullYear();
    const record = async () => {
      const r = await ownRecord(viewer, year);
      if (!r.profile) throw new Error("no member record");
      return r;
    };
    const first = await record();
    expect(first.profile.id).toBe(t.members.a1.id);
    expect(first.entries).toEqual(await myEntries(viewer));
    expect([first.current, first.previous]).toEqual([await myCommitment(viewer, year), await myCommitment(viewer, year - 1)]);
    const added = await makeEntry(me, "IDEA", "SUBMITTED", { occurredDaysAgo: 0 });
    expect((await record()).entries.map((e) => e.id)).toContain(added.id);
    expect(await ownRecord(await viewerOf(t.users.staff.id), year)).toEqual({ profile: null });
  });
});

describe("search, filters and paging", () => {
  let t: Tenant;
  let staff: Viewer;
  let me: MemberRow;
  beforeAll(async () => {
    t = await makeTenant(db());
    staff = await viewerOf(t.users.staff.id);
    me = memberRow(t.members.a1);
    await db().memberEntry.createMany({
      data: Array.from({ length: 53 }, (_, i) => ({
        khoiId: me.khoiId,
        coSoId: me.coSoId,
        chiDoanId: me.chiDoanId,
        memberId: me.id,
        kind: "VOLUNTEER" as const,
        title: `Hiến máu lần ${i + 1}`,
        searchText: `hien mau lan ${i + 1}`,
        occurredOn: new Date(Date.UTC(2025, 2, 1 + (i % 28))),
        hours: 2,
      })),
    });
    await makeEntry(me, "IDEA", "CONFIRMED", {
      title: "Phân loại rác tại công sở",
      field: "ENVIRONMENT",
      occurredOn: new Date(Date.UTC(2024, 9, 15)),
    });
    await makeEntry(memberRow(t.members.a2), "TRAINING", "RETURNED", { title: "Kỹ năng thuyết trình" });
  });
  const q = (raw: Record<string, string>) => entryListQuery.parse(raw);

  it("pages 50 at a time with the total, pending first by default", async () => {
    const first = await listEntries(staff, q({}));
    const second = await listEntries(staff, q({ page: "2" }));
    expect([first.total, first.rows.length, second.rows.length]).toEqual([53, 50, 3]);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(53);
    expect(first.rows.every((r) => r.status === "SUBMITTED")).toBe(true);
    expect((await listEntries(staff, q({ status: "all" }))).total).toBe(55);
  });

  it("filters by kind, status, field, kỳ, cơ sở and chi đoàn", async () => {
    const titles = async (raw: Record<string, string>) =>
      (await listEntries(staff, q({ status: "all", ...raw }))).rows.map((r) => r.title);
    expect(await titles({ kind: "IDEA" })).toEqual(["Phân loại rác tại công sở"]);
    expect(await titles({ status: "RETURNED" })).toEqual(["Kỹ năng thuyết trình"]);
    expect(await titles({ field: "ENVIRONMENT" })).toEqual(["Phân loại rác tại công sở"]);
    expect(await titles({ ky: "2024-10" })).toEqual(["Phân loại rác tại công sở"]);
    expect(await titles({ ky: "2024-6t1" })).toEqual([]);
    expect((await listEntries(staff, q({ status: "all", ky: "2025" }))).total).toBe(53);
    expect(await titles({ chiDoan: t.chiDoanA2.id })).toEqual(["Kỹ năng thuyết trình"]);
    expect(await titles({ coSo: t.coSoB.id })).toEqual([]);
    expect((await listEntries(staff, q({ status: "all", coSo: t.coSoA.id }))).total).toBe(55);
  });

  it("finds titles and members' names typed without diacritics", async () => {
    const totals = async (text: string) => (await listEntries(staff, q({ status: "all", q: text }))).total;
    expect(await totals("phan loai rac")).toBe(1);
    expect(await totals("PHÂN LOẠI")).toBe(1);
    expect(await totals("hien mau lan 17")).toBe(1);
    expect(await totals("tran thi hoa")).toBe(1);
    expect(await totals(`nguyen van duc ${t.label.toLowerCase()}`)).toBe(54);
  });
});

describe("the .xlsx export", () => {
  it("neutralises a formula typed as a title (SECURITY.md #20) and keeps the list's filters", async () => {
    const t = await makeTenant(db());
    const payload = '=HYPERLINK("http://evil.example","Bấm vào đây")';
    await createEntry(
      await viewerOf(t.users.member.id),
      entryCreateInput.parse(trainingForm({ title: payload, provider: "+cmd|' /C calc'!A0" })),
    );
    await makeEntry(memberRow(t.members.a2), "IDEA", "CONFIRMED", { title: "Không thuộc bộ lọc" });
    const { workbook, rowCount, truncated } = await exportEntries(
      await viewerOf(t.users.coSo.id),
      entryListQuery.parse({ kind: "TRAINING" }),
    );
    expect([rowCount, truncated]).toEqual([1, false]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(workbook as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(2);
    const row = ws.getRow(2);
    row.eachCell((cell) => {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      if (typeof cell.value === "string") expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
    });
    expect(row.getCell(3).value).toBe(`'${payload}`);
    expect(row.getCell(4).value).toBe(t.members.a1.fullName);
  });
});

/** Rows in one order whatever the database's collation. */
const key = (r: object) => Object.values(r).join("|");
const sorted = <T extends { rows: object[]; trainings: object[] }>(c: T) => ({
  ...c,
  rows: [...c.rows].sort((x, y) => key(x).localeCompare(key(y))),
  trainings: [...c.trainings].sort((x, y) => key(x).localeCompare(key(y))),
});

describe("the export route /ghi-nhan/xuat-excel", () => {
  const get = (query = "") => exportRoute(new NextRequest(`http://localhost/ghi-nhan/xuat-excel${query}`));
  const titlesIn = async (res: Response) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    return (wb.worksheets[0].getColumn(3).values as unknown[]).slice(2);
  };

  it("hands reviewers an attachment with the list's filters, scoped to what they may read", async () => {
    actingAs(a.users.coSo.id);
    const res = await get(`?status=all&q=${encodeURIComponent("chu ky so")}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="Ket qua ren luyen \d{2}-\d{2}-\d{4}\.xlsx"/);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await titlesIn(res)).toEqual(["Ứng dụng chữ ký số"]);
    // Another Khối's filter gives nothing; the cơ sở B entry stays out of cơ sở A's export.
    expect(await titlesIn(await get(`?status=all&coSo=${b.coSoA.id}`))).toEqual([]);
    expect((await titlesIn(await get("?status=all"))).length).toBe(4);
    actingAs(null);
  });

  it("is not found for a member (their own list lives on their record) and sends the signed-out to sign in", async () => {
    actingAs(a.users.member.id);
    expect((await get()).status).toBe(404);
    actingAs(null);
    await expect(get()).rejects.toMatchObject({ digest: expect.stringMatching(/NEXT_REDIRECT.*\/dang-nhap/) });
  });
});

describe("counts for the reports (countEntries)", () => {
  it("groups a hand-built set by cơ sở × kind × status, with training kinds and volunteer hours, within the period", async () => {
    const t = await makeTenant(db());
    const [a1, a2, b1] = [memberRow(t.members.a1), memberRow(t.members.a2), memberRow(t.members.b1)];
    const inMay = (day: number) => ({ occurredOn: new Date(Date.UTC(2025, 4, day)) });
    await makeEntry(a1, "IDEA", "CONFIRMED", inMay(2));
    await makeEntry(a2, "IDEA", "CONFIRMED", inMay(31));
    await makeEntry(a1, "IDEA", "SUBMITTED", inMay(3));
    await makeEntry(a1, "TRAINING", "CONFIRMED", { ...inMay(4), trainingKind: "IT" });
    await makeEntry(a2, "TRAINING", "CONFIRMED", { ...inMay(5), trainingKind: "POLITICAL" });
    await makeEntry(a2, "TRAINING", "RETURNED", { ...inMay(5), trainingKind: "IT" });
    await makeEntry(b1, "VOLUNTEER", "CONFIRMED", { ...inMay(6), hours: 3.5 });
    await makeEntry(b1, "VOLUNTEER", "CONFIRMED", { ...inMay(7), hours: 4 });
    await makeEntry(b1, "VOLUNTEER", "WITHDRAWN", { ...inMay(7), hours: 8 });
    await makeEntry(a1, "IDEA", "CONFIRMED", { occurredOn: new Date(Date.UTC(2025, 5, 1)) }); // June: outside
    await makeEntry(a1, "IDEA", "CONFIRMED", { occurredOn: new Date(Date.UTC(2025, 3, 30)) }); // April: outside
    const may = { from: new Date(Date.UTC(2025, 4, 1)), to: new Date(Date.UTC(2025, 5, 1)) };
    const A = t.coSoA.id;
    const B = t.coSoB.id;

    const staff = await viewerOf(t.users.staff.id);
    expect(sorted(await countEntries(staff, may))).toEqual(
      sorted({
        rows: [
          { coSoId: A, kind: "IDEA", status: "SUBMITTED", count: 1, hours: 0 },
          { coSoId: A, kind: "IDEA", status: "CONFIRMED", count: 2, hours: 0 },
          { coSoId: A, kind: "TRAINING", status: "RETURNED", count: 1, hours: 0 },
          { coSoId: A, kind: "TRAINING", status: "CONFIRMED", count: 2, hours: 0 },
          { coSoId: B, kind: "VOLUNTEER", status: "CONFIRMED", count: 2, hours: 7.5 },
        ],
        trainings: [
          { coSoId: A, trainingKind: "IT", status: "RETURNED", count: 1 },
          { coSoId: A, trainingKind: "IT", status: "CONFIRMED", count: 1 },
          { coSoId: A, trainingKind: "POLITICAL", status: "CONFIRMED", count: 1 },
        ],
      }),
    );
    // What counts toward the indicators: confirmed only; a secretary sees their unit only.
    const confirmedOnly = await countEntries(await viewerOf(t.users.chiDoan.id), { ...may, status: "CONFIRMED" });
    expect(sorted(confirmedOnly).rows).toEqual([
      { coSoId: A, kind: "IDEA", status: "CONFIRMED", count: 1, hours: 0 },
      { coSoId: A, kind: "TRAINING", status: "CONFIRMED", count: 1, hours: 0 },
    ]);
    // The city counts (numbers, no names) every Khối under it; another Khối counts nothing here.
    expect(sorted(await countEntries(await viewerOf(t.users.city.id), may))).toEqual(sorted(await countEntries(staff, may)));
    expect(await countEntries(await viewerOf(b.users.admin.id), may)).toEqual({ rows: [], trainings: [] });
  });

  it("keeps counting an entry for the cơ sở where it was done after the member is transferred", async () => {
    const t = await makeTenant(db());
    const member = await viewerOf(t.users.member.id);
    const before = await createEntry(member, entryCreateInput.parse(trainingForm()));
    await db().member.update({ where: { id: t.members.a1.id }, data: { chiDoanId: t.chiDoanB1.id, coSoId: t.coSoB.id } });
    const after = await createEntry(member, entryCreateInput.parse(trainingForm({ title: "Lớp sau khi chuyển" })));
    expect(await db().memberEntry.findUniqueOrThrow({ where: { id: before.id } })).toMatchObject({
      coSoId: t.coSoA.id,
      chiDoanId: t.chiDoanA1.id,
    });
    expect(await db().memberEntry.findUniqueOrThrow({ where: { id: after.id } })).toMatchObject({
      coSoId: t.coSoB.id,
      chiDoanId: t.chiDoanB1.id,
    });
    const year = { from: new Date(Date.UTC(2000, 0, 1)), to: new Date(Date.UTC(2100, 0, 1)) };
    const { rows: counted } = await countEntries(await viewerOf(t.users.staff.id), year);
    expect(counted.map((r) => [r.coSoId, r.count]).sort()).toEqual(
      [
        [t.coSoA.id, 1],
        [t.coSoB.id, 1],
      ].sort(),
    );
    // The old cơ sở still sees what was done there; the member still sees both.
    expect((await listEntries(await viewerOf(t.users.coSo.id), all)).rows.map((r) => r.id)).toEqual([before.id]);
    expect((await myEntries(member)).map((e) => e.id).sort()).toEqual([before.id, after.id].sort());
  });

  it("counts an entry logged after a transfer, for something done before it, where it was done", async () => {
    const t = await makeTenant(db());
    const member = await viewerOf(t.users.member.id);
    actingAs(t.users.staff.id);
    const version = (await db().member.findUniqueOrThrow({ where: { id: t.members.a1.id } })).version;
    expect(
      await updateMemberAction({ id: t.members.a1.id, version, fullName: t.members.a1.fullName, chiDoanId: t.chiDoanB1.id }),
    ).toMatchObject({ ok: true });
    const before = await createEntry(
      member,
      entryCreateInput.parse(
        trainingForm({
          title: "Lớp học hồi còn ở A",
          occurredOn: formatVietnameseDate(dayFromToday(-20)),
          endsOn: formatVietnameseDate(dayFromToday(-20)),
        }),
      ),
    );
    const today = await createEntry(
      member,
      entryCreateInput.parse(
        trainingForm({ title: "Lớp học hôm nay", occurredOn: formatVietnameseDate(dayFromToday(0)), endsOn: "" }),
      ),
    );
    expect(await db().memberEntry.findUniqueOrThrow({ where: { id: before.id } })).toMatchObject({
      coSoId: t.coSoA.id,
      chiDoanId: t.chiDoanA1.id,
    });
    expect(await db().memberEntry.findUniqueOrThrow({ where: { id: today.id } })).toMatchObject({
      coSoId: t.coSoB.id,
      chiDoanId: t.chiDoanB1.id,
    });
    // Reviewed by the secretary of the chi đoàn it was done in.
    expect((await listEntries(await viewerOf(t.users.chiDoan.id), all)).rows.map((r) => r.id)).toContain(before.id);
  });
});
