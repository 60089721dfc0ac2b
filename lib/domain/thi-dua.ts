// Thi đua: the Khối's weighted score of each cơ sở over the per-cơ sở indicators of its plan.
// Each indicator gives the share of its target reached (capped at 100%), weighed by the weight the
// Khối set (1 when not set, 0 leaves it out); the score is out of 100. Pure, unit-tested.

type Row = { coSoId: string; name: string; value: number | null; target: number | null };
type Indicator = { id: string; coSo: Row[] };

export type WeightedScore = { coSoId: string; name: string; score: number; indicators: number };

export const DEFAULT_WEIGHT = 1;

/** The share of a target reached, 0 to 1: nothing reported counts as nothing done. */
export function reached(value: number | null, target: number | null): number {
  if (value === null || value <= 0) return 0;
  if (target === null || target <= 0) return 1;
  return Math.min(value / target, 1);
}

export function weightedScores(indicators: Indicator[], weights: ReadonlyMap<string, number>): WeightedScore[] {
  const scores = new Map<string, { name: string; sum: number; weight: number; indicators: number }>();
  for (const i of indicators) {
    const w = weights.get(i.id) ?? DEFAULT_WEIGHT;
    if (w <= 0) continue;
    for (const c of i.coSo) {
      const s = scores.get(c.coSoId) ?? { name: c.name, sum: 0, weight: 0, indicators: 0 };
      s.sum += w * reached(c.value, c.target);
      s.weight += w;
      s.indicators += 1;
      scores.set(c.coSoId, s);
    }
  }
  return [...scores]
    .map(([coSoId, s]) => ({
      coSoId,
      name: s.name,
      score: s.weight ? Math.round((s.sum / s.weight) * 1000) / 10 : 0,
      indicators: s.indicators,
    }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, "vi"));
}
