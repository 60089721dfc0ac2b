// GET /cam-ket/xuat-excel?year=…&status=…: the commitments list as .xlsx, with the list page's
// filters. The route authorizes itself (the page's check does not cover it): signed out →
// sign-in; no reach beyond one's own → 404. The rows come scoped by entry.read from lib/data.
import { exportCommitments, readsOthersCommitments, yearOf } from "@/lib/data/commitment-lists";
import { attachmentHeaders } from "@/lib/domain/download";
import { commitmentListQuery } from "@/lib/validation/commitments";
import { XLSX_CONTENT_TYPE } from "@/lib/validation/member-import";
import { viewerRoute } from "@/lib/routes/handler";

export const dynamic = "force-dynamic";

export const GET = viewerRoute({ gate: readsOthersCommitments }, async ({ viewer, searchParams: params }) => {
  const query = commitmentListQuery.parse(
    Object.fromEntries(["year", "status", "assessment", "chiDoan", "coSo", "q"].map((k) => [k, params.get(k) ?? undefined])),
  );
  const workbook = await exportCommitments(viewer, query);
  return new Response(new Uint8Array(workbook), {
    headers: attachmentHeaders(`Đăng ký rèn luyện năm ${yearOf(query)}.xlsx`, XLSX_CONTENT_TYPE),
  });
});
