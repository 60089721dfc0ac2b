import "server-only";
// A member's whole record (/ca-nhan) in one kept read: the page gathers seven reads (about twenty
// queries), and a member opens it far more often than anything in it changes. Every row it reads
// carries a khoiId, and its windows (registration deadlines, the assessment opening) are by the
// day, so the Khối's data version and the day are all it depends on (lib/data/read-cache.ts).
import type { Viewer } from "@/lib/authz";
import { myCommitment } from "./commitment-reads";
import { myEntries } from "./entry-reads";
import { myHonours } from "./honour-decisions";
import { getOwnProfile } from "./members";
import { myProjects } from "./projects";
import { cachedRead } from "./read-cache";
import { myShowcases } from "./showcase";
import { myTitleRegistrations } from "./title-registrations";

/** The viewer's record for `year` (and the year before), or only `profile: null` for an account with no member record. */
export function ownRecord(viewer: Viewer, year: number) {
  return cachedRead("ownRecord", viewer, [year], async () => {
    const profile = await getOwnProfile(viewer);
    if (!profile) return { profile: null } as const;
    const [current, previous, entries, projects, honours, aims, showcases] = await Promise.all([
      myCommitment(viewer, year),
      myCommitment(viewer, year - 1),
      myEntries(viewer),
      myProjects(viewer),
      myHonours(viewer),
      myTitleRegistrations(viewer),
      myShowcases(viewer),
    ]);
    return { profile, current, previous, entries, projects, honours, aims, showcases };
  });
}
