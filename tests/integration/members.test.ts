import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMemberAction } from "@/lib/actions/members";
import { createMember, exportMembers, getMember, listMembers, updateMember } from "@/lib/data/members";
import { CHI_DOAN_LIST_MAX, chiDoanPicker, listUnitOptions } from "@/lib/data/units";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { addChiDoan, makeMember, makeTenant, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";
import { memberCreateInput, memberUpdateInput } from "@/lib/validation/members";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  await makeMember(db(), a.chiDoanA1, { fullName: "Nguyễn Văn Bình" });
});

describe("member list", () => {
  it("finds names whatever the diacritics", async () => {
    const viewer = await viewerOf(a.users.admin.id);
    const result = await listMembers(viewer, { q: "nguyen van", page: 1 });
    expect(result.rows.map((r) => r.fullName)).toContain("Nguyễn Văn Bình");
    expect(result.rows.every((r) => r.fullName.startsWith("Nguyễn Văn"))).toBe(true);
  });

  it("never mixes tenants", async () => {
    const viewer = await viewerOf(a.users.admin.id);
    const result = await listMembers(viewer, { q: "", page: 1 });
    expect(result.rows.some((r) => r.fullName.includes(b.label))).toBe(false);
    expect(result.total).toBe(4);
  });

  it("filters by cơ sở in the list and the export; another Khối's cơ sở finds nothing", async () => {
    const viewer = await viewerOf(a.users.admin.id);
    const all = await listMembers(viewer, { q: "", page: 1 });
    const byCoSo = await listMembers(viewer, { q: "", coSo: a.coSoA.id, page: 1 });
    expect(byCoSo.total).toBeGreaterThan(0);
    expect(byCoSo.total).toBeLessThan(all.total);
    expect(byCoSo.rows.every((r) => [a.chiDoanA1.id, a.chiDoanA2.id].includes(r.chiDoanId))).toBe(true);
    const exported: string[] = [];
    for await (const batch of exportMembers(viewer, { q: "", coSo: a.coSoA.id })) exported.push(...batch.map((m) => m.id));
    expect(exported.sort()).toEqual(byCoSo.rows.map((r) => r.id).sort());
    expect((await listMembers(viewer, { q: "", coSo: b.coSoA.id, page: 1 })).total).toBe(0);
  });

  it("offers each chi đoàn with its cơ sở, for pickers that narrow by cơ sở", async () => {
    const options = await listUnitOptions(await viewerOf(a.users.admin.id), "member.read", ["CHI_DOAN"]);
    expect(options.find((o) => o.id === a.chiDoanA1.id)).toMatchObject({ parentId: a.coSoA.id });
    expect(options.every((o) => o.parentId)).toBe(true);
  });

  it("offers every chi đoàn while few; past the limit only the chosen cơ sở's, and the one selected", async () => {
    const t = await makeTenant(db());
    const staff = await viewerOf(t.users.admin.id);
    const few = await chiDoanPicker(staff, "member.read", {});
    expect(few.byCoSo).toBe(false);
    expect(few.options.map((o) => o.id).sort()).toEqual([t.chiDoanA1.id, t.chiDoanA2.id, t.chiDoanB1.id].sort());
    // A large Khối: CHI_DOAN_LIST_MAX more chi đoàn under cơ sở B.
    await addChiDoan(db(), t.coSoB, CHI_DOAN_LIST_MAX);
    expect(await chiDoanPicker(staff, "member.read", {})).toEqual({ options: [], byCoSo: true, coSo: undefined });
    const ofA = await chiDoanPicker(staff, "member.read", { coSo: t.coSoA.id });
    expect(ofA.options.every((o) => o.parentId === t.coSoA.id)).toBe(true);
    expect(ofA.options.length).toBeGreaterThan(0);
    expect((await chiDoanPicker(staff, "member.read", { coSo: t.coSoB.id })).options).toHaveLength(CHI_DOAN_LIST_MAX + 1);
    // A link that filters by a chi đoàn starts from its cơ sở.
    const fromLink = await chiDoanPicker(staff, "member.read", { selected: t.chiDoanA1.id });
    expect(fromLink.coSo).toBe(t.coSoA.id);
    expect(fromLink.options.map((o) => o.id)).toContain(t.chiDoanA1.id);
    // Another Khối's chi đoàn is no choice, asked for or not.
    const other = await chiDoanPicker(staff, "member.read", { selected: a.chiDoanA1.id });
    expect(other).toEqual({ options: [], byCoSo: true, coSo: undefined });
    // Nor is its cơ sở: none is chosen (the page asks for one, not "no chi đoàn yet").
    expect(await chiDoanPicker(staff, "member.create", { coSo: a.coSoA.id })).toEqual({
      options: [],
      byCoSo: true,
      coSo: undefined,
    });
    // Nor with one of theirs selected beside it.
    const mixed = await chiDoanPicker(staff, "member.read", { coSo: a.coSoA.id, selected: t.chiDoanA1.id });
    expect(mixed.coSo).toBeUndefined();
    expect(mixed.options.map((o) => o.id)).toEqual([t.chiDoanA1.id]);
    // A cơ sở of theirs with no chi đoàn stays chosen, its list empty.
    const bare = { id: crypto.randomUUID() };
    await db().unit.create({
      data: {
        id: bare.id,
        kind: "CO_SO",
        name: "Cơ sở chưa có chi đoàn",
        parentId: t.khoi.id,
        khoiId: t.khoi.id,
        coSoId: bare.id,
      },
    });
    expect(await chiDoanPicker(staff, "member.create", { coSo: bare.id })).toEqual({ options: [], byCoSo: true, coSo: bare.id });
  });

  it("shows a chi đoàn secretary only their chi đoàn", async () => {
    const viewer = await viewerOf(a.users.chiDoan.id);
    const result = await listMembers(viewer, { q: "", page: 1 });
    expect(new Set(result.rows.map((r) => r.chiDoanId))).toEqual(new Set([a.chiDoanA1.id]));
  });
});

