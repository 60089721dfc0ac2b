// In a large Khối the chi đoàn pickers list one cơ sở's chi đoàn (chiDoanPicker, lib/data/units.ts):
// this plain GET form chooses that cơ sở (`?coSo=`), before the member form is filled.
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { UnitOption } from "@/lib/data/units";

export function CoSoChooser({ label, options, value }: { label: string; options: UnitOption[]; value?: string }) {
  return (
    <form method="get" className="flex flex-col gap-2 sm:flex-row sm:items-end">
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
