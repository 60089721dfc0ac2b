// Places in a ranking and what to say about ties: standard competition ranking (1, 1, 3) for
// equal results, and one sentence instead of fourteen "hạng 1" rows when every cơ sở has the
// same result (early in the year, before anything is counted). Pure, no I/O.
import { formatNumber } from "./dates";

/**
 * The place of each row, in the given order (best first): a row equal to the one before it (by
 * `same`) shares its place, and the next different row takes its position (1, 1, 3).
 */
export function competitionPlaces<T>(rows: readonly T[], same: (a: T, b: T) => boolean): number[] {
  const places: number[] = [];
  rows.forEach((r, i) => places.push(i > 0 && same(rows[i - 1], r) ? places[i - 1] : i + 1));
  return places;
}

export type TieSummary =
  /** Nothing to rank, or a single row */
  | { kind: "none" }
  /** Every row shares one result: there is no ranking to show */
  | { kind: "all"; count: number }
  /** Some places are shared: how many rows share a place */
  | { kind: "some"; tied: number }
  /** Every place is different */
  | { kind: "distinct" };

export function tieSummary(places: readonly number[]): TieSummary {
  if (places.length < 2) return { kind: "none" };
  const counts = new Map<number, number>();
  for (const p of places) counts.set(p, (counts.get(p) ?? 0) + 1);
  if (counts.size === 1) return { kind: "all", count: places.length };
  const tied = [...counts.values()].filter((n) => n > 1).reduce((a, n) => a + n, 0);
  return tied ? { kind: "some", tied } : { kind: "distinct" };
}

/** "Tất cả 14 cơ sở cùng kết quả" and the like, or null when there is nothing to say. */
export function tieSentence(summary: TieSummary, what = "cơ sở"): string | null {
  switch (summary.kind) {
    case "all":
      return `Tất cả ${formatNumber(summary.count)} ${what} cùng kết quả: chưa có thứ hạng.`;
    case "some":
      return `${formatNumber(summary.tied)} ${what} đồng hạng với ít nhất một ${what} khác (ghi "Đồng hạng").`;
    default:
      return null;
  }
}

/** A place as the table writes it: "1", or "Đồng hạng 1" when it is shared. */
export function placeText(place: number, places: readonly number[]): string {
  const shared = places.filter((p) => p === place).length > 1;
  return shared ? `Đồng hạng ${formatNumber(place)}` : formatNumber(place);
}
