// Members' entries (ý tưởng, học tập, tình nguyện): logging, editing, withdrawing, the review
// state machine (SECURITY.md #22), one row per double submit (#23), conflicts (#24) and the
// timeline (#25). Reads, exports and counts are in entries-reads.test.ts; contests in
// entries-contest.test.ts.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createEntryAction, updateEntryAction } from "@/lib/actions/entries";
import { createEntry, NO_PROFILE_MESSAGE, updateEntry, withdrawEntry } from "@/lib/data/entries";
import { confirmEntries, returnEntry } from "@/lib/data/entry-reviews";
import { conflict, forbidden } from "@/lib/data/errors";
import type { Viewer } from "@/lib/authz";
import type { EntryStatus } from "@/lib/generated/prisma/enums";
import { dayFromToday, makeActivity, makePlan, makeTenant, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";
import {
  date,
  ideaForm,
  makeEntry,
  makeMemberUser,
  memberRow,
  statusesOf,
  trainingForm,
  volunteerForm,
  type MemberRow,
} from "../helpers/entries";
import {
  entryConfirmInput,
  entryCreateInput,
  entryReturnInput,
  entryUpdateInput,
  entryWithdrawInput,
} from "@/lib/validation/entries";

let a: Tenant;
let b: Tenant;
let a1: MemberRow;
let V: Record<
  "member" | "otherMember" | "chiDoan" | "coSo" | "coSoB" | "staff" | "admin" | "bAdmin" | "bMember" | "city",
  Viewer
>;
let chiDoanSelf: MemberRow;
let coSoSelf: MemberRow;
let contests: { open: string; closed: string; otherKhoi: string };
let activities: { started: string; upcoming: string; otherKhoi: string };

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  a1 = memberRow(a.members.a1);
  const other = await makeMemberUser("MEMBER", a.chiDoanA2, a.chiDoanA2);
  const coSoB = await makeMemberUser("CO_SO_SECRETARY", a.coSoB, a.chiDoanB1);
  // The secretaries are members too: their own entries sit where they review.
  chiDoanSelf = memberRow(
    await db().member.create({
      data: {
        khoiId: a.khoi.id,
        coSoId: a.coSoA.id,
        chiDoanId: a.chiDoanA1.id,
        fullName: "Bí Thư Chi Đoàn",
        searchName: "bi thu chi doan",
        userId: a.users.chiDoan.id,
      },
    }),
  );
  coSoSelf = memberRow(
    await db().member.create({
      data: {
        khoiId: a.khoi.id,
        coSoId: a.coSoA.id,
        chiDoanId: a.chiDoanA2.id,
        fullName: "Bí Thư Cơ Sở",
        searchName: "bi thu co so",
        userId: a.users.coSo.id,
      },
    }),
  );
  const ids = {
    member: a.users.member.id,
    otherMember: other.userId,
    chiDoan: a.users.chiDoan.id,
    coSo: a.users.coSo.id,
    coSoB: coSoB.userId,
    staff: a.users.staff.id,
    admin: a.users.admin.id,
    bAdmin: b.users.admin.id,
    bMember: b.users.member.id,
    city: a.users.city.id,
  };
  V = Object.fromEntries(await Promise.all(Object.entries(ids).map(async ([k, id]) => [k, await viewerOf(id)]))) as typeof V;

  const plan = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
  const planB = await makePlan(db(), { id: b.khoi.id, khoiId: b.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
  contests = {
    open: (await makeActivity(db(), plan, { startsIn: 30, deadlineIn: 0 })).id,
    closed: (await makeActivity(db(), plan, { startsIn: 30, deadlineIn: -1 })).id,
    otherKhoi: (await makeActivity(db(), planB, { startsIn: 30, deadlineIn: 10 })).id,
  };
  activities = {
    started: (await makeActivity(db(), plan, { startsIn: -5, endsIn: 2 })).id,
    upcoming: (await makeActivity(db(), plan, { startsIn: 5 })).id,
    otherKhoi: (await makeActivity(db(), planB, { startsIn: -5, endsIn: 2 })).id,
  };
  // Peak days, not contests (an idea cannot enter them even while their registration is open).
  await db().activity.updateMany({ where: { id: { in: Object.values(activities) } }, data: { kind: "PEAK_DAY" } });
});

const idOf = (result: { ok: boolean; data?: unknown }) => {
  expect(result).toMatchObject({ ok: true });
  return (result.data as { id: string }).id;
};
const rowOf = (id: string) => db().memberEntry.findUniqueOrThrow({ where: { id } });

describe("logging entries", () => {
  it("a member logs an idea, a training and a volunteer day: pending, in their units, on the timeline", async () => {
    actingAs(a.users.member.id);
    const idea = idOf(await createEntryAction(ideaForm()));
    const training = idOf(await createEntryAction(trainingForm()));
    const volunteer = idOf(await createEntryAction(volunteerForm({ activityId: activities.started, occurredOn: date(0) })));
    const units = {
      khoiId: a.khoi.id,
      coSoId: a.coSoA.id,
      chiDoanId: a.chiDoanA1.id,
      memberId: a1.id,
      status: "SUBMITTED",
      version: 0,
      createdById: a.users.member.id,
    };
    expect(await rowOf(idea)).toMatchObject({
      ...units,
      kind: "IDEA",
      ideaKind: "INITIATIVE",
      field: "DIGITAL",
      applied: true,
      effect: "Rút ngắn thời gian trình ký còn 1 ngày",
      contestId: null,
      searchText: "ung dung chu ky so trong van thu",
    });
    expect(await rowOf(training)).toMatchObject({
      ...units,
      kind: "TRAINING",
      trainingKind: "LANGUAGE",
      provider: "Trường Đại học Sư phạm",
      occurredOn: dayFromToday(-60),
      endsOn: dayFromToday(-2),
      field: null,
    });
    expect(await rowOf(volunteer)).toMatchObject({
      ...units,
      kind: "VOLUNTEER",
      activityId: activities.started,
      hours: 4,
      field: "ADMIN_REFORM",
    });
    for (const id of [idea, training, volunteer]) expect(await statusesOf(id)).toEqual([[null, "SUBMITTED"]]);
  });

  it("an idea enters an open contest of the member's own Khối only", async () => {
    actingAs(a.users.member.id);
    const entered = idOf(await createEntryAction(ideaForm({ contestId: contests.open })));
    expect(await rowOf(entered)).toMatchObject({ contestId: contests.open });
    for (const contestId of [contests.closed, contests.otherKhoi, activities.started, crypto.randomUUID()]) {
      const result = await createEntryAction(ideaForm({ title: "Bài lạc", contestId }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { contestId: "Không tìm thấy cuộc thi đang nhận bài" } });
    }
    expect(await db().memberEntry.count({ where: { title: "Bài lạc" } })).toBe(0);
  });

  it("volunteer work names only a Khối activity that has started, on a day within it", async () => {
    actingAs(a.users.member.id);
    for (const activityId of [activities.upcoming, activities.otherKhoi, crypto.randomUUID()]) {
      expect(await createEntryAction(volunteerForm({ title: "Lạc hoạt động", activityId }))).toMatchObject({
        ok: false,
        fieldErrors: { activityId: "Không tìm thấy hoạt động đã diễn ra của Đoàn Khối" },
      });
    }
    expect(
      await createEntryAction(volunteerForm({ title: "Lạc hoạt động", activityId: activities.started, occurredOn: date(-6) })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { occurredOn: "Ngày tham gia phải trong thời gian diễn ra hoạt động" },
    });
    expect(await db().memberEntry.count({ where: { title: "Lạc hoạt động" } })).toBe(0);
  });

  it("refuses a future date, an end before the start, hours out of range and an applied idea without its effect", async () => {
    actingAs(a.users.member.id);
    expect(await createEntryAction(ideaForm({ occurredOn: date(1) }))).toMatchObject({
      ok: false,
      fieldErrors: { occurredOn: "Ngày đề xuất không được sau hôm nay" },
    });
    expect(await createEntryAction(ideaForm({ effect: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { effect: "Vui lòng nêu hiệu quả khi đã áp dụng" },
    });
    expect(await createEntryAction(trainingForm({ occurredOn: date(-3), endsOn: date(-4) }))).toMatchObject({
      ok: false,
      fieldErrors: { endsOn: "Ngày kết thúc không được trước ngày bắt đầu" },
    });
    expect(await createEntryAction(volunteerForm({ hours: "0" }))).toMatchObject({
      ok: false,
      fieldErrors: { hours: "Số giờ phải lớn hơn 0" },
    });
    // A volunteer entry is one day: 30 hours on it is a typo, refused beside the hours.
    for (const hours of ["30", "24,5", "745"]) {
      expect(await createEntryAction(volunteerForm({ title: "Ba mươi giờ một ngày", hours }))).toMatchObject({
        ok: false,
        fieldErrors: { hours: "Số giờ tối đa 24 trong một ngày tham gia" },
      });
    }
    expect(await db().memberEntry.count({ where: { title: "Ba mươi giờ một ngày" } })).toBe(0);
    expect(entryCreateInput.safeParse(volunteerForm({ hours: "24" })).success).toBe(true);
    expect(await createEntryAction({ kind: "PROJECT", title: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { kind: "Vui lòng chọn loại ghi nhận" },
    });
  });

  it("tells an account without a member profile to have one linked; the city viewer may not log at all", async () => {
    await expect(createEntry(V.staff, entryCreateInput.parse(trainingForm()))).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: NO_PROFILE_MESSAGE,
    });
    await expect(createEntry(V.city, entryCreateInput.parse(trainingForm()))).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: forbidden().message,
    });
  });

  it("ignores a forged tenant, unit, member, status and version (SECURITY.md #6)", async () => {
    actingAs(a.users.member.id);
    const forged = {
      khoiId: b.khoi.id,
      coSoId: a.coSoB.id,
      chiDoanId: a.chiDoanB1.id,
      memberId: a.members.b1.id,
      status: "CONFIRMED",
      version: 7,
      contestRank: 1,
      reviewedById: a.users.admin.id,
    };
    const id = idOf(await createEntryAction({ ...trainingForm({ title: "Lớp giả mạo" }), ...forged }));
    expect(await rowOf(id)).toMatchObject({
      khoiId: a.khoi.id,
      coSoId: a.coSoA.id,
      chiDoanId: a.chiDoanA1.id,
      memberId: a1.id,
      status: "SUBMITTED",
      version: 0,
      contestRank: null,
      reviewedById: null,
    });
  });

  it("makes one entry of 10 parallel submits with one form key (SECURITY.md #23)", async () => {
    actingAs(a.users.member.id);
    const requestKey = crypto.randomUUID();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => createEntryAction(trainingForm({ title: "Lớp bấm hai lần", requestKey }))),
    );
    const rows = await db().memberEntry.findMany({ where: { requestKey } });
    expect(rows).toHaveLength(1);
    expect(results.map(idOf)).toEqual(Array(10).fill(rows[0].id));
    expect(await statusesOf(rows[0].id)).toEqual([[null, "SUBMITTED"]]);
  });
});

