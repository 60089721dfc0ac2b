// The notices page (issue 13, item 4): one's own notices only, filtered by read state and by what
// they are about, a page at a time; opening one marks it read and leads to a page of this site.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { markNoticeReadAction } from "@/lib/actions/notifications";
import { listNotifications, NOTICES_PER_PAGE, unreadByGroup } from "@/lib/data/notifications";
import { makeTenant, makeUser, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let reader: { id: string };

const notice = (userId: string, khoiId: string, link: string, readAt: Date | null = null, minutesAgo = 0) =>
  db().notification.create({
    data: { khoiId, userId, title: `Thông báo ${link}`, link, readAt, createdAt: new Date(Date.now() - minutesAgo * 60_000) },
    select: { id: true },
  });

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  reader = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
});

describe("the notices list", () => {
  it("filters by unread and by group, newest first, a page at a time", async () => {
    await notice(reader.id, a.khoi.id, "/bao-cao/1", null, 3);
    await notice(reader.id, a.khoi.id, "/bao-cao/2/don-vi/3", new Date(), 2);
    await notice(reader.id, a.khoi.id, "/khen-thuong/4", null, 1);
    await notice(a.users.coSo.id, a.khoi.id, "/bao-cao/9");
    const viewer = await viewerOf(reader.id);
    expect((await listNotifications(viewer)).rows.map((n) => n.link)).toEqual([
      "/khen-thuong/4",
      "/bao-cao/2/don-vi/3",
      "/bao-cao/1",
    ]);
    expect((await listNotifications(viewer, { unreadOnly: true })).rows.map((n) => n.link)).toEqual([
      "/khen-thuong/4",
      "/bao-cao/1",
    ]);
    expect((await listNotifications(viewer, { group: "bao-cao" })).total).toBe(2);
    expect((await listNotifications(viewer, { unreadOnly: true, group: "bao-cao" })).rows.map((n) => n.link)).toEqual([
      "/bao-cao/1",
    ]);
    const counts = await unreadByGroup(viewer);
    expect(counts.get("bao-cao")).toBe(1);
    expect(counts.get("khen-thuong")).toBe(1);
    expect(counts.get("ke-hoach")).toBe(0);

    const many = await makeUser(db(), { role: "MEMBER", unit: a.chiDoanA2 });
    await db().notification.createMany({
      data: Array.from({ length: NOTICES_PER_PAGE + 5 }, (_, i) => ({
        khoiId: a.khoi.id,
        userId: many.id,
        title: `Nhắc ${i}`,
        link: "/ke-hoach",
        createdAt: new Date(Date.now() - i * 1000),
      })),
    });
    const second = await listNotifications(await viewerOf(many.id), { page: 2 });
    expect(second).toMatchObject({ total: NOTICES_PER_PAGE + 5, pages: 2, page: 2 });
    expect(second.rows.map((n) => n.title)).toEqual(Array.from({ length: 5 }, (_, i) => `Nhắc ${NOTICES_PER_PAGE + i}`));
    // Past the last page: the last page.
    expect(await listNotifications(await viewerOf(many.id), { page: 99 })).toMatchObject({ page: 2, pages: 2 });
  });
});

describe("opening a notice", () => {
  it("marks one's own read and says where it leads; another's is not found and stays unread", async () => {
    const own = await notice(a.users.chiDoan.id, a.khoi.id, "/ghi-nhan/1");
    const theirs = await notice(b.users.coSo.id, b.khoi.id, "/bao-cao/1");
    const colleague = await notice(a.users.staff.id, a.khoi.id, "/bao-cao/1");
    actingAs(a.users.chiDoan.id);
    expect(await markNoticeReadAction({ id: own.id })).toEqual({ ok: true, data: { link: "/ghi-nhan/1" } });
    expect((await db().notification.findUniqueOrThrow({ where: { id: own.id } })).readAt).not.toBeNull();
    // Twice is fine: still read, same answer.
    expect(await markNoticeReadAction({ id: own.id })).toEqual({ ok: true, data: { link: "/ghi-nhan/1" } });
    for (const id of [theirs.id, colleague.id]) {
      expect(await markNoticeReadAction({ id })).toMatchObject({ ok: false, formError: "Không tìm thấy thông báo" });
      expect((await db().notification.findUniqueOrThrow({ where: { id } })).readAt).toBeNull();
    }
  });

  it("never leads off the site, whatever link a notice was stored with", async () => {
    const odd = await notice(a.users.chiDoan.id, a.khoi.id, "//evil.example/dang-nhap");
    actingAs(a.users.chiDoan.id);
    expect(await markNoticeReadAction({ id: odd.id })).toEqual({ ok: true, data: { link: "/thong-bao" } });
  });
});
