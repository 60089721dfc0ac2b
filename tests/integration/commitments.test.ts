// The yearly commitment (đăng ký rèn luyện): registration under the plan's pillars, edits,
// review by the chi đoàn and cơ sở secretaries, the year-end self-assessment and its review,
// every (state, role, transition). Who sees what, the lists, export and counts: commitment-lists.test.ts.
// Each test uses members of its own, so the tests never touch each other's rows.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  confirmCommitmentsAction,
  registerCommitmentAction,
  returnCommitmentAction,
  submitAssessmentAction,
  updateCommitmentAction,
} from "@/lib/actions/commitments";
import { getCommitment, myCommitment } from "@/lib/data/commitment-reads";
import { conflict } from "@/lib/data/errors";
import { ASSESSMENT_OPENS, assessmentOpen } from "@/lib/domain/commitment-rules";
import type { EntryStatus } from "@/lib/generated/prisma/enums";
import { makePlan, makeTenant, makeUser, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";
import { ASSESSMENTS, makeCommitment, makeMemberAccount, PILLARS, PLEDGES, thisYear } from "../helpers/commitments";

let a: Tenant;
let b: Tenant;
let plan: Awaited<ReturnType<typeof makePlan>>;
let draft: Awaited<ReturnType<typeof makePlan>>;
let coSoBSecretary: { id: string };
const Y = thisYear();

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  const khoi = { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" as const };
  plan = await makePlan(db(), khoi, { status: "PUBLISHED" });
  draft = await makePlan(db(), khoi);
  coSoBSecretary = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
});

/** A new account with a member profile in `chiDoan` (chi đoàn A1 unless given). */
const newMember = (chiDoan: Tenant["chiDoanA1"] = a.chiDoanA1, role: "MEMBER" | "CHI_DOAN_SECRETARY" = "MEMBER") =>
  makeMemberAccount(chiDoan, role);

const rowOf = (id: string) => db().commitment.findUniqueOrThrow({ where: { id } });
const statusesOf = async (id: string) =>
  (await db().statusChange.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } })).map((c) => [
    c.fromStatus,
    c.toStatus,
    c.comment,
  ]);
const idOf = (r: { ok: boolean; data?: unknown }) => (r.ok ? (r.data as { id: string }).id : null);
const errorsOf = (r: { ok: boolean; formError?: string; fieldErrors?: Record<string, string> }) =>
  r.ok ? null : { formError: r.formError, fieldErrors: r.fieldErrors };