describe("editing and withdrawing", () => {
  it("editing a pending entry keeps it pending with no new status change; its kind cannot change", async () => {
    const e = await makeEntry(a1, "TRAINING");
    await updateEntry(
      V.member,
      entryUpdateInput.parse({ ...trainingForm({ title: "Tin học văn phòng nâng cao" }), id: e.id, version: 0 }),
    );
    expect(await rowOf(e.id)).toMatchObject({
      status: "SUBMITTED",
      version: 1,
      title: "Tin học văn phòng nâng cao",
      searchText: "tin hoc van phong nang cao",
    });
    expect(await statusesOf(e.id)).toEqual([[null, "SUBMITTED"]]);
    // The edit itself is on the audit trail: who, and the fields it changed, before → after.
    const audit = await db().auditLog.findMany({
      where: { action: "entry.update", targetId: e.id },
      select: { actorId: true, before: true, after: true },
    });
    expect(audit).toEqual([
      {
        actorId: V.member.userId,
        before: expect.objectContaining({ title: expect.any(String) }),
        after: expect.objectContaining({ title: "Tin học văn phòng nâng cao" }),
      },
    ]);
    expect(Object.keys(audit[0].after as object).sort()).toEqual(Object.keys(audit[0].before as object).sort());
    await expect(
      updateEntry(V.member, entryUpdateInput.parse({ ...volunteerForm(), id: e.id, version: 1 })),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { kind: expect.any(String) } });
  });

  it("saving a returned entry sends it again, on the timeline", async () => {
    const e = await makeEntry(a1, "TRAINING");
    await returnEntry(V.chiDoan, entryReturnInput.parse({ id: e.id, version: 0, reason: "Thiếu ngày kết thúc" }));
    actingAs(a.users.member.id);
    expect(await updateEntryAction({ ...trainingForm(), id: e.id, version: 1 })).toMatchObject({ ok: true });
    expect(await rowOf(e.id)).toMatchObject({ status: "SUBMITTED", version: 2 });
    expect(await statusesOf(e.id)).toEqual([
      [null, "SUBMITTED"],
      ["SUBMITTED", "RETURNED"],
      ["RETURNED", "SUBMITTED"],
    ]);
  });

  it("two reads, two writes: the second is refused as a conflict and the first stays (SECURITY.md #24)", async () => {
    const e = await makeEntry(a1, "TRAINING");
    const results = await Promise.allSettled([
      updateEntry(V.member, entryUpdateInput.parse({ ...trainingForm({ title: "Bản của tab thứ nhất" }), id: e.id, version: 0 })),
      updateEntry(V.member, entryUpdateInput.parse({ ...trainingForm({ title: "Bản của tab thứ hai" }), id: e.id, version: 0 })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({
      reason: { code: "CONFLICT", message: conflict().message },
    });
    expect((await rowOf(e.id)).version).toBe(1);
    // A reviewer confirming the version they saw, after the member changed it, gets a conflict too.
    await expect(
      confirmEntries(V.chiDoan, entryConfirmInput.parse({ entries: [{ id: e.id, version: 0 }] })),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await rowOf(e.id)).status).toBe("SUBMITTED");
  });

  it("an idea in a contest that has closed can neither leave it nor change (entries-contest.test.ts)", async () => {
    const e = await makeEntry(a1, "IDEA", "SUBMITTED", { contestId: contests.closed, title: "Bài đã nộp" });
    await expect(
      updateEntry(V.member, entryUpdateInput.parse({ ...ideaForm({ contestId: "" }), id: e.id, version: 0 })),
    ).rejects.toMatchObject({ message: expect.stringMatching(/hết hạn/) });
    await expect(
      updateEntry(
        V.member,
        entryUpdateInput.parse({
          ...ideaForm({ contestId: contests.closed, title: "Vẫn trong cuộc thi" }),
          id: e.id,
          version: 0,
        }),
      ),
    ).rejects.toThrow();
    expect(await rowOf(e.id)).toMatchObject({ contestId: contests.closed, title: "Bài đã nộp", version: 0 });
  });
});

// ───────── The state machine: every (state, transition) and every (role, transition) ─────────

type Transition = "edit" | "withdraw" | "confirm" | "return";
const act = (t: Transition, v: Viewer, e: { id: string; version: number }) =>
  ({
    edit: () => updateEntry(v, entryUpdateInput.parse({ ...trainingForm(), id: e.id, version: e.version })),
    withdraw: () => withdrawEntry(v, entryWithdrawInput.parse({ id: e.id, version: e.version })),
    confirm: () => confirmEntries(v, entryConfirmInput.parse({ entries: [{ id: e.id, version: e.version }] })),
    return: () => returnEntry(v, entryReturnInput.parse({ id: e.id, version: e.version, reason: "Thiếu minh chứng" })),
  })[t]();

const LOCKED = (verb: string) => ({ code: "INVALID", message: `Ghi nhận đã được xác nhận nên không ${verb} được nữa.` });
const NOT_FOUND = { code: "NOT_FOUND", message: "Không tìm thấy ghi nhận" };
const STATE_CASES: [EntryStatus, Transition, EntryStatus | { code: string; message?: string | RegExp }][] = [
  ["SUBMITTED", "edit", "SUBMITTED"],
  ["RETURNED", "edit", "SUBMITTED"],
  ["CONFIRMED", "edit", LOCKED("sửa")],
  ["WITHDRAWN", "edit", NOT_FOUND],
  ["SUBMITTED", "withdraw", "WITHDRAWN"],
  ["RETURNED", "withdraw", "WITHDRAWN"],
  ["CONFIRMED", "withdraw", LOCKED("rút")],
  ["WITHDRAWN", "withdraw", NOT_FOUND],
  ["SUBMITTED", "confirm", "CONFIRMED"],
  ["RETURNED", "confirm", { code: "INVALID", message: /đang chờ đoàn viên sửa/ }],
  ["CONFIRMED", "confirm", { code: "INVALID", message: /đã được xác nhận/ }],
  ["WITHDRAWN", "confirm", NOT_FOUND],
  ["SUBMITTED", "return", "RETURNED"],
  ["RETURNED", "return", { code: "INVALID", message: /đang chờ đoàn viên sửa/ }],
  ["CONFIRMED", "return", { code: "INVALID", message: /không trả lại được/ }],
  ["WITHDRAWN", "return", NOT_FOUND],
];

describe("the review state machine (SECURITY.md #22)", () => {
  it.each(STATE_CASES)("%s → %s: %j", async (state, transition, expected) => {
    const e = await makeEntry(a1, "TRAINING", state);
    const by = transition === "edit" || transition === "withdraw" ? V.member : V.chiDoan;
    const before = await rowOf(e.id);
    const changes = (await statusesOf(e.id)).length;
    if (typeof expected === "string") {
      await act(transition, by, e);
      expect(await rowOf(e.id)).toMatchObject({ status: expected, version: 1 });
      // Every status change leaves a row (an edit of a pending entry is not a status change).
      expect(await statusesOf(e.id)).toHaveLength(expected === state ? changes : changes + 1);
    } else {
      const error = await act(transition, by, e).then(
        () => null,
        (err: unknown) => err,
      );
      expect(error).toMatchObject({ code: expected.code });
      if (expected.message) expect((error as Error).message).toMatch(expected.message);
      expect(await rowOf(e.id)).toEqual(before);
      expect(await statusesOf(e.id)).toHaveLength(changes);
    }
  });

  type Who = keyof typeof V;
  const ROLE_CASES: [Transition, Who[]][] = [
    ["edit", ["member"]],
    ["withdraw", ["member"]],
    ["confirm", ["chiDoan", "coSo"]],
    ["return", ["chiDoan", "coSo"]],
  ];
  const EVERYONE: Who[] = ["member", "otherMember", "chiDoan", "coSo", "coSoB", "staff", "admin", "bAdmin", "bMember", "city"];
  const roleCases = ROLE_CASES.flatMap(([t, may]) => EVERYONE.map((who) => ({ t, who, allowed: may.includes(who) })));

  it.each(roleCases)(
    "$t of member a1's pending entry by $who: allowed $allowed (else “not found”, unchanged)",
    async ({ t, who, allowed }) => {
      const e = await makeEntry(a1, "TRAINING");
      if (allowed) {
        await act(t, V[who], e);
        expect((await rowOf(e.id)).version).toBe(1);
      } else {
        await expect(act(t, V[who], e)).rejects.toMatchObject(NOT_FOUND);
        expect(await rowOf(e.id)).toMatchObject({ status: "SUBMITTED", version: 0 });
      }
    },
  );

  it.each(["confirm", "return"] as const)("a secretary cannot %s their own entry (no self-review)", async (t) => {
    for (const [who, self] of [
      ["chiDoan", chiDoanSelf],
      ["coSo", coSoSelf],
    ] as const) {
      const e = await makeEntry(self, "IDEA");
      await expect(act(t, V[who], e)).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/chính mình/) });
      expect(await rowOf(e.id)).toMatchObject({ status: "SUBMITTED", version: 0 });
    }
    // The cơ sở secretary may review the chi đoàn secretary's entry, and the other way round in A1.
    const e = await makeEntry(chiDoanSelf, "IDEA");
    await act(t, V.coSo, e);
    expect((await rowOf(e.id)).version).toBe(1);
  });
});

