// Ý tưởng được chia sẻ (issue 16, point 15): a member shares an idea with their Khối; the Khối's
// members read, support (once each) and comment on it; Khối staff pick it for a contest or mark
// it applied. Private is the default, another Khối never sees it, and its review status is never
// touched by any of this.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  commentOnIdeaAction,
  hideIdeaCommentAction,
  pickIdeaForContestAction,
  publishIdeaAction,
  supportIdeaAction,
} from "@/lib/actions/shared-ideas";
import {
  commentOnIdea,
  hideIdeaComment,
  markIdeaApplied,
  pickIdeaForContest,
  publishIdea,
  supportIdea,
  unpublishIdea,
  withdrawIdeaSupport,
} from "@/lib/data/shared-idea-writes";
import { getSharedIdea, listSharedIdeas } from "@/lib/data/shared-ideas";
import { getEntry } from "@/lib/data/entry-reads";
import type { Viewer } from "@/lib/authz";
import { ideaCommentInput, sharedIdeaListQuery } from "@/lib/validation/shared-ideas";
import { makeActivity, makePlan, makeTenant, type Tenant } from "../factories";
import { as } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";
import { makeEntry, makeMemberUser, memberRow } from "../helpers/entries";

type Who = "owner" | "peer" | "peerB" | "staff" | "coSo" | "city" | "bMember" | "bAdmin";
let a: Tenant;
let b: Tenant;
let V: Record<Who, Viewer>;
let ids: Record<Who, string>;
let contestId: string;
let projectActivityId: string;
let bContestId: string;

const bySupport = sharedIdeaListQuery.parse({});
const byDate = sharedIdeaListQuery.parse({ sort: "new" });
const rowOf = (id: string) => db().memberEntry.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  // The owner (member a1) and two other members of the same Khối, one in the other cơ sở.
  const peer = await makeMemberUser("MEMBER", a.chiDoanB1, a.chiDoanB1, "Phạm Thị Lan");
  const bMember = await makeMemberUser("MEMBER", b.chiDoanA1, b.chiDoanA1);
  ids = {
    owner: a.users.member.id,
    peer: peer.userId,
    peerB: (await makeMemberUser("MEMBER", a.chiDoanA2, a.chiDoanA2)).userId,
    staff: a.users.staff.id,
    coSo: a.users.coSo.id,
    city: a.users.city.id,
    bMember: bMember.userId,
    bAdmin: b.users.admin.id,
  };
  V = Object.fromEntries(await Promise.all(Object.entries(ids).map(async ([k, id]) => [k, await viewerOf(id)]))) as typeof V;
  const plan = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
  contestId = (await makeActivity(db(), plan, { name: "Cuộc thi Ý tưởng sáng tạo" })).id;
  projectActivityId = (await makeActivity(db(), plan, { name: "Ngày thứ 7 tình nguyện" })).id;
  await db().activity.update({ where: { id: projectActivityId }, data: { kind: "PEAK_DAY" } });
  const bPlan = await makePlan(db(), { id: b.khoi.id, khoiId: b.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
  bContestId = (await makeActivity(db(), bPlan)).id;
});

const idea = (status: "SUBMITTED" | "CONFIRMED" | "RETURNED" | "WITHDRAWN" = "SUBMITTED", title?: string) =>
  makeEntry(memberRow(a.members.a1), "IDEA", status, title ? { title } : {});