describe("registering the yearly commitment", () => {
  it("copies the pillars of the Khối's current plan, files the member's units, and records the step", async () => {
    const m = await newMember(a.chiDoanA2);
    actingAs(m.userId);
    const result = await registerCommitmentAction({ planId: plan.id, pledges: PLEDGES });
    const row = await rowOf(idOf(result)!);
    expect(row).toMatchObject({
      khoiId: a.khoi.id,
      coSoId: a.coSoA.id,
      chiDoanId: a.chiDoanA2.id,
      memberId: m.member.id,
      year: Y,
      planId: plan.id,
      pillars: PILLARS,
      pledges: PLEDGES,
      status: "SUBMITTED",
      assessmentStatus: null,
      version: 0,
    });
    expect(await statusesOf(row.id)).toEqual([[null, "SUBMITTED", null]]);
    const own = await myCommitment(await viewerOf(m.userId));
    expect(own).toMatchObject({ year: Y, isMember: true, plan: { id: plan.id, pillars: PILLARS } });
    expect(own.commitment?.items).toEqual(PILLARS.map((pillar, i) => ({ pillar, pledge: PLEDGES[i], assessment: null })));
  });

  it("creates one commitment however many times the form is sent at once (10 parallel submits)", async () => {
    const m = await newMember();
    actingAs(m.userId);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        registerCommitmentAction({ planId: plan.id, pledges: PLEDGES.map((p) => `${p} (${i})`) }),
      ),
    );
    const rows = await db().commitment.findMany({ where: { memberId: m.member.id } });
    expect(rows).toHaveLength(1);
    expect(results.map(idOf)).toEqual(Array(10).fill(rows[0].id));
    expect(await statusesOf(rows[0].id)).toHaveLength(1);
  });

  it("registers a withdrawn commitment again on the same row, once, however many times the form is sent", async () => {
    const m = await newMember();
    const old = await makeCommitment(m.member, { year: Y, status: "WITHDRAWN" });
    actingAs(m.userId);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => registerCommitmentAction({ planId: plan.id, pledges: PLEDGES })),
    );
    expect(results.map(idOf)).toEqual(Array(10).fill(old.id));
    expect(await db().commitment.findMany({ where: { memberId: m.member.id } })).toEqual([
      expect.objectContaining({ id: old.id, status: "SUBMITTED", planId: plan.id, version: 1 }),
    ]);
    expect(await statusesOf(old.id)).toEqual([
      [null, "SUBMITTED", null],
      ["WITHDRAWN", "SUBMITTED", null],
    ]);
  });

  it("ignores a status, tenant, year or member sent by the client", async () => {
    const m = await newMember();
    actingAs(m.userId);
    const result = await registerCommitmentAction({
      planId: plan.id,
      pledges: PLEDGES,
      status: "CONFIRMED",
      khoiId: b.khoi.id,
      year: 2001,
      memberId: a.members.a2.id,
      version: 7,
    });
    expect(await rowOf(idOf(result)!)).toMatchObject({
      status: "SUBMITTED",
      khoiId: a.khoi.id,
      year: Y,
      memberId: m.member.id,
      version: 0,
    });
  });

  it("puts a missing, too long or missing-pillar pledge beside its field, and saves nothing", async () => {
    const m = await newMember();
    actingAs(m.userId);
    const blank = await registerCommitmentAction({ planId: plan.id, pledges: [PLEDGES[0], "   ", PLEDGES[2]] });
    expect(errorsOf(blank)?.fieldErrors).toEqual({ "pledges.1": "Vui lòng nhập nội dung đăng ký cho trách nhiệm này" });
    const long = await registerCommitmentAction({ planId: plan.id, pledges: [PLEDGES[0], PLEDGES[1], "x".repeat(2001)] });
    expect(errorsOf(long)?.fieldErrors).toEqual({ "pledges.2": "Tối đa 2000 ký tự" });
    const short = await registerCommitmentAction({ planId: plan.id, pledges: PLEDGES.slice(0, 2) });
    expect(errorsOf(short)?.fieldErrors).toEqual({ pledges: "Vui lòng nhập đủ 3 mục, mỗi trách nhiệm một mục" });
    expect(await db().commitment.count({ where: { memberId: m.member.id } })).toBe(0);
  });

  it("refuses answers to a plan that is not the current one: the member reloads the new pillars", async () => {
    const m = await newMember();
    actingAs(m.userId);
    const result = await registerCommitmentAction({ planId: draft.id, pledges: PLEDGES });
    expect(errorsOf(result)?.formError).toBe(
      `Kế hoạch năm ${Y} vừa được cập nhật. Vui lòng tải lại trang để đăng ký theo các trách nhiệm mới.`,
    );
    expect(await db().commitment.count({ where: { memberId: m.member.id } })).toBe(0);
  });

  it("says clearly when the Khối has published no plan for the year, on the page and on the server", async () => {
    const bDraft = await makePlan(db(), { id: b.khoi.id, khoiId: b.khoi.id, kind: "KHOI" });
    const own = await myCommitment(await viewerOf(b.users.member.id));
    expect(own).toMatchObject({ isMember: true, plan: null, commitment: null });
    actingAs(b.users.member.id);
    const result = await registerCommitmentAction({ planId: bDraft.id, pledges: PLEDGES });
    expect(errorsOf(result)?.formError).toBe(
      `Đoàn Khối chưa ban hành kế hoạch năm ${Y} nên chưa thể đăng ký rèn luyện. Vui lòng quay lại sau khi kế hoạch được ban hành.`,
    );
    expect(await db().commitment.count({ where: { khoiId: b.khoi.id } })).toBe(0);
  });

  it("does not find another Khối's plan, nor a profile for an account that has none", async () => {
    actingAs(b.users.member.id);
    expect(errorsOf(await registerCommitmentAction({ planId: plan.id, pledges: PLEDGES }))?.formError).toBe(
      "Không tìm thấy kế hoạch",
    );
    actingAs(a.users.staff.id);
    expect(errorsOf(await registerCommitmentAction({ planId: plan.id, pledges: PLEDGES }))?.formError).toBe(
      "Không tìm thấy hồ sơ đoàn viên gắn với tài khoản của bạn",
    );
    expect(await myCommitment(await viewerOf(a.users.staff.id))).toMatchObject({ isMember: false, plan: null, commitment: null });
  });
});

