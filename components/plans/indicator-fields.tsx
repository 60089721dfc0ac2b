"use client";
// The fields of one indicator (chỉ tiêu), used by the proposal list of a new plan and by the
// indicator editor of a draft. `prefix` is "" or "indicators.3." inside a larger form.
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Field, Input, Select } from "@/components/ui/field";
import { parseYearTargets } from "./indicator-values";
import { APPLIES_TO, HONOUR_LEVELS, MEASURE_KINDS, PERIOD_KINDS, RECORD_KINDS, TARGET_KINDS } from "@/lib/domain/plan-model";
import {
  APPLIES_TO_LABELS,
  HONOUR_LEVEL_LABELS,
  MEASURE_LABELS,
  PERIOD_LABELS,
  RECORD_KIND_LABELS,
  TARGET_KIND_LABELS,
} from "@/lib/domain/plan-labels";

export type IndicatorFormValues = {
  code: string;
  wording: string;
  pillar: string;
  measure: string;
  recordKind: string;
  targetKind: string;
  target: string;
  minTarget: string;
  unitLabel: string;
  appliesTo: string;
  period: string;
  months: string;
  honourLevel: string;
  /** "2019: 200; 2020: 250" — a term's target split by year */
  yearTargets?: string;
  source?: string;
  // Client-only, from the paste box, for the review of proposals: never sent (indicatorPayload
  // picks its fields, and the server's schema drops unknown keys).
  /** Where in `source` the target was read: "start-end", several joined by "," after a merge. */
  highlight?: string;
  /** Why the extractor read it so, in Vietnamese; may be "". */
  reason?: string;
  /** Read inside the plan's targets section (false: "Ngoài mục chỉ tiêu"). */
  inTargets?: boolean;
};

/** Form strings → the shape the server schema reads ("3, 5, 7, 9" → [3, 5, 7, 9]). */
export function indicatorPayload(v: IndicatorFormValues) {
  return {
    code: v.code,
    wording: v.wording,
    pillar: v.pillar === "" ? null : Number(v.pillar),
    measure: v.measure,
    recordKind: v.recordKind,
    targetKind: v.targetKind,
    target: v.target.replace(/\./g, "").replace(",", "."),
    minTarget: v.minTarget === "" || v.appliesTo !== "EACH_CO_SO" ? null : v.minTarget.replace(/\./g, "").replace(",", "."),
    unitLabel: v.unitLabel,
    appliesTo: v.appliesTo,
    period: v.period,
    months: v.months
      .split(/[^0-9]+/)
      .filter(Boolean)
      .map(Number),
    honourLevel: v.honourLevel,
    yearTargets: v.period === "TERM" ? parseYearTargets(v.yearTargets) : [],
    source: v.source ?? null,
  };
}

type Props = {
  prefix: string;
  // The parent forms differ; the fields only need register, control and the errors at `prefix`.
  register: UseFormRegister<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Current values of the fields that show or hide others. */
  watched: { appliesTo?: string; period?: string; recordKind?: string } | undefined;
  errors?: FieldErrors<IndicatorFormValues>;
  pillars: string[];
  idPrefix: string;
};

