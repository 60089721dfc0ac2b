// The filters of the Khối's audit log: a plain GET form, so filters live in the URL (kept by the
// pager and the export link) and work without JavaScript. Days are typed dd/mm/yyyy, as in every
// other form of the portal.
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { FilterSelect } from "@/components/ui/filter-select";
import { AUDIT_ACTION_GROUPS, AUDIT_TARGET_LABELS } from "@/lib/domain/audit-labels";
import { DateInput } from "@/components/ui/date-input";
import { SearchInput } from "@/components/ui/search-input";

export type AuditFilterValues = {
  q: string;
  action: string;
  type: string;
  record: string;
  from: string;
  to: string;
  refused: boolean;
};

export function AuditFilters({ values, badDay }: { values: AuditFilterValues; badDay: boolean }) {
  const filtered = Object.values(values).some((v) => !!v);
  return (
    <form method="get" role="search" aria-label="Lọc nhật ký" className="mb-4 space-y-2">
      <div className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <SearchInput
            label="Người thực hiện"
            value={values.q}
            placeholder="Người thực hiện: họ tên (có dấu hoặc không) hoặc email"
          />
        </div>
        <div>
          <label htmlFor="action" className="sr-only">
            Thao tác
          </label>
          <Select id="action" name="action" defaultValue={values.action}>
            <option value="">Mọi thao tác</option>
            {AUDIT_ACTION_GROUPS.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {Object.entries(g.actions)
                  .filter(([code]) => code !== "report.period.open") // the same label as report.period.create
                  .map(([code, label]) => (
                    <option key={code} value={code}>
                      {label}
                    </option>
                  ))}
              </optgroup>
            ))}
          </Select>
        </div>
        <FilterSelect
          id="type"
          label="Loại đối tượng"
          value={values.type}
          all="Mọi loại đối tượng"
          options={Object.entries(AUDIT_TARGET_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <div className="sm:col-span-2">
          <label htmlFor="record" className="sr-only">
            Mã đối tượng
          </label>
          <Input
            id="record"
            name="record"
            defaultValue={values.record}
            placeholder="Mã đối tượng (dán từ một dòng nhật ký)"
            spellCheck={false}
            autoComplete="off"
          />
        </div>
        <div className="grid grid-cols-2 gap-2 sm:col-span-2">
          <div>
            <label htmlFor="from" className="sr-only">
              Từ ngày (dd/mm/yyyy)
            </label>
            <DateInput id="from" name="from" defaultValue={values.from} placeholder="Từ ngày dd/mm/yyyy" invalid={badDay} />
          </div>
          <div>
            <label htmlFor="to" className="sr-only">
              Đến ngày (dd/mm/yyyy)
            </label>
            <DateInput id="to" name="to" defaultValue={values.to} placeholder="Đến ngày dd/mm/yyyy" invalid={badDay} />
          </div>
        </div>
      </div>
      {badDay && (
        <p className="text-sm text-red-600" role="alert">
          Ngày không hợp lệ (định dạng dd/mm/yyyy), nên chưa được dùng để lọc.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input
            type="checkbox"
            name="refused"
            value="1"
            defaultChecked={values.refused}
            className="h-4 w-4 rounded border-slate-300"
          />
          Chỉ các lần bị từ chối
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          Lọc
        </button>
        {filtered && (
          <Link href="/khoi/nhat-ky" className={buttonClass("ghost")}>
            Bỏ lọc
          </Link>
        )}
      </div>
    </form>
  );
}