describe("member by id across tenants", () => {
  it("is not found for the other Khối's admin", async () => {
    const viewer = await viewerOf(b.users.admin.id);
    await expect(getMember(viewer, a.members.a1.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("cannot be edited by the other Khối's admin, and stays unchanged", async () => {
    const viewer = await viewerOf(b.users.admin.id);
    await expect(
      updateMember(
        viewer,
        memberUpdateInput.parse({ id: a.members.a1.id, version: 0, fullName: "Bị sửa", chiDoanId: b.chiDoanB1.id }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const row = await db().member.findUnique({ where: { id: a.members.a1.id } });
    expect(row?.fullName).toBe(a.members.a1.fullName);
  });

  it("cannot be created in another tenant's chi đoàn", async () => {
    const viewer = await viewerOf(b.users.admin.id);
    await expect(
      createMember(
        viewer,
        memberCreateInput.parse({ requestKey: crypto.randomUUID(), fullName: "Xâm nhập", chiDoanId: a.chiDoanA1.id }),
      ),
    ).rejects.toMatchObject({
      code: "INVALID",
    });
  });
});

describe("a member's cơ sở follows its chi đoàn", () => {
  it("moving a chi đoàn to another cơ sở carries its members along", async () => {
    const { moveUnit } = await import("@/lib/data/units");
    const chiDoan = await db().unit.create({
      data: { kind: "CHI_DOAN", name: "Chi đoàn Lưu Động", parentId: a.coSoA.id, khoiId: a.khoi.id, coSoId: a.coSoA.id },
    });
    const member = await makeMember(db(), { ...chiDoan, kind: "CHI_DOAN" });
    await moveUnit(await viewerOf(a.users.admin.id), { id: chiDoan.id, newParentId: a.coSoB.id, version: 0 });
    expect(await db().member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({
      coSoId: a.coSoB.id,
      chiDoanId: chiDoan.id,
    });
    const secretaryOfB = await viewerOf(
      (await (await import("../factories")).makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB })).id,
    );
    expect((await listMembers(secretaryOfB, { q: "", page: 1 })).rows.map((r) => r.id)).toContain(member.id);
  });

  it("the database refuses a member whose cơ sở or Khối is not its chi đoàn's", async () => {
    const base = { fullName: "Lệch Cây", searchName: "lech cay", chiDoanId: a.chiDoanA1.id };
    await expect(db().member.create({ data: { ...base, khoiId: a.khoi.id, coSoId: a.coSoB.id } })).rejects.toThrow();
    await expect(db().member.create({ data: { ...base, khoiId: b.khoi.id, coSoId: a.coSoA.id } })).rejects.toThrow();
  });
});

describe("unit names", () => {
  it("two active chi đoàn of one cơ sở cannot share a name", async () => {
    const { createUnit } = await import("@/lib/data/units");
    const admin = await viewerOf(a.users.admin.id);
    await expect(
      createUnit(admin, { requestKey: crypto.randomUUID(), parentId: a.coSoA.id, name: a.chiDoanA1.name.toUpperCase() }),
    ).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { name: "Đã có đơn vị cùng tên ở cấp này" },
    });
    // The same name under another cơ sở is fine.
    await expect(
      createUnit(admin, { requestKey: crypto.randomUUID(), parentId: a.coSoB.id, name: a.chiDoanA1.name }),
    ).resolves.toHaveProperty("id");
  });
});

describe("birth and join dates", () => {
  it("refuses a join before birth or before 14 beside the join date, and a future birth date as such", async () => {
    actingAs(a.users.admin.id);
    const tomorrow = formatVietnameseDate(new Date(todayInVietnam().getTime() + 86_400_000));
    const create = (dates: { birthDate: string; joinedUnionAt: string }) =>
      createMemberAction({ requestKey: crypto.randomUUID(), fullName: "Tạ Ngày Lạ", chiDoanId: a.chiDoanA1.id, ...dates });
    expect(await create({ birthDate: "05/03/1960", joinedUnionAt: "26/03/1950" })).toMatchObject({
      ok: false,
      fieldErrors: { joinedUnionAt: "Ngày vào Đoàn không được trước ngày sinh" },
    });
    expect(await create({ birthDate: "05/03/1995", joinedUnionAt: "26/03/2003" })).toMatchObject({
      ok: false,
      fieldErrors: { joinedUnionAt: expect.stringMatching(/^Ngày vào Đoàn không hợp lý: khi đó chưa đủ 14 tuổi/) },
    });
    expect(await create({ birthDate: tomorrow, joinedUnionAt: "" })).toMatchObject({
      ok: false,
      fieldErrors: { birthDate: "Ngày sinh không được sau hôm nay" },
    });
    expect(await create({ birthDate: "05/03/1995", joinedUnionAt: tomorrow })).toMatchObject({
      ok: false,
      fieldErrors: { joinedUnionAt: "Ngày vào Đoàn không được sau hôm nay" },
    });
    expect(await db().member.count({ where: { fullName: "Tạ Ngày Lạ" } })).toBe(0);
  });
});
