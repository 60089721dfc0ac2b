import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMember, getMember, listMembers, updateMember } from "@/lib/data/members";
import { makeMember, makeTenant, type Tenant } from "../factories";
import { viewerOf } from "../helpers/viewers";

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
      updateMember(viewer, { id: a.members.a1.id, version: 0, fullName: "Bị sửa", chiDoanId: b.chiDoanB1.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const row = await db().member.findUnique({ where: { id: a.members.a1.id } });
    expect(row?.fullName).toBe(a.members.a1.fullName);
  });

  it("cannot be created in another tenant's chi đoàn", async () => {
    const viewer = await viewerOf(b.users.admin.id);
    await expect(createMember(viewer, { fullName: "Xâm nhập", chiDoanId: a.chiDoanA1.id })).rejects.toMatchObject({
      code: "INVALID",
    });
  });
});
