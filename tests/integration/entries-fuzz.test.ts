// The entry actions fed hostile payloads (SECURITY.md #16): never a throw, never the "unexpected
// error" answer (a 500 in disguise), always `{ ok }` or a refusal that says what is wrong. Valid
// payloads are spoiled one or two fields at a time, with real ids of both tenants mixed in.
import fc from "fast-check";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import * as actions from "@/lib/actions/entries";
import { MESSAGES, type ActionResult } from "@/lib/actions/define";
import { makeActivity, makePlan, makeTenant, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { hostileInput, hostileValue } from "../helpers/arbitraries";
import { ideaForm, makeEntry, memberRow, trainingForm, volunteerForm } from "../helpers/entries";
import { entryCreateInput } from "@/lib/validation/entries";

let a: Tenant;
let b: Tenant;
let ids: string[];
let pending: { id: string };
let contestId: string;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  const plan = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
  contestId = (await makeActivity(db(), plan)).id;
  pending = await makeEntry(memberRow(a.members.a1), "IDEA", "SUBMITTED", { contestId });
  await makeEntry(memberRow(b.members.a1), "TRAINING");
  const rows = await Promise.all([
    db().memberEntry.findMany({ select: { id: true } }),
    db().activity.findMany({ select: { id: true } }),
    db().member.findMany({ select: { id: true } }),
  ]);
  ids = rows.flat().map((r) => r.id);
});
afterEach(() => {
  vi.restoreAllMocks();
});

type Action = (input: unknown) => Promise<ActionResult<unknown>>;
// Each action, who calls it, and a valid payload aimed at tenant A.
const CASES: [string, Action, "member" | "chiDoan" | "staff", () => Record<string, unknown>][] = [
  ["createEntryAction (idea)", actions.createEntryAction, "member", () => ideaForm({ contestId })],
  ["createEntryAction (training)", actions.createEntryAction, "member", () => trainingForm()],
  ["createEntryAction (volunteer)", actions.createEntryAction, "member", () => volunteerForm()],
  ["updateEntryAction", actions.updateEntryAction, "member", () => ({ ...ideaForm(), id: pending.id, version: 0 })],
  ["withdrawEntryAction", actions.withdrawEntryAction, "member", () => ({ id: pending.id, version: 99 })],
  ["confirmEntriesAction", actions.confirmEntriesAction, "chiDoan", () => ({ entries: [{ id: pending.id, version: 99 }] })],
  [
    "returnEntryAction",
    actions.returnEntryAction,
    "chiDoan",
    () => ({ id: pending.id, version: 99, reason: "Thiếu minh chứng" }),
  ],
  [
    "scoreContestEntryAction",
    actions.scoreContestEntryAction,
    "staff",
    () => ({ id: pending.id, version: 99, score: "90", rank: "1", note: "" }),
  ],
];

function spoiled(base: () => Record<string, unknown>) {
  const keys = Object.keys(base());
  const override = fc.tuple(fc.constantFrom(...keys, "khoiId", "kind", "__proto__"), hostileValue(ids));
  return fc.array(override, { minLength: 1, maxLength: 2 }).map((pairs) => ({ ...base(), ...Object.fromEntries(pairs) }));
}

function expectWellFormed(result: ActionResult<unknown>) {
  if (result.ok) return;
  expect(Object.keys(result).every((k) => ["ok", "formError", "fieldErrors"].includes(k))).toBe(true);
  expect(typeof result.formError === "string" || result.fieldErrors !== undefined).toBe(true);
  expect(result.formError).not.toBe(MESSAGES.unexpected);
}

describe("hostile payloads into the entry actions", () => {
  it.each(CASES)(
    "%s answers a valid payload with one or two fields spoiled with a typed result, never an error",
    async (_name, action, who, base) => {
      actingAs(a.users[who].id);
      const logged = vi.spyOn(console, "error");
      await fc.assert(
        fc.asyncProperty(spoiled(base), async (input) => {
          logged.mockClear();
          expectWellFormed(await action(input));
          expect(logged).not.toHaveBeenCalled();
        }),
        { numRuns: 40 },
      );
    },
  );

  it("createEntryAction answers random payloads with a typed result", async () => {
    actingAs(a.users.member.id);
    const logged = vi.spyOn(console, "error");
    await fc.assert(
      fc.asyncProperty(hostileInput(entryCreateInput, ids), async (input) => {
        expectWellFormed(await actions.createEntryAction(input));
        expect(logged).not.toHaveBeenCalled();
      }),
      { numRuns: 60 },
    );
  });

  it("left tenant B's entries untouched", async () => {
    const rows = await db().memberEntry.findMany({ where: { khoiId: b.khoi.id }, select: { version: true, status: true } });
    expect(rows).toEqual([{ version: 0, status: "SUBMITTED" }]);
  });
});