describe("editing, returning and confirming the pledges", () => {
  it("edits while pending without a step, resubmits a returned one, and locks confirmed pledges", async () => {
    const m = await newMember();
    actingAs(m.userId);
    const id = idOf(await registerCommitmentAction({ planId: plan.id, pledges: PLEDGES }))!;
    const edited = ["Thi chứng chỉ B1", PLEDGES[1], PLEDGES[2]];
    expect(await updateCommitmentAction({ id, version: 0, pledges: edited })).toMatchObject({ ok: true });
    expect(await rowOf(id)).toMatchObject({ pledges: edited, status: "SUBMITTED", version: 1 });

    actingAs(a.users.chiDoan.id);
    expect(await returnCommitmentAction({ id, version: 1, reason: "Ghi rõ số ngày tình nguyện" })).toMatchObject({ ok: true });
    expect(await rowOf(id)).toMatchObject({
      status: "RETURNED",
      reviewComment: "Ghi rõ số ngày tình nguyện",
      reviewedById: a.users.chiDoan.id,
    });
    const notices = await db().notification.findMany({ where: { userId: m.userId } });
    expect(notices).toEqual([
      expect.objectContaining({
        title: `Bản đăng ký rèn luyện năm ${Y} đã bị trả lại: Ghi rõ số ngày tình nguyện`,
        link: "/ca-nhan#ren-luyen",
      }),
    ]);

    actingAs(m.userId);
    expect(
      await updateCommitmentAction({ id, version: 2, pledges: [...edited.slice(0, 2), "Tham gia 4 ngày thứ Bảy tình nguyện"] }),
    ).toMatchObject({ ok: true });
    actingAs(a.users.coSo.id);
    expect(await confirmCommitmentsAction({ items: [{ id, version: 3 }] })).toEqual({ ok: true, data: { count: 1 } });
    // The member hears of it too (in the morning digest unless they chose otherwise).
    expect(
      await db().notification.findMany({
        where: { userId: m.userId, kind: "confirmed" },
        select: { title: true, digestPending: true },
      }),
    ).toEqual([{ title: `Bản đăng ký rèn luyện năm ${Y} đã được xác nhận`, digestPending: true }]);
    actingAs(m.userId);
    const locked = await updateCommitmentAction({ id, version: 4, pledges: PLEDGES });
    expect(errorsOf(locked)?.formError).toBe("Bản đăng ký đã được xác nhận, không sửa được nữa.");
    expect(await rowOf(id)).toMatchObject({
      status: "CONFIRMED",
      reviewedById: a.users.coSo.id,
      reviewComment: null,
      version: 4,
    });
    expect(await statusesOf(id)).toEqual([
      [null, "SUBMITTED", null],
      ["SUBMITTED", "RETURNED", "Ghi rõ số ngày tình nguyện"],
      ["RETURNED", "SUBMITTED", null],
      ["SUBMITTED", "CONFIRMED", null],
    ]);
  });

  it("refuses the second of two saves made from the same version, and a confirmation of what changed since", async () => {
    const m = await newMember();
    const { id } = await makeCommitment(m.member, { year: Y });
    actingAs(m.userId);
    const results = await Promise.all([
      updateCommitmentAction({ id, version: 0, pledges: ["Lan", "Lan", "Lan"] }),
      updateCommitmentAction({ id, version: 0, pledges: ["Minh", "Minh", "Minh"] }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, formError: conflict().message }]);
    const row = await rowOf(id);
    expect(row.version).toBe(1);
    expect([
      ["Lan", "Lan", "Lan"],
      ["Minh", "Minh", "Minh"],
    ]).toContainEqual(row.pledges);

    actingAs(a.users.chiDoan.id);
    expect(await confirmCommitmentsAction({ items: [{ id, version: 0 }] })).toEqual({ ok: false, formError: conflict().message });
    expect((await rowOf(id)).status).toBe("SUBMITTED");
  });

  it("confirms several at once, or none when one of them cannot be", async () => {
    const [m1, m2, m3] = [await newMember(), await newMember(), await newMember()];
    const c1 = await makeCommitment(m1.member, { year: Y });
    const c2 = await makeCommitment(m2.member, { year: Y });
    const c3 = await makeCommitment(m3.member, { year: Y, status: "RETURNED" });
    actingAs(a.users.chiDoan.id);
    const refused = await confirmCommitmentsAction({ items: [c1, c2, c3].map(({ id, version }) => ({ id, version })) });
    expect(refused.ok).toBe(false);
    expect((await db().commitment.findMany({ where: { id: { in: [c1.id, c2.id] } } })).map((r) => r.status)).toEqual([
      "SUBMITTED",
      "SUBMITTED",
    ]);
    expect(await confirmCommitmentsAction({ items: [c1, c2].map(({ id, version }) => ({ id, version })) })).toEqual({
      ok: true,
      data: { count: 2 },
    });
  });

  it("never lets a secretary confirm or return their own commitment or assessment; the cơ sở secretary does", async () => {
    const secretary = await newMember(a.chiDoanA1, "CHI_DOAN_SECRETARY");
    actingAs(secretary.userId);
    const id = idOf(await registerCommitmentAction({ planId: plan.id, pledges: PLEDGES }))!;
    const own = "Bạn không thể tự xác nhận hay trả lại bản đăng ký rèn luyện của chính mình; Bí thư cấp trên sẽ xem xét.";
    expect(await confirmCommitmentsAction({ items: [{ id, version: 0 }] })).toEqual({ ok: false, formError: own });
    expect(await returnCommitmentAction({ id, version: 0, reason: "Tự trả" })).toEqual({ ok: false, formError: own });
    expect((await getCommitment(await viewerOf(secretary.userId), id)).reviewStep).toBeNull();

    const past = await makeCommitment(secretary.member, { status: "CONFIRMED", assessmentStatus: "SUBMITTED" });
    expect(await confirmCommitmentsAction({ items: [{ id: past.id, version: past.version }] })).toEqual({
      ok: false,
      formError: own,
    });
    actingAs(a.users.coSo.id);
    expect(
      await confirmCommitmentsAction({
        items: [
          { id, version: 0 },
          { id: past.id, version: past.version },
        ],
      }),
    ).toMatchObject({ ok: true });
    expect((await rowOf(past.id)).assessmentStatus).toBe("CONFIRMED");
  });
});

