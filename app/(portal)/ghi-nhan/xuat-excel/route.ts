// GET /ghi-nhan/xuat-excel?…: the reviewers' list of members' entries as .xlsx, with the list
// page's filters. The route authorizes itself (the page's check does not cover it): signed out →
// sign-in, no reach beyond one's own entries → 404. Rows come scoped by entry.read from lib/data.
import { exportEntries, readsOthersEntries } from "@/lib/data/entry-reads";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { attachmentHeaders } from "@/lib/domain/download";
import { entryListQuery } from "@/lib/validation/entries";
import { XLSX_CONTENT_TYPE } from "@/lib/validation/member-import";
import { viewerRoute } from "@/lib/routes/handler";

export const dynamic = "force-dynamic";

export const GET = viewerRoute({ gate: readsOthersEntries }, async ({ viewer, searchParams: params }) => {
  const keys = ["q", "ky", "kind", "status", "field", "coSo", "chiDoan"] as const;
  const query = entryListQuery.parse(Object.fromEntries(keys.map((k) => [k, params.get(k) ?? undefined])));
  const { workbook } = await exportEntries(viewer, query);
  // dd-mm-yyyy, as Vietnamese users read dates ("/" is not allowed in a file name).
  const today = formatVietnameseDate(todayInVietnam()).replaceAll("/", "-");
  return new Response(new Uint8Array(workbook), {
    headers: attachmentHeaders(`Kết quả rèn luyện ${today}.xlsx`, XLSX_CONTENT_TYPE),
  });
});
