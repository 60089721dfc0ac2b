import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { listCommitments, readsOthersCommitments } from "@/lib/data/commitment-lists";
import { chiDoanPicker, listUnitOptions } from "@/lib/data/units";
import { formatNumber, todayInVietnam } from "@/lib/domain/dates";
import { CHI_DOAN_AFTER_CO_SO, unitOptionLabel } from "@/lib/domain/labels";
import { ENTRY_STATUS_LABELS } from "@/lib/domain/work-labels";
import { ASSESSMENT_LIST_STATUSES, COMMITMENT_LIST_STATUSES, commitmentListQuery } from "@/lib/validation/commitments";
import { listHref } from "@/lib/validation/list-query";
import { FilterSelect } from "@/components/ui/filter-select";
import { optionsOf } from "@/components/ui/filter-options";
import { buttonClass } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { Pager } from "@/components/ui/pager";
import { CommitmentTable } from "@/components/commitments/commitment-table";
import { RemindNotRegistered } from "@/components/commitments/remind-not-registered";
import { NotDoneList } from "@/components/reminders/not-done-list";
import { SearchInput } from "@/components/ui/search-input";

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
  const query = commitmentListQuery.parse(
    Object.fromEntries(["year", "status", "assessment", "chiDoan", "coSo", "q", "page"].map((k) => [k, one(raw[k])])),
  );
  // A large Khối picks the cơ sở first, then among its chi đoàn (chiDoanPicker).
  const [result, chiDoan, coSoOptions] = await Promise.all([
    listCommitments(viewer, query),
    chiDoanPicker(viewer, "member.read", { coSo: query.coSo, selected: query.chiDoan }),
    listUnitOptions(viewer, "member.read", ["CO_SO"]),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const filters = {
    year: query.year,
    status: query.status,
    assessment: query.assessment,
    chiDoan: query.chiDoan,
    coSo: query.coSo,
    q: query.q,
  };
  if (result.rows.length === 0 && query.page > pages) redirect(listHref("/cam-ket", filters, pages));
  const filtered = !!(query.status || query.assessment || query.chiDoan || query.coSo || query.q);
  const thisYear = todayInVietnam().getUTCFullYear();
  const years = [thisYear, thisYear - 1, thisYear - 2, thisYear - 3];
  const exportHref = listHref("/cam-ket/xuat-excel", { ...filters, year: result.year });
  const withoutAccount = result.notRegisteredWithoutAccount;

  return (
    <>
      <PageHeader
        title={`Đăng ký rèn luyện năm ${result.year}`}
        description={`${formatNumber(result.total)} bản đăng ký`}
        actions={
          <a href={exportHref} className={buttonClass("secondary")}>
            Xuất Excel
          </a>
        }
      />
      <NotDoneList
        className="mb-4"
        summary={<strong>Chưa đăng ký: {formatNumber(result.notRegistered)} đoàn viên</strong>}
        items={result.notRegisteredMembers.map((m) => ({
          key: m.id,
          name: m.fullName,
          detail: coSoOptions.length > 1 ? `${m.chiDoanName}, ${m.coSoName}` : m.chiDoanName,
        }))}
        more={
          result.notRegistered > result.notRegisteredMembers.length &&
          `… và ${formatNumber(result.notRegistered - result.notRegisteredMembers.length)} đoàn viên khác (lọc theo chi đoàn để xem từng danh sách; lời nhắc gửi tới tất cả).`
        }
        // Reminders are of this year's registration; a past year's list is for reading.
        action={
          result.year === thisYear && (
            <RemindNotRegistered coSo={query.coSo} chiDoan={query.chiDoan} count={result.notRegistered} />
          )
        }
        note={
          withoutAccount > 0 &&
          `${formatNumber(withoutAccount)} đoàn viên chưa có tài khoản: lời nhắc gửi tới bí thư chi đoàn (hoặc bí thư cơ sở) của họ.`
        }
      />
      <form method="get" role="search" className="mb-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        <SearchInput
          label="Tìm theo họ tên"
          value={query.q}
          placeholder="Tìm theo họ tên (có dấu hoặc không dấu)"
          className="lg:col-span-2"
        />
        <label className="sr-only" htmlFor="year">
          Năm
        </label>
        <Select id="year" name="year" defaultValue={String(result.year)}>
          {(years.includes(result.year) ? years : [result.year, ...years]).map((y) => (
            <option key={y} value={y}>
              Năm {y}
            </option>
          ))}
        </Select>
        <FilterSelect
          id="status"
          label="Tình trạng đăng ký"
          value={query.status}
          all="Mọi tình trạng đăng ký"
          options={optionsOf(ENTRY_STATUS_LABELS, COMMITMENT_LIST_STATUSES)}
        />
        <FilterSelect
          id="assessment"
          label="Tự đánh giá"
          value={query.assessment}
          all="Mọi tình trạng tự đánh giá"
          options={optionsOf(ASSESSMENT_FILTER_LABELS, ASSESSMENT_LIST_STATUSES)}
        />
        {coSoOptions.length > 1 && (
          <FilterSelect
            id="coSo"
            label="Cơ sở Đoàn"
            value={query.coSo}
            all="Tất cả cơ sở Đoàn"
            options={coSoOptions.map((o) => ({ value: o.id, label: o.name }))}
          />
        )}
        {(chiDoan.options.length > 1 || chiDoan.byCoSo) && (
          <FilterSelect
            id="chiDoan"
            label="Chi đoàn"
            value={query.chiDoan}
            all={chiDoan.byCoSo && !query.coSo ? CHI_DOAN_AFTER_CO_SO : "Tất cả chi đoàn"}
            options={chiDoan.options.map((o) => ({ value: o.id, label: unitOptionLabel(o) }))}
          />
        )}
        <button type="submit" className={buttonClass("secondary")}>
          Lọc
        </button>
      </form>

      {result.rows.length === 0 ? (
        <EmptyState
          title={filtered ? "Không có bản đăng ký nào khớp bộ lọc" : `Chưa có đoàn viên nào đăng ký rèn luyện năm ${result.year}`}
        >
          {filtered
            ? "Thử bỏ bớt điều kiện lọc hoặc tìm bằng tên khác."
            : "Đoàn viên đăng ký tại mục “Hồ sơ của tôi” sau khi Đoàn Khối ban hành kế hoạch năm. Hãy nhắc các đoàn viên chưa đăng ký."}
        </EmptyState>
      ) : (
        <CommitmentTable rows={result.rows} />
      )}
      <Pager
        page={result.page}
        pageSize={result.pageSize}
        total={result.total}
        hrefFor={(page) => listHref("/cam-ket", filters, page)}
      />
    </>
  );
}
