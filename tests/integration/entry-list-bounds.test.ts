// The entry review list at size (issue 18): the count is exact for the waiting list a reviewer
// works down and bounded elsewhere (said so: `totalBounded`), a page offers the next one only when
// it exists, and the text search (members' names and titles read apart, then merged) finds each
// match once, newest first, within the viewer's scope only, whether the title is found by its
// trigrams (a rarer phrase) or newest first (a common one).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { tenantOf, withTenant } from "@/lib/db/tenant-context";
import { ENTRY_COUNT_CAP, ENTRY_SEARCH_COUNT_CAP, listEntries } from "@/lib/data/entry-reads";
import { entryListQuery } from "@/lib/validation/entries";
import type { Viewer } from "@/lib/authz";
import { makeMember, makeTenant, type Tenant } from "../factories";
import { viewerOf } from "../helpers/viewers";
import { makeEntry, memberRow, type MemberRow } from "../helpers/entries";

const q = (raw: Record<string, string>) => entryListQuery.parse(raw);
const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + (i % 300) * 86_400_000);

/** `n` volunteer entries of one member, titled "Hiến máu lần i", spread over 300 days. */
async function manyEntries(me: MemberRow, n: number, status: "SUBMITTED" | "CONFIRMED") {
  await db().memberEntry.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      khoiId: me.khoiId,
      coSoId: me.coSoId,
      chiDoanId: me.chiDoanId,
      memberId: me.id,
      kind: "VOLUNTEER" as const,
      status,
      title: `Hiến máu lần ${i + 1}`,
      searchText: `hien mau lan ${i + 1}`,
      occurredOn: day(i),
      hours: 2,
    })),
  });
}

/** Page `skip / 50 + 1` of the Khối's entries whose folded title holds `text`, as the database sorts them. */
const newestMatches = async (khoiId: string, text: string, skip: number) =>
  (
    await db().memberEntry.findMany({
      where: { khoiId, searchText: { contains: text } },
      orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      skip,
      take: 50,
      select: { id: true },
    })
  ).map((r) => r.id);

describe("counts past the cap", () => {
  let t: Tenant;
  let staff: Viewer;
  beforeAll(async () => {
    t = await makeTenant(db());
    staff = await viewerOf(t.users.staff.id);
    await manyEntries(memberRow(t.members.a1), ENTRY_COUNT_CAP + 5, "SUBMITTED");
    await manyEntries(memberRow(t.members.a2), 3, "CONFIRMED");
  }, 120_000);

  it("counts the waiting list exactly, however long", async () => {
    const page = await listEntries(staff, q({}));
    expect([page.total, page.totalBounded, page.hasNext, page.rows.length]).toEqual([ENTRY_COUNT_CAP + 5, false, true, 50]);
  });

  it("bounds the count of all statuses and says so, and still pages past it", async () => {
    const first = await listEntries(staff, q({ status: "all" }));
    expect([first.total, first.totalBounded, first.hasNext]).toEqual([ENTRY_COUNT_CAP, true, true]);
    // Past the bound the pages go on: page 201 holds the last 8 of the 10,008.
    const last = await listEntries(staff, q({ status: "all", page: "201" }));
    expect([last.rows.length, last.hasNext, last.totalBounded]).toEqual([8, false, true]);
  });

  it("counts a filtered list below the cap exactly", async () => {
    const page = await listEntries(staff, q({ status: "CONFIRMED" }));
    expect([page.total, page.totalBounded, page.hasNext]).toEqual([3, false, false]);
  });

  it("bounds a search's count past its own cap, keeping the newest first", async () => {
    const page = await listEntries(staff, q({ status: "all", q: "hien mau", page: "3" }));
    expect([page.total, page.totalBounded, page.hasNext]).toEqual([ENTRY_SEARCH_COUNT_CAP, true, true]);
    const expected = await newestMatches(t.khoi.id, "hien mau", 100);
    expect(page.rows.map((r) => r.id)).toEqual(expected);
    // Past page 100 the titles are read newest first, not looked up by id: the same order.
    const deep = await listEntries(staff, q({ status: "all", q: "hien mau", page: "150" }));
    const deepExpected = await newestMatches(t.khoi.id, "hien mau", 149 * 50);
    expect(deep.rows.map((r) => r.id)).toEqual(deepExpected);
  });

  it("finds a phrase of a few hundred matches whole and pages it newest first, as the database sorts it", async () => {
    // "lan 12": lần 12, 120–129, 1200–1299: 111 matches, under the cap, looked up by trigrams.
    const page = await listEntries(staff, q({ status: "all", q: "lan 12", page: "2" }));
    expect([page.total, page.totalBounded, page.hasNext]).toEqual([111, false, true]);
    const expected = await newestMatches(t.khoi.id, "lan 12", 50);
    expect(page.rows.map((r) => r.id)).toEqual(expected);
    // Wildcards typed in the box match themselves, not every title.
    expect((await listEntries(staff, q({ status: "all", q: "lan 1%" }))).total).toBe(0);
    expect((await listEntries(staff, q({ status: "all", q: "lan _2" }))).total).toBe(0);
    // Two letters have no trigram: read newest first, the same answer.
    const short = await listEntries(staff, q({ status: "all", q: "12" }));
    expect(short.rows.every((r) => r.title.includes("12"))).toBe(true);
  });
});

