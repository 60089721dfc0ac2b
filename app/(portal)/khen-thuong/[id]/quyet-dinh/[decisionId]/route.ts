// GET /khen-thuong/:id/quyet-dinh/:decisionId: the decision as a .docx in the Đoàn layout. The
// route authorizes itself: signed out → sign-in; a round or decision out of reach → 404.
import { decisionDocument } from "@/lib/data/honour-decisions";
import { attachmentHeaders } from "@/lib/domain/download";
import { dayInVietnam } from "@/lib/domain/dates";
import { planTitle } from "@/lib/domain/plan-labels";
import { nomineeName } from "@/lib/domain/honour-labels";
import { renderDecisionDocx, type Honouree } from "@/lib/documents/decision-docx";
import { routeId, viewerRoute } from "@/lib/routes/handler";

export const dynamic = "force-dynamic";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

type HonourRow = {
  titleName: string;
  nomination: {
    member: { fullName: string; position: string | null; agency: string | null } | null;
    unit: { name: string } | null;
  };
};
const honouree = (h: HonourRow): Honouree => ({
  name: nomineeName(h.nomination),
  position: h.nomination.member?.position ?? null,
  unit: h.nomination.member?.agency ?? null,
  title: h.titleName,
});

export const GET = viewerRoute<{ id: string; decisionId: string }>({}, async ({ viewer, params }) => {
  const { round, decision, councilClosedAt } = await decisionDocument(viewer, routeId(params.id), routeId(params.decisionId));
  const issuer = round.plan.issuerName ?? round.plan.unit.name.toUpperCase();
  const bytes = await renderDecisionDocx({
    superiorName: round.plan.superiorName ?? "",
    issuerName: issuer,
    place: round.plan.place ?? "",
    number: decision.number,
    signedOn: decision.signedOn,
    authority: `Ban Thường vụ ${round.plan.unit.name}`,
    roundName: round.name,
    planTitle: planTitle(round.plan),
    councilClosedOn: councilClosedAt ? dayInVietnam(councilClosedAt) : null,
    honourees: decision.honours.map(honouree),
    amends: decision.amends
      ? {
          number: decision.amends.number,
          signedOn: decision.amends.signedOn,
          reason: decision.note ?? "",
          revoked: decision.revoked.map(honouree),
        }
      : null,
    signature: { onBehalf: decision.signOnBehalf, title: decision.signTitle, name: decision.signName },
  });
  const name = `Quyet dinh ${decision.number}`.replaceAll("/", "-");
  return new Response(new Uint8Array(bytes), { headers: attachmentHeaders(`${name}.docx`, DOCX) });
});
