// Search-param pieces shared by every list page and its .xlsx export: bad values fall back to
// "no filter" instead of failing the page (SECURITY.md #16).
import { z } from "zod";
import { searchText, text } from "./fields";

export const LIST_PAGE_SIZE = 50;

/** A NUL or half a surrogate pair in `?q=` is dropped, not refused: see searchText. */
export const searchParam = searchText(100).catch("");
export const pageParam = z.coerce.number().int().min(1).max(10_000).catch(1);
export const optionalIdParam = z.uuid().optional().catch(undefined);
export const optionalEnumParam = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values).optional().catch(undefined);

/**
 * Kỳ: a year ("2026"), a half ("2026-6t1", "2026-6t2") or a month ("2026-07"), as dates in
 * Vietnam (date-only columns, UTC midnight). `to` is exclusive.
 */
export type Period = { key: string; from: Date; to: Date };

export function parsePeriod(key: string): Period | undefined {
  const m = /^(\d{4})(?:-(6t[12]|\d{2}))?$/.exec(key.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return undefined;
  const at = (y: number, month: number) => new Date(Date.UTC(y, month, 1));
  if (!m[2]) return { key, from: at(year, 0), to: at(year + 1, 0) };
  if (m[2] === "6t1") return { key, from: at(year, 0), to: at(year, 6) };
  if (m[2] === "6t2") return { key, from: at(year, 6), to: at(year + 1, 0) };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  return { key, from: at(year, month - 1), to: at(year, month) };
}

export const periodParam = text()
  .optional()
  .transform((v) => (v ? parsePeriod(v) : undefined))
  .catch(undefined);

/** The periods offered in a filter: each year, its two halves and its months, newest first. */
export function periodOptions(years: number[]): { value: string; label: string }[] {
  return [...years]
    .sort((a, b) => b - a)
    .flatMap((y) => [
      { value: String(y), label: `Năm ${y}` },
      { value: `${y}-6t1`, label: `6 tháng đầu năm ${y}` },
      { value: `${y}-6t2`, label: `6 tháng cuối năm ${y}` },
      ...Array.from({ length: 12 }, (_, i) => ({
        value: `${y}-${String(i + 1).padStart(2, "0")}`,
        label: `Tháng ${i + 1}/${y}`,
      })),
    ]);
}

/** The query string of a list's current filters (for paging links and the export link). */
export function listHref(base: string, filters: Record<string, string | number | undefined | null>, page?: number): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) if (v !== undefined && v !== null && v !== "") params.set(k, String(v));
  if (page && page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}
