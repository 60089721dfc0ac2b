// Youth projects across units and tenants: a cơ sở sees its own and the Khối's, never a
// sibling's; another Khối sees nothing (SECURITY.md #3–#5); names of members only for those who
// may read them (#7); ids from another unit or tenant refused; withdrawn projects vanish (#26).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import { registerProject, updateProject, withdrawProject } from "@/lib/data/project-registrations";
import { postProjectUpdate } from "@/lib/data/project-progress";
import { countProjects, exportProjects, getProject, listProjects } from "@/lib/data/projects";
import { projectListQuery } from "@/lib/validation/projects";
import { dayFromToday, makePlan, makeTenant, makeUser, type Tenant } from "../factories";
import { makeProject } from "../factories/projects";
import { viewerOf } from "../helpers/viewers";
import { projectInput, type Who, WHO } from "../helpers/project-fixtures";
import { projectProgressInput, projectRegisterInput, projectUpdateInput, projectWithdrawInput } from "@/lib/validation/projects";

let a: Tenant;
let b: Tenant;
const v = {} as Record<Who, Viewer>;
let outsiders: Viewer[];
type Plan = Awaited<ReturnType<typeof makePlan>>;
let khoiPlan: Plan;
let coSoPlanA: Plan;
let coSoPlanB: Plan;
let draftPlan: Plan;
let foreignPlan: Plan;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  const coSoB = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
  for (const who of WHO) v[who] = await viewerOf(who === "coSoB" ? coSoB.id : a.users[who].id);
  outsiders = await Promise.all(
    [b.users.admin.id, b.users.staff.id, b.users.coSo.id, b.users.member.id, b.users.city.id].map(viewerOf),
  );
  const khoi = { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" as const };
  khoiPlan = await makePlan(db(), khoi, { status: "PUBLISHED", indicators: [{ code: "CT1" }] });
  draftPlan = await makePlan(db(), khoi, { indicators: [{ code: "CT1" }] });
  coSoPlanA = await makePlan(
    db(),
    { id: a.coSoA.id, khoiId: a.khoi.id, kind: "CO_SO" },
    { status: "PUBLISHED", indicators: [{ code: "CT1" }] },
  );
  coSoPlanB = await makePlan(
    db(),
    { id: a.coSoB.id, khoiId: a.khoi.id, kind: "CO_SO" },
    { status: "PUBLISHED", indicators: [{ code: "CT1" }] },
  );
  foreignPlan = await makePlan(
    db(),
    { id: b.khoi.id, khoiId: b.khoi.id, kind: "KHOI" },
    { status: "PUBLISHED", indicators: [{ code: "CT1" }] },
  );
});

const everything = () => projectListQuery.parse({});
const listedIds = async (viewer: Viewer) => (await listProjects(viewer, everything())).rows.map((r) => r.id);
const exportedIds = async (viewer: Viewer) => (await exportProjects(viewer, everything())).map((r) => r.id);
const owner = (coSoId: string | null) => ({ khoiId: a.khoi.id, coSoId, planId: khoiPlan.id });