export function IndicatorFields({ prefix, register, watched, errors, pillars, idPrefix }: Props) {
  const { appliesTo, period, recordKind } = watched ?? {};
  const id = (name: string) => `${idPrefix}-${name}`;
  const err = (name: keyof IndicatorFormValues) => errors?.[name]?.message as string | undefined;
  return (
    <div className="grid gap-3 sm:grid-cols-6">
      <div className="sm:col-span-1">
        <Field label="Mã" htmlFor={id("code")} error={err("code")}>
          <Input id={id("code")} invalid={!!err("code")} {...register(`${prefix}code`)} />
        </Field>
      </div>
      <div className="sm:col-span-5">
        <Field label="Nội dung chỉ tiêu" htmlFor={id("wording")} error={err("wording")}>
          <Input id={id("wording")} invalid={!!err("wording")} {...register(`${prefix}wording`)} />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label="Cách tính" htmlFor={id("measure")} error={err("measure")}>
          <Select id={id("measure")} {...register(`${prefix}measure`)}>
            {MEASURE_KINDS.map((k) => (
              <option key={k} value={k}>
                {MEASURE_LABELS[k]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label="Loại hồ sơ được đếm" htmlFor={id("recordKind")} error={err("recordKind")}>
          <Select id={id("recordKind")} invalid={!!err("recordKind")} {...register(`${prefix}recordKind`)}>
            <option value="">— Không —</option>
            {RECORD_KINDS.map((k) => (
              <option key={k} value={k}>
                {RECORD_KIND_LABELS[k]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label="Nhóm trách nhiệm" htmlFor={id("pillar")}>
          <Select id={id("pillar")} {...register(`${prefix}pillar`)}>
            <option value="">— Chưa chọn —</option>
            {pillars.map((p, i) => (
              <option key={i} value={String(i)}>
                {p}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label="Loại mục tiêu" htmlFor={id("targetKind")}>
          <Select id={id("targetKind")} {...register(`${prefix}targetKind`)}>
            {TARGET_KINDS.map((k) => (
              <option key={k} value={k}>
                {TARGET_KIND_LABELS[k]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label="Mục tiêu" htmlFor={id("target")} error={err("target")}>
          <Input id={id("target")} inputMode="decimal" invalid={!!err("target")} {...register(`${prefix}target`)} />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label="Đơn vị tính" htmlFor={id("unitLabel")} error={err("unitLabel")}>
          <Input id={id("unitLabel")} invalid={!!err("unitLabel")} {...register(`${prefix}unitLabel`)} />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label="Áp dụng cho" htmlFor={id("appliesTo")}>
          <Select id={id("appliesTo")} {...register(`${prefix}appliesTo`)}>
            {APPLIES_TO.map((k) => (
              <option key={k} value={k}>
                {APPLIES_TO_LABELS[k]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {appliesTo === "EACH_CO_SO" && (
        <div className="sm:col-span-2">
          <Field
            label="Mức tối thiểu của cơ sở"
            htmlFor={id("minTarget")}
            error={err("minTarget")}
            hint="Cơ sở không đặt thấp hơn mức này"
          >
            <Input id={id("minTarget")} inputMode="decimal" invalid={!!err("minTarget")} {...register(`${prefix}minTarget`)} />
          </Field>
        </div>
      )}
      <div className="sm:col-span-2">
        <Field label="Kỳ tính" htmlFor={id("period")}>
          <Select id={id("period")} {...register(`${prefix}period`)}>
            {PERIOD_KINDS.map((k) => (
              <option key={k} value={k}>
                {PERIOD_LABELS[k]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {period === "MONTHS" && (
        <div className="sm:col-span-2">
          <Field label="Các tháng" htmlFor={id("months")} error={err("months")} hint="Ví dụ: 3, 5, 7, 9">
            <Input id={id("months")} invalid={!!err("months")} {...register(`${prefix}months`)} />
          </Field>
        </div>
      )}
      {period === "TERM" && (
        <div className="sm:col-span-4">
          <Field
            label="Mục tiêu theo từng năm (không bắt buộc)"
            htmlFor={id("yearTargets")}
            error={yearTargetsError(errors)}
            hint="Ví dụ: 2019: 20; 2020: 25; 2021: 25"
          >
            <Input id={id("yearTargets")} invalid={!!yearTargetsError(errors)} {...register(`${prefix}yearTargets`)} />
          </Field>
        </div>
      )}
      {recordKind === "HONOUR" && (
        <div className="sm:col-span-2">
          <Field label="Cấp tuyên dương" htmlFor={id("honourLevel")}>
            <Select id={id("honourLevel")} {...register(`${prefix}honourLevel`)}>
              <option value="">— Không —</option>
              {HONOUR_LEVELS.map((k) => (
                <option key={k} value={k}>
                  {HONOUR_LEVEL_LABELS[k]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
    </div>
  );
}

/** The first server message about the yearly split, wherever zod put it (yearTargets.2.year…). */
function yearTargetsError(errors: FieldErrors<IndicatorFormValues> | undefined): string | undefined {
  const e = errors?.yearTargets as unknown;
  if (!e) return undefined;
  if (typeof e === "object" && e && "message" in e && typeof e.message === "string") return e.message;
  const first = Object.values(e as Record<string, Record<string, { message?: string }>>).flatMap((row) =>
    Object.values(row ?? {}),
  )[0];
  return first?.message ?? "Mục tiêu theo năm không hợp lệ";
}
