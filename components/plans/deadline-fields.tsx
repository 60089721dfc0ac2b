"use client";
// "Thời hạn" of a Khối plan: the date cơ sở send their plan by, and the report periods to open when
// the plan is published. Proposals from the pasted text show their sentence with the date marked;
// a proposed due date is used only when staff click "Dùng hạn này", a period only when ticked.
import {
  useFieldArray,
  useWatch,
  type Control,
  type FieldErrors,
  type UseFormRegister,
  type UseFormSetValue,
} from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import { DateInput } from "@/components/ui/date-input";
import { DEFAULT_MONTHS, defaultPeriodTitle, PERIOD_KIND_LABELS } from "@/lib/domain/report-rules";
import { markedParts, MAX_SCHEDULE_ROWS, type DueProposal } from "./plan-deadline-values";
import type { PlanFormValues } from "./plan-form";

type Props = {
  control: Control<PlanFormValues>;
  register: UseFormRegister<PlanFormValues>;
  setValue: UseFormSetValue<PlanFormValues>;
  errors: FieldErrors<PlanFormValues>;
  dueProposal: DueProposal | null;
};

function Source({ source, highlight }: { source: string; highlight: string }) {
  if (!source) return null;
  return (
    <p className="text-sm text-slate-700 [overflow-wrap:anywhere]" data-testid="deadline-source">
      <span className="font-medium">Trích từ văn bản:</span> “
      {markedParts(source, highlight).map((p, i) =>
        p.marked ? (
          <mark key={i} className="rounded bg-yellow-200 px-0.5 text-slate-900">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
      ”
    </p>
  );
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export function DeadlineFields({ control, register, setValue, errors, dueProposal }: Props) {
  const rows = useFieldArray({ control, name: "reportSchedule" });
  const [kind, startYear, dueOn] = useWatch({ control, name: ["kind", "startYear", "coSoPlanDueOn"] });
  const values = useWatch({ control, name: "reportSchedule" }) ?? [];
  const rowError = (i: number, k: "kind" | "title" | "fromMonth" | "toMonth" | "dueOn") =>
    errors.reportSchedule?.[i]?.[k]?.message as string | undefined;
  const year = Number(startYear) || new Date().getFullYear();

  return (
    <fieldset className="space-y-4" aria-labelledby="deadlines-legend">
      <legend id="deadlines-legend" className="mb-2 text-base font-semibold text-slate-800">
        Thời hạn
      </legend>
      <div className="max-w-xs">
        <Field
          label="Hạn cơ sở gửi kế hoạch"
          htmlFor="coSoPlanDueOn"
          error={errors.coSoPlanDueOn?.message}
          hint="dd/mm/yyyy; cơ sở thấy hạn này khi xây dựng kế hoạch của mình"
        >
          <DateInput id="coSoPlanDueOn" invalid={!!errors.coSoPlanDueOn} {...register("coSoPlanDueOn")} />
        </Field>
      </div>
      {dueProposal && dueProposal.dueOn !== dueOn && (
        <div className="space-y-2 rounded-md border border-doan-200 bg-doan-50 p-3" data-testid="due-proposal">
          <p className="text-sm">
            Đề xuất hạn gửi kế hoạch: <strong>{dueProposal.dueOn}</strong>
          </p>
          <Source source={dueProposal.source} highlight={dueProposal.highlight} />
          <Button
            type="button"
            variant="secondary"
            onClick={() => setValue("coSoPlanDueOn", dueProposal.dueOn, { shouldDirty: true })}
          >
            Dùng hạn này
          </Button>
        </div>
      )}

      {kind === "PLAN" ? (
        <div className="space-y-3">
          <h3 className="text-sm font-semibold text-slate-800">Kỳ báo cáo sẽ mở khi ban hành</h3>
          <p className="text-sm text-slate-600">
            Chỉ các kỳ được đánh dấu “Mở kỳ này” được lưu; khi ban hành, các kỳ này được mở cùng lúc với các chỉ tiêu của kế
            hoạch.
          </p>
          {typeof errors.reportSchedule?.message === "string" && (
            <p className="text-sm text-red-600" role="alert">
              {errors.reportSchedule.message}
            </p>
          )}
          {rows.fields.map((f, i) => (
            <div
              key={f.id}
              data-testid="schedule-row"
              className={`space-y-3 rounded-md border p-3 ${values[i]?.keep ? "border-doan-300" : "border-slate-200 bg-slate-50"}`}
            >
              <Source source={values[i]?.source ?? ""} highlight={values[i]?.highlight ?? ""} />
              <div className="grid gap-3 sm:grid-cols-6">
                <label className="flex items-center gap-2 text-sm font-medium sm:col-span-6">
                  <input type="checkbox" {...register(`reportSchedule.${i}.keep`)} />
                  Mở kỳ này
                </label>
                <div className="sm:col-span-2">
                  <Field label="Loại báo cáo" htmlFor={`schedule-${i}-kind`} error={rowError(i, "kind")}>
                    <Select id={`schedule-${i}-kind`} {...register(`reportSchedule.${i}.kind`)}>
                      <option value="SIX_MONTH">{PERIOD_KIND_LABELS.SIX_MONTH}</option>
                      <option value="ANNUAL">{PERIOD_KIND_LABELS.ANNUAL}</option>
                    </Select>
                  </Field>
                </div>
                <div className="sm:col-span-4">
                  <Field label="Tên đợt báo cáo" htmlFor={`schedule-${i}-title`} error={rowError(i, "title")}>
                    <Input
                      id={`schedule-${i}-title`}
                      invalid={!!rowError(i, "title")}
                      {...register(`reportSchedule.${i}.title`)}
                    />
                  </Field>
                </div>
                <div className="sm:col-span-1">
                  <Field label="Từ tháng" htmlFor={`schedule-${i}-from`} error={rowError(i, "fromMonth")}>
                    <Select id={`schedule-${i}-from`} {...register(`reportSchedule.${i}.fromMonth`)}>
                      {MONTHS.map((m) => (
                        <option key={m} value={String(m)}>
                          {m}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </div>
                <div className="sm:col-span-1">
                  <Field label="Đến tháng" htmlFor={`schedule-${i}-to`} error={rowError(i, "toMonth")}>
                    <Select id={`schedule-${i}-to`} {...register(`reportSchedule.${i}.toMonth`)}>
                      {MONTHS.map((m) => (
                        <option key={m} value={String(m)}>
                          {m}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </div>
                <div className="sm:col-span-2">
                  <Field label="Hạn nộp" htmlFor={`schedule-${i}-due`} error={rowError(i, "dueOn")} hint="dd/mm/yyyy">
                    <DateInput
                      id={`schedule-${i}-due`}
                      invalid={!!rowError(i, "dueOn")}
                      {...register(`reportSchedule.${i}.dueOn`)}
                    />
                  </Field>
                </div>
                <div className="flex items-end sm:col-span-2">
                  <Button type="button" variant="ghost" onClick={() => rows.remove(i)} aria-label={`Bỏ kỳ báo cáo ${i + 1}`}>
                    Bỏ
                  </Button>
                </div>
              </div>
            </div>
          ))}
          {rows.fields.length < MAX_SCHEDULE_ROWS && (
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                const next = rows.fields.length === 0 ? "SIX_MONTH" : "ANNUAL";
                const [from, to] = DEFAULT_MONTHS[next];
                rows.append({
                  keep: true,
                  kind: next,
                  title: defaultPeriodTitle(next, year),
                  fromMonth: String(from),
                  toMonth: String(to),
                  dueOn: "",
                  source: "",
                  highlight: "",
                });
              }}
            >
              Thêm kỳ báo cáo
            </Button>
          )}
        </div>
      ) : (
        <p className="text-sm text-slate-600">Kỳ báo cáo được mở theo kế hoạch năm, không theo chương trình.</p>
      )}
    </fieldset>
  );
}
