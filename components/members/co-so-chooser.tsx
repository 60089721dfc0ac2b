// In a large Khối the chi đoàn pickers list one cơ sở's chi đoàn (chiDoanPicker, lib/data/units.ts):
// this plain GET form chooses that cơ sở (`?coSo=`), before the member form is filled.
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { UnitOption } from "@/lib/data/units";

/** `keep`: the page's other query parameters, carried along (a search, say). */
export function CoSoChooser({
  label,
  options,
  value,
  keep = {},
}: {
  label: string;
  options: UnitOption[];
  value?: string;
  keep?: Record<string, string | undefined>;
}) {
  return (
    <form method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      {Object.entries(keep).map(([name, v]) => v && <input key={name} type="hidden" name={name} value={v} />)}
      <div className="sm:flex-1">
        <label htmlFor="coSo" className="mb-1 block text-sm font-medium text-slate-700">
          {label}
        </label>
        <Select id="coSo" name="coSo" defaultValue={value ?? ""} required>
          <option value="">— Chọn cơ sở Đoàn —</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </Select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Chọn
      </button>
    </form>
  );
}
