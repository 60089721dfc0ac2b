// The reviewers' filters (kỳ, loại, trạng thái, lĩnh vực, cơ sở, chi đoàn) and search, as a
// plain GET form: the URL holds the filters, so paging and "Xuất Excel" keep them.
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { optionsOf, type FilterOption } from "@/components/ui/filter-options";
import { FilterPanel } from "@/components/ui/filter-panel";
import { ENTRY_KIND_LABELS, ENTRY_STATUS_LABELS, WORK_FIELD_LABELS } from "@/lib/domain/work-labels";
import { LISTED_ENTRY_STATUSES } from "@/lib/validation/entries";
import { CHI_DOAN_AFTER_CO_SO } from "@/lib/domain/labels";
import { SearchInput } from "@/components/ui/search-input";

type Option = FilterOption;
export type EntryFilterValues = {
  q: string;
  ky: string;
  kind: string;
  status: string;
  field: string;
  coSo: string;
  chiDoan: string;
};

export function EntryFilters({
  values,
  periods,
  coSo,
  chiDoan,
  chiDoanByCoSo = false,
}: {
  values: EntryFilterValues;
  periods: Option[];
  coSo: Option[];
  chiDoan: Option[];
  /** A large Khối: `chiDoan` holds the chosen cơ sở's only (lib/domain/unit-pickers.ts) */
  chiDoanByCoSo?: boolean;
}) {
  return (
    <FilterPanel values={values}>
      <form method="get" role="search" className="space-y-2">
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-3 lg:grid-cols-6">
          <FilterSelect id="ky" label="Kỳ" value={values.ky} all="Mọi kỳ" options={periods} />
          <FilterSelect id="kind" label="Loại" value={values.kind} all="Mọi loại" options={optionsOf(ENTRY_KIND_LABELS)} />
          <FilterSelect
            id="status"
            label="Trạng thái"
            value={values.status}
            options={[
              ...LISTED_ENTRY_STATUSES.map((s) => ({ value: s, label: ENTRY_STATUS_LABELS[s] })),
              { value: "all", label: "Mọi trạng thái" },
            ]}
          />
          <FilterSelect
            id="field"
            label="Lĩnh vực"
            value={values.field}
            all="Mọi lĩnh vực"
            options={optionsOf(WORK_FIELD_LABELS)}
          />
          {coSo.length > 1 && <FilterSelect id="coSo" label="Cơ sở Đoàn" value={values.coSo} all="Mọi cơ sở" options={coSo} />}
          {(chiDoan.length > 1 || chiDoanByCoSo) && (
            <FilterSelect
              id="chiDoan"
              label="Chi đoàn"
              value={values.chiDoan}
              all={chiDoanByCoSo && !values.coSo ? CHI_DOAN_AFTER_CO_SO : "Mọi chi đoàn"}
              options={chiDoan}
            />
          )}
        </div>
        <div className="flex flex-col gap-2 sm:flex-row">
          <SearchInput
            label="Tìm theo tên ghi nhận hoặc họ tên đoàn viên"
            value={values.q}
            placeholder="Tìm theo tên ghi nhận hoặc họ tên (có dấu hoặc không dấu)"
            className="sm:flex-1"
          />
          <button type="submit" className={buttonClass("secondary")}>
            Lọc
          </button>
        </div>
      </form>
    </FilterPanel>
  );
}
