// The choices of a list's filter (components/ui/filter-select.tsx), built on the server.
export type FilterOption = { value: string; label: string };

/** Options from a label table, restricted to (and ordered as) `values` when given. */
export const optionsOf = (labels: Record<string, string>, values: readonly string[] = Object.keys(labels)): FilterOption[] =>
  values.map((value) => ({ value, label: labels[value] }));