// ───────── Every (state, role, transition): SECURITY.md #22 ─────────

type StateKey = "SUBMITTED" | "RETURNED" | "CONFIRMED" | "ASSESSMENT_SUBMITTED" | "ASSESSMENT_RETURNED" | "ASSESSMENT_CONFIRMED";
const STATES: Record<StateKey, { status: EntryStatus; assessmentStatus: EntryStatus | null }> = {
  SUBMITTED: { status: "SUBMITTED", assessmentStatus: null },
  RETURNED: { status: "RETURNED", assessmentStatus: null },
  CONFIRMED: { status: "CONFIRMED", assessmentStatus: null },
  ASSESSMENT_SUBMITTED: { status: "CONFIRMED", assessmentStatus: "SUBMITTED" },
  ASSESSMENT_RETURNED: { status: "CONFIRMED", assessmentStatus: "RETURNED" },
  ASSESSMENT_CONFIRMED: { status: "CONFIRMED", assessmentStatus: "CONFIRMED" },
};
type Role = "owner" | "chiDoan" | "coSo" | "coSoB" | "staff" | "admin" | "city" | "otherKhoi";
const ROLES: Role[] = ["owner", "chiDoan", "coSo", "coSoB", "staff", "admin", "city", "otherKhoi"];
type Transition = "confirm" | "return" | "update" | "assess";
const REVIEWERS: Role[] = ["chiDoan", "coSo"];

