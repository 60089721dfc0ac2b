"use client";
// Indicators proposed from the pasted text: each shows the sentence it came from with the target
// marked and how it reads now; staff edit, split or merge proposals and tick "Xác nhận" — only
// confirmed proposals become indicators (plan-form.tsx sends only those). Staff can add their own too.
import { useState } from "react";
import { useWatch, type Control, type FieldErrors, type UseFieldArrayReturn, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { IndicatorFields } from "./indicator-fields";
import { ProposalSource } from "./proposal-source";
import { mergeRows, splitCopy, type ProposalRow } from "./proposal-review";
import type { PlanFormValues } from "./plan-form";

type Props = {
  fields: UseFieldArrayReturn<PlanFormValues, "indicators">;
  control: Control<PlanFormValues>;
  register: UseFormRegister<PlanFormValues>;
  errors: FieldErrors<PlanFormValues>;
  pillars: string[];
};

export const BLANK_INDICATOR = {
  confirmed: true,
  code: "",
  wording: "",
  pillar: "",
  measure: "RECORD_COUNT",
  recordKind: "",
  targetKind: "AT_LEAST",
  target: "",
  minTarget: "",
  unitLabel: "",
  appliesTo: "KHOI",
  period: "YEAR",
  months: "",
  honourLevel: "",
  source: "",
};

export function IndicatorProposals({ fields, control, register, errors, pillars }: Props) {
  const values: ProposalRow[] = useWatch({ control, name: "indicators" }) ?? [];
  const confirmed = values.filter((v) => v?.confirmed).length;
  // Told to screen readers after a split or a merge, since the list changes under the cursor.
  const [announced, setAnnounced] = useState("");

  // Keyboard users land on the row they will edit next, not back at the top of the page.
  function focusWording(i: number) {
    setTimeout(() => document.getElementById(`ind-${i}-wording`)?.focus(), 0);
  }

  function split(i: number) {
    const row = values[i];
    if (!row) return;
    fields.update(i, { ...row, confirmed: false });
    fields.insert(i + 1, splitCopy(row, values), { shouldFocus: false });
    setAnnounced(`Đã tách chỉ tiêu ${i + 1} thành chỉ tiêu ${i + 1} và ${i + 2}, cả hai chưa xác nhận.`);
    focusWording(i + 1);
  }

  function mergeUp(i: number) {
    const upper = values[i - 1];
    const lower = values[i];
    if (!upper || !lower) return;
    fields.update(i - 1, mergeRows(upper, lower));
    fields.remove(i);
    setAnnounced(`Đã gộp chỉ tiêu ${i + 1} vào chỉ tiêu ${i}, chưa xác nhận.`);
    focusWording(i - 1);
  }

  return (
    <fieldset className="min-w-0 space-y-3">
      <legend className="mb-1 text-base font-semibold text-slate-800">Chỉ tiêu</legend>
      <p className="text-sm text-slate-600" data-testid="proposal-count">
        {fields.fields.length
          ? `Đã xác nhận ${confirmed}/${fields.fields.length} chỉ tiêu. Chỉ những chỉ tiêu được xác nhận mới được lưu.`
          : "Chưa có chỉ tiêu. Dán văn bản để nhận đề xuất, hoặc thêm chỉ tiêu."}
      </p>
      <p role="status" className="sr-only">
        {announced}
      </p>
      {fields.fields.length > 1 && confirmed < fields.fields.length && (
        <Button type="button" variant="secondary" onClick={() => fields.replace(values.map((v) => ({ ...v, confirmed: true })))}>
          Xác nhận tất cả
        </Button>
      )}
      {fields.fields.map((f, i) => (
        <div
          key={f.id}
          data-testid="indicator-proposal"
          className={`min-w-0 space-y-2 rounded-md border p-3 ${values[i]?.confirmed ? "border-green-300 bg-green-50/40" : "border-slate-200"}`}
        >
          <ProposalSource row={values[i]} sourceError={errors.indicators?.[i]?.source?.message} />
          <IndicatorFields
            prefix={`indicators.${i}.`}
            idPrefix={`ind-${i}`}
            register={register}
            watched={values[i]}
            errors={errors.indicators?.[i]}
            pillars={pillars}
          />
          <div className="flex flex-wrap items-center justify-between gap-2">
            <label className="flex items-center gap-2 text-sm font-medium">
              <input type="checkbox" {...register(`indicators.${i}.confirmed`)} /> Xác nhận chỉ tiêu {i + 1}
            </label>
            <div className="flex flex-wrap gap-2">
              <Button type="button" variant="secondary" aria-label={`Tách thành hai: chỉ tiêu ${i + 1}`} onClick={() => split(i)}>
                Tách thành hai
              </Button>
              {i > 0 && (
                <Button
                  type="button"
                  variant="secondary"
                  aria-label={`Gộp với đề xuất trên: chỉ tiêu ${i + 1} vào chỉ tiêu ${i}`}
                  onClick={() => mergeUp(i)}
                >
                  Gộp với đề xuất trên
                </Button>
              )}
              <Button type="button" variant="ghost" onClick={() => fields.remove(i)}>
                Bỏ đề xuất
              </Button>
            </div>
          </div>
        </div>
      ))}
      <Button
        type="button"
        variant="secondary"
        onClick={() => fields.append({ ...BLANK_INDICATOR, code: `CT${fields.fields.length + 1}` })}
      >
        Thêm chỉ tiêu
      </Button>
    </fieldset>
  );
}
