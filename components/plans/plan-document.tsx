// A plan as users read it on screen: header, title, basis, numbered sections, closing.
import type { PlanDto } from "@/lib/data/plans";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { PLAN_DOCUMENT_TYPES } from "@/lib/domain/plan-labels";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/** One line of a section body: sub-heading ("1.", "2.1."), bullet ("·", "-", "+") or paragraph. */
function Line({ text }: { text: string }) {
  if (/^\d+(\.\d+)*\.?\s/.test(text) && !/^\d+[.,]\d{3}/.test(text)) return <p className="mt-2 font-semibold">{text}</p>;
  const bullet = /^([·•\-–+*])\s*(.*)$/.exec(text);
  if (bullet)
    return (
      <p className={`${bullet[1] === "+" ? "pl-10" : "pl-5"} -indent-4`}>
        {bullet[1] === "+" ? "+" : "–"} {bullet[2]}
      </p>
    );
  return <p className="indent-6">{text}</p>;
}

export function PlanDocument({ plan }: { plan: PlanDto }) {
  return (
    <article className="space-y-4 text-[15px] leading-relaxed text-slate-900">
      <div className="grid gap-2 text-center text-sm sm:grid-cols-2">
        <div>
          {plan.superiorName && <p>{plan.superiorName}</p>}
          {plan.issuerName && <p className="font-semibold">{plan.issuerName}</p>}
          <p>***</p>
          <p>Số: {plan.number ?? "……"}</p>
        </div>
        <div>
          <p className="font-semibold underline">ĐOÀN TNCS HỒ CHÍ MINH</p>
          <p className="italic">
            {plan.place ?? "……"}, {plan.issueDate ? `ngày ${formatVietnameseDate(plan.issueDate)}` : "ngày … tháng … năm …"}
          </p>
        </div>
      </div>
      <div className="text-center">
        <p className="text-lg font-bold">{PLAN_DOCUMENT_TYPES[plan.kind]}</p>
        <p className="font-semibold">{plan.subject}</p>
        {plan.revision > 0 && <p className="italic text-slate-600">(Bản sửa đổi lần {plan.revision})</p>}
      </div>
      <PlanBody plan={plan} />
    </article>
  );
}

/** The basis, the numbered sections and the closing: also read beside a cơ sở plan's editor. */
export function PlanBody({ plan }: { plan: Pick<PlanDto, "basisText" | "sections" | "closing"> }) {
  return (
    <>
      {plan.basisText && <p className="indent-6">{plan.basisText}</p>}
      {plan.sections.map((s, i) => (
        <section key={i} className="space-y-1">
          <h3 className="font-bold">
            {ROMAN[i] ?? i + 1}. {s.heading}
          </h3>
          {s.body
            .split("\n")
            .filter((l) => l.trim())
            .map((line, j) => (
              <Line key={j} text={line.trim()} />
            ))}
        </section>
      ))}
      {plan.closing && <p className="indent-6">{plan.closing}</p>}
    </>
  );
}
