"use client";
// One filter of a list's GET form: a labelled select whose value goes in the URL. A client
// component so its options cross to the browser as data: a large Khối's 617 cơ sở were 617
// elements in every list page's payload.
import { Select } from "@/components/ui/field";
import type { FilterOption } from "./filter-options";

/** `all`: the first choice, meaning "no filter" (empty value). `className`: the select's width. */
export function FilterSelect({
  id,
  label,
  value,
  all,
  options,
  className,
}: {
  id: string;
  label: string;
  value?: string;
  all?: string;
  options: FilterOption[];
  className?: string;
}) {
  return (
    <div className={className}>
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
