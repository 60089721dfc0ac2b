// A project's progress going back: refused unless the unit confirms it (lib/data/project-progress.ts),
// and marked in the list of updates, so the Khối sees "60% (giảm từ 80%)" rather than a quiet
// drop. No I/O.

export const CONFIRM_BACKWARD_LABEL = "Tôi xác nhận tiến độ giảm";

/** A new percent below the last reported one (none given never goes back). */
export const goesBack = (last: number, next: number | null): next is number => next !== null && next < last;

/** The refusal beside the percent, naming the last reported one. */
export const backwardMessage = (last: number) =>
  `Tiến độ thấp hơn lần báo cáo trước (${last}%). Đánh dấu “${CONFIRM_BACKWARD_LABEL}” rồi gửi lại để xác nhận giảm tiến độ.`;

/**
 * Each update (newest first, as the project page lists them) with the percent it went down from,
 * or null. Progress starts at 0 and only updates set it while the project is under way, so the
 * update before one is the percent it replaced.
 */
export function markDrops<T extends { progress: number | null }>(
  newestFirst: readonly T[],
): (T & { droppedFrom: number | null })[] {
  let last = 0;
  const marked = [...newestFirst].reverse().map((u) => {
    const droppedFrom = goesBack(last, u.progress) ? last : null;
    if (u.progress !== null) last = u.progress;
    return { ...u, droppedFrom };
  });
  return marked.reverse();
}
