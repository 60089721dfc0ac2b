// The filter bar of the project list: a plain GET form, so filters live in the URL (shareable,
// kept by the export link and the pager) and work without JavaScript.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { optionsOf } from "@/components/ui/filter-options";
import { FilterPanel } from "@/components/ui/filter-panel";
import {
  PROJECT_KIND_LABELS,
  PROJECT_KINDS,
  PROJECT_STATUS_LABELS,
  WORK_FIELD_LABELS,
  WORK_FIELDS,
} from "@/lib/domain/work-labels";
import { LISTED_PROJECT_STATUSES } from "@/lib/validation/projects";
import { SearchInput } from "@/components/ui/search-input";

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
    <FilterPanel values={values}>
      <form method="get" role="search" className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <SearchInput label="Tìm theo tên công trình" value={values.q} placeholder="Tìm theo tên (gõ có dấu hoặc không dấu)" />
        </div>
        <FilterSelect id="ky" label="Kỳ" value={values.ky} all="Mọi kỳ" options={periods} />
        {coSoOptions.length > 0 && (
          <FilterSelect
            id="coSo"
            label="Cơ sở Đoàn"
            value={values.coSo}
            all="Mọi cơ sở"
            options={coSoOptions.map((c) => ({ value: c.id, label: c.name }))}
          />
        )}
        <FilterSelect
          id="status"
          label="Trạng thái"
          value={values.status}
          all="Mọi trạng thái"
          options={optionsOf(PROJECT_STATUS_LABELS, LISTED_PROJECT_STATUSES)}
        />
        <FilterSelect
          id="field"
          label="Lĩnh vực"
          value={values.field}
          all="Mọi lĩnh vực"
          options={optionsOf(WORK_FIELD_LABELS, WORK_FIELDS)}
        />
        <FilterSelect
          id="kind"
          label="Loại"
          value={values.kind}
          all="Mọi loại"
          options={optionsOf(PROJECT_KIND_LABELS, PROJECT_KINDS)}
        />
        <div className="flex gap-2">
          <button type="submit" className={buttonClass("secondary")}>
            Lọc
          </button>
          {filtered && (
            <Link href="/cong-trinh" className={buttonClass("ghost")}>
              Bỏ lọc
            </Link>
          )}
        </div>
      </form>
    </FilterPanel>
  );
}
