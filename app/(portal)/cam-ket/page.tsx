import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { listCommitments, readsOthersCommitments } from "@/lib/data/commitment-lists";
import { listUnitOptions } from "@/lib/data/units";
import { formatNumber, todayInVietnam } from "@/lib/domain/dates";
import { unitOptionLabel } from "@/lib/domain/labels";
import { ENTRY_STATUS_LABELS } from "@/lib/domain/work-labels";
import { ASSESSMENT_LIST_STATUSES, COMMITMENT_LIST_STATUSES, commitmentListQuery } from "@/lib/validation/commitments";
import { listHref } from "@/lib/validation/list-query";
import { buttonClass } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { Pager } from "@/components/ui/pager";
import { CommitmentTable } from "@/components/commitments/commitment-table";

export const metadata: Metadata = { title: "Đăng ký rèn luyện" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const ASSESSMENT_FILTER_LABELS: Record<(typeof ASSESSMENT_LIST_STATUSES)[number], string> = {
  NONE: "Chưa tự đánh giá",
  SUBMITTED: "Tự đánh giá chờ xác nhận",
  RETURNED: "Tự đánh giá bị trả lại",
  CONFIRMED: "Tự đánh giá đã xác nhận",
};

/** Secretaries and Khối staff: members' yearly commitments in their units (members see theirs on /ca-nhan). */
export default async function CommitmentsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  if (!readsOthersCommitments(viewer)) redirect("/ca-nhan#ren-luyen");
  const raw = await searchParams;
  const query = commitmentListQuery.parse(Object.fromEntries(["year", "status", "assessment", "chiDoan", "coSo", "q", "page"].map((k) => [k, one(raw[k])])));
  const [result, chiDoanOptions, coSoOptions] = await Promise.all([
    listCommitments(viewer, query),
    listUnitOptions(viewer, "member.read", ["CHI_DOAN"]),
    listUnitOptions(viewer, "member.read", ["CO_SO"]),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const filters = { year: query.year, status: query.status, assessment: query.assessment, chiDoan: query.chiDoan, coSo: query.coSo, q: query.q };
  if (result.rows.length === 0 && query.page > pages) redirect(listHref("/cam-ket", filters, pages));
  const filtered = !!(query.status || query.assessment || query.chiDoan || query.coSo || query.q);
  const thisYear = todayInVietnam().getUTCFullYear();
  const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  const exportHref = listHref("/cam-ket/xuat-excel", { ...filters, year: result.year });

  return (
    <>
      <PageHeader
        title={`Đăng ký rèn luyện năm ${result.year}`}
        description={
          <>
            {formatNumber(result.total)} bản đăng ký · <strong>Chưa đăng ký: {formatNumber(result.notRegistered)} đoàn viên</strong>
          </>
        }
        actions={
          <a href={exportHref} className={buttonClass("secondary")}>
            Xuất Excel
          </a>
        }
      />
      <form method="get" role="search" className="mb-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        <label className="sr-only" htmlFor="q">Tìm theo họ tên</label>
        <Input id="q" name="q" type="search" defaultValue={query.q} placeholder="Tìm theo họ tên (có dấu hoặc không dấu)" className="lg:col-span-2" />
        <label className="sr-only" htmlFor="year">Năm</label>
        <Select id="year" name="year" defaultValue={String(result.year)}>
          {(years.includes(result.year) ? years : [result.year, ...years]).map((y) => <option key={y} value={y}>Năm {y}</option>)}
        </Select>
        <label className="sr-only" htmlFor="status">Tình trạng đăng ký</label>
        <Select id="status" name="status" defaultValue={query.status ?? ""}>
          <option value="">Mọi tình trạng đăng ký</option>
          {COMMITMENT_LIST_STATUSES.map((s) => <option key={s} value={s}>{ENTRY_STATUS_LABELS[s]}</option>)}
        </Select>
        <label className="sr-only" htmlFor="assessment">Tự đánh giá</label>
        <Select id="assessment" name="assessment" defaultValue={query.assessment ?? ""}>
          <option value="">Mọi tình trạng tự đánh giá</option>
          {ASSESSMENT_LIST_STATUSES.map((s) => <option key={s} value={s}>{ASSESSMENT_FILTER_LABELS[s]}</option>)}
        </Select>
        {coSoOptions.length > 1 && (
          <>
            <label className="sr-only" htmlFor="coSo">Cơ sở Đoàn</label>
            <Select id="coSo" name="coSo" defaultValue={query.coSo ?? ""}>
              <option value="">Tất cả cơ sở Đoàn</option>
              {coSoOptions.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
            </Select>
          </>
        )}
        {chiDoanOptions.length > 1 && (
          <>
            <label className="sr-only" htmlFor="chiDoan">Chi đoàn</label>
            <Select id="chiDoan" name="chiDoan" defaultValue={query.chiDoan ?? ""}>
              <option value="">Tất cả chi đoàn</option>
              {chiDoanOptions.map((o) => <option key={o.id} value={o.id}>{unitOptionLabel(o)}</option>)}
            </Select>
          </>
        )}
        <button type="submit" className={buttonClass("secondary")}>Lọc</button>
      </form>

      {result.rows.length === 0 ? (
        <EmptyState title={filtered ? "Không có bản đăng ký nào khớp bộ lọc" : `Chưa có đoàn viên nào đăng ký rèn luyện năm ${result.year}`}>
          {filtered
            ? "Thử bỏ bớt điều kiện lọc hoặc tìm bằng tên khác."
            : "Đoàn viên đăng ký tại mục “Hồ sơ của tôi” sau khi Đoàn Khối ban hành kế hoạch năm. Hãy nhắc các đoàn viên chưa đăng ký."}
        </EmptyState>
      ) : (
        <CommitmentTable rows={result.rows} />
      )}
      <Pager page={result.page} pageSize={result.pageSize} total={result.total} hrefFor={(page) => listHref("/cam-ket", filters, page)} />
    </>
  );
}
