// GET /cong-trinh/xuat-excel?q=…&ky=…&coSo=…&status=…&field=…&kind=…: the project list as .xlsx,
// with the list page's filters. The route authorizes itself (the page's check does not cover
// it): signed out → sign-in, no project.read → 404; the rows come scoped from lib/data.
import { canSomewhere } from "@/lib/authz";
import { exportProjects } from "@/lib/data/projects";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { attachmentHeaders } from "@/lib/domain/download";
import { buildProjectExport } from "@/lib/domain/project-export";
import { XLSX_CONTENT_TYPE } from "@/lib/validation/member-import";
import { projectListQuery } from "@/lib/validation/projects";
import { viewerRoute } from "@/lib/routes/handler";

export const dynamic = "force-dynamic";

export const GET = viewerRoute(
  { gate: (viewer) => canSomewhere(viewer, "project.read") },
  async ({ viewer, searchParams: params }) => {
    const pick = (k: string) => params.get(k) ?? undefined;
    const query = projectListQuery.parse({
      q: pick("q"),
      ky: pick("ky"),
      coSo: pick("coSo"),
      status: pick("status"),
      field: pick("field"),
      kind: pick("kind"),
    });
    const workbook = await buildProjectExport(await exportProjects(viewer, query));
    // dd-mm-yyyy, as Vietnamese users read dates ("/" is not allowed in a file name).
    const today = formatVietnameseDate(todayInVietnam()).replaceAll("/", "-");
    return new Response(new Uint8Array(workbook), {
      headers: attachmentHeaders(`Công trình thanh niên ${today}.xlsx`, XLSX_CONTENT_TYPE),
    });
  },
);
