// /khoi on a large Khối (lib/domain/unit-tree-view.ts): its cơ sở as a list to search, without
// diacritics, and page.
import { describe, expect, it } from "vitest";
import { coSoPage, TREE_PAGE_SIZE } from "@/lib/domain/unit-tree-view";

const coSo = Array.from({ length: 120 }, (_, i) => ({ name: i % 2 ? `Đoàn Cục Thuế ${i}` : `Đoàn Sở Tư pháp ${i}` }));

describe("a large Khối's cơ sở, searched and paged", () => {
  it("pages them all when nothing is searched", () => {
    const first = coSoPage(coSo, "", 1);
    expect(first.total).toBe(120);
    expect(first.rows).toHaveLength(TREE_PAGE_SIZE);
    expect(coSoPage(coSo, "", 3).rows.map((c) => c.name)).toEqual(coSo.slice(2 * TREE_PAGE_SIZE).map((c) => c.name));
    expect(coSoPage(coSo, "", 4).rows).toEqual([]);
  });

  it("finds a name typed with or without diacritics", () => {
    expect(coSoPage(coSo, "cuc thue", 1).total).toBe(60);
    expect(coSoPage(coSo, "Cục Thuế 11", 1).rows.map((c) => c.name)).toEqual(
      ["11", "111", "113", "115", "117", "119"].map((n) => `Đoàn Cục Thuế ${n}`),
    );
    expect(coSoPage(coSo, "  SO   TU phap 4 ", 1).rows.map((c) => c.name)).toContain("Đoàn Sở Tư pháp 4");
    expect(coSoPage(coSo, "không có", 1)).toEqual({ total: 0, rows: [] });
  });
});