describe("who sees which project", () => {
  it("cơ sở people see their cơ sở's and the Khối's projects, never a sibling's; Khối staff and the city see all", async () => {
    const own = await makeProject(db(), owner(a.coSoA.id), { status: "APPROVED" });
    const sibling = await makeProject(db(), owner(a.coSoB.id), { status: "APPROVED" });
    const khoiWide = await makeProject(db(), owner(null), { status: "APPROVED" });
    const seen: Record<Who, string[]> = {
      admin: [own.id, sibling.id, khoiWide.id],
      staff: [own.id, sibling.id, khoiWide.id],
      city: [own.id, sibling.id, khoiWide.id],
      coSo: [own.id, khoiWide.id],
      chiDoan: [own.id, khoiWide.id],
      member: [own.id, khoiWide.id],
      coSoB: [sibling.id, khoiWide.id],
    };
    for (const who of WHO) {
      for (const p of [own, sibling, khoiWide]) {
        if (seen[who].includes(p.id)) expect((await getProject(v[who], p.id)).id).toBe(p.id);
        else
          await expect(getProject(v[who], p.id)).rejects.toMatchObject({
            code: "NOT_FOUND",
            message: "Không tìm thấy công trình",
          });
      }
      const listed = await listedIds(v[who]);
      const exported = await exportedIds(v[who]);
      for (const p of [own, sibling, khoiWide]) {
        expect(listed.includes(p.id)).toBe(seen[who].includes(p.id));
        expect(exported.includes(p.id)).toBe(seen[who].includes(p.id));
      }
    }
  });

  it("another Khối's people find nothing of tenant A: get, list, export and counts", async () => {
    const p = await makeProject(db(), owner(a.coSoA.id), { status: "APPROVED" });
    const all = { from: dayFromToday(-400), to: dayFromToday(400) };
    for (const viewer of outsiders) {
      await expect(getProject(viewer, p.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect((await listProjects(viewer, everything())).rows.filter((r) => r.khoiId === a.khoi.id)).toEqual([]);
      expect((await exportProjects(viewer, everything())).filter((r) => r.khoiId === a.khoi.id)).toEqual([]);
      expect((await countProjects(viewer, all)).filter((r) => r.khoiId === a.khoi.id)).toEqual([]);
    }
    // Nor may they act on it: progress, edit and withdrawal look for it in their own scope.
    const admin = outsiders[0];
    await expect(
      postProjectUpdate(
        admin,
        projectProgressInput.parse({ requestKey: crypto.randomUUID(), projectId: p.id, body: "Lén cập nhật" }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().projectUpdate.count({ where: { projectId: p.id } })).toBe(0);
  });

  it("shows the names of participating members only to those who may read those members", async () => {
    const p = await makeProject(db(), owner(a.coSoA.id), {
      status: "APPROVED",
      chiDoanIds: [a.chiDoanA1.id, a.chiDoanA2.id],
      memberIds: [a.members.a1.id, a.members.a2.id],
    });
    const names = async (who: Who) => (await getProject(v[who], p.id)).members.map((m) => m.fullName).sort();
    const both = [a.members.a1.fullName, a.members.a2.fullName].sort();
    expect(await names("staff")).toEqual(both);
    expect(await names("coSo")).toEqual(both);
    expect(await names("chiDoan")).toEqual([a.members.a1.fullName]); // chi đoàn A1's secretary
    expect(await names("member")).toEqual([a.members.a1.fullName]); // the member himself
    expect(await names("city")).toEqual([]);
    const forCity = await getProject(v.city, p.id);
    expect(forCity.memberCount).toBe(2);
    expect(forCity.chiDoan.map((c) => c.name).sort()).toEqual([a.chiDoanA1.name, a.chiDoanA2.name].sort());
  });

  it("hands out DTOs: no creator, reviewer, request key or search column", async () => {
    const p = await makeProject(db(), owner(a.coSoA.id), { status: "APPROVED" });
    const hidden = ["createdById", "reviewedById", "requestKey", "searchText", "updatedAt"];
    const detail = await getProject(v.staff, p.id);
    const item = (await listProjects(v.staff, everything())).rows.find((r) => r.id === p.id)!;
    for (const keys of [Object.keys(detail), Object.keys(item), Object.keys((await exportProjects(v.staff, everything()))[0])])
      expect(keys.filter((k) => hidden.includes(k))).toEqual([]);
  });
});

describe("ids from another unit or tenant", () => {
  const refused: [string, Who, () => Record<string, unknown>, string][] = [
    ["another Khối's plan", "coSo", () => ({ planId: foreignPlan.id, indicatorIds: [] }), "planId"],
    ["a draft plan", "coSo", () => ({ planId: draftPlan.id, indicatorIds: [] }), "planId"],
    ["a sibling cơ sở's plan", "coSo", () => ({ planId: coSoPlanB.id, indicatorIds: [] }), "planId"],
    ["a cơ sở's plan for a Khối project", "staff", () => ({ planId: coSoPlanA.id, indicatorIds: [] }), "planId"],
    ["an indicator of another plan", "coSo", () => ({ indicatorIds: [coSoPlanA.indicators[0].id] }), "indicatorIds"],
    ["another Khối's indicator", "coSo", () => ({ indicatorIds: [foreignPlan.indicators[0].id] }), "indicatorIds"],
    ["a sibling cơ sở's chi đoàn", "coSo", () => ({ chiDoanIds: [a.chiDoanB1.id] }), "chiDoanIds"],
    ["another Khối's chi đoàn", "coSo", () => ({ chiDoanIds: [b.chiDoanA1.id] }), "chiDoanIds"],
    ["a sibling cơ sở's member", "coSo", () => ({ memberIds: [a.members.b1.id] }), "memberIds"],
    ["another Khối's member", "coSo", () => ({ memberIds: [b.members.a1.id] }), "memberIds"],
    [
      "a member outside the chi đoàn chosen",
      "coSo",
      () => ({ chiDoanIds: [a.chiDoanA1.id], memberIds: [a.members.a2.id] }),
      "memberIds",
    ],
    ["a cơ sở that is not the secretary's", "coSo", () => ({ coSoId: a.coSoB.id }), "coSoId"],
  ];

  it.each(refused)("registering with %s is refused on that field and creates nothing", async (_label, who, over, field) => {
    const name = `Công trình ${crypto.randomUUID()}`;
    await expect(
      registerProject(v[who], projectRegisterInput.parse(projectInput(khoiPlan, { name, ...over() }))),
    ).rejects.toMatchObject({ code: "INVALID", fieldErrors: { [field]: expect.any(String) } });
    expect(await db().youthProject.count({ where: { name } })).toBe(0);
  });

  it.each(refused.filter(([, who, , field]) => who === "coSo" && field !== "coSoId"))(
    "editing with %s is refused and changes nothing",
    async (_label, _who, over) => {
      const p = await makeProject(db(), owner(a.coSoA.id), { status: "PENDING" });
      const before = await db().youthProject.findUniqueOrThrow({
        where: { id: p.id },
        include: { members: true, indicators: true },
      });
      await expect(
        updateProject(
          v.coSo,
          projectUpdateInput.parse({ ...projectInput(khoiPlan, { name: "Đổi tên lén", ...over() }), id: p.id, version: 0 }),
        ),
      ).rejects.toMatchObject({ code: "INVALID" });
      expect(
        await db().youthProject.findUniqueOrThrow({ where: { id: p.id }, include: { members: true, indicators: true } }),
      ).toEqual(before);
    },
  );

  it("accepts the cơ sở's own published plan, its chi đoàn and their members", async () => {
    const { id } = await registerProject(
      v.coSo,
      projectRegisterInput.parse(projectInput(coSoPlanA, { chiDoanIds: [a.chiDoanA1.id], memberIds: [a.members.a1.id] })),
    );
    expect(await db().youthProject.findUniqueOrThrow({ where: { id } })).toMatchObject({
      planId: coSoPlanA.id,
      chiDoanIds: [a.chiDoanA1.id],
      coSoId: a.coSoA.id,
    });
    await expect(registerProject(v.coSoB, projectRegisterInput.parse(projectInput(coSoPlanA)))).rejects.toMatchObject({
      fieldErrors: { planId: expect.any(String) },
    });
  });

  it("ignores a status, unit or tenant sent with the form", async () => {
    const forged = {
      ...projectInput(khoiPlan),
      status: "HONOURED",
      unitId: b.coSoA.id,
      khoiId: b.khoi.id,
      progress: 100,
      createdById: b.users.admin.id,
    } as never;
    const { id } = await registerProject(v.coSo, projectRegisterInput.parse(forged));
    expect(await db().youthProject.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PENDING",
      unitId: a.coSoA.id,
      khoiId: a.khoi.id,
      progress: 0,
      createdById: a.users.coSo.id,
    });
  });
});

describe("a withdrawn registration", () => {
  it("is kept, with its timeline, but vanishes from every read and can no longer be changed", async () => {
    const name = `Sẽ rút ${crypto.randomUUID()}`;
    const { id } = await registerProject(v.coSo, projectRegisterInput.parse(projectInput(khoiPlan, { name })));
    await withdrawProject(v.coSo, projectWithdrawInput.parse({ id, version: 0 }));
    expect(await db().youthProject.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "WITHDRAWN", version: 1 });
    expect(
      (await db().statusChange.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } })).map((c) => [
        c.fromStatus,
        c.toStatus,
      ]),
    ).toEqual([
      [null, "PENDING"],
      ["PENDING", "WITHDRAWN"],
    ]);
    for (const who of ["staff", "coSo", "city", "member"] as Who[]) {
      await expect(getProject(v[who], id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      expect(await listedIds(v[who])).not.toContain(id);
      expect(await exportedIds(v[who])).not.toContain(id);
    }
    // Even asked for by status: the list's filter has no "withdrawn".
    expect((await listProjects(v.staff, projectListQuery.parse({ status: "WITHDRAWN", q: name }))).total).toBe(0);
    const counts = await countProjects(v.staff, { from: dayFromToday(-400), to: dayFromToday(400) });
    expect(counts.some((c) => c.status === "WITHDRAWN")).toBe(false);
    await expect(
      updateProject(v.coSo, projectUpdateInput.parse({ ...projectInput(khoiPlan), id, version: 1 })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(withdrawProject(v.coSo, projectWithdrawInput.parse({ id, version: 1 }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
