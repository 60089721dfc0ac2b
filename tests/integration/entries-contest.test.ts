// Ideas entered in a Khối contest (e.g. "Ý tưởng sáng tạo"): Khối staff list, score and rank
// them; nobody judges their own idea; a rank goes to one idea per contest.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { scoreContestEntryAction } from "@/lib/actions/entries";
import { uploadEvidenceAction } from "@/lib/actions/evidence";
import { CONTEST_FROZEN, updateEntry, withdrawEntry } from "@/lib/data/entries";
import { getEntry } from "@/lib/data/entry-reads";
import { listContestEntries, scoreContestEntry } from "@/lib/data/entry-reviews";
import type { Viewer } from "@/lib/authz";
import { makeActivity, makePlan, makeTenant, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";
import { ideaForm, makeEntry, makeMemberUser, memberRow } from "../helpers/entries";
import { PDF } from "../helpers/action-probes";
import { contestScoreInput, entryUpdateInput, entryWithdrawInput } from "@/lib/validation/entries";

let a: Tenant;
let b: Tenant;
let contestId: string;
let V: Record<"staff" | "admin" | "judgeWithIdea" | "chiDoan" | "coSo" | "member" | "bAdmin", Viewer>;
let ideas: Record<"pending" | "confirmed" | "returned" | "withdrawn" | "judgesOwn" | "notEntered", { id: string }>;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  const plan = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
  contestId = (await makeActivity(db(), plan, { name: "Cuộc thi Ý tưởng sáng tạo", deadlineIn: -2 })).id;
  // A Khối officer who is a member too, and entered the contest.
  const judge = await makeMemberUser("KHOI_STAFF", a.khoi, a.chiDoanA1);
  const ids = {
    staff: a.users.staff.id,
    admin: a.users.admin.id,
    judgeWithIdea: judge.userId,
    chiDoan: a.users.chiDoan.id,
    coSo: a.users.coSo.id,
    member: a.users.member.id,
    bAdmin: b.users.admin.id,
  };
  V = Object.fromEntries(await Promise.all(Object.entries(ids).map(async ([k, id]) => [k, await viewerOf(id)]))) as typeof V;
  const a1 = memberRow(a.members.a1);
  ideas = {
    pending: await makeEntry(a1, "IDEA", "SUBMITTED", { title: "Một cửa không giấy", contestId }),
    confirmed: await makeEntry(memberRow(a.members.b1), "IDEA", "CONFIRMED", {
      title: "Hẹn giờ trả kết quả qua Zalo",
      contestId,
    }),
    returned: await makeEntry(memberRow(a.members.a2), "IDEA", "RETURNED", { contestId }),
    withdrawn: await makeEntry(a1, "IDEA", "WITHDRAWN", { contestId }),
    judgesOwn: await makeEntry(judge.member, "IDEA", "SUBMITTED", { title: "Ý tưởng của giám khảo", contestId }),
    notEntered: await makeEntry(a1, "IDEA", "SUBMITTED"),
  };
});

const rowOf = (id: string) => db().memberEntry.findUniqueOrThrow({ where: { id } });
const version = async (id: string) => (await rowOf(id)).version;

describe("judging a contest", () => {
  it("lists the pending and confirmed ideas entered, with names, to Khối staff only", async () => {
    const listed = await listContestEntries(V.staff, contestId);
    expect(listed.map((e) => e.id).sort()).toEqual([ideas.pending.id, ideas.confirmed.id, ideas.judgesOwn.id].sort());
    expect(listed.find((e) => e.id === ideas.pending.id)).toMatchObject({
      memberName: a.members.a1.fullName,
      coSoName: a.coSoA.name,
      canScore: true,
      score: null,
      rank: null,
    });
    expect((await listContestEntries(V.judgeWithIdea, contestId)).find((e) => e.id === ideas.judgesOwn.id)?.canScore).toBe(false);
    for (const v of [V.chiDoan, V.coSo, V.member, V.bAdmin]) expect(await listContestEntries(v, contestId)).toEqual([]);
  });

  it("scores and ranks an idea after the deadline, in the audit trail; ranked ideas come first", async () => {
    actingAs(a.users.staff.id);
    expect(
      await scoreContestEntryAction({
        id: ideas.confirmed.id,
        version: await version(ideas.confirmed.id),
        score: "91,5",
        rank: "1",
        note: "Khả thi, chi phí thấp",
      }),
    ).toMatchObject({ ok: true });
    expect(await rowOf(ideas.confirmed.id)).toMatchObject({
      contestScore: 91.5,
      contestRank: 1,
      contestNote: "Khả thi, chi phí thấp",
      status: "CONFIRMED",
    });
    const audit = await db().auditLog.findFirstOrThrow({
      where: { targetId: ideas.confirmed.id, action: "entry.contest-score" },
    });
    expect(audit).toMatchObject({ actorId: a.users.staff.id, after: { score: 91.5, rank: 1 } });
    expect((await listContestEntries(V.admin, contestId))[0].id).toBe(ideas.confirmed.id);
    expect(await getEntry(V.staff, ideas.confirmed.id)).toMatchObject({ canScore: true, contestScore: 91.5, contestRank: 1 });
  });

  it("gives a rank to one idea per contest", async () => {
    await scoreContestEntry(
      V.admin,
      contestScoreInput.parse({ id: ideas.pending.id, version: await version(ideas.pending.id), score: 80, rank: 2 }),
    );
    const v = await version(ideas.judgesOwn.id);
    await expect(
      scoreContestEntry(V.admin, contestScoreInput.parse({ id: ideas.judgesOwn.id, version: v, score: 70, rank: 2 })),
    ).rejects.toMatchObject({ fieldErrors: { rank: expect.stringMatching(/Hạng 2/) } });
    await scoreContestEntry(V.admin, contestScoreInput.parse({ id: ideas.judgesOwn.id, version: v, score: 70, rank: 3 }));
    expect((await rowOf(ideas.judgesOwn.id)).contestRank).toBe(3);
  });

  it("refuses a judge's own idea, a returned idea, a stale version, an idea not entered, and anyone but Khối staff", async () => {
    const score = (v: Viewer, id: string, ver: number) =>
      scoreContestEntry(v, contestScoreInput.parse({ id, version: ver, score: 50 }));
    await expect(score(V.judgeWithIdea, ideas.judgesOwn.id, await version(ideas.judgesOwn.id))).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/chính mình/),
    });
    await expect(score(V.staff, ideas.returned.id, 0)).rejects.toMatchObject({
      code: "INVALID",
      message: expect.stringMatching(/đang được đoàn viên sửa/),
    });
    await expect(score(V.staff, ideas.pending.id, 0)).rejects.toMatchObject({ code: "CONFLICT" });
    for (const id of [ideas.withdrawn.id, ideas.notEntered.id])
      await expect(score(V.staff, id, 0)).rejects.toMatchObject({ code: "NOT_FOUND", message: "Không tìm thấy bài dự thi" });
    for (const v of [V.chiDoan, V.coSo, V.member, V.bAdmin])
      await expect(score(v, ideas.pending.id, await version(ideas.pending.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await rowOf(ideas.returned.id)).toMatchObject({ contestScore: null, version: 0 });
  });

  it("lets the member see their idea's result but not score it", async () => {
    expect(await getEntry(V.member, ideas.pending.id)).toMatchObject({
      isOwn: true,
      canScore: false,
      contestScore: 80,
      contestRank: 2,
    });
  });
});

