import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { listAuditLog } from "@/lib/data/audit-log";
import { formatNumber } from "@/lib/domain/dates";
import { AUDIT_QUERY_KEYS, auditLogQuery } from "@/lib/validation/audit";
import { listHref } from "@/lib/validation/list-query";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/page";
import { Pager } from "@/components/ui/pager";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditList } from "@/components/audit/audit-list";

export const metadata: Metadata = { title: "Nhật ký thao tác" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The Khối's audit trail (SECURITY.md #25), for its admins only; rows of their own Khối only. */
export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "audit.read")) notFound();
  const params = await searchParams;
  const raw = Object.fromEntries(AUDIT_QUERY_KEYS.map((k) => [k, first(params[k])]));
  const query = auditLogQuery.parse(raw);
  const result = await listAuditLog(viewer, query);
  // The form shows what was typed; the link and the pager carry what was understood.
  const typed = {
    q: query.q,
    action: query.action ?? "",
    type: query.type ?? "",
    record: raw.record?.trim() ?? "",
    from: raw.from?.trim() ?? "",
    to: raw.to?.trim() ?? "",
    refused: query.refused,
  };
  const badDay = (!!typed.from && !query.from) || (!!typed.to && !query.to);
  const filters = {
    ...typed,
    record: query.record ?? "",
    from: query.from ? typed.from : "",
    to: query.to ? typed.to : "",
    refused: query.refused ? "1" : "",
  };
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  if (result.rows.length === 0 && query.page > pages) redirect(listHref("/khoi/nhat-ky", filters, pages));
  const filtered = Object.entries(filters).some(([, v]) => !!v);

  return (
    <>
      <PageHeader
        title="Nhật ký thao tác"
        description={`${formatNumber(result.total)} mục · ai đã thay đổi gì, lúc nào, kể cả các lần bị từ chối, trong Đoàn Khối của bạn`}
        actions={
          <a href={listHref("/khoi/nhat-ky/xuat-excel", filters)} className={buttonClass("secondary")}>
            Xuất Excel
          </a>
        }
      />
      <AuditFilters values={typed} badDay={badDay} />
      {result.rows.length === 0 ? (
        <EmptyState title={filtered ? "Không có mục nào khớp bộ lọc" : "Nhật ký chưa có mục nào"}>
          {filtered
            ? "Thử bỏ bớt điều kiện lọc, mở rộng khoảng ngày, hoặc tìm người thực hiện bằng một phần họ tên hay email. Bấm “Bỏ lọc” để xem toàn bộ nhật ký."
            : "Mỗi lần đăng nhập, tạo, sửa, duyệt hay xóa dữ liệu trong Đoàn Khối, và mỗi lần một thao tác bị từ chối, sẽ được ghi ở đây."}
        </EmptyState>
      ) : (
        <AuditList rows={result.rows} />
      )}
      <Pager
        page={query.page}
        pageSize={result.pageSize}
        total={result.total}
        hrefFor={(p) => listHref("/khoi/nhat-ky", filters, p)}
      />
    </>
  );
}
