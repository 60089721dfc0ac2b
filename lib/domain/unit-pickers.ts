// Chi đoàn pickers that stay usable in a large Khối: the largest has 3,116 chi đoàn, a 340 KB
// list nobody scrolls (and twice that again in the page's payload). Past CHI_DOAN_LIST_MAX the
// filter asks for the cơ sở first and lists that cơ sở's chi đoàn only. No I/O.

/** More chi đoàn than this in a picker: choose the cơ sở first. */
export const CHI_DOAN_LIST_MAX = 200;

type ChiDoanOption = { id: string; parentId: string | null };

/**
 * The chi đoàn a picker lists: all of them when they are few; else those of `coSoId` (none before
 * a cơ sở is chosen), and always the one already `selected` so a link that filters by it keeps it.
 * `byCoSo`: the picker needs a cơ sở chosen first.
 */
export function chiDoanChoices<T extends ChiDoanOption>(
  options: T[],
  coSoId?: string,
  selected?: string,
): { options: T[]; byCoSo: boolean } {
  if (options.length <= CHI_DOAN_LIST_MAX) return { options, byCoSo: false };
  return { options: options.filter((o) => (coSoId && o.parentId === coSoId) || o.id === selected), byCoSo: true };
}

/** The cơ sở a picker starts from: the one asked for, else the one of the chi đoàn asked for. */
export function coSoOfChoice(options: ChiDoanOption[], coSoId?: string, chiDoanId?: string): string | undefined {
  return coSoId ?? options.find((o) => o.id === chiDoanId)?.parentId ?? undefined;
}
