// The access probes of the entry actions (see action-probes.ts): one valid call of each, aimed at
// tenant A's rows, and who may make it.
import type { Tenant } from "../factories";
import type { PlanRows, ProbeMaker, Who } from "./action-probes";

export const ENTRY_ACCESS: Record<string, { may: Who[]; each?: true }> = {};

export type EntryRows = Record<string, never>;

/** Rows of tenant A the probes act on, built with db() directly (remade for each success check). */
export async function makeEntryRows(_a: Tenant, _plans: PlanRows): Promise<EntryRows> {
  return {};
}

export function entryProbes(_f: { a: Tenant; plans: PlanRows; entries: EntryRows }, _p: ProbeMaker) {
  return [];
}
