// The search form and the empty result of the public lists (hỏi đáp, cẩm nang): a plain GET form,
// so that it works without JavaScript and a search is a link one can share.
import Link from "next/link";

const control = "block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300";

type Filter = { name: string; label: string; value: string | undefined; options: { value: string; label: string }[] };

// Tailwind sees only literal class names: the grid for a search box (two columns, when there is
// one) and its filters: three or four columns in all.
const GRID = { 3: "sm:grid-cols-3", 4: "sm:grid-cols-4" } as const;
const FULL_ROW = { 3: "sm:col-span-3", 4: "sm:col-span-4" } as const;

/** A search box (when given a placeholder) and filters. */
export function PublicSearchForm(props: { action: string; q?: string; placeholder?: string; filters: Filter[] }) {
  const width = ((props.placeholder === undefined ? 0 : 2) + props.filters.length) as 3 | 4;
  return (
    <form
      method="get"
      action={props.action}
      role="search"
      className={`grid gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 ${GRID[width]}`}
    >
      {props.placeholder !== undefined && (
        <div className="sm:col-span-2">
          <label htmlFor="q" className="block text-sm font-medium text-slate-700">
            Tìm theo nội dung
          </label>
          <input id="q" name="q" type="search" defaultValue={props.q ?? ""} placeholder={props.placeholder} className={control} />
        </div>
      )}
      {props.filters.map((f) => (
        <div key={f.name}>
          <label htmlFor={f.name} className="block text-sm font-medium text-slate-700">
            {f.label}
          </label>
          <select id={f.name} name={f.name} defaultValue={f.value ?? ""} className={control}>
            <option value="">Tất cả</option>
            {f.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className={FULL_ROW[width]}>
        <button type="submit" className="rounded-md bg-doan-700 px-4 py-2 text-sm font-medium text-white hover:bg-doan-800">
          Tìm
        </button>
      </div>
    </form>
  );
}

/** Nothing to list: says whether the search found nothing or nothing is published yet, and points to asking. */
export function NoPublicResults(props: { what: string; filtered: boolean; askHref: string }) {
  return (
    <p className="rounded-lg bg-white p-4 text-sm text-slate-600 ring-1 ring-slate-200">
      {props.filtered
        ? `Không có ${props.what} nào khớp với điều kiện tìm. Hãy thử từ khóa ngắn hơn, hoặc `
        : `Chưa có ${props.what} nào được công khai. Bạn có thể `}
      <Link href={props.askHref} className="text-doan-700 underline">
        đặt câu hỏi
      </Link>
      .
    </p>
  );
}
