// Which typed figures (entered, money) are in force over a window. A figure is reported from its
// period's first month (lũy kế), so for each cơ sở it is a chain of accepted periods inside the
// window: from the earliest start, the period reaching furthest, then the one starting where that
// ended, and so on. Nested periods (the sơ kết inside the tổng kết) give the tổng kết; 1–6 then
// 7–12 add up. Pure, unit-tested.

export type Typed = { coSoId: string; value: number; from: Date; to: Date; fromMonth: number; toMonth: number };

/** Per cơ sở, the figure in force within a window: the chain of periods described above. */
export function figuresInWindow(typed: Typed[] | undefined, window: { from: Date; to: Date }): Map<string, number> {
  const byCoSo = new Map<string, Typed[]>();
  for (const t of typed ?? []) {
    if (t.from < window.from || t.to > window.to) continue;
    byCoSo.set(t.coSoId, [...(byCoSo.get(t.coSoId) ?? []), t]);
  }
  const out = new Map<string, number>();
  for (const [coSoId, list] of byCoSo) {
    let at = Math.min(...list.map((t) => t.from.getTime()));
    let total = 0;
    for (;;) {
      const next = list.filter((t) => t.from.getTime() === at).sort((a, b) => b.to.getTime() - a.to.getTime())[0];
      if (!next) break;
      total += next.value;
      at = next.to.getTime();
    }
    out.set(coSoId, total);
  }
  return out;
}
