// The access probes of the project actions (see action-probes.ts): one valid call of each, aimed at
// tenant A's rows, and who may make it.
import type { Tenant } from "../factories";
import type { PlanRows, ProbeMaker, Who } from "./action-probes";

export const PROJECT_ACCESS: Record<string, { may: Who[]; each?: true }> = {};

export type ProjectRows = Record<string, never>;

/** Rows of tenant A the probes act on, built with db() directly (remade for each success check). */
export async function makeProjectRows(_a: Tenant, _plans: PlanRows): Promise<ProjectRows> {
  return {};
}

export function projectProbes(_f: { a: Tenant; plans: PlanRows; projects: ProjectRows }, _p: ProbeMaker) {
  return [];
}
