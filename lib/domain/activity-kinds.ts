// Which Khối activities each kind of entry may point at: a picker offers only these and the server
// refuses the others (no training ticked as volunteer work, no quiz taking ideas).
import type { ActivityKind } from "@/lib/generated/prisma/enums";

/** Ideas enter a contest (hội thi, cuộc thi) only. */
export const IDEA_CONTEST_KINDS = ["CONTEST"] as const satisfies readonly ActivityKind[];

/** Volunteer work is done on a peak day (Ngày thứ 7 tình nguyện…) or another field activity. */
export const VOLUNTEER_ACTIVITY_KINDS = ["PEAK_DAY", "OTHER"] as const satisfies readonly ActivityKind[];