describe("the text search", () => {
  let t: Tenant;
  let other: Tenant;
  let ids: Record<"byName" | "byTitle" | "byBoth" | "otherCoSo" | "unrelated", string>;
  beforeAll(async () => {
    t = await makeTenant(db());
    other = await makeTenant(db());
    const lan = memberRow(await makeMember(db(), t.chiDoanA1, { fullName: `Phạm Thị Lan ${t.label}` }));
    const inB = memberRow(await makeMember(db(), t.chiDoanB1, { fullName: `Phạm Thị Lan B ${t.label}` }));
    const a2 = memberRow(t.members.a2);
    ids = {
      byName: (await makeEntry(lan, "TRAINING", "CONFIRMED", { title: "Tin học văn phòng", occurredDaysAgo: 30 })).id,
      byTitle: (await makeEntry(a2, "IDEA", "SUBMITTED", { title: "Gặp chị Phạm Thị Lan để học hỏi", occurredDaysAgo: 10 })).id,
      byBoth: (await makeEntry(lan, "IDEA", "RETURNED", { title: "Phạm Thị Lan đề xuất", occurredDaysAgo: 20 })).id,
      otherCoSo: (await makeEntry(inB, "VOLUNTEER", "SUBMITTED", { occurredDaysAgo: 5 })).id,
      unrelated: (await makeEntry(a2, "TRAINING", "CONFIRMED", { title: "Kỹ năng mềm" })).id,
    };
    // The same name in another Khối: never found from this one.
    await makeEntry(memberRow(await makeMember(db(), other.chiDoanA1, { fullName: `Phạm Thị Lan ${t.label}` })), "IDEA");
  });

  it("finds names and titles without diacritics, each entry once, newest first", async () => {
    const page = await listEntries(await viewerOf(t.users.staff.id), q({ status: "all", q: "pham thi lan" }));
    expect(page.rows.map((r) => r.id)).toEqual([ids.otherCoSo, ids.byTitle, ids.byBoth, ids.byName]);
    expect([page.total, page.totalBounded, page.hasNext]).toEqual([4, false, false]);
  });

  it("keeps the other filters and the viewer's scope", async () => {
    const coSo = await viewerOf(t.users.coSo.id);
    const found = await listEntries(coSo, q({ status: "all", q: "pham thi lan" }));
    expect(found.rows.map((r) => r.id)).toEqual([ids.byTitle, ids.byBoth, ids.byName]);
    const ideas = await listEntries(coSo, q({ status: "all", kind: "IDEA", q: "Phạm Thị Lan" }));
    expect(ideas.rows.map((r) => r.id)).toEqual([ids.byTitle, ids.byBoth]);
    expect((await listEntries(coSo, q({ q: "pham thi lan" }))).rows.map((r) => r.id)).toEqual([ids.byTitle]);
    expect((await listEntries(await viewerOf(other.users.staff.id), q({ status: "all", q: "ky nang mem" }))).total).toBe(0);
  });

  it("finds titles only in the viewer's own Khối, and the list as the viewer sees it", async () => {
    const matches = (viewer: Viewer) =>
      withTenant(
        tenantOf(viewer),
        () => db().$queryRaw<{ id: string }[]>`SELECT "id" FROM entry_title_matches('pham thi lan', 100)`,
      );
    const staff = await viewerOf(t.users.staff.id);
    expect((await matches(staff)).map((r) => r.id)).toEqual([ids.byTitle, ids.byBoth]);
    expect(await matches(await viewerOf(other.users.staff.id))).toEqual([]);
    const page = await withTenant(tenantOf(staff), () => listEntries(staff, q({ status: "all", q: "pham thi lan" })));
    expect(page.rows.map((r) => r.id)).toEqual([ids.otherCoSo, ids.byTitle, ids.byBoth, ids.byName]);
  });

  it("returns an empty page past the last match", async () => {
    const page = await listEntries(await viewerOf(t.users.staff.id), q({ status: "all", q: "pham thi lan", page: "2" }));
    expect([page.rows.length, page.total, page.hasNext]).toEqual([0, 4, false]);
  });
});