describe("reviewing", () => {
  it("confirms several entries at once, all or none", async () => {
    const [x, y, returned] = [
      await makeEntry(a1, "IDEA"),
      await makeEntry(a1, "TRAINING"),
      await makeEntry(a1, "VOLUNTEER", "RETURNED"),
    ];
    await expect(
      confirmEntries(V.coSo, entryConfirmInput.parse({ entries: [x, y, returned].map((e) => ({ id: e.id, version: 0 })) })),
    ).rejects.toMatchObject({ code: "INVALID" });
    const outOfScope = await makeEntry(memberRow(a.members.b1), "IDEA");
    await expect(
      confirmEntries(V.coSo, entryConfirmInput.parse({ entries: [x, outOfScope].map((e) => ({ id: e.id, version: 0 })) })),
    ).rejects.toMatchObject(NOT_FOUND);
    for (const e of [x, y, returned, outOfScope]) expect((await rowOf(e.id)).version).toBe(0);

    expect(
      await confirmEntries(V.coSo, entryConfirmInput.parse({ entries: [x, y].map((e) => ({ id: e.id, version: 0 })) })),
    ).toEqual({ count: 2 });
    for (const e of [x, y])
      expect(await rowOf(e.id)).toMatchObject({ status: "CONFIRMED", reviewedById: a.users.coSo.id, version: 1 });
  });

  it("returning takes a reason, keeps it on the entry and the timeline, and notifies the member", async () => {
    const e = await makeEntry(a1, "IDEA", "SUBMITTED", { title: "Hộp thư góp ý điện tử" });
    actingAs(a.users.chiDoan.id);
    const { returnEntryAction } = await import("@/lib/actions/entries");
    expect(await returnEntryAction({ id: e.id, version: 0, reason: " " })).toMatchObject({
      ok: false,
      fieldErrors: { reason: "Vui lòng nhập lý do trả lại" },
    });
    expect(await returnEntryAction({ id: e.id, version: 0, reason: "Nêu rõ chi phí thực hiện" })).toMatchObject({ ok: true });
    expect(await rowOf(e.id)).toMatchObject({
      status: "RETURNED",
      reviewComment: "Nêu rõ chi phí thực hiện",
      reviewedById: a.users.chiDoan.id,
    });
    const change = await db().statusChange.findFirstOrThrow({ where: { entityId: e.id, toStatus: "RETURNED" } });
    expect(change).toMatchObject({ fromStatus: "SUBMITTED", actorId: a.users.chiDoan.id, comment: "Nêu rõ chi phí thực hiện" });
    const notice = await db().notification.findFirstOrThrow({ where: { userId: a.users.member.id, link: `/ghi-nhan/${e.id}` } });
    expect(notice.title).toBe("Ghi nhận “Hộp thư góp ý điện tử” đã bị trả lại: Nêu rõ chi phí thực hiện");
  });
});
