// Short labels for the dashboards' axes, chips and column heads: an indicator is named by the
// start of its wording ("Vận động 200.000.000 đồng…"), never by its bare code (CT1…CT9), which
// tells a reader nothing; the full wording goes into the tooltip, the title and the data table.
// Pure, no I/O.

/** Room an axis label or a chip takes at desk size before it is cut with an ellipsis. */
export const SHORT_LABEL_CHARS = 28;

// Qualifiers that carry the target rather than the subject ("ít nhất 10 cơ sở"): the number
// stays, the words go, so the label keeps what the indicator is about.
const FILLER = /(?<=^|\s)(?:ít nhất|tối thiểu|phấn đấu)\s+/giu;

/**
 * The start of `text` cut at a word boundary within `max` characters, with "…" when cut; a
 * first word longer than `max` is cut inside.
 */
export function clipWords(text: string, max = SHORT_LABEL_CHARS): string {
  const clean = text.replace(/\s+/gu, " ").trim();
  if (clean.length <= max) return clean;
  const room = clean.slice(0, max - 1);
  const space = room.lastIndexOf(" ");
  const cut = space >= Math.floor(max / 2) ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.\-–]+$/u, "")}…`;
}

/** An indicator's short label from its wording; the code only when the wording is empty. */
export function indicatorShortLabel(indicator: { code: string; wording: string }, max = SHORT_LABEL_CHARS): string {
  const wording = indicator.wording.replace(FILLER, "").replace(/\s+/gu, " ").trim();
  if (!wording) return indicator.code;
  const label = clipWords(wording, max);
  return label.charAt(0).toLocaleUpperCase("vi-VN") + label.slice(1);
}

/**
 * Short labels for indicators shown side by side (one axis, one row of chips): two wordings that
 * start alike ("Thực hiện 01 bộ sản phẩm…" twice) would draw two identical bars, so those take
 * their code in front ("CT5 · Thực hiện 01 bộ…"), still with the wording. Keyed by indicator id.
 */
export function distinctIndicatorLabels(
  indicators: readonly { id: string; code: string; wording: string }[],
): Map<string, string> {
  const short = indicators.map((i) => indicatorShortLabel(i));
  const seen = new Map<string, number>();
  for (const s of short) seen.set(s, (seen.get(s) ?? 0) + 1);
  return new Map(
    indicators.map((i, k) => {
      if ((seen.get(short[k]) ?? 0) < 2) return [i.id, short[k]];
      const room = Math.max(SHORT_LABEL_CHARS - i.code.length - 3, 8);
      return [i.id, `${i.code} · ${indicatorShortLabel(i, room)}`];
    }),
  );
}
