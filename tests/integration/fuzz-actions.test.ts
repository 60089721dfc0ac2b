// Server actions fed hostile payloads by a signed-in Khối admin (SECURITY.md #16): never a throw,
// never the "unexpected error" answer (a 500 in disguise), always `{ ok }` or a refusal that says
// what is wrong. Real ids of both tenants are mixed in so that calls get past the schema too. A
// field sent a NUL or a lone surrogate (finding 5) is refused beside that field.
import fc from "fast-check";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import * as accountActions from "@/lib/actions/accounts";
import * as memberActions from "@/lib/actions/members";
import * as unitActions from "@/lib/actions/units";
import { MESSAGES, type ActionResult } from "@/lib/actions/define";
import { accountCreateInput, grantRoleInput, revokeRoleInput } from "@/lib/validation/accounts";
import { memberCreateInput, memberDeactivateInput, memberUpdateInput } from "@/lib/validation/members";
import { unitClusterInput, unitCreateInput, unitMoveInput, unitRenameInput } from "@/lib/validation/units";
import type { z } from "zod";
import { makeTenant, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { hostileInput, hostileValue, isUnstorableText } from "../helpers/arbitraries";

let a: Tenant;
let b: Tenant;
let ids: string[];
beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  const rows = await Promise.all([
    db().unit.findMany({ select: { id: true } }),
    db().member.findMany({ select: { id: true } }),
    db().membership.findMany({ select: { id: true } }),
  ]);
  ids = [...rows.flat().map((r) => r.id), ...Object.values(a.users).map((u) => u.id), ...Object.values(b.users).map((u) => u.id)];
});
afterEach(() => {
  vi.restoreAllMocks();
});

type Action = (input: unknown) => Promise<ActionResult<unknown>>;
// Each action with a valid payload of tenant A, which the second property spoils one field at a time.
const ACTIONS: [string, Action, z.ZodType, () => Record<string, unknown>][] = [
  [
    "createMemberAction",
    memberActions.createMemberAction,
    memberCreateInput,
    () => ({
      fullName: "Nguyễn Văn Thử",
      chiDoanId: a.chiDoanA1.id,
      birthDate: "01/02/1999",
      email: "thu@test.vn",
      phone: "0912345678",
      requestKey: crypto.randomUUID(),
    }),
  ],
  [
    "updateMemberAction",
    memberActions.updateMemberAction,
    memberUpdateInput,
    () => ({ id: a.members.a2.id, version: 0, fullName: "Trần Thị Thử", chiDoanId: a.chiDoanA2.id }),
  ],
  [
    "deactivateMemberAction",
    memberActions.deactivateMemberAction,
    memberDeactivateInput,
    () => ({ id: a.members.b1.id, version: 0 }),
  ],
  [
    "createUnitAction",
    unitActions.createUnitAction,
    unitCreateInput,
    () => ({ parentId: a.coSoA.id, name: "Chi đoàn Thử", requestKey: crypto.randomUUID() }),
  ],
  [
    "renameUnitAction",
    unitActions.renameUnitAction,
    unitRenameInput,
    () => ({ id: a.chiDoanA2.id, version: 0, name: "Chi đoàn Thử" }),
  ],
  [
    "moveUnitAction",
    unitActions.moveUnitAction,
    unitMoveInput,
    () => ({ id: a.chiDoanA2.id, newParentId: a.coSoB.id, version: 0 }),
  ],
  [
    "setUnitClusterAction",
    unitActions.setUnitClusterAction,
    unitClusterInput,
    () => ({ id: a.coSoA.id, clusterId: null, version: 0 }),
  ],
  [
    "createAccountAction",
    accountActions.createAccountAction,
    accountCreateInput,
    () => ({ email: "moi@test.vn", name: "Thử", role: "KHOI_STAFF", unitId: a.khoi.id, requestKey: crypto.randomUUID() }),
  ],
  [
    "grantRoleAction",
    accountActions.grantRoleAction,
    grantRoleInput,
    () => ({ userId: a.users.staff.id, role: "CHI_DOAN_SECRETARY", unitId: a.chiDoanA2.id }),
  ],
  ["revokeRoleAction", accountActions.revokeRoleAction, revokeRoleInput, () => ({ membershipId: crypto.randomUUID() })],
];

/** A valid payload with one or two fields replaced by hostile values (or dropped). */
function spoiled(base: () => Record<string, unknown>) {
  const keys = Object.keys(base());
  const override = fc.tuple(fc.constantFrom(...keys, "khoiId", "active"), hostileValue(ids));
  return fc.array(override, { minLength: 1, maxLength: 2 }).map((pairs) => ({ ...base(), ...Object.fromEntries(pairs) }));
}

/** Unstorable text in a field the schema knows is that field's error, never a database failure. */
function expectRefusedAtTheField(schema: z.ZodType, input: unknown, result: ActionResult<unknown>) {
  if (!input || typeof input !== "object") return;
  const known = "shape" in schema ? Object.keys((schema as z.ZodObject).shape) : [];
  const sent = known.filter((k) => Object.hasOwn(input, k) && isUnstorableText((input as Record<string, unknown>)[k]));
  if (!sent.length) return;
  expect(result.ok).toBe(false);
  if (!result.ok)
    expect(
      sent.some((k) => result.fieldErrors?.[k] !== undefined),
      sent.join(", "),
    ).toBe(true);
}

function expectWellFormed(result: ActionResult<unknown>) {
  if (result.ok) return;
  expect(Object.keys(result).every((k) => ["ok", "formError", "fieldErrors"].includes(k))).toBe(true);
  expect(typeof result.formError === "string" || result.fieldErrors !== undefined).toBe(true);
  expect(result.formError).not.toBe(MESSAGES.unexpected);
  for (const message of Object.values(result.fieldErrors ?? {})) expect(typeof message).toBe("string");
}

describe("hostile payloads into server actions", () => {
  it.each(ACTIONS)("%s answers random payloads with a typed result, never an error", async (_name, action, schema) => {
    actingAs(a.users.admin.id);
    const logged = vi.spyOn(console, "error");
    await fc.assert(
      fc.asyncProperty(hostileInput(schema, ids), async (input) => {
        logged.mockClear();
        const result = await action(input);
        expectWellFormed(result);
        expectRefusedAtTheField(schema, input, result);
        expect(logged).not.toHaveBeenCalled();
      }),
      { numRuns: 50 },
    );
  });

  it.each(ACTIONS)(
    "%s answers a valid payload with one field spoiled with a typed result, never an error",
    async (_name, action, schema, base) => {
      actingAs(a.users.admin.id);
      const logged = vi.spyOn(console, "error");
      await fc.assert(
        fc.asyncProperty(spoiled(base), async (input) => {
          logged.mockClear();
          const result = await action(input);
          expectWellFormed(result);
          expectRefusedAtTheField(schema, input, result);
          expect(logged).not.toHaveBeenCalled();
        }),
        { numRuns: 50 },
      );
    },
  );

  it("the fuzzing left tenant B untouched", async () => {
    const units = await db().unit.findMany({ where: { khoiId: b.khoi.id }, select: { name: true, version: true } });
    expect(units.every((u) => u.version === 0)).toBe(true);
    const members = await db().member.findMany({ where: { khoiId: b.khoi.id }, select: { version: true, active: true } });
    expect(members.every((m) => m.version === 0 && m.active)).toBe(true);
    expect(await db().membership.count({ where: { khoiId: b.khoi.id } })).toBe(5);
  });
});
