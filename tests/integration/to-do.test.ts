// Việc cần làm (issue 16, points 7 and 10): what waits for a Khối's staff over the whole Khối and
// for a secretary in their unit, with the counts the menu shows; arriving on the page a notice
// leads to marks it read; the notices a cơ sở's step gives the Khối name the cơ sở.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import { markNoticesReadAtAction } from "@/lib/actions/notifications";
import { getToDo } from "@/lib/data/to-do";
import { markReadAt, unreadNotices } from "@/lib/data/notifications";
import { registerProject } from "@/lib/data/project-registrations";
import { completeProject } from "@/lib/data/project-progress";
import { publishPlan } from "@/lib/data/plan-writes";
import { arrivedAt } from "@/lib/domain/notice-arrival";
import { todayInVietnam } from "@/lib/domain/dates";
import { projectCompleteInput, projectRegisterInput } from "@/lib/validation/projects";
import { planRefInput } from "@/lib/validation/plans";
import { makeActivity, makePlan, makeTenant, makeUser, type Tenant } from "../factories";
import { makeProject } from "../factories/projects";
import { makeEntry, memberRow } from "../helpers/entries";
import { makePeriodRow, makeReportRow } from "../helpers/reports";
import { makeHonourTitle, makeNomination, makeRound, makeVotingRound } from "../helpers/honour-probes";
import { projectInput } from "../helpers/project-fixtures";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let plan: Awaited<ReturnType<typeof makePlan>>;
const v = {} as Record<"staff" | "admin" | "coSo" | "coSoB" | "member" | "city" | "staffB", Viewer>;

const lines = async (viewer: Viewer) => Object.fromEntries((await getToDo(viewer)).items.map((i) => [i.key, [i.n, i.href]]));

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  const coSoB = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
  Object.assign(v, {
    staff: await viewerOf(a.users.staff.id),
    admin: await viewerOf(a.users.admin.id),
    coSo: await viewerOf(a.users.coSo.id),
    coSoB: await viewerOf(coSoB.id),
    member: await viewerOf(a.users.member.id),
    city: await viewerOf(a.users.city.id),
    staffB: await viewerOf(b.users.staff.id),
  });
  plan = await makePlan(
    db(),
    { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" },
    { status: "PUBLISHED", indicators: [{ code: "CT1" }] },
  );
});

