// GET /doan-vien/xuat-excel?q=…&coSo=…&chiDoan=…: the member list as .xlsx, with the list page's filters.
// The route authorizes itself (the page's check does not cover it): signed out → sign-in,
// no export permission → 404. The rows come scoped by member.export from lib/data.
import { canSomewhere } from "@/lib/authz";
import { viewerRoute } from "@/lib/routes/handler";
import { exportMembers } from "@/lib/data/members";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { attachmentHeaders } from "@/lib/domain/download";
import { streamMemberExport } from "@/lib/domain/member-workbooks";
import { memberListQuery } from "@/lib/validation/members";
import { XLSX_CONTENT_TYPE } from "@/lib/validation/member-import";

export const dynamic = "force-dynamic";

export const GET = viewerRoute(
  { gate: (viewer) => canSomewhere(viewer, "member.export") },
  async ({ viewer, searchParams: params }) => {
    const query = memberListQuery.parse({
      q: params.get("q") ?? undefined,
      coSo: params.get("coSo") ?? undefined,
      chiDoan: params.get("chiDoan") ?? undefined,
    });
    // Streamed as the batches are read: a Khối of 100,000 members is never held whole.
    const workbook = streamMemberExport(exportMembers(viewer, query));
    // dd-mm-yyyy, as Vietnamese users read dates ("/" is not allowed in a file name).
    const today = formatVietnameseDate(todayInVietnam()).replaceAll("/", "-");
    return new Response(workbook, {
      headers: attachmentHeaders(`Danh sách đoàn viên ${today}.xlsx`, XLSX_CONTENT_TYPE),
    });
  },
);