describe("sharing one's idea", () => {
  it("keeps an idea private by default: nobody else in the Khối lists or opens it", async () => {
    const own = await idea("SUBMITTED", "Ý tưởng riêng tư");
    expect((await rowOf(own.id)).publishedAt).toBeNull();
    const listed = await listSharedIdeas(V.peer, byDate);
    expect(listed.rows.map((r) => r.id)).not.toContain(own.id);
    await expect(getSharedIdea(V.peer, own.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(supportIdea(V.peer, { id: own.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(commentOnIdea(V.peer, { id: own.id, body: "Hay", requestKey: crypto.randomUUID() })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("lets the owner share a pending or confirmed idea, and the whole Khối then reads it with the author's name", async () => {
    const own = await idea("SUBMITTED", "Tra cứu hồ sơ bằng mã QR");
    await publishIdea(V.owner, { id: own.id });
    expect((await rowOf(own.id)).publishedAt).toBeInstanceOf(Date);
    for (const who of ["peer", "peerB", "staff", "coSo"] as const) {
      const listed = await listSharedIdeas(V[who], byDate);
      const row = listed.rows.find((r) => r.id === own.id);
      expect(row, who).toMatchObject({ title: "Tra cứu hồ sơ bằng mã QR", authorName: a.members.a1.fullName, supportCount: 0 });
      expect(row?.coSoName).toBe(a.coSoA.name);
    }
    const detail = await getSharedIdea(V.peer, own.id);
    expect(detail).toMatchObject({ problem: "Vấn đề", proposal: "Đề xuất", canSupport: true, isOwn: false });
  });

  it("refuses to share a returned or withdrawn idea, or someone else's", async () => {
    const returned = await idea("RETURNED");
    await expect(publishIdea(V.owner, { id: returned.id })).rejects.toMatchObject({ code: "INVALID" });
    const withdrawn = await idea("WITHDRAWN");
    await expect(publishIdea(V.owner, { id: withdrawn.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = await idea();
    await expect(publishIdea(V.peer, { id: own.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const res = await as(ids.peer, () => publishIdeaAction({ id: own.id }));
    expect(res.ok).toBe(false);
    expect((await rowOf(own.id)).publishedAt).toBeNull();
  });

  it("hides an idea again when its owner stops sharing it", async () => {
    const own = await idea();
    await publishIdea(V.owner, { id: own.id });
    await unpublishIdea(V.owner, { id: own.id });
    expect((await rowOf(own.id)).publishedAt).toBeNull();
    await expect(getSharedIdea(V.peer, own.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("takes a shared idea off the list when it is returned for correction", async () => {
    const own = await idea();
    await publishIdea(V.owner, { id: own.id });
    await db().memberEntry.update({ where: { id: own.id }, data: { status: "RETURNED" } });
    await expect(getSharedIdea(V.peer, own.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("another Khối", () => {
  it("never sees, supports, comments on or curates a Khối's shared idea (not found)", async () => {
    const own = await idea("CONFIRMED", "Ý tưởng chỉ trong Khối A");
    await publishIdea(V.owner, { id: own.id });
    for (const who of ["bMember", "bAdmin"] as const) {
      expect((await listSharedIdeas(V[who], byDate)).rows.map((r) => r.id)).not.toContain(own.id);
      await expect(getSharedIdea(V[who], own.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(
        commentOnIdea(V[who], { id: own.id, body: "Xin chào", requestKey: crypto.randomUUID() }),
      ).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(supportIdea(V.bMember, { id: own.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const viaAction = await as(ids.bMember, () => supportIdeaAction({ id: own.id }));
    expect(viaAction).toMatchObject({ ok: false, formError: expect.stringMatching(/^Không tìm thấy/) });
    await expect(pickIdeaForContest(V.bAdmin, { id: own.id, version: 0, contestId: bContestId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    // The city reads counts of the Khối, never its members' ideas.
    expect((await listSharedIdeas(V.city, byDate)).total).toBe(0);
    expect((await rowOf(own.id)).supportCount).toBe(0);
  });

  it("cannot hide a comment of another Khối", async () => {
    const own = await idea();
    await publishIdea(V.owner, { id: own.id });
    const { id } = await commentOnIdea(V.peer, { id: own.id, body: "Góp ý thật", requestKey: crypto.randomUUID() });
    await expect(hideIdeaComment(V.bAdmin, { id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db().ideaComment.findUniqueOrThrow({ where: { id } })).hiddenAt).toBeNull();
  });
});

describe("supporting an idea", () => {
  it("counts one support per member: a second support is a no-op, withdrawing takes it back", async () => {
    const own = await idea();
    await publishIdea(V.owner, { id: own.id });
    await supportIdea(V.peer, { id: own.id });
    await supportIdea(V.peer, { id: own.id });
    expect((await rowOf(own.id)).supportCount).toBe(1);
    expect(await getSharedIdea(V.peer, own.id)).toMatchObject({ supported: true, supportCount: 1 });
    await supportIdea(V.peerB, { id: own.id });
    expect((await rowOf(own.id)).supportCount).toBe(2);
    await withdrawIdeaSupport(V.peer, { id: own.id });
    await withdrawIdeaSupport(V.peer, { id: own.id });
    expect((await rowOf(own.id)).supportCount).toBe(1);
    expect(await db().ideaSupport.count({ where: { entryId: own.id } })).toBe(1);
  });

  it("makes one support row out of ten parallel clicks", async () => {
    const own = await idea();
    await publishIdea(V.owner, { id: own.id });
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => supportIdea(V.peer, { id: own.id })));
    expect(results.every((r) => r.status === "fulfilled")).toBe(true);
    expect(await db().ideaSupport.count({ where: { entryId: own.id } })).toBe(1);
    expect((await rowOf(own.id)).supportCount).toBe(1);
  });

  it("refuses the author's own support", async () => {
    const own = await idea();
    await publishIdea(V.owner, { id: own.id });
    await expect(supportIdea(V.owner, { id: own.id })).rejects.toMatchObject({ code: "INVALID" });
    expect((await getSharedIdea(V.owner, own.id)).canSupport).toBe(false);
  });

  it("sorts the list by support, then newest first", async () => {
    const fresh = await makeTenant(db());
    const author = await makeMemberUser("MEMBER", fresh.chiDoanA1, fresh.chiDoanA1);
    const fans = await Promise.all([1, 2].map(() => makeMemberUser("MEMBER", fresh.chiDoanB1, fresh.chiDoanB1)));
    const authorV = await viewerOf(author.userId);
    const fanV = await Promise.all(fans.map((f) => viewerOf(f.userId)));
    const older = await makeEntry(author.member, "IDEA", "SUBMITTED", { title: "Cũ hơn" });
    const popular = await makeEntry(author.member, "IDEA", "SUBMITTED", { title: "Nhiều ủng hộ" });
    const newest = await makeEntry(author.member, "IDEA", "SUBMITTED", { title: "Mới nhất" });
    for (const e of [older, popular, newest]) {
      await publishIdea(authorV, { id: e.id });
      await new Promise((r) => setTimeout(r, 5));
    }
    for (const v of fanV) await supportIdea(v, { id: popular.id });
    await supportIdea(fanV[0], { id: older.id });
    expect((await listSharedIdeas(fanV[0], bySupport)).rows.map((r) => r.title)).toEqual(["Nhiều ủng hộ", "Cũ hơn", "Mới nhất"]);
    expect((await listSharedIdeas(fanV[0], byDate)).rows.map((r) => r.title)).toEqual(["Mới nhất", "Nhiều ủng hộ", "Cũ hơn"]);
  });
});

describe("comments", () => {
  it("are posted by anyone of the Khối, 1 to 2000 characters, and NUL is refused", async () => {
    const own = await idea();
    await publishIdea(V.owner, { id: own.id });
    const res = await as(ids.staff, () =>
      commentOnIdeaAction({ id: own.id, body: "  Nên áp dụng cho cả Sở Tư pháp  ", requestKey: crypto.randomUUID() }),
    );
    expect(res.ok).toBe(true);
    const detail = await getSharedIdea(V.peer, own.id);
    expect(detail.comments).toEqual([expect.objectContaining({ body: "Nên áp dụng cho cả Sở Tư pháp", hidden: false })]);
    expect(ideaCommentInput.safeParse({ id: own.id, requestKey: crypto.randomUUID(), body: "   " }).success).toBe(false);
    expect(ideaCommentInput.safeParse({ id: own.id, requestKey: crypto.randomUUID(), body: "x".repeat(2001) }).success).toBe(
      false,
    );
    expect(ideaCommentInput.safeParse({ id: own.id, requestKey: crypto.randomUUID(), body: "x".repeat(2000) }).success).toBe(
      true,
    );
    expect(ideaCommentInput.safeParse({ id: own.id, requestKey: crypto.randomUUID(), body: "a\u0000b" }).success).toBe(false);
    const bad = await as(ids.peer, () => commentOnIdeaAction({ id: own.id, body: "a\u0000b", requestKey: crypto.randomUUID() }));
    expect(bad.ok).toBe(false);
  });

  it("are hidden, never deleted, by the idea's owner or Khối staff, not by another member", async () => {
    const own = await idea();
    await publishIdea(V.owner, { id: own.id });
    const first = await commentOnIdea(V.peer, { id: own.id, body: "Góp ý một", requestKey: crypto.randomUUID() });
    const second = await commentOnIdea(V.peer, { id: own.id, body: "Góp ý hai", requestKey: crypto.randomUUID() });
    await expect(hideIdeaComment(V.peerB, { id: first.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await hideIdeaComment(V.owner, { id: first.id });
    const res = await as(ids.staff, () => hideIdeaCommentAction({ id: second.id }));
    expect(res.ok).toBe(true);
    const rows = await db().ideaComment.findMany({ where: { entryId: own.id } });
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.hiddenAt !== null && r.hiddenById !== null)).toBe(true);
    // A member who may not moderate no longer reads them; the owner still does, marked hidden.
    expect((await getSharedIdea(V.peerB, own.id)).comments).toEqual([]);
    expect((await getSharedIdea(V.owner, own.id)).comments.every((c) => c.hidden)).toBe(true);
  });
});

describe("Khối staff", () => {
  it("pick a shared idea for a contest of the Khối only, never another activity or another Khối's contest", async () => {
    const own = await idea();
    await publishIdea(V.owner, { id: own.id });
    const v = (await rowOf(own.id)).version;
    await expect(pickIdeaForContest(V.staff, { id: own.id, version: v, contestId: projectActivityId })).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(pickIdeaForContest(V.staff, { id: own.id, version: v, contestId: bContestId })).rejects.toMatchObject({
      code: "INVALID",
    });
    await expect(pickIdeaForContest(V.coSo, { id: own.id, version: v, contestId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const refused = await as(ids.peer, () => pickIdeaForContestAction({ id: own.id, version: v, contestId }));
    expect(refused.ok).toBe(false);
    expect((await rowOf(own.id)).contestId).toBeNull();
    await pickIdeaForContest(V.staff, { id: own.id, version: v, contestId });
    expect((await rowOf(own.id)).contestId).toBe(contestId);
    expect((await getSharedIdea(V.peer, own.id)).contestName).toBe("Cuộc thi Ý tưởng sáng tạo");
  });

  it("mark a shared idea applied, on the audit trail", async () => {
    const own = await idea();
    await publishIdea(V.owner, { id: own.id });
    await markIdeaApplied(V.staff, { id: own.id, version: (await rowOf(own.id)).version, effect: "Giảm 30% thời gian chờ" });
    expect(await rowOf(own.id)).toMatchObject({ applied: true, effect: "Giảm 30% thời gian chờ" });
    const log = await db().auditLog.findMany({ where: { targetId: own.id }, select: { action: true } });
    expect(log.map((l) => l.action)).toEqual(expect.arrayContaining(["idea.publish", "idea.applied"]));
  });
});

describe("the idea's review", () => {
  it("stays confirmed with its reviewedAt, whatever is done to its supports and comments", async () => {
    const reviewedAt = new Date("2026-11-20T03:00:00Z");
    const own = await makeEntry(memberRow(a.members.a1), "IDEA", "CONFIRMED", { reviewedAt, reviewedById: ids.coSo });
    await publishIdea(V.owner, { id: own.id });
    await supportIdea(V.peer, { id: own.id });
    const c = await commentOnIdea(V.peer, { id: own.id, body: "Rất thiết thực", requestKey: crypto.randomUUID() });
    await hideIdeaComment(V.staff, { id: c.id });
    await withdrawIdeaSupport(V.peer, { id: own.id });
    await pickIdeaForContest(V.staff, { id: own.id, version: (await rowOf(own.id)).version, contestId });
    await markIdeaApplied(V.staff, { id: own.id, version: (await rowOf(own.id)).version, effect: null });
    await unpublishIdea(V.owner, { id: own.id });
    const row = await rowOf(own.id);
    expect(row.status).toBe("CONFIRMED");
    expect(row.reviewedAt).toEqual(reviewedAt);
    expect(row.reviewedById).toBe(ids.coSo);
    const timeline = await db().statusChange.findMany({ where: { entityId: own.id } });
    expect(timeline).toHaveLength(1);
    expect((await getEntry(V.owner, own.id)).status).toBe("CONFIRMED");
  });
});