describe("the Khối staff's to-do list", () => {
  it("is empty, with the card shown, when nothing waits", async () => {
    const fresh = await makeTenant(db());
    const todo = await getToDo(await viewerOf(fresh.users.staff.id));
    expect(todo).toMatchObject({ applies: true, items: [], menu: {}, pending: null });
  });

  it("counts projects to approve and to acknowledge, reports, contest ideas and nominations over the whole Khối", async () => {
    const owner = { khoiId: a.khoi.id, planId: plan.id };
    // Waiting: two registrations (two cơ sở), one completion report.
    await makeProject(db(), { ...owner, coSoId: a.coSoA.id }, { status: "PENDING" });
    await makeProject(db(), { ...owner, coSoId: a.coSoB.id }, { status: "PENDING" });
    await makeProject(db(), { ...owner, coSoId: a.coSoA.id }, { status: "COMPLETED" });
    // Not waiting: approved, withdrawn, the Khối's own.
    await makeProject(db(), { ...owner, coSoId: a.coSoA.id }, { status: "APPROVED" });
    await makeProject(db(), { ...owner, coSoId: a.coSoA.id }, { status: "WITHDRAWN" });
    await makeProject(db(), { ...owner, coSoId: null }, { status: "PENDING" });

    // Reports: two sent in one period (a draft and an accepted one do not wait).
    const period = await makePeriodRow(plan, { indicatorIds: [plan.indicators[0].id] });
    await makeReportRow(period, a.coSoA.id, "SUBMITTED");
    await makeReportRow(period, a.coSoB.id, "SUBMITTED");
    const other = await makePeriodRow(plan, { indicatorIds: [plan.indicators[0].id] });
    await makeReportRow(other, a.coSoA.id, "DRAFT");
    await makeReportRow(other, a.coSoB.id, "ACCEPTED");

    // Contest ideas: two unscored in an active contest; a scored one, a returned one and one in a
    // cancelled contest do not wait.
    const contest = await makeActivity(db(), plan, { deadlineIn: -1 });
    const cancelled = await makeActivity(db(), plan, { active: false });
    const a1 = memberRow(a.members.a1);
    await makeEntry(a1, "IDEA", "SUBMITTED", { contestId: contest.id });
    await makeEntry(memberRow(a.members.b1), "IDEA", "CONFIRMED", { contestId: contest.id });
    await makeEntry(a1, "IDEA", "CONFIRMED", { contestId: contest.id, contestScore: 8 });
    await makeEntry(a1, "IDEA", "RETURNED", { contestId: contest.id });
    await makeEntry(a1, "IDEA", "SUBMITTED", { contestId: cancelled.id });

    // Nominations: one sent in an open round (a draft, and one in a round the council votes on, do not wait).
    const title = (await makeHonourTitle(a.khoi.id)).id;
    const round = await makeRound(a.khoi.id, plan.id, [title]);
    await makeNomination(a, round, title, a.members.a1.id, "SUBMITTED");
    await makeNomination(a, round, title, a.members.a2.id, "DRAFT");
    await makeVotingRound(a, plan.id, title, [a.users.staff.id]);

    // Tenant B's waiting work is not tenant A's.
    const planB = await makePlan(db(), { id: b.khoi.id, khoiId: b.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
    await makeProject(db(), { khoiId: b.khoi.id, planId: planB.id, coSoId: b.coSoA.id }, { status: "PENDING" });

    expect(await lines(v.staff)).toEqual({
      projects: [2, "/cong-trinh?status=PENDING"],
      completions: [1, "/cong-trinh?status=COMPLETED"],
      reports: [2, `/bao-cao/${period.id}`],
      contests: [2, `/hoat-dong/${contest.id}`],
      nominations: [1, `/khen-thuong/${round}`],
    });
    const todo = await getToDo(v.staff);
    expect(todo.menu).toEqual({ "/cong-trinh": 3, "/bao-cao": 2, "/hoat-dong": 2, "/khen-thuong": 1 });
    expect(todo.pending).toBeNull();
    // The admin sees the same; the other tenant only its own.
    expect(await lines(v.admin)).toEqual(await lines(v.staff));
    expect(await lines(v.staffB)).toEqual({ projects: [1, "/cong-trinh?status=PENDING"] });
  });

  it("links to the list of periods when reports wait in several", async () => {
    const second = await makePeriodRow(plan, { indicatorIds: [plan.indicators[0].id] });
    await makeReportRow(second, a.coSoA.id, "SUBMITTED");
    expect((await lines(v.staff)).reports).toEqual([3, "/bao-cao"]);
  });
});

describe("a secretary's to-do list", () => {
  it("is their unit's pending work, with the menu's counts; a sibling cơ sở's is not theirs", async () => {
    await makeEntry(memberRow(a.members.a2), "TRAINING", "SUBMITTED");
    const returned = await makeProject(db(), { khoiId: a.khoi.id, planId: plan.id, coSoId: a.coSoA.id }, { status: "RETURNED" });
    const todo = await getToDo(v.coSo);
    expect(todo.applies).toBe(true);
    expect(todo.pending).not.toBeNull();
    const entries = todo.items.find((i) => i.key === "entries")!;
    expect(entries).toMatchObject({ href: "/ghi-nhan", menu: "/ghi-nhan" });
    expect(entries.n).toBe(todo.pending!.entries);
    expect(entries.n).toBeGreaterThanOrEqual(1);
    expect(todo.items.find((i) => i.key === "returned-projects")).toMatchObject({ n: 1, href: "/cong-trinh?status=RETURNED" });
    expect(todo.menu["/cong-trinh"]).toBe(1);
    // No Khối line for a secretary.
    expect(todo.items.map((i) => i.key)).not.toContain("projects");

    const sibling = await getToDo(v.coSoB);
    expect(sibling.items.find((i) => i.key === "returned-projects")).toBeUndefined();
    expect(returned.coSoId).toBe(a.coSoA.id);
  });

  it("names a Khối plan whose cơ sở-plan due date the cơ sở has not met, until it publishes its own plan", async () => {
    const today = todayInVietnam();
    const year = today.getUTCFullYear();
    const due = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
    await db().plan.update({ where: { id: due.id }, data: { coSoPlanDueOn: new Date(Date.UTC(year, 11, 31)) } });
    const lineOf = async (viewer: Viewer) => (await getToDo(viewer)).items.find((i) => i.key === `plan-due-${due.id}`);
    const line = await lineOf(v.coSo);
    expect(line).toMatchObject({ n: 1, href: `/ke-hoach/${due.id}`, menu: "/ke-hoach" });
    expect(line!.text).toBe(`kế hoạch của cơ sở cần gửi về Đoàn Khối (hạn 31/12/${year})`);
    // Khối staff, a member and another Khối's secretary have no such line.
    const otherKhoi = await viewerOf((await makeUser(db(), { role: "CO_SO_SECRETARY", unit: b.coSoA })).id);
    for (const viewer of [v.staff, v.member, otherKhoi]) expect(await lineOf(viewer)).toBeUndefined();
    // Past due, it says so; the cơ sở's own plan on it, published, ends it (a draft does not).
    const early = new Date(Date.UTC(year, 0, 1));
    await db().plan.update({ where: { id: due.id }, data: { coSoPlanDueOn: early } });
    expect((await lineOf(v.coSo))!.text.includes("đã quá hạn")).toBe(early.getTime() < today.getTime());
    await makePlan(db(), { id: a.coSoA.id, khoiId: a.khoi.id, kind: "CO_SO" }, { status: "DRAFT", basisPlanId: due.id });
    expect(await lineOf(v.coSo)).toBeDefined();
    await makePlan(db(), { id: a.coSoA.id, khoiId: a.khoi.id, kind: "CO_SO" }, { status: "PUBLISHED", basisPlanId: due.id });
    expect(await lineOf(v.coSo)).toBeUndefined();
    expect(await lineOf(v.coSoB)).toMatchObject({ n: 1 });
  });

  it("is nothing, without a query, for a member or the city", async () => {
    for (const viewer of [v.member, v.city])
      expect(await getToDo(viewer)).toEqual({ items: [], menu: {}, pending: null, applies: false });
  });
});

describe("arriving on the page a notice leads to", () => {
  const notice = (userId: string, link: string, readAt: Date | null = null) =>
    db().notification.create({
      data: { khoiId: a.khoi.id, userId, title: `Thông báo ${link}`, link, readAt },
      select: { id: true },
    });
  const unread = async (id: string) => (await db().notification.findUniqueOrThrow({ where: { id } })).readAt === null;

  it("marks the viewer's own unread notices for that page read, and nothing else", async () => {
    const reader = await makeUser(db(), { role: "KHOI_STAFF", unit: a.khoi });
    const viewer = await viewerOf(reader.id);
    const page = `/cong-trinh/${crypto.randomUUID()}`;
    const first = await notice(reader.id, page);
    const second = await notice(reader.id, page);
    const withPart = await notice(reader.id, `${page}#tien-do`);
    const longer = await notice(reader.id, `${page}/sua`);
    const elsewhere = await notice(reader.id, "/bao-cao");
    const someoneElse = await notice(a.users.staff.id, page);

    expect(await unreadNotices(viewer)).toEqual({ total: 5, links: ["/bao-cao", page, `${page}#tien-do`, `${page}/sua`] });
    actingAs(reader.id);
    try {
      expect(await markNoticesReadAtAction({ path: page })).toEqual({ ok: true, data: { count: 3 } });
      // Another site, or a path with a control character, is refused before any read.
      for (const path of ["//evil.example/x", "https://evil.example", "/a\u0000b"])
        expect(await markNoticesReadAtAction({ path })).toMatchObject({ ok: false });
    } finally {
      actingAs(null);
    }
    for (const n of [first, second, withPart]) expect(await unread(n.id)).toBe(false);
    for (const n of [longer, elsewhere, someoneElse]) expect(await unread(n.id)).toBe(true);
    expect((await unreadNotices(viewer)).total).toBe(2);
    // Again: nothing left to mark.
    expect(await markReadAt(viewer, { path: page })).toEqual({ count: 0 });
  });

  it("takes the path literally: '_' and '%' are not wildcards", async () => {
    const reader = await makeUser(db(), { role: "KHOI_STAFF", unit: a.khoi });
    const viewer = await viewerOf(reader.id);
    const base = `/cong-trinh/${crypto.randomUUID()}`;
    const other = await notice(reader.id, `${base}x#tien-do`);
    const another = await notice(reader.id, `${base}yz#tien-do`);
    expect(await markReadAt(viewer, { path: `${base}_` })).toEqual({ count: 0 });
    expect(await markReadAt(viewer, { path: `${base}%` })).toEqual({ count: 0 });
    expect(await unread(other.id)).toBe(true);
    expect(await unread(another.id)).toBe(true);
    expect(await markReadAt(viewer, { path: `${base}x` })).toEqual({ count: 1 });
  });

  it("is found in the browser by the path shown, with its query when the notice has one", () => {
    const links = ["/bao-cao/1/don-vi/2", "/hoat-dong/3#dang-ky", "/cam-ket?year=2026&status=SUBMITTED"];
    expect(arrivedAt(links, "/bao-cao/1/don-vi/2", "")).toBe("/bao-cao/1/don-vi/2");
    expect(arrivedAt(links, "/bao-cao/1/don-vi/2", "tab=so-lieu")).toBeNull();
    expect(arrivedAt(links, "/hoat-dong/3", "")).toBe("/hoat-dong/3");
    expect(arrivedAt(links, "/cam-ket", "year=2026&status=SUBMITTED")).toBe("/cam-ket?year=2026&status=SUBMITTED");
    expect(arrivedAt(links, "/cam-ket", "")).toBeNull();
    expect(arrivedAt(links, "/bao-cao/1", "")).toBeNull();
  });
});

describe("notices to the Khối name the cơ sở", () => {
  const staffNotices = async (link: string) =>
    (await db().notification.findMany({ where: { userId: a.users.staff.id, link }, orderBy: { createdAt: "asc" } })).map(
      (n) => n.title,
    );

  it("on a project registered and its completion reported", async () => {
    const { id } = await registerProject(v.coSo, projectRegisterInput.parse(projectInput(plan, { name: "Công sở xanh" })));
    await db().youthProject.update({ where: { id }, data: { status: "APPROVED" } });
    const version = (await db().youthProject.findUniqueOrThrow({ where: { id } })).version;
    await completeProject(
      v.coSo,
      projectCompleteInput.parse({ id, version, resultText: "Trồng 200 cây xanh", beneficiaries: "", resultAmount: "" }),
    );
    expect(await staffNotices(`/cong-trinh/${id}`)).toEqual([
      `Công trình chờ duyệt: ${a.coSoA.name} – Công sở xanh`,
      `Công trình báo cáo hoàn thành: ${a.coSoA.name} – Công sở xanh`,
    ]);
  });

  it("on a cơ sở's plan issued", async () => {
    const coSoPlan = await makePlan(db(), { id: a.coSoA.id, khoiId: a.khoi.id, kind: "CO_SO" }, { subject: "Kế hoạch của Sở A" });
    await publishPlan(v.coSo, planRefInput.parse({ id: coSoPlan.id, version: 0 }));
    expect(await staffNotices(`/ke-hoach/${coSoPlan.id}`)).toEqual([`${a.coSoA.name} đã ban hành kế hoạch: Kế hoạch của Sở A`]);
  });
});
