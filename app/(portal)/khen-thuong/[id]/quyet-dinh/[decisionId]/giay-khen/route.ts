// GET /khen-thuong/:id/quyet-dinh/:decisionId/giay-khen[?khen-thuong=:honourId]: the giấy khen
// of the decision's standing honours as a .docx, one page each, or of one honour. The route
// authorizes itself: signed out → sign-in; a round, decision or honour out of reach → 404.
import { decisionDocument } from "@/lib/data/honour-decisions";
import { attachmentHeaders } from "@/lib/domain/download";
import { renderCertificatesDocx } from "@/lib/documents/certificate-docx";
import { nomineeName } from "@/lib/domain/honour-labels";
import { notFoundResponse, routeId, viewerRoute } from "@/lib/routes/handler";

export const dynamic = "force-dynamic";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const GET = viewerRoute<{ id: string; decisionId: string }>({}, async ({ viewer, params, searchParams }) => {
  const { round, decision } = await decisionDocument(viewer, routeId(params.id), routeId(params.decisionId));
  const one = searchParams.get("khen-thuong");
  const honours = decision.honours.filter((h) => !h.revokedById && (!one || h.id === one));
  if (!honours.length) return notFoundResponse();
  const bytes = await renderCertificatesDocx({
    superiorName: round.plan.superiorName ?? "",
    issuerName: `Ban Thường vụ ${round.plan.unit.name}`,
    place: round.plan.place ?? "",
    decision: { number: decision.number, signedOn: decision.signedOn },
    signature: { onBehalf: decision.signOnBehalf, title: decision.signTitle, name: decision.signName },
    honours: honours.map((h) => ({
      name: nomineeName(h.nomination),
      detail: h.nomination.member ? [h.nomination.member.position, h.nomination.member.agency].filter(Boolean).join(", ") : null,
      title: h.titleName,
      year: round.year,
    })),
  });
  const who = one && honours[0] ? ` ${nomineeName(honours[0].nomination)}` : "";
  const name = `Giay khen ${decision.number}${who}`.replaceAll("/", "-");
  return new Response(new Uint8Array(bytes), { headers: attachmentHeaders(`${name}.docx`, DOCX) });
});
