import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import type { Viewer } from "@/lib/authz";
import { foundOrNull } from "@/lib/data/errors";
import type { PlanDto } from "@/lib/data/plans";

/** The plan at a URL id, or the 404 page when it is malformed, missing or out of reach. */
export async function loadPlanOr404(viewer: Viewer, rawId: string, get: (v: Viewer, id: string) => Promise<PlanDto>) {
  const id = z.uuid().safeParse(rawId);
  if (!id.success) notFound();
  const plan = await foundOrNull(get(viewer, id.data));
  if (!plan) notFound();
  return plan;
}
