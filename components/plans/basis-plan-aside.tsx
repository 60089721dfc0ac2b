// The Khối plan a cơ sở plan is based on, to read while writing it: a column beside the editor
// on a desk, a folded “Xem kế hoạch của Đoàn Khối” above it on a phone. The text scrolls and
// wraps inside its own box (a long unbroken line or a pasted table row never widens the page).
import type { ReactNode } from "react";
import type { PlanDto } from "@/lib/data/plans";
import { planTitle } from "@/lib/domain/plan-labels";
import { PlanBody } from "./plan-document";

export type BasisPlanText = Pick<PlanDto, "id" | "kind" | "number" | "subject" | "basisText" | "sections" | "closing">;

function BasisText({ basis }: { basis: BasisPlanText }) {
  return (
    <article className="min-w-0 space-y-3 text-sm leading-relaxed text-slate-800 [overflow-wrap:anywhere]">
      <p className="font-semibold">{planTitle(basis)}</p>
      <PlanBody plan={basis} />
    </article>
  );
}

/** The editor with the Khối plan beside it (desk) or folded above it (phone). */
export function WithBasisPlan({ basis, children }: { basis: BasisPlanText; children: ReactNode }) {
  return (
    <div className="grid min-w-0 gap-4 lg:grid-cols-5 lg:gap-6">
      <details className="min-w-0 rounded-lg bg-white shadow-sm ring-1 ring-slate-200 lg:hidden" data-testid="basis-plan-folded">
        <summary className="cursor-pointer px-4 py-3 text-base font-semibold text-slate-800">Xem kế hoạch của Đoàn Khối</summary>
        <div className="max-h-[70vh] overflow-y-auto border-t border-slate-100 p-4">
          <BasisText basis={basis} />
        </div>
      </details>
      <div className="min-w-0 lg:col-span-3">{children}</div>
      <aside
        aria-label="Kế hoạch của Đoàn Khối"
        className="hidden min-w-0 lg:sticky lg:top-4 lg:col-span-2 lg:block lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:rounded-lg lg:bg-white lg:shadow-sm lg:ring-1 lg:ring-slate-200"
        data-testid="basis-plan-column"
      >
        <h2 className="border-b border-slate-100 px-4 py-3 text-base font-semibold text-slate-800">Kế hoạch của Đoàn Khối</h2>
        <div className="p-4">
          <BasisText basis={basis} />
        </div>
      </aside>
    </div>
  );
}
