// Every server action fed hostile payloads by someone who may make the call (SECURITY.md #16),
// starting from the valid call of its access probe and spoiling one to three fields with hostile
// values, real ids of both tenants among them. The oracles are what the portal promises, not
// merely "no crash": a typed answer (never the "unexpected error" one, never a logged error); a
// refusal changes no row; nothing written anywhere carries a NUL or a lone surrogate; and the
// other tenant's rows stay exactly as they were, whatever ids the payload carried.
import fc from "fast-check";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { MESSAGES, type ActionResult } from "@/lib/actions/define";
import { makeTenant, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { hostileValue, isUnstorableText } from "../helpers/arbitraries";
import { stringsIn } from "../helpers/string-leaves";
import { ACCESS, makeFreshRows, makeProbeFixture, probes, snapshot, type ProbeFixture, type Who } from "../helpers/action-probes";

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

let a: Tenant;
let b: Tenant;
let f: ProbeFixture;
let ids: string[];

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  f = await makeProbeFixture(a);
  // Tenant B gets the same rows, so that its plans, projects, reports and nominations have ids to send.
  await makeProbeFixture(b);
  const all = await snapshot();
  ids = [
    ...new Set(Object.values(all).flatMap((rows) => rows.map((r) => r.id).filter((id): id is string => typeof id === "string"))),
  ];
}, 120_000);
afterEach(() => {
  vi.restoreAllMocks();
});

// Accounts, units and members last: their probes revoke the staff's role and disable cơ sở A's
// secretary, whom the earlier probes act as.
const NAMES = [...Object.keys(ACCESS).filter((n) => ACCESS[n].each), ...Object.keys(ACCESS).filter((n) => !ACCESS[n].each)];
const succeeded = new Map<string, number>();
const userOf = (who: Who): string => (who === "coSoB" ? f.coSoBSecretary.id : a.users[who].id);

/** Tenant B's rows, table by table (a row belongs to the tenant its `khoiId` names). */
function rowsOfB(s: Snapshot) {
  return Object.fromEntries(Object.entries(s).map(([table, rows]) => [table, rows.filter((r) => r.khoiId === b.khoi.id)]));
}

/** A valid payload with one to three fields replaced by hostile values, dropped, or forged in. */
function spoiled(base: Record<string, unknown>) {
  const keys = [...new Set([...Object.keys(base), "khoiId", "coSoId", "unitId", "id", "version", "requestKey"])];
  const override = fc.tuple(fc.constantFrom(...keys), hostileValue(ids));
  return fc.array(override, { minLength: 1, maxLength: 3 }).map((pairs) => ({ ...base, ...Object.fromEntries(pairs) }));
}

function expectWellFormed(result: ActionResult<unknown>) {
  expect(typeof result.ok).toBe("boolean");
  if (result.ok) return;
  expect(Object.keys(result).every((k) => ["ok", "formError", "fieldErrors"].includes(k))).toBe(true);
  expect(typeof result.formError === "string" || result.fieldErrors !== undefined).toBe(true);
  expect(result.formError).not.toBe(MESSAGES.unexpected);
  for (const message of Object.values(result.fieldErrors ?? {})) expect(typeof message).toBe("string");
}

describe("every action, fed spoiled payloads by someone who may call it", () => {
  it("the list is every probed action", () => {
    expect([...NAMES].sort()).toEqual(
      probes(f)
        .map((p) => p.name)
        .sort(),
    );
  });

  it.each(NAMES)(
    "%s: a typed answer, a refusal that changes nothing, no unstorable text stored, tenant B untouched",
    async (name) => {
      actingAs(userOf(ACCESS[name].may[0]));
      // Plans, projects, reports and honours afresh, as in the access probes: an earlier action
      // may have published, closed or deleted the shared ones.
      const fixture = ACCESS[name].each ? { ...f, ...(await makeFreshRows(a, name)) } : f;
      const p = probes(fixture).find((x) => x.name === name)!;
      // The base is built once: its version may go stale as runs succeed, which is one more way to be refused.
      const base = await p.input();
      const logged = vi.spyOn(console, "error");
      // Only the actions change rows, so each run's "after" is the next run's "before".
      let before = await snapshot();
      await fc.assert(
        fc.asyncProperty(spoiled(base), async (input) => {
          logged.mockClear();
          const result = await p.action(input);
          const after = await snapshot();
          expectWellFormed(result);
          expect(logged).not.toHaveBeenCalled();
          if (!result.ok) expect(after).toEqual(before);
          expect(stringsIn(after).filter(isUnstorableText)).toEqual([]);
          expect(rowsOfB(after)).toEqual(rowsOfB(before));
          before = after;
          succeeded.set(name, (succeeded.get(name) ?? 0) + (result.ok ? 1 : 0));
        }),
        { numRuns: 6 },
      );
    },
    120_000,
  );

  // The oracles above judge successes too: most actions must have had some (a spoiled field
  // the action ignores, or a hostile value it accepts), or the fuzz only ever met the schema.
  it("most actions succeeded on some spoiled payloads", () => {
    const without = NAMES.filter((n) => !succeeded.get(n));
    expect(without.length, `never succeeded: ${without.join(", ")}`).toBeLessThan(NAMES.length / 2);
  });
});
