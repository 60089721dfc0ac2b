// Viewers for data-layer tests, loaded the way the app loads them (from the database).
import { loadViewer } from "@/lib/data/viewer";
import type { Viewer } from "@/lib/authz";

export async function viewerOf(userId: string): Promise<Viewer> {
  const viewer = await loadViewer(userId);
  if (!viewer) throw new Error(`no viewer for ${userId}`);
  return viewer;
}
