// GET /doan-vien/mau-excel: the import template, listing the chi đoàn this viewer may import into.
import { canSomewhere } from "@/lib/authz";
import { memberImportTemplate } from "@/lib/data/member-import";
import { attachmentHeaders } from "@/lib/domain/download";
import { viewerRoute } from "@/lib/routes/handler";
import { XLSX_CONTENT_TYPE } from "@/lib/validation/member-import";

export const dynamic = "force-dynamic";

export const GET = viewerRoute({ gate: (viewer) => canSomewhere(viewer, "member.import") }, async ({ viewer }) => {
  const workbook = await memberImportTemplate(viewer);
  return new Response(new Uint8Array(workbook), { headers: attachmentHeaders("Mẫu nhập đoàn viên.xlsx", XLSX_CONTENT_TYPE) });
});