/** The only allowed moves: everything else is refused and leaves the row as it was. */
const ALLOWED: Record<Transition, { who: Role[]; from: Partial<Record<StateKey, StateKey>> }> = {
  confirm: { who: REVIEWERS, from: { SUBMITTED: "CONFIRMED", ASSESSMENT_SUBMITTED: "ASSESSMENT_CONFIRMED" } },
  return: { who: REVIEWERS, from: { SUBMITTED: "RETURNED", ASSESSMENT_SUBMITTED: "ASSESSMENT_RETURNED" } },
  update: { who: ["owner"], from: { SUBMITTED: "SUBMITTED", RETURNED: "SUBMITTED" } },
  assess: {
    who: ["owner"],
    from: {
      CONFIRMED: "ASSESSMENT_SUBMITTED",
      ASSESSMENT_SUBMITTED: "ASSESSMENT_SUBMITTED",
      ASSESSMENT_RETURNED: "ASSESSMENT_SUBMITTED",
    },
  },
};

function call(transition: Transition, id: string, version: number) {
  switch (transition) {
    case "confirm":
      return confirmCommitmentsAction({ items: [{ id, version }] });
    case "return":
      return returnCommitmentAction({ id, version, reason: "Chưa cụ thể" });
    case "update":
      return updateCommitmentAction({ id, version, pledges: ["Mới 1", "Mới 2", "Mới 3"] });
    case "assess":
      return submitAssessmentAction({ id, version, assessments: ASSESSMENTS, rating: "EXCELLENT" });
  }
}

describe("every (state, role, transition) of a commitment", () => {
  const cases = (Object.keys(STATES) as StateKey[]).flatMap((state) =>
    ROLES.flatMap((who) =>
      (Object.keys(ALLOWED) as Transition[]).map((transition) => {
        const to = ALLOWED[transition].who.includes(who) ? ALLOWED[transition].from[state] : undefined;
        return { state, who, transition, to, outcome: to ? `moves to ${to}` : "is refused and changes nothing" };
      }),
    ),
  );

  it.each(cases)("$transition on a $state commitment by $who $outcome", async ({ state, who, transition, to }) => {
    const owner = await newMember();
    const c = await makeCommitment(owner.member, STATES[state]);
    const users: Record<Role, string> = {
      owner: owner.userId,
      chiDoan: a.users.chiDoan.id,
      coSo: a.users.coSo.id,
      coSoB: coSoBSecretary.id,
      staff: a.users.staff.id,
      admin: a.users.admin.id,
      city: a.users.city.id,
      otherKhoi: b.users.coSo.id,
    };
    actingAs(users[who]);
    const before = await rowOf(c.id);
    const result = await call(transition, c.id, c.version);
    const after = await rowOf(c.id);
    if (!to) {
      expect(result.ok).toBe(false);
      expect(after).toEqual(before);
      return;
    }
    expect(errorsOf(result)).toBeNull();
    expect({ status: after.status, assessmentStatus: after.assessmentStatus }).toEqual(STATES[to]);
    expect(after.version).toBe(before.version + 1);
  });
});