describe("what was judged stays what was submitted", () => {
  it("freezes an idea once its contest is closed: no edit, no withdrawal, no new file", async () => {
    const member = await viewerOf(a.users.member.id);
    const idea = await makeEntry(memberRow(a.members.a1), "IDEA", "SUBMITTED", { title: "Bài dự thi đã nộp", contestId });
    const form = { ...ideaForm({ title: "Nội dung khác hẳn", contestId }), id: idea.id, version: await version(idea.id) };
    await expect(updateEntry(member, entryUpdateInput.parse(form))).rejects.toMatchObject({ message: CONTEST_FROZEN });
    await expect(
      withdrawEntry(member, entryWithdrawInput.parse({ id: idea.id, version: await version(idea.id) })),
    ).rejects.toMatchObject({ message: CONTEST_FROZEN });
    actingAs(a.users.member.id);
    expect(
      await uploadEvidenceAction({
        requestKey: crypto.randomUUID(),
        ownerType: "MemberEntry",
        ownerId: idea.id,
        file: new File([PDF], "them.pdf"),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { file: CONTEST_FROZEN } });
    expect(await getEntry(member, idea.id)).toMatchObject({ canEdit: false, canWithdraw: false, title: "Bài dự thi đã nộp" });
  });

  it("freezes an idea a judge has scored, even while its contest is still open", async () => {
    const plan = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
    const open = (await makeActivity(db(), plan, { name: "Cuộc thi đang mở", startsIn: 20, deadlineIn: 10 })).id;
    const member = await viewerOf(a.users.member.id);
    const idea = await makeEntry(memberRow(a.members.a1), "IDEA", "SUBMITTED", { title: "Bài chấm sớm", contestId: open });
    expect((await getEntry(member, idea.id)).canEdit).toBe(true);
    await scoreContestEntry(V.staff, contestScoreInput.parse({ id: idea.id, version: await version(idea.id), score: "80" }));
    const form = { ...ideaForm({ title: "Đổi sau khi chấm", contestId: open }), id: idea.id, version: await version(idea.id) };
    await expect(updateEntry(member, entryUpdateInput.parse(form))).rejects.toMatchObject({ message: CONTEST_FROZEN });
    expect((await rowOf(idea.id)).title).toBe("Bài chấm sớm");
  });
});

describe("one idea per rank, under concurrency", () => {
  it("two judges saving the same rank on two ideas at once: one succeeds, the other is told the rank is taken", async () => {
    const plan = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
    const contest = (await makeActivity(db(), plan, { name: "Cuộc thi xếp hạng", deadlineIn: -1 })).id;
    const x = await makeEntry(memberRow(a.members.a2), "IDEA", "CONFIRMED", { contestId: contest });
    const y = await makeEntry(memberRow(a.members.b1), "IDEA", "CONFIRMED", { contestId: contest });
    const results = await Promise.allSettled([
      scoreContestEntry(V.staff, contestScoreInput.parse({ id: x.id, version: 0, score: "90", rank: "1" })),
      scoreContestEntry(V.admin, contestScoreInput.parse({ id: y.id, version: 0, score: "88", rank: "1" })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ fieldErrors: { rank: "Hạng 1 đã được xếp cho một bài khác của cuộc thi" } });
    expect(await db().memberEntry.count({ where: { contestId: contest, contestRank: 1 } })).toBe(1);
  });
});
