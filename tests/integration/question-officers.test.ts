// Cán bộ giải đáp (issue 14, item 7) on a real database: a cơ sở's secretary names an account of
// the cơ sở to answer the public's questions with them; the officer sees, answers and is told of
// the cơ sở's questions and nothing else; the secretary removes them and the next call is refused.
// Accounts of another cơ sở or another Khối cannot be named: they are not found, as a made-up id.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { answerQuestionAction, assignQuestionAction, nameOfficerAction, removeOfficerAction } from "@/lib/actions/questions";
import { questionOfficers } from "@/lib/data/question-officers";
import { questionsFor, remindQuestionsDueSoon } from "@/lib/data/questions";
import { revokeRoleAction, setAccountActiveAction } from "@/lib/actions/accounts";
import { canSomewhere } from "@/lib/authz";
import { makeTenant, makeUser, type Tenant } from "../factories";
import { actingAs, as } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
});
afterEach(() => actingAs(null));

let codes = 0;
async function question(coSoId: string, khoiId = a.khoi.id) {
  const now = new Date();
  return db().publicQuestion.create({
    data: {
      khoiId,
      coSoId,
      topic: "ho-tich",
      body: "Thủ tục cấp bản sao trích lục khai sinh cần giấy tờ gì?",
      askerName: "Người hỏi thử",
      askerEmail: "nguoihoi@example.com",
      consentAt: now,
      codeHash: `officer-${randomUUID()}-${codes++}`,
      status: "WAITING",
      routedAt: now,
      dueAt: new Date(now.getTime() + 5 * 86_400_000),
    },
  });
}

