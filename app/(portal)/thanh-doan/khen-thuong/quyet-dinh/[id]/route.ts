// GET /thanh-doan/khen-thuong/quyet-dinh/:proposalId: the Thành Đoàn's decision that accepted
// the proposal (with every other it accepted under the same number and date) as a .docx in the
// Đoàn layout. The route authorizes itself: signed out → sign-in; out of the city's reach → 404.
import { cityDecisionDocument } from "@/lib/data/city-proposals";
import { attachmentHeaders } from "@/lib/domain/download";
import { nomineeName } from "@/lib/domain/honour-labels";
import { renderDecisionDocx } from "@/lib/documents/decision-docx";
import { routeId, viewerRoute } from "@/lib/routes/handler";

export const dynamic = "force-dynamic";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export const GET = viewerRoute<{ id: string }>({}, async ({ viewer, params }) => {
  const d = await cityDecisionDocument(viewer, routeId(params.id));
  const titles = [...new Set(d.rows.map((r) => `“${r.titleName}”`))].join(", ");
  const bytes = await renderDecisionDocx({
    superiorName: "TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH",
    issuerName: `BCH ${d.cityName.toUpperCase()}`,
    // "Thành Đoàn TP. Hồ Chí Minh" is signed in "TP. Hồ Chí Minh".
    place: d.cityName.replace(/^(Thành|Tỉnh)\s+Đoàn\s+/i, ""),
    number: d.number,
    signedOn: d.decidedOn,
    authority: `Ban Thường vụ ${d.cityName}`,
    roundName: "",
    planTitle: null,
    councilClosedOn: null,
    above: {
      subject: `Về việc công nhận danh hiệu ${titles}`,
      firstArticle: `Công nhận danh hiệu cho ${d.rows.length} cá nhân, tập thể có thành tích xuất sắc (có danh sách kèm theo):`,
      proposedBy: "Ban Thường vụ các Đoàn Khối trực thuộc",
      subordinates: "các Đoàn Khối trực thuộc",
    },
    honourees: d.rows.map((r) => ({
      name: nomineeName(r.honour.nomination),
      position: r.honour.nomination.member?.position ?? null,
      unit: [r.honour.nomination.member?.agency, r.khoiName].filter(Boolean).join(", ") || r.khoiName,
      title: r.titleName,
    })),
    signature: { onBehalf: "TM. BAN THƯỜNG VỤ", title: "BÍ THƯ", name: null },
  });
  const name = `Quyet dinh ${d.number}`.replaceAll("/", "-");
  return new Response(new Uint8Array(bytes), { headers: attachmentHeaders(`${name}.docx`, DOCX) });
});
