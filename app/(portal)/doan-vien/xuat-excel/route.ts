// GET /doan-vien/xuat-excel?q=…&chiDoan=…: the member list as .xlsx, with the list page's filters.
// The route authorizes itself (the page's check does not cover it): signed out → sign-in,
// no export permission → 404. The rows come scoped by member.export from lib/data.
import type { NextRequest } from "next/server";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { tenantOf, withTenant } from "@/lib/db/tenant-context";
import { canSomewhere } from "@/lib/authz";
import { listMembersForExport } from "@/lib/data/members";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { attachmentHeaders } from "@/lib/domain/download";
import { buildMemberExport } from "@/lib/domain/member-workbooks";
import { memberListQuery } from "@/lib/validation/members";
import { XLSX_CONTENT_TYPE } from "@/lib/validation/member-import";

export const dynamic = "force-dynamic";

export async function GET(request: NextRequest) {
  const viewer = await getViewer();
  if (!viewer) redirect("/dang-nhap");
  if (viewer.mustChangePassword) redirect("/doi-mat-khau");
  if (!canSomewhere(viewer, "member.export")) return new Response("Không tìm thấy", { status: 404 });

  const params = request.nextUrl.searchParams;
  const query = memberListQuery.parse({ q: params.get("q") ?? undefined, chiDoan: params.get("chiDoan") ?? undefined });
  const workbook = await buildMemberExport(await withTenant(tenantOf(viewer), () => listMembersForExport(viewer, query)));
  // dd-mm-yyyy, as Vietnamese users read dates ("/" is not allowed in a file name).
  const today = formatVietnameseDate(todayInVietnam()).replaceAll("/", "-");
  return new Response(new Uint8Array(workbook), { headers: attachmentHeaders(`Danh sách đoàn viên ${today}.xlsx`, XLSX_CONTENT_TYPE) });
}
