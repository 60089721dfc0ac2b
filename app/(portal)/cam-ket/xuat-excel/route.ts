// GET /cam-ket/xuat-excel?year=…&status=…: the commitments list as .xlsx, with the list page's
// filters. The route authorizes itself (the page's check does not cover it): signed out →
// sign-in; no reach beyond one's own → 404. The rows come scoped by entry.read from lib/data.
import type { NextRequest } from "next/server";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { tenantOf, withTenant } from "@/lib/db/tenant-context";
import { exportCommitments, readsOthersCommitments, yearOf } from "@/lib/data/commitment-lists";
import { attachmentHeaders } from "@/lib/domain/download";
import { commitmentListQuery } from "@/lib/validation/commitments";
import { XLSX_CONTENT_TYPE } from "@/lib/validation/member-import";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  if (!viewer) redirect("/dang-nhap");
  if (viewer.mustChangePassword) redirect("/doi-mat-khau");
  if (!readsOthersCommitments(viewer)) return new Response("Không tìm thấy", { status: 404 });

  const params = request.nextUrl.searchParams;
  const query = commitmentListQuery.parse(Object.fromEntries(["year", "status", "assessment", "chiDoan", "coSo", "q"].map((k) => [k, params.get(k) ?? undefined])));
  const workbook = await withTenant(tenantOf(viewer), () => exportCommitments(viewer, query));
  return new Response(new Uint8Array(workbook), { headers: attachmentHeaders(`Đăng ký rèn luyện năm ${yearOf(query)}.xlsx`, XLSX_CONTENT_TYPE) });
}
