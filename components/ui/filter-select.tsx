// One filter of a list's GET form: a labelled select whose value goes in the URL.
import { Select } from "@/components/ui/field";

export type FilterOption = { value: string; label: string };

/** `all`: the first choice, meaning "no filter" (empty value). */
export function FilterSelect({
  id,
  label,
  value,
  all,
  options,
}: {
  id: string;
  label: string;
  value?: string;
  all?: string;
  options: FilterOption[];
}) {
  return (
    <div>
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <Select id={id} name={id} defaultValue={value ?? ""}>
        {all && <option value="">{all}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </div>
  );
}

/** Options from a label table, restricted to (and ordered as) `values` when given. */
export const optionsOf = (labels: Record<string, string>, values: readonly string[] = Object.keys(labels)): FilterOption[] =>
  values.map((value) => ({ value, label: labels[value] }));
