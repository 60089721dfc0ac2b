// GET /doan-vien/mau-excel: the import template, listing the chi đoàn this viewer may import into.
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { tenantOf, withTenant } from "@/lib/db/tenant-context";
import { canSomewhere } from "@/lib/authz";
import { memberImportTemplate } from "@/lib/data/member-import";
import { attachmentHeaders } from "@/lib/domain/download";
import { XLSX_CONTENT_TYPE } from "@/lib/validation/member-import";

export const dynamic = "force-dynamic";

export async function GET() {
  const viewer = await getViewer();
  if (!viewer) redirect("/dang-nhap");
  if (viewer.mustChangePassword) redirect("/doi-mat-khau");
  if (!canSomewhere(viewer, "member.import")) return new Response("Không tìm thấy", { status: 404 });

  const workbook = await withTenant(tenantOf(viewer), () => memberImportTemplate(viewer));
  return new Response(new Uint8Array(workbook), { headers: attachmentHeaders("Mẫu nhập đoàn viên.xlsx", XLSX_CONTENT_TYPE) });
}
