// Double submits and concurrent edits (SECURITY.md #23, #24): ten parallel submits of one form
// create one row; two saves from the same version give one success and one conflict.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createMemberAction, deactivateMemberAction, updateMemberAction } from "@/lib/actions/members";
import { createUnitAction, renameUnitAction, setUnitClusterAction } from "@/lib/actions/units";
import { createAccountAction } from "@/lib/actions/accounts";
import { conflict } from "@/lib/data/errors";
import { MESSAGES } from "@/lib/actions/define";
import { makeMember, makeTenant, makeUnit, unique, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";

let a: Tenant;
let b: Tenant;
beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
});

const CONFLICT = conflict().message;
const times = <T>(n: number, fn: () => Promise<T>) => Promise.all(Array.from({ length: n }, fn));

describe("ten parallel submits of one form (same requestKey)", () => {
  it("create one member, and every submit answers with its id", async () => {
    actingAs(a.users.admin.id);
    const requestKey = crypto.randomUUID();
    const results = await times(10, () => createMemberAction({ fullName: "Bấm Hai Lần", chiDoanId: a.chiDoanA1.id, requestKey }));
    const rows = await db().member.findMany({ where: { requestKey } });
    expect(rows).toHaveLength(1);
    expect(results.map((r) => r.ok && (r.data as { id: string }).id)).toEqual(Array(10).fill(rows[0].id));
  });

  it("create one unit, and every submit answers with its id", async () => {
    actingAs(a.users.admin.id);
    const requestKey = crypto.randomUUID();
    const results = await times(10, () => createUnitAction({ parentId: a.coSoB.id, name: "Chi đoàn Bấm Hai Lần", requestKey }));
    const rows = await db().unit.findMany({ where: { requestKey } });
    expect(rows).toHaveLength(1);
    expect(results.map((r) => r.ok && (r.data as { id: string }).id)).toEqual(Array(10).fill(rows[0].id));
  });

  it("create one account; the repeats are told it was just created, never an unexpected error", async () => {
    actingAs(a.users.admin.id);
    const requestKey = crypto.randomUUID();
    const email = `${unique("bam-hai-lan")}@test.vn`;
    const results = await times(10, () =>
      createAccountAction({ email, name: "Bấm Hai Lần", role: "CHI_DOAN_SECRETARY", unitId: a.chiDoanA2.id, requestKey }),
    );
    expect(await db().user.count({ where: { email } })).toBe(1);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((r) => !r.ok))
      expect(r).toMatchObject({ ok: false, formError: expect.not.stringMatching(MESSAGES.unexpected) });
  });

  it("reused by another tenant's form, neither reveal tenant A's record nor fail with an unexpected error", async () => {
    actingAs(a.users.admin.id);
    const memberKey = crypto.randomUUID();
    const unitKey = crypto.randomUUID();
    const member = await createMemberAction({ fullName: "Khoá Của A", chiDoanId: a.chiDoanA1.id, requestKey: memberKey });
    const unit = await createUnitAction({ parentId: a.coSoA.id, name: "Chi đoàn Khoá Của A", requestKey: unitKey });
    actingAs(b.users.admin.id);
    const results = [
      await createMemberAction({ fullName: "Khoá Của B", chiDoanId: b.chiDoanB1.id, requestKey: memberKey }),
      await createUnitAction({ parentId: b.coSoA.id, name: "Chi đoàn Khoá Của B", requestKey: unitKey }),
    ];
    for (const r of results) {
      expect(JSON.stringify(r)).not.toContain(member.ok && (member.data as { id: string }).id);
      expect(JSON.stringify(r)).not.toContain(unit.ok && (unit.data as { id: string }).id);
      expect(r.ok || r.formError !== MESSAGES.unexpected).toBe(true);
    }
    // (Keys are unique per tenant: B's form may use the same key; A's record must be untouched.)
    expect(await db().member.findFirstOrThrow({ where: { requestKey: memberKey, khoiId: a.khoi.id } })).toMatchObject({
      fullName: "Khoá Của A",
    });
    expect(await db().unit.findFirstOrThrow({ where: { requestKey: unitKey, khoiId: a.khoi.id } })).toMatchObject({
      name: "Chi đoàn Khoá Của A",
    });
  });
});

describe("two saves from the same version", () => {
  it("of a member: one is saved, the other is a conflict, and the saved one wins", async () => {
    actingAs(a.users.admin.id);
    const m = await makeMember(db(), a.chiDoanA1);
    const save = (fullName: string) => updateMemberAction({ id: m.id, version: 0, fullName, chiDoanId: a.chiDoanA1.id });
    const results = await Promise.all([save("Bản Của Lan"), save("Bản Của Minh")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, formError: CONFLICT }]);
    const row = await db().member.findUniqueOrThrow({ where: { id: m.id } });
    expect(row.version).toBe(1);
    expect(row.fullName).toBe(results[0].ok ? "Bản Của Lan" : "Bản Của Minh");
  });

  it("of a member, one after the other: the second, made from the old version, is a conflict", async () => {
    actingAs(a.users.admin.id);
    const m = await makeMember(db(), a.chiDoanA1);
    expect(await updateMemberAction({ id: m.id, version: 0, fullName: "Lần Đầu", chiDoanId: a.chiDoanA1.id })).toMatchObject({
      ok: true,
    });
    expect(await updateMemberAction({ id: m.id, version: 0, fullName: "Lần Sau", chiDoanId: a.chiDoanA1.id })).toEqual({
      ok: false,
      formError: CONFLICT,
    });
    expect(await deactivateMemberAction({ id: m.id, version: 0 })).toEqual({ ok: false, formError: CONFLICT });
    expect(await db().member.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      fullName: "Lần Đầu",
      version: 1,
      active: true,
    });
  });

  it("of a unit's name: one is saved, the other is a conflict", async () => {
    actingAs(a.users.admin.id);
    const unit = await makeUnit(db(), "CHI_DOAN", "Chi đoàn Tranh Chấp", a.coSoA);
    const rename = (name: string) => renameUnitAction({ id: unit.id, version: 0, name });
    const results = await Promise.all([rename("Tên Của Lan"), rename("Tên Của Minh")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, formError: CONFLICT }]);
    const row = await db().unit.findUniqueOrThrow({ where: { id: unit.id } });
    expect(row.version).toBe(1);
    expect(row.name).toBe(results[0].ok ? "Tên Của Lan" : "Tên Của Minh");
  });

  it("of a unit, a rename then a cluster change from the old version: the second is a conflict", async () => {
    actingAs(a.users.admin.id);
    const coSo = await makeUnit(db(), "CO_SO", "Cơ sở Tranh Chấp", a.khoi);
    expect(await renameUnitAction({ id: coSo.id, version: 0, name: "Cơ sở Đã Đổi Tên" })).toMatchObject({ ok: true });
    expect(await setUnitClusterAction({ id: coSo.id, version: 0, clusterId: null })).toEqual({ ok: false, formError: CONFLICT });
    expect(await db().unit.findUniqueOrThrow({ where: { id: coSo.id } })).toMatchObject({ name: "Cơ sở Đã Đổi Tên", version: 1 });
  });
});
