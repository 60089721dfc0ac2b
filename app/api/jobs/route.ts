// POST /api/jobs: the HTTP server's own wake-up call for scheduled work (lib/server/start.mjs calls
// it over the loopback every 30 s with the secret it made at start). Every server of a deployment
// wakes its own; the work itself is claimed row by row (FOR UPDATE SKIP LOCKED), so two servers
// never do one thing twice. Without the secret: 404, like a page that does not exist.
import { timingSafeEqual } from "node:crypto";
import { runScheduledWork } from "@/lib/data/scheduled-work";

export const dynamic = "force-dynamic";

function fromOurServer(request: Request): boolean {
  const secret = process.env.JOBS_SECRET;
  const given = request.headers.get("x-jobs-secret");
  if (!secret || !given) return false;
  const a = Buffer.from(secret);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function POST(request: Request) {
  if (!fromOurServer(request)) return new Response("Not found", { status: 404 });
  return Response.json(await runScheduledWork());
}