describe("the self-assessment", () => {
  it("opens on 1 November of the commitment's year in Vietnam, and stays open afterwards", () => {
    expect(ASSESSMENT_OPENS).toEqual({ month: 11, day: 1 });
    const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
    expect(assessmentOpen(2026, day(2026, 10, 31))).toBe(false);
    expect(assessmentOpen(2026, day(2026, 1, 1))).toBe(false);
    expect(assessmentOpen(2026, day(2026, 11, 1))).toBe(true);
    expect(assessmentOpen(2026, day(2026, 12, 31))).toBe(true);
    expect(assessmentOpen(2025, day(2026, 3, 1))).toBe(true);
  });

  it("is refused on the server before 1 November of the commitment's year", async () => {
    const m = await newMember();
    const next = await makeCommitment(m.member, { year: Y + 1, status: "CONFIRMED" });
    actingAs(m.userId);
    const result = await submitAssessmentAction({ id: next.id, version: next.version, assessments: ASSESSMENTS, rating: "GOOD" });
    expect(errorsOf(result)?.formError).toBe(`Tự đánh giá năm ${Y + 1} mở từ ngày 01/11/${Y + 1}.`);
    expect(await rowOf(next.id)).toMatchObject({ assessmentStatus: null, assessments: [], version: 0 });
  });

  it("needs a rating and one text per pillar, beside the fields", async () => {
    const m = await newMember();
    const c = await makeCommitment(m.member, { status: "CONFIRMED" });
    actingAs(m.userId);
    const result = await submitAssessmentAction({
      id: c.id,
      version: c.version,
      assessments: [ASSESSMENTS[0], "", ASSESSMENTS[2]],
      rating: "",
    });
    expect(errorsOf(result)?.fieldErrors).toEqual({
      "assessments.1": "Vui lòng nhập kết quả tự đánh giá cho trách nhiệm này",
      rating: "Vui lòng chọn mức tự xếp loại",
    });
  });

  it("goes through its own review, records every step and locks once confirmed", async () => {
    const m = await newMember();
    const c = await makeCommitment(m.member, { status: "CONFIRMED" });
    actingAs(m.userId);
    expect(await submitAssessmentAction({ id: c.id, version: 0, assessments: ASSESSMENTS, rating: "GOOD" })).toMatchObject({
      ok: true,
    });
    // A rewrite while it waits is an edit, not a step.
    expect(await submitAssessmentAction({ id: c.id, version: 1, assessments: ASSESSMENTS, rating: "EXCELLENT" })).toMatchObject({
      ok: true,
    });
    actingAs(a.users.coSo.id);
    expect(await returnCommitmentAction({ id: c.id, version: 2, reason: "Nêu số ngày tình nguyện" })).toMatchObject({ ok: true });
    expect(await db().notification.findMany({ where: { userId: m.userId } })).toEqual([
      expect.objectContaining({ title: `Bản tự đánh giá năm ${c.year} đã bị trả lại: Nêu số ngày tình nguyện` }),
    ]);
    actingAs(m.userId);
    expect(await submitAssessmentAction({ id: c.id, version: 3, assessments: ASSESSMENTS, rating: "GOOD" })).toMatchObject({
      ok: true,
    });
    actingAs(a.users.chiDoan.id);
    expect(await confirmCommitmentsAction({ items: [{ id: c.id, version: 4 }] })).toMatchObject({ ok: true });
    actingAs(m.userId);
    expect(
      errorsOf(await submitAssessmentAction({ id: c.id, version: 5, assessments: ASSESSMENTS, rating: "DONE" }))?.formError,
    ).toBe("Bản tự đánh giá đã được xác nhận, không sửa được nữa.");
    expect(await rowOf(c.id)).toMatchObject({
      status: "CONFIRMED",
      assessmentStatus: "CONFIRMED",
      rating: "GOOD",
      assessments: ASSESSMENTS,
    });
    expect((await statusesOf(c.id)).map(([from, to]) => [from, to])).toEqual([
      [null, "SUBMITTED"],
      ["CONFIRMED", "ASSESSMENT_SUBMITTED"],
      ["ASSESSMENT_SUBMITTED", "ASSESSMENT_RETURNED"],
      ["ASSESSMENT_RETURNED", "ASSESSMENT_SUBMITTED"],
      ["ASSESSMENT_SUBMITTED", "ASSESSMENT_CONFIRMED"],
    ]);
    const detail = await getCommitment(await viewerOf(m.userId), c.id);
    expect(detail.timeline.map((t) => t.toStatus)).toEqual([
      "SUBMITTED",
      "ASSESSMENT_SUBMITTED",
      "ASSESSMENT_RETURNED",
      "ASSESSMENT_SUBMITTED",
      "ASSESSMENT_CONFIRMED",
    ]);
    expect(detail.items.map((i) => i.assessment)).toEqual(ASSESSMENTS);
  });
});
