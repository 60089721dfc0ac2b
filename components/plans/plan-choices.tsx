"use client";
// The options of every "Theo kế hoạch" picker: plans in force first; old ones (past years,
// programmes whose term is over: lib/domain/plan-in-force.ts) only behind "Hiện cả kế hoạch cũ",
// in their own group. The plan already chosen always stays, so editing an old record keeps it.
import { useId, useState } from "react";
export { defaultPlanId } from "@/lib/domain/plan-in-force";

export type PlanChoice = {
  id: string;
  label: string;
  /** Decided on the server by planInForce(); a plan not marked is taken as in force. */
  inForce?: boolean;
};

const isOld = (p: PlanChoice) => p.inForce === false;

/** `selected` is the picker's current value: it is listed even when old and hidden. */
export function usePlanChoices(plans: PlanChoice[], selected: string | undefined) {
  const [showOld, setShowOld] = useState(false);
  const toggleId = useId();
  const old = plans.filter(isOld);
  // An old plan chosen stays in its group, the same <option> element, whether or not the others
  // are shown: moving it would make the browser fall back to the first option.
  const oldShown = old.filter((p) => showOld || p.id === selected);
  const options = (
    <>
      {plans
        .filter((p) => !isOld(p))
        .map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      {oldShown.length > 0 && (
        <optgroup label="Kế hoạch đã hết hạn">
          {oldShown.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </optgroup>
      )}
    </>
  );
  const toggle =
    old.length > 0 ? (
      <label htmlFor={toggleId} className="mt-1 flex items-center gap-2 text-xs text-slate-600">
        <input id={toggleId} type="checkbox" checked={showOld} onChange={(e) => setShowOld(e.target.checked)} />
        Hiện cả kế hoạch cũ ({old.length})
      </label>
    ) : null;
  return { options, toggle };
}
