// GET /ke-hoach/:id/word: the plan as a .docx in the Đoàn administrative layout. The route
// authorizes itself: signed out → sign-in; a plan out of the viewer's reach → 404.
import { getPlan } from "@/lib/data/plans";
import { attachmentHeaders } from "@/lib/domain/download";
import { formatTarget, PLAN_DOCUMENT_TYPES, PLAN_KIND_LABELS } from "@/lib/domain/plan-labels";
import { renderPlanDocx } from "@/lib/documents/plan-docx";
import { routeId, viewerRoute } from "@/lib/routes/handler";

export const dynamic = "force-dynamic";

/** "(Bản sửa đổi lần 1)", "(Dự thảo)", "(Dự thảo bản sửa đổi lần 2)". */
function revisionLabel(revision: number, draft: boolean) {
  if (revision === 0) return draft ? "(Dự thảo)" : null;
  return draft ? `(Dự thảo bản sửa đổi lần ${revision})` : `(Bản sửa đổi lần ${revision})`;
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const GET = viewerRoute<{ id: string }>({}, async ({ viewer, params }) => {
  const plan = await getPlan(viewer, routeId(params.id));
  const bytes = await renderPlanDocx({
    superiorName: plan.superiorName ?? "",
    issuerName: plan.issuerName ?? plan.unit.name.toUpperCase(),
    number: plan.number,
    place: plan.place ?? "",
    issueDate: plan.issueDate,
    documentType: PLAN_DOCUMENT_TYPES[plan.kind],
    subject: plan.subject,
    revisionLabel: revisionLabel(plan.revision, plan.status === "DRAFT"),
    basisText: plan.basisText,
    sections: plan.sections,
    indicators: plan.indicators.map((i) => ({
      code: i.code,
      wording: i.wording,
      target: formatTarget(i),
      pillar: i.pillar === null ? null : (plan.pillars[i.pillar] ?? null),
    })),
    closing: plan.closing,
    recipients: (plan.recipients ?? "")
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean),
    signature: { onBehalf: plan.signOnBehalf ?? "", title: plan.signTitle ?? "", name: plan.signName ?? "" },
  });
  const name = `${PLAN_KIND_LABELS[plan.kind]} ${plan.number ?? plan.startYear}`.replaceAll("/", "-");
  return new Response(new Uint8Array(bytes), { headers: attachmentHeaders(`${name}.docx`, DOCX) });
});