describe("question officers", () => {
  it("are named by the secretary among the cơ sở's accounts, answer its questions only, and lose them when removed", async () => {
    const member = await makeUser(db(), { role: "MEMBER", unit: a.chiDoanA1, name: "Trần Thị Giải Đáp" });
    const secretary = await viewerOf(a.users.coSo.id);
    const before = await questionOfficers(secretary);
    expect(before.map((d) => d.coSo.id)).toEqual([a.coSoA.id]);
    expect(before[0].candidates.map((c) => c.userId)).toContain(member.id);
    // Its secretary answers already: not offered.
    expect(before[0].candidates.map((c) => c.userId)).not.toContain(a.users.coSo.id);

    // A double click names once; the member is told.
    const name = () => as(a.users.coSo.id, () => nameOfficerAction({ userId: member.id, coSoId: a.coSoA.id }));
    expect((await Promise.all([name(), name()])).map((r) => r.ok)).toEqual([true, true]);
    expect(await db().membership.count({ where: { userId: member.id, role: "QUESTION_OFFICER" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: member.id, title: { contains: "trả lời câu hỏi" } } })).toBe(1);
    const after = await questionOfficers(secretary);
    expect(after[0].officers.map((o) => o.name)).toEqual(["Trần Thị Giải Đáp"]);
    expect(after[0].candidates.map((c) => c.userId)).not.toContain(member.id);

    // The officer: cơ sở A's questions, not cơ sở B's; nothing else of the cơ sở.
    const own = await question(a.coSoA.id);
    const sibling = await question(a.coSoB.id);
    const officer = await viewerOf(member.id);
    const seen = (await questionsFor(officer, { tab: "cho-tra-loi", page: 1 })).rows.map((r) => r.id);
    expect(seen).toContain(own.id);
    expect(seen).not.toContain(sibling.id);
    expect(canSomewhere(officer, "report.fill")).toBe(false);
    expect(canSomewhere(officer, "question.officers")).toBe(false);
    const answer = (id: string, version: number) =>
      as(member.id, () =>
        answerQuestionAction({ id, version, answer: "Nộp tại UBND phường.", publicBody: "Cần giấy tờ gì?", publish: false }),
      );
    expect(await answer(sibling.id, sibling.version)).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^Không tìm thấy/),
    });
    expect(await answer(own.id, own.version)).toMatchObject({ ok: true });

    // Told of a near deadline with the secretary.
    const near = await question(a.coSoA.id);
    await db().publicQuestion.update({
      where: { id: near.id },
      data: { createdAt: new Date("2026-11-27T03:00:00Z"), dueAt: new Date("2026-12-04T16:59:59.999Z") },
    });
    await remindQuestionsDueSoon(new Date("2026-12-03T02:00:00Z"));
    const told = await db().notification.findMany({ where: { link: `/hoi-dap/${near.id}` }, select: { userId: true } });
    expect(told.map((n) => n.userId).sort()).toEqual([a.users.coSo.id, member.id].sort());

    // Removed: the next call is refused, the member keeps their own role.
    const membershipId = after[0].officers[0].membershipId;
    expect(await as(a.users.coSo.id, () => removeOfficerAction({ membershipId }))).toMatchObject({ ok: true });
    expect(await as(a.users.coSo.id, () => removeOfficerAction({ membershipId }))).toMatchObject({ ok: false });
    const again = await question(a.coSoA.id);
    expect(await answer(again.id, again.version)).toMatchObject({ ok: false });
    expect(await db().membership.count({ where: { userId: member.id, role: "MEMBER" } })).toBe(1);
    expect(
      await db().auditLog.count({
        where: { targetId: member.id, action: { in: ["question.officer.name", "question.officer.remove"] } },
      }),
    ).toBe(2);
  });

  it("a replayed naming answers as the first did; an officer whose last role in the cơ sở is revoked stops answering for it", async () => {
    const member = await makeUser(db(), { role: "MEMBER", unit: a.chiDoanA1 });
    const name = () => as(a.users.coSo.id, () => nameOfficerAction({ userId: member.id, coSoId: a.coSoA.id }));
    expect(await name()).toMatchObject({ ok: true });
    expect(await name()).toMatchObject({ ok: true });
    expect(await db().membership.count({ where: { userId: member.id, role: "QUESTION_OFFICER" } })).toBe(1);

    const role = await db().membership.findFirstOrThrow({ where: { userId: member.id, role: "MEMBER" } });
    expect(await as(a.users.admin.id, () => revokeRoleAction({ membershipId: role.id }))).toMatchObject({ ok: true });
    expect(await db().membership.count({ where: { userId: member.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { targetId: member.id, action: "question.officer.remove" } })).toBe(1);
    const q = await question(a.coSoA.id);
    const answered = await as(member.id, () =>
      answerQuestionAction({ id: q.id, version: q.version, answer: "Nộp tại UBND.", publicBody: "Hỏi?", publish: false }),
    );
    expect(answered).toMatchObject({ ok: false });

    // One with another role left in the cơ sở stays an officer.
    const both = await makeUser(db(), { role: "MEMBER", unit: a.chiDoanA1 });
    await db().membership.create({ data: { userId: both.id, unitId: a.chiDoanA2.id, role: "MEMBER", khoiId: a.khoi.id } });
    await as(a.users.coSo.id, () => nameOfficerAction({ userId: both.id, coSoId: a.coSoA.id }));
    const first = await db().membership.findFirstOrThrow({ where: { userId: both.id, unitId: a.chiDoanA1.id } });
    expect(await as(a.users.admin.id, () => revokeRoleAction({ membershipId: first.id }))).toMatchObject({ ok: true });
    expect(await db().membership.count({ where: { userId: both.id, role: "QUESTION_OFFICER" } })).toBe(1);
  });

  it("a waiting question is given to one answerer, who is told and reminded; a stranger cannot be given it; removal releases it", async () => {
    const [one, two] = [
      await makeUser(db(), { role: "MEMBER", unit: a.chiDoanA1, name: "Lê Văn Một" }),
      await makeUser(db(), { role: "MEMBER", unit: a.chiDoanA1, name: "Lê Văn Hai" }),
    ];
    for (const u of [one, two]) await as(a.users.coSo.id, () => nameOfficerAction({ userId: u.id, coSoId: a.coSoA.id }));
    const q = await question(a.coSoA.id);
    const assign = (userId: string, assigneeId: string, version: number) =>
      as(userId, () => assignQuestionAction({ id: q.id, version, assigneeId }));
    const assignOther = (id: string, version: number, assigneeId: string) =>
      as(a.users.coSo.id, () => assignQuestionAction({ id, version, assigneeId }));

    // Not an answerer of cơ sở A (a member, another Khối's secretary): refused beside the field.
    const plain = await makeUser(db(), { role: "MEMBER", unit: a.chiDoanA1 });
    for (const stranger of [plain.id, b.users.coSo.id, randomUUID()])
      expect(await assign(a.users.coSo.id, stranger, q.version)).toMatchObject({
        ok: false,
        fieldErrors: { assigneeId: expect.stringContaining("vui lòng chọn lại") },
      });
    // Another Khối's secretary does not find the question at all.
    expect(await assign(b.users.coSo.id, b.users.coSo.id, q.version)).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/^Không tìm thấy/),
    });

    expect(await assign(a.users.coSo.id, one.id, q.version)).toMatchObject({ ok: true });
    // A replay of that save answers as it did; a stale form wanting something else is a conflict.
    expect(await assign(a.users.coSo.id, one.id, q.version)).toMatchObject({ ok: true });
    expect(await assign(a.users.coSo.id, two.id, q.version)).toMatchObject({
      ok: false,
      formError: expect.stringContaining("vừa được người khác thay đổi"),
    });
    expect((await db().publicQuestion.findUniqueOrThrow({ where: { id: q.id } })).assignedToId).toBe(one.id);
    expect(await db().auditLog.count({ where: { targetId: q.id, action: "question.assign" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: one.id, link: `/hoi-dap/${q.id}` } })).toBe(1);
    const mine = async (userId: string) =>
      (await questionsFor(await viewerOf(userId), { tab: "duoc-giao" })).rows.map((r) => r.id);
    expect(await mine(one.id)).toEqual([q.id]);
    expect(await mine(two.id)).toEqual([]);

    // Near its deadline: the one given it and the secretary are told, not the other officer.
    await db().publicQuestion.update({
      where: { id: q.id },
      data: { createdAt: new Date("2026-11-27T03:00:00Z"), dueAt: new Date("2026-12-04T16:59:59.999Z") },
    });
    await remindQuestionsDueSoon(new Date("2026-12-03T02:00:00Z"));
    const told = await db().notification.findMany({
      where: { link: `/hoi-dap/${q.id}`, title: { contains: "sắp đến hạn" } },
      select: { userId: true },
    });
    expect(told.map((n) => n.userId).sort()).toEqual([a.users.coSo.id, one.id].sort());

    // Hidden by the Khối (moderation): out of the officer's "Giao cho tôi".
    await db().publicQuestion.update({ where: { id: q.id }, data: { hiddenAt: new Date() } });
    expect(await mine(one.id)).toEqual([]);
    await db().publicQuestion.update({ where: { id: q.id }, data: { hiddenAt: null } });

    // Given to the second, whose account is then disabled: back to the common list.
    const other = await question(a.coSoA.id);
    await assignOther(other.id, other.version, two.id);
    await as(a.users.admin.id, () => setAccountActiveAction({ userId: two.id, active: false }));
    expect((await db().publicQuestion.findUniqueOrThrow({ where: { id: other.id } })).assignedToId).toBeNull();

    // Officer removed: the question goes back to the cơ sở's common list.
    const desk = await questionOfficers(await viewerOf(a.users.coSo.id));
    const membershipId = desk[0].officers.find((o) => o.name === "Lê Văn Một")!.membershipId;
    await as(a.users.coSo.id, () => removeOfficerAction({ membershipId }));
    expect((await db().publicQuestion.findUniqueOrThrow({ where: { id: q.id } })).assignedToId).toBeNull();
  });

  it("cannot name an account of another cơ sở, of another Khối, a disabled one, its own secretary, or a made-up id: all “not found”", async () => {
    const sibling = await makeUser(db(), { role: "MEMBER", unit: a.chiDoanB1 });
    const elsewhere = await makeUser(db(), { role: "MEMBER", unit: b.chiDoanA1 });
    const disabled = await makeUser(db(), { role: "MEMBER", unit: a.chiDoanA1, active: false });
    for (const userId of [sibling.id, elsewhere.id, disabled.id, a.users.coSo.id, randomUUID()]) {
      const result = await as(a.users.coSo.id, () => nameOfficerAction({ userId, coSoId: a.coSoA.id }));
      expect(result).toEqual({ ok: false, formError: "Không tìm thấy tài khoản" });
    }
    // Nor name anyone for another cơ sở, nor remove another's officer.
    const member = await makeUser(db(), { role: "MEMBER", unit: a.chiDoanA1 });
    expect(await as(a.users.coSo.id, () => nameOfficerAction({ userId: member.id, coSoId: a.coSoB.id }))).toEqual({
      ok: false,
      formError: "Không tìm thấy cơ sở Đoàn",
    });
    const theirs = await db().membership.create({
      data: { userId: elsewhere.id, unitId: b.coSoA.id, role: "QUESTION_OFFICER", khoiId: b.khoi.id },
    });
    expect(await as(a.users.coSo.id, () => removeOfficerAction({ membershipId: theirs.id }))).toEqual({
      ok: false,
      formError: "Không tìm thấy cán bộ giải đáp",
    });
    expect(await db().membership.count({ where: { id: theirs.id } })).toBe(1);
    // The Khối's staff and a chi đoàn's secretary name no one.
    for (const user of [a.users.staff.id, a.users.chiDoan.id])
      expect((await as(user, () => nameOfficerAction({ userId: member.id, coSoId: a.coSoA.id }))).ok).toBe(false);
    expect(await db().membership.count({ where: { role: "QUESTION_OFFICER", userId: { in: [sibling.id, member.id] } } })).toBe(0);
  });
});
