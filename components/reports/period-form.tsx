"use client";
// Mở đợt báo cáo: under a published Khối plan, the kind (sơ kết 6 tháng, tổng kết năm, đột xuất),
// the months covered, the deadline and the indicators the cơ sở must report. Also edits one.
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";
import { useActionForm, type ServerResult } from "@/components/forms/use-action-form";
import { openPeriodAction, updatePeriodAction } from "@/lib/actions/reports";
import { defaultPeriodTitle, DEFAULT_MONTHS, PERIOD_KIND_LABELS } from "@/lib/domain/report-rules";
import type { ReportPeriodKind } from "@/lib/generated/prisma/enums";
import { useRequestKey } from "@/components/forms/use-request-key";
import { DateInput } from "@/components/ui/date-input";
import { defaultPlanId, usePlanChoices, type PlanChoice } from "@/components/plans/plan-choices";

type PlanOption = PlanChoice & { year: number; indicators: { id: string; code: string; wording: string }[] };
type Values = {
  planId: string;
  kind: ReportPeriodKind;
  title: string;
  fromMonth: string;
  toMonth: string;
  dueOn: string;
  note: string;
  indicatorIds: string[];
};

type Props = { plans: PlanOption[]; edit?: { id: string; version: number; values: Values } };

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export function PeriodForm({ plans, edit }: Props) {
  const router = useRouter();
  const [requestKey] = useRequestKey();
  const first = plans.find((p) => p.id === defaultPlanId(plans));
  const form = useForm<Values>({
    defaultValues: edit?.values ?? {
      planId: first?.id ?? "",
      kind: "SIX_MONTH",
      title: first ? defaultPeriodTitle("SIX_MONTH", first.year) : "",
      fromMonth: "1",
      toMonth: "6",
      dueOn: first ? `15/06/${first.year}` : "",
      note: "",
      indicatorIds: first?.indicators.map((i) => i.id) ?? [],
    },
  });
  const { register, formState, setValue } = form;
  const { onSubmit, formError, pending } = useActionForm(
    form,
    async (raw): Promise<ServerResult<{ id: string }>> => {
      // With a single checkbox the form gives a string (or false), not a list.
      const v = {
        ...raw,
        indicatorIds: ([] as unknown[]).concat(raw.indicatorIds).filter((x): x is string => typeof x === "string"),
      };
      if (!edit) return openPeriodAction({ ...v, requestKey });
      const result = await updatePeriodAction({ ...v, id: edit.id, version: edit.version });
      return result.ok ? { ok: true, data: { id: edit.id } } : result;
    },
    (data) => {
      router.push(`/bao-cao/${data.id}`);
      router.refresh();
    },
  );
  const planId = useWatch({ control: form.control, name: "planId" });
  const plan = plans.find((p) => p.id === planId);
  const choices = usePlanChoices(plans, planId);
  const err = (k: keyof Values) => formState.errors[k]?.message as string | undefined;
  // Choosing a kind suggests its months, title and deadline (still editable).
  const onKind = (kind: ReportPeriodKind) => {
    if (!plan || edit) return;
    const [from, to] = DEFAULT_MONTHS[kind];
    setValue("fromMonth", String(from));
    setValue("toMonth", String(to));
    setValue("title", defaultPeriodTitle(kind, plan.year));
    setValue("dueOn", kind === "ANNUAL" ? `15/12/${plan.year}` : kind === "SIX_MONTH" ? `15/06/${plan.year}` : "");
  };
  const kindField = register("kind");

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormError message={formError} />
      </div>
      <div className="sm:col-span-2">
        <Field label="Theo kế hoạch" htmlFor="planId" error={err("planId")}>
          <Select
            id="planId"
            invalid={!!err("planId")}
            disabled={!!edit}
            {...register("planId", {
              onChange: (e) =>
                setValue("indicatorIds", plans.find((p) => p.id === e.target.value)?.indicators.map((i) => i.id) ?? []),
            })}
          >
            {choices.options}
          </Select>
          {!edit && choices.toggle}
        </Field>
      </div>
      <Field label="Loại báo cáo" htmlFor="kind" error={err("kind")}>
        <Select
          id="kind"
          {...kindField}
          onChange={(e) => {
            void kindField.onChange(e);
            onKind(e.target.value as ReportPeriodKind);
          }}
        >
          {Object.entries(PERIOD_KIND_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Hạn nộp" htmlFor="dueOn" error={err("dueOn")} hint="dd/mm/yyyy; sau hạn vẫn nộp được nhưng bị ghi trễ hạn">
        <DateInput id="dueOn" placeholder="15/06/2026" invalid={!!err("dueOn")} {...register("dueOn")} />
      </Field>
      <div className="sm:col-span-2">
        <Field label="Tên đợt báo cáo" htmlFor="title" error={err("title")}>
          <Input id="title" invalid={!!err("title")} {...register("title")} />
        </Field>
      </div>
      <Field label="Từ tháng" htmlFor="fromMonth" error={err("fromMonth")}>
        <Select id="fromMonth" {...register("fromMonth")}>
          {MONTHS.map((m) => (
            <option key={m} value={m}>
              Tháng {m}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Đến tháng" htmlFor="toMonth" error={err("toMonth")}>
        <Select id="toMonth" invalid={!!err("toMonth")} {...register("toMonth")}>
          {MONTHS.map((m) => (
            <option key={m} value={m}>
              Tháng {m}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">Chỉ tiêu cần báo cáo</legend>
        {err("indicatorIds") && (
          <p role="alert" className="text-sm text-red-600">
            {err("indicatorIds")}
          </p>
        )}
        <div className="mt-2 max-h-72 space-y-1 overflow-y-auto rounded-md p-2 ring-1 ring-slate-200">
          {plan?.indicators.map((i) => (
            <label key={i.id} className="flex items-start gap-2 text-sm">
              <input type="checkbox" value={i.id} className="mt-1" {...register("indicatorIds")} />
              <span>
                <strong>{i.code}.</strong> {i.wording}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="sm:col-span-2">
        <Field label="Ghi chú, hướng dẫn cho cơ sở" htmlFor="note" error={err("note")}>
          <textarea
            id="note"
            rows={3}
            className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300"
            {...register("note")}
          />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          {edit ? "Lưu thay đổi" : "Mở đợt báo cáo"}
        </Button>
      </div>
    </form>
  );
}
