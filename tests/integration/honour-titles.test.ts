// Danh hiệu and tiêu chí (issue 12): Khối staff keep them, everyone in the Khối reads them, nobody
// else; a computed criterion needs a metric and a threshold; edits are versioned and audited; a
// title is archived, never deleted.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { archiveTitleAction, createTitleAction, updateTitleAction } from "@/lib/actions/honours";
import { getTitle, honourPillars, listTitles } from "@/lib/data/honour-titles";
import { MESSAGES } from "@/lib/actions/define";
import { conflict } from "@/lib/data/errors";
import { makePlan, makeTenant, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";
import { titleFields } from "../helpers/honour-probes";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
});

async function created(name: string, over: Record<string, unknown> = {}) {
  actingAs(a.users.staff.id);
  const result = await createTitleAction({ ...titleFields(name), ...over, requestKey: crypto.randomUUID() });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

describe("titles", () => {
  it("are made by Khối staff with their criteria in order, and read by everyone of the Khối, nobody else", async () => {
    const id = await created("Cán bộ trẻ giỏi, thân thiện");
    const title = await getTitle(await viewerOf(a.users.member.id), id);
    expect(title).toMatchObject({ name: "Cán bộ trẻ giỏi, thân thiện", subject: "INDIVIDUAL", level: "KHOI", khoiId: a.khoi.id });
    expect(title.criteria.map((c) => [c.position, c.source, c.metric, c.threshold, c.pillar])).toEqual([
      [0, "COMPUTED", "IDEAS", 2, 0],
      [1, "TYPED", null, null, null],
    ]);
    for (const who of [a.users.coSo, a.users.chiDoan, a.users.admin]) {
      expect((await listTitles(await viewerOf(who.id))).map((t) => t.id)).toContain(id);
    }
    for (const who of [b.users.admin, b.users.member, a.users.city]) {
      const viewer = await viewerOf(who.id);
      expect((await listTitles(viewer)).map((t) => t.id)).not.toContain(id);
      await expect(getTitle(viewer, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("are refused to anyone who does not keep the Khối's titles, and change nothing", async () => {
    const before = await db().honourTitle.count();
    for (const who of [a.users.coSo, a.users.chiDoan, a.users.member, a.users.city]) {
      actingAs(who.id);
      const result = await createTitleAction({ ...titleFields("Không được tạo"), requestKey: crypto.randomUUID() });
      expect(result.ok).toBe(false);
    }
    actingAs(null);
    expect(await createTitleAction({ ...titleFields("Không được tạo"), requestKey: crypto.randomUUID() })).toEqual({
      ok: false,
      formError: MESSAGES.signedOut,
    });
    expect(await db().honourTitle.count()).toBe(before);
  });

  it("made by the other Khối's admin belong to that Khối, whatever the payload says", async () => {
    actingAs(b.users.admin.id);
    const result = await createTitleAction({ ...titleFields("Của Khối B"), khoiId: a.khoi.id, requestKey: crypto.randomUUID() });
    expect(result.ok).toBe(true);
    const row = await db().honourTitle.findUniqueOrThrow({ where: { id: (result as { data: { id: string } }).data.id } });
    expect(row.khoiId).toBe(b.khoi.id);
  });

  it("refuse a computed criterion without its metric or threshold beside the field, and read “2,5” as 2.5", async () => {
    actingAs(a.users.staff.id);
    const result = await createTitleAction({
      ...titleFields("Thiếu ngưỡng"),
      criteria: [
        { wording: "Giờ tình nguyện", source: "COMPUTED", pillar: "", metric: "", threshold: "" },
        { wording: "Âm", source: "COMPUTED", pillar: "", metric: "IDEAS", threshold: "-1" },
        { wording: "", source: "TYPED", pillar: "", metric: "", threshold: "" },
      ],
      requestKey: crypto.randomUUID(),
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        "criteria.0.metric": "Vui lòng chọn số liệu để tính",
        "criteria.0.threshold": "Vui lòng nhập ngưỡng đạt",
        "criteria.1.threshold": "Ngưỡng không được âm",
        "criteria.2.wording": "Vui lòng nhập nội dung tiêu chí",
      },
    });
    const id = await created("Nửa giờ", {
      criteria: [{ wording: "Giờ tình nguyện", source: "COMPUTED", pillar: "1", metric: "VOLUNTEER_HOURS", threshold: "2,5" }],
    });
    expect((await db().honourCriterion.findFirstOrThrow({ where: { titleId: id } })).threshold).toBe(2.5);
  });

  it("drop a typed criterion's metric and threshold, whatever the form still held", async () => {
    const id = await created("Tự đánh giá", {
      criteria: [{ wording: "Đạo đức tốt", source: "TYPED", pillar: "", metric: "IDEAS", threshold: "3" }],
    });
    expect(await db().honourCriterion.findFirstOrThrow({ where: { titleId: id } })).toMatchObject({
      metric: null,
      threshold: null,
    });
  });

  it("are edited under their version: criteria replaced, the change audited, a stale save a conflict", async () => {
    const id = await created("Trước khi sửa");
    actingAs(a.users.admin.id);
    const edited = await updateTitleAction({
      ...titleFields("Sau khi sửa"),
      level: "CITY",
      criteria: [{ wording: "Ít nhất 3 khóa học", source: "COMPUTED", pillar: "0", metric: "TRAININGS", threshold: "3" }],
      id,
      version: 0,
    });
    expect(edited.ok).toBe(true);
    const title = await getTitle(await viewerOf(a.users.staff.id), id);
    expect(title).toMatchObject({ name: "Sau khi sửa", level: "CITY", version: 1 });
    expect(title.criteria.map((c) => c.wording)).toEqual(["Ít nhất 3 khóa học"]);
    const audit = await db().auditLog.findFirstOrThrow({ where: { targetId: id, action: "honour.title.update" } });
    expect(audit.before).toMatchObject({ name: "Trước khi sửa", level: "KHOI" });
    expect(audit.after).toMatchObject({
      name: "Sau khi sửa",
      level: "CITY",
      criteria: ["Ít nhất 3 khóa học (Khóa học, lớp bồi dưỡng được xác nhận ≥ 3)"],
    });

    const stale = await updateTitleAction({ ...titleFields("Ghi đè"), id, version: 0 });
    expect(stale).toEqual({ ok: false, formError: conflict().message });
    expect((await getTitle(await viewerOf(a.users.staff.id), id)).name).toBe("Sau khi sửa");
  });

  it("are archived, not deleted: out of the list unless asked for, brought back, each step audited", async () => {
    const id = await created("Sẽ lưu trữ");
    const staff = await viewerOf(a.users.staff.id);
    expect(await archiveTitleAction({ id, version: 0, active: false })).toMatchObject({ ok: true });
    expect((await listTitles(staff)).map((t) => t.id)).not.toContain(id);
    expect((await listTitles(staff, { includeArchived: true })).find((t) => t.id === id)).toMatchObject({ active: false });
    // Archiving twice is a conflict, not a second change.
    expect((await archiveTitleAction({ id, version: 1, active: false })).ok).toBe(false);
    expect(await archiveTitleAction({ id, version: 1, active: true })).toMatchObject({ ok: true });
    expect((await listTitles(staff)).map((t) => t.id)).toContain(id);
    const steps = await db().auditLog.findMany({
      where: { targetId: id },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(steps.map((s) => s.action)).toEqual(["honour.title.create", "honour.title.archive", "honour.title.restore"]);
  });

  it("group criteria under the pillars of the Khối's newest plan in force, or the movement's own", async () => {
    const fresh = await makeTenant(db());
    const viewer = await viewerOf(fresh.users.staff.id);
    expect(await honourPillars(viewer)).toEqual([
      "Trách nhiệm với công việc",
      "Trách nhiệm với nhân dân",
      "Trách nhiệm với bản thân",
    ]);
    await makePlan(db(), { id: fresh.khoi.id, khoiId: fresh.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
    expect(await honourPillars(viewer)).toEqual([
      "Trách nhiệm với bản thân",
      "Trách nhiệm với công việc",
      "Trách nhiệm với cộng đồng",
    ]);
  });
});
