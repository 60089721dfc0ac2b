"use client";
// Indicators proposed from the pasted text: each shows the sentence it came from; staff edit it
// and tick "Xác nhận" — only confirmed proposals become indicators. Staff can add their own too.
import { useWatch, type Control, type FieldErrors, type UseFieldArrayReturn, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { IndicatorFields } from "./indicator-fields";
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
  const values = useWatch({ control, name: "indicators" }) ?? [];
  const confirmed = values.filter((v) => v?.confirmed).length;
  return (
    <fieldset className="space-y-3">
      <legend className="mb-1 text-base font-semibold text-slate-800">Chỉ tiêu</legend>
      <p className="text-sm text-slate-600">
        {fields.fields.length
          ? `Đã xác nhận ${confirmed}/${fields.fields.length} chỉ tiêu. Chỉ những chỉ tiêu được xác nhận mới được lưu.`
          : "Chưa có chỉ tiêu. Dán văn bản để nhận đề xuất, hoặc thêm chỉ tiêu."}
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
          className={`space-y-2 rounded-md border p-3 ${values[i]?.confirmed ? "border-green-300 bg-green-50/40" : "border-slate-200"}`}
        >
          {values[i]?.source && (
            <p className="text-xs text-slate-600">
              <span className="font-medium">Trích từ văn bản:</span> “{values[i].source}”
            </p>
          )}
          <IndicatorFields
            prefix={`indicators.${i}.`}
            idPrefix={`ind-${i}`}
            register={register}
            watched={values[i]}
            errors={errors.indicators?.[i]}
            pillars={pillars}
          />
          <div className="flex items-center justify-between">
            <label className="flex items-center gap-2 text-sm font-medium">
              <input type="checkbox" {...register(`indicators.${i}.confirmed`)} /> Xác nhận chỉ tiêu {i + 1}
            </label>
            <Button type="button" variant="ghost" onClick={() => fields.remove(i)}>
              Bỏ đề xuất
            </Button>
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
