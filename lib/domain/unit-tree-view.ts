// How much of a Khối's tree /khoi draws. The largest Khối has 617 cơ sở and 3,116 chi đoàn: drawn
// whole, with their forms, that was a 1.65 MB landing page for its staff. No I/O.
import { foldVietnamese } from "./text";

/** Up to this many cơ sở the tree is drawn whole; past it, a list to search and page, one cơ sở open. */
export const TREE_WHOLE_MAX = 30;
export const TREE_PAGE_SIZE = 50;

/** The cơ sở on `page` of those whose name holds `q`, diacritics or not. */
export function coSoPage<T extends { name: string }>(coSo: T[], q: string, page: number): { total: number; rows: T[] } {
  const wanted = foldVietnamese(q);
  const matching = wanted ? coSo.filter((c) => foldVietnamese(c.name).includes(wanted)) : coSo;
  return { total: matching.length, rows: matching.slice((page - 1) * TREE_PAGE_SIZE, page * TREE_PAGE_SIZE) };
}
