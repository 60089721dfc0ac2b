"use client";
// Create or edit a draft plan: header, basis, pillars, sections; on creation also the paste box
// that fills the form from a plan's text and the proposed indicators staff confirm one by one.
import { useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";
import { useActionForm, type ServerResult } from "@/components/forms/use-action-form";
import { createPlanAction, updatePlanAction } from "@/lib/actions/plans";
import { PLAN_KIND_LABELS } from "@/lib/domain/plan-labels";
import { indicatorPayload, type IndicatorFormValues } from "./indicator-fields";
import { PastePlanText, type PastedPlan } from "./paste-plan-text";
import { IndicatorProposals } from "./indicator-proposals";
import { SectionsEditor } from "./sections-editor";
import { useRequestKey } from "@/components/forms/use-request-key";
import { DateInput } from "@/components/ui/date-input";
import { DeadlineFields } from "./deadline-fields";
import { remapScheduleErrors, schedulePayload, type DueProposal, type ScheduleRow } from "./plan-deadline-values";

export type PlanFormValues = {
  kind: "PLAN" | "PROGRAMME";
  number: string;
  subject: string;
  superiorName: string;
  issuerName: string;
  place: string;
  issueDate: string;
  startYear: string;
  endYear: string;
  basisPlanId: string;
  basisText: string;
  pillars: { name: string }[];
  sections: { heading: string; body: string }[];
  closing: string;
  recipients: string;
  signOnBehalf: string;
  signTitle: string;
  signName: string;
  changeNote: string;
  indicators: (IndicatorFormValues & { confirmed: boolean })[];
  /** Thời hạn (a Khối plan): hạn cơ sở gửi kế hoạch, dd/mm/yyyy, and the periods to open at publish. */
  coSoPlanDueOn: string;
  reportSchedule: ScheduleRow[];
  /** "Vẫn tạo": ticked after the server named a plan of the same years (lib/data/plan-writes.ts). */
  confirmDuplicate?: boolean;
};

type Props = {
  initial: PlanFormValues;
  basisOptions: { id: string; label: string }[];
  edit?: { id: string; version: number; revision: number; coSo?: boolean };
};

/** Server errors on `indicators.N.x` count only confirmed proposals; point them at the form's row. */
function remapIndicatorErrors<R extends { ok: boolean; fieldErrors?: Record<string, string> }>(v: PlanFormValues, result: R): R {
  if (result.ok || !result.fieldErrors) return result;
  const rows = v.indicators.flatMap((ind, i) => (ind.confirmed ? [i] : []));
  const fieldErrors = Object.fromEntries(
    Object.entries(result.fieldErrors).map(([key, message]) => {
      const m = /^indicators\.(\d+)\.(.+)$/.exec(key);
      return [m ? `indicators.${rows[Number(m[1])]}.${m[2]}` : key, message];
    }),
  );
  return { ...result, fieldErrors };
}

function payload(v: PlanFormValues) {
  return {
    ...v,
    pillars: v.pillars.map((p) => p.name),
    indicators: v.indicators.filter((i) => i.confirmed).map(indicatorPayload),
    reportSchedule: schedulePayload(v),
  };
}

export function PlanForm({ initial, basisOptions, edit }: Props) {
  const router = useRouter();
  const form = useForm<PlanFormValues>({ defaultValues: initial });
  const { register, control, formState } = form;
  const pillars = useFieldArray({ control, name: "pillars" });
  const indicators = useFieldArray({ control, name: "indicators" });
  const [requestKey] = useRequestKey();
  const [pasteNote, setPasteNote] = useState<string | null>(null);
  const [dueProposal, setDueProposal] = useState<DueProposal | null>(null);
  // The plan of the same issuer and years the server named: asked about until the user ticks "Vẫn tạo".
  const [samePlan, setSamePlan] = useState<{ question: string; id?: string } | null>(null);
  const errors = formState.errors;

  function askedAboutSamePlan<R extends ServerResult<{ id: string }>>(result: R): R {
    if (result.ok || !result.fieldErrors?.confirmDuplicate) return result;
    const { confirmDuplicate: question, samePlanId, ...fieldErrors } = result.fieldErrors;
    setSamePlan({ question, id: samePlanId });
    return { ...result, fieldErrors };
  }

  const { onSubmit, formError, pending, leaveForm } = useActionForm(
    form,
    async (v): Promise<ServerResult<{ id: string }>> => {
      // Errors on ticked periods are numbered among those sent: point them at the form's rows.
      const rows = <R extends { ok: boolean; fieldErrors?: Record<string, string> }>(r: R): R =>
        r.ok || !r.fieldErrors ? r : { ...r, fieldErrors: remapScheduleErrors(v.reportSchedule, r.fieldErrors) };
      if (!edit) return askedAboutSamePlan(rows(remapIndicatorErrors(v, await createPlanAction({ ...payload(v), requestKey }))));
      const result = rows(await updatePlanAction({ ...payload(v), id: edit.id, version: edit.version }));
      return result.ok ? { ok: true, data: { id: edit.id } } : result;
    },
    (data) => {
      const id = data.id;
      router.push(`/ke-hoach/${id}?saved=1`);
      router.refresh();
    },
  );

  function applyPasted(p: PastedPlan) {
    // The periods' field array lives in DeadlineFields: reset (not setValue) reaches it.
    form.reset({ ...form.getValues(), ...p.values, reportSchedule: p.deadlines.reportSchedule });
    indicators.replace(p.indicators);
    setDueProposal(p.deadlines.coSoPlanDue);
    const found = p.deadlines.reportSchedule.length + (p.deadlines.coSoPlanDue ? 1 : 0);
    setPasteNote(
      `Đã điền ${p.values.sections.length} mục và đề xuất ${p.indicators.length} chỉ tiêu${found ? `, ${found} thời hạn` : ""}. Hãy kiểm tra, sửa và xác nhận từng chỉ tiêu trước khi lưu.`,
    );
  }

  const err = (name: keyof PlanFormValues) => errors[name]?.message as string | undefined;
  // The server names a pillar `pillars.1` (a string in its schema); the form holds `pillars.1.name`.
  const pillarError = (i: number) => {
    const e = errors.pillars?.[i] as { message?: string; name?: { message?: string } } | undefined;
    return e?.message ?? e?.name?.message;
  };
  const pillarNames = useWatch({ control: form.control, name: "pillars" }).map((p) => p.name);

  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      {!edit && <PastePlanText onApply={applyPasted} note={pasteNote} />}
      <FormError message={formError} />

      <fieldset className="grid gap-4 sm:grid-cols-4">
        <legend className="mb-2 text-base font-semibold text-slate-800">Thông tin văn bản</legend>
        <Field label="Loại văn bản" htmlFor="kind">
          <Select id="kind" {...register("kind")}>
            {(["PLAN", "PROGRAMME"] as const).map((k) => (
              <option key={k} value={k}>
                {PLAN_KIND_LABELS[k]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Số, ký hiệu" htmlFor="number" error={err("number")} hint="Ví dụ: 126-KH/TĐTN-BCNLĐ">
          <Input id="number" invalid={!!err("number")} {...register("number")} />
        </Field>
        <Field label="Năm bắt đầu" htmlFor="startYear" error={err("startYear")}>
          <Input id="startYear" inputMode="numeric" invalid={!!err("startYear")} {...register("startYear")} />
        </Field>
        <Field label="Năm kết thúc" htmlFor="endYear" error={err("endYear")}>
          <Input id="endYear" inputMode="numeric" invalid={!!err("endYear")} {...register("endYear")} />
        </Field>
        <div className="sm:col-span-4">
          <Field label="Trích yếu (tên kế hoạch)" htmlFor="subject" error={err("subject")}>
            <Input id="subject" invalid={!!err("subject")} {...register("subject")} />
          </Field>
        </div>
        <div className="sm:col-span-2">
          <Field label="Cơ quan cấp trên" htmlFor="superiorName" error={err("superiorName")}>
            <Input id="superiorName" {...register("superiorName")} />
          </Field>
        </div>
        <div className="sm:col-span-2">
          <Field label="Cơ quan ban hành" htmlFor="issuerName" error={err("issuerName")}>
            <Input id="issuerName" {...register("issuerName")} />
          </Field>
        </div>
        <Field label="Địa danh" htmlFor="place" error={err("place")}>
          <Input id="place" {...register("place")} />
        </Field>
        <Field label="Ngày ban hành" htmlFor="issueDate" error={err("issueDate")} hint="dd/mm/yyyy">
          <DateInput id="issueDate" invalid={!!err("issueDate")} {...register("issueDate")} />
        </Field>
        <div className="sm:col-span-2">
          <Field label="Căn cứ kế hoạch trong hệ thống" htmlFor="basisPlanId" error={err("basisPlanId")}>
            <Select id="basisPlanId" {...register("basisPlanId")}>
              <option value="">— Văn bản ngoài hệ thống —</option>
              {basisOptions.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className="sm:col-span-4">
          <Field label="Căn cứ (đoạn mở đầu)" htmlFor="basisText" error={err("basisText")}>
            <textarea
              id="basisText"
              rows={3}
              className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300"
              {...register("basisText")}
            />
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="mb-2 text-base font-semibold text-slate-800">Các nhóm trách nhiệm</legend>
        {pillars.fields.map((f, i) => (
          <div key={f.id} className="flex gap-2">
            <div className="flex-1">
              <Input aria-label={`Nhóm trách nhiệm ${i + 1}`} {...register(`pillars.${i}.name`)} invalid={!!pillarError(i)} />
              {pillarError(i) && (
                <p className="text-sm text-red-600" role="alert">
                  {pillarError(i)}
                </p>
              )}
            </div>
            <Button type="button" variant="ghost" onClick={() => pillars.remove(i)} aria-label={`Bỏ nhóm ${i + 1}`}>
              Bỏ
            </Button>
          </div>
        ))}
        {errors.pillars?.message && (
          <p className="text-sm text-red-600" role="alert">
            {errors.pillars.message}
          </p>
        )}
        <Button type="button" variant="secondary" onClick={() => pillars.append({ name: "" })}>
          Thêm nhóm
        </Button>
      </fieldset>

      <SectionsEditor control={control} register={register} errors={errors} />

      {!edit?.coSo && (
        <DeadlineFields
          control={control}
          register={register}
          setValue={form.setValue}
          errors={errors}
          dueProposal={dueProposal}
        />
      )}

      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-base font-semibold text-slate-800">Kết thúc văn bản</legend>
        <div className="sm:col-span-3">
          <Field label="Đoạn kết" htmlFor="closing" error={err("closing")}>
            <textarea
              id="closing"
              rows={2}
              className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300"
              {...register("closing")}
            />
          </Field>
        </div>
        <Field label="Nơi nhận (mỗi dòng một nơi)" htmlFor="recipients" error={err("recipients")}>
          <textarea
            id="recipients"
            rows={3}
            className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300"
            {...register("recipients")}
          />
        </Field>
        <Field label="Thay mặt" htmlFor="signOnBehalf" hint="Ví dụ: TM. BAN THƯỜNG VỤ ĐOÀN KHỐI">
          <Input id="signOnBehalf" {...register("signOnBehalf")} />
        </Field>
        <div className="space-y-4">
          <Field label="Chức vụ người ký" htmlFor="signTitle">
            <Input id="signTitle" {...register("signTitle")} />
          </Field>
          <Field label="Họ tên người ký" htmlFor="signName">
            <Input id="signName" {...register("signName")} />
          </Field>
        </div>
        {edit && edit.revision > 0 && (
          <div className="sm:col-span-3">
            <Field label="Nội dung sửa đổi (ghi chú)" htmlFor="changeNote">
              <textarea
                id="changeNote"
                rows={2}
                className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300"
                {...register("changeNote")}
              />
            </Field>
          </div>
        )}
      </fieldset>

      {!edit && (
        <IndicatorProposals fields={indicators} control={control} register={register} errors={errors} pillars={pillarNames} />
      )}

      {!edit && samePlan && (
        <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          <p>
            {samePlan.question}{" "}
            {samePlan.id && (
              <Link href={`/ke-hoach/${samePlan.id}`} target="_blank" className="underline">
                Xem kế hoạch đã có
              </Link>
            )}
          </p>
          <label htmlFor="confirmDuplicate" className="flex items-center gap-2 font-medium">
            <input id="confirmDuplicate" type="checkbox" {...register("confirmDuplicate")} />
            Vẫn tạo kế hoạch này
          </label>
        </div>
      )}

      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {edit ? "Lưu" : "Lưu bản nháp"}
        </Button>
        <Button type="button" variant="secondary" onClick={leaveForm}>
          Hủy
        </Button>
      </div>
    </form>
  );
}
