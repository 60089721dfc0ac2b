// The filter bar of the project list: a plain GET form, so filters live in the URL (shareable,
// kept by the export link and the pager) and work without JavaScript.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { PROJECT_KIND_LABELS, PROJECT_KINDS, PROJECT_STATUS_LABELS, WORK_FIELD_LABELS, WORK_FIELDS } from "@/lib/domain/work-labels";
import { LISTED_PROJECT_STATUSES } from "@/lib/validation/projects";

export type ProjectFilterValues = { q: string; ky?: string; coSo?: string; status?: string; field?: string; kind?: string };

type Props = {
  values: ProjectFilterValues;
  periods: { value: string; label: string }[];
  /** Offered to Khối and city viewers only; a cơ sở's list is its own anyway. */
  coSoOptions: { id: string; name: string }[];
};

export function ProjectFilters({ values, periods, coSoOptions }: Props) {
  const filtered = Object.entries(values).some(([, v]) => !!v);
  return (
    <form method="get" role="search" className="mb-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
      <div className="sm:col-span-2">
        <label htmlFor="q" className="sr-only">Tìm theo tên công trình</label>
        <Input id="q" name="q" type="search" defaultValue={values.q} placeholder="Tìm theo tên (gõ có dấu hoặc không dấu)" />
      </div>
      <div>
        <label htmlFor="ky" className="sr-only">Kỳ</label>
        <Select id="ky" name="ky" defaultValue={values.ky ?? ""}>
          <option value="">Mọi kỳ</option>
          {periods.map((p) => <option key={p.value} value={p.value}>{p.label}</option>)}
        </Select>
      </div>
      {coSoOptions.length > 0 && (
        <div>
          <label htmlFor="coSo" className="sr-only">Cơ sở Đoàn</label>
          <Select id="coSo" name="coSo" defaultValue={values.coSo ?? ""}>
            <option value="">Mọi cơ sở</option>
            {coSoOptions.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </Select>
        </div>
      )}
      <div>
        <label htmlFor="status" className="sr-only">Trạng thái</label>
        <Select id="status" name="status" defaultValue={values.status ?? ""}>
          <option value="">Mọi trạng thái</option>
          {LISTED_PROJECT_STATUSES.map((s) => <option key={s} value={s}>{PROJECT_STATUS_LABELS[s]}</option>)}
        </Select>
      </div>
      <div>
        <label htmlFor="field" className="sr-only">Lĩnh vực</label>
        <Select id="field" name="field" defaultValue={values.field ?? ""}>
          <option value="">Mọi lĩnh vực</option>
          {WORK_FIELDS.map((f) => <option key={f} value={f}>{WORK_FIELD_LABELS[f]}</option>)}
        </Select>
      </div>
      <div>
        <label htmlFor="kind" className="sr-only">Loại</label>
        <Select id="kind" name="kind" defaultValue={values.kind ?? ""}>
          <option value="">Mọi loại</option>
          {PROJECT_KINDS.map((k) => <option key={k} value={k}>{PROJECT_KIND_LABELS[k]}</option>)}
        </Select>
      </div>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("secondary")}>Lọc</button>
        {filtered && <Link href="/cong-trinh" className={buttonClass("ghost")}>Bỏ lọc</Link>}
      </div>
    </form>
  );
}
