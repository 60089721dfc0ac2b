// The list searches match what was typed literally: "%" and "_" are not LIKE wildcards. Prisma's
// `contains` does not escape them (prisma/prisma#19506), so without `containsLiterally` a search
// for "%" listed everything in scope and "a_b" also found "axb".
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listAccounts } from "@/lib/data/accounts";
import { listEntries } from "@/lib/data/entry-reads";
import { listMembers } from "@/lib/data/members";
import { containsLiterally } from "@/lib/domain/text";
import { entryListQuery } from "@/lib/validation/entries";
import { memberListQuery } from "@/lib/validation/members";
import { makeTenant, type Tenant } from "../factories";
import { makeEntry } from "../helpers/entries";
import { viewerOf } from "../helpers/viewers";

let t: Tenant;

beforeAll(async () => {
  t = await makeTenant(db());
});

describe("containsLiterally", () => {
  it("escapes the LIKE wildcards and the escape character itself", () => {
    expect(containsLiterally("100%")).toEqual({ contains: "100\\%" });
    expect(containsLiterally("a_b\\c")).toEqual({ contains: "a\\_b\\\\c" });
    expect(containsLiterally("nguyen van")).toEqual({ contains: "nguyen van" });
  });
});

describe("list searches take the text literally", () => {
  it("members: a wildcard alone finds nobody", async () => {
    const admin = await viewerOf(t.users.admin.id);
    const found = async (q: string) => (await listMembers(admin, memberListQuery.parse({ q }))).total;
    expect(await found("nguyen van duc")).toBe(1);
    expect(await found("%")).toBe(0);
    expect(await found("_")).toBe(0);
    expect(await found("nguyen%duc")).toBe(0);
  });

  it("accounts: an underscore in an e-mail matches only an underscore", async () => {
    const admin = await viewerOf(t.users.admin.id);
    const make = (email: string) =>
      db().user.create({ data: { name: "Phạm Gia Bảo", email, passwordHash: "-", khoiId: t.khoi.id }, select: { id: true } });
    const underscore = await make(`gia_bao.${t.label}@coquan.vn`);
    await make(`giaxbao.${t.label}@coquan.vn`);
    const found = async (q: string) => (await listAccounts(admin, { q, page: 1 })).rows.map((r) => r.id);
    expect(await found(`gia_bao.${t.label}`)).toEqual([underscore.id]);
    expect(await found("%")).toEqual([]);
  });

  it("entries: a percent sign in a title matches only a percent sign, by the short and the long search", async () => {
    const staff = await viewerOf(t.users.staff.id);
    const percent = await makeEntry(t.members.a1, "IDEA", "SUBMITTED", { title: `Tiết kiệm 100% giấy ${t.label}` });
    await makeEntry(t.members.a1, "IDEA", "SUBMITTED", { title: `Tiết kiệm 1000 giấy ${t.label}` });
    const found = async (q: string) =>
      (await listEntries(staff, entryListQuery.parse({ q, status: "all" }))).rows.map((r) => r.id);
    // Three letters and more go through the trigram search, fewer through the plain one.
    expect(await found("100% giay")).toEqual([percent.id]);
    expect(await found("%")).toEqual([percent.id]);
    expect(await found("_")).toEqual([]);
  });
});
