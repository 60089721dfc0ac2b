"use client";
// Open a nomination round (đợt xét chọn): which titles, under which plan, the records' period, the
// deadline, the quota per cơ sở and the honour indicators it feeds.
import { useRouter } from "next/navigation";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { openRoundAction } from "@/lib/actions/honours";
import { roundOpenInput } from "@/lib/validation/honours";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRequestKey } from "@/components/forms/use-request-key";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";
import { DateInput } from "@/components/ui/date-input";
import { defaultPlanId, usePlanChoices, type PlanChoice } from "@/components/plans/plan-choices";

type PlanOption = PlanChoice & { indicators: { id: string; code: string; wording: string }[] };
type Values = {
  requestKey: string;
  planId: string;
  name: string;
  periodFrom: string;
  periodTo: string;
  dueOn: string;
  quotaPerCoSo: string;
  note: string;
  titleIds: string[];
  indicatorIds: string[];
};

export function RoundForm({ plans, titles }: { plans: PlanOption[]; titles: { id: string; name: string }[] }) {
  const router = useRouter();
  const [requestKey] = useRequestKey();
  const year = todayInVietnam().getUTCFullYear();
  const form = useForm<Values>({
    resolver: zodResolver(roundOpenInput, undefined, { raw: true }) as unknown as Resolver<Values>,
    defaultValues: {
      requestKey,
      planId: defaultPlanId(plans),
      name: "",
      periodFrom: formatVietnameseDate(new Date(Date.UTC(year, 0, 1))),
      periodTo: formatVietnameseDate(new Date(Date.UTC(year, 11, 31))),
      dueOn: "",
      quotaPerCoSo: "",
      note: "",
      titleIds: [],
      indicatorIds: [],
    },
  });
  const { onSubmit, formError, pending, leaveForm } = useActionForm(form, openRoundAction, ({ id }) => {
    router.push(`/khen-thuong/${id}`);
    router.refresh();
  });
  const planId = useWatch({ control: form.control, name: "planId" });
  const plan = plans.find((p) => p.id === planId);
  const choices = usePlanChoices(plans, planId);
  const err = form.formState.errors;
  const register = form.register;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormError message={formError} />
      </div>
      <div className="sm:col-span-2">
        <Field label="Tên đợt xét chọn" htmlFor="name" error={err.name?.message}>
          <Input id="name" invalid={!!err.name} placeholder="Xét chọn tuyên dương năm …" {...register("name")} />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label="Theo kế hoạch" htmlFor="planId" error={err.planId?.message}>
          <Select id="planId" invalid={!!err.planId} {...register("planId")}>
            {choices.options}
          </Select>
          {choices.toggle}
        </Field>
      </div>
      <Field label="Xét thành tích từ ngày" htmlFor="periodFrom" error={err.periodFrom?.message} hint="dd/mm/yyyy">
        <DateInput id="periodFrom" invalid={!!err.periodFrom} {...register("periodFrom")} />
      </Field>
      <Field label="Đến ngày" htmlFor="periodTo" error={err.periodTo?.message} hint="dd/mm/yyyy">
        <DateInput id="periodTo" invalid={!!err.periodTo} {...register("periodTo")} />
      </Field>
      <Field label="Hạn đề xuất" htmlFor="dueOn" error={err.dueOn?.message} hint="dd/mm/yyyy">
        <DateInput id="dueOn" invalid={!!err.dueOn} {...register("dueOn")} />
      </Field>
      <Field
        label="Số đề xuất tối đa mỗi cơ sở (mỗi danh hiệu)"
        htmlFor="quotaPerCoSo"
        error={err.quotaPerCoSo?.message}
        hint="Bỏ trống nếu không giới hạn"
      >
        <Input id="quotaPerCoSo" inputMode="numeric" invalid={!!err.quotaPerCoSo} {...register("quotaPerCoSo")} />
      </Field>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">Danh hiệu xét chọn</legend>
        <div className="mt-1 space-y-1">
          {titles.map((t) => (
            <label key={t.id} className="flex items-start gap-2 text-sm">
              <input type="checkbox" value={t.id} {...register("titleIds")} className="mt-1" /> <span>{t.name}</span>
            </label>
          ))}
        </div>
        {err.titleIds && (
          <p role="alert" className="text-sm text-red-600">
            {err.titleIds.message}
          </p>
        )}
      </fieldset>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">Tính vào chỉ tiêu tuyên dương</legend>
        {plan?.indicators.length ? (
          <div className="mt-1 space-y-1">
            {plan.indicators.map((i) => (
              <label key={i.id} className="flex items-start gap-2 text-sm">
                <input type="checkbox" value={i.id} {...register("indicatorIds")} className="mt-1" />{" "}
                <span>
                  <strong>{i.code}</strong> {i.wording}
                </span>
              </label>
            ))}
          </div>
        ) : (
          <p className="text-sm text-slate-600">Kế hoạch này chưa có chỉ tiêu tuyên dương.</p>
        )}
        {err.indicatorIds && (
          <p role="alert" className="text-sm text-red-600">
            {err.indicatorIds.message}
          </p>
        )}
      </fieldset>
      <div className="sm:col-span-2">
        <Field label="Ghi chú cho cơ sở" htmlFor="note" error={err.note?.message}>
          <textarea
            id="note"
            rows={2}
            className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300"
            {...register("note")}
          />
        </Field>
      </div>
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" pending={pending}>
          Mở đợt xét chọn
        </Button>
        <Button type="button" variant="secondary" onClick={leaveForm}>
          Hủy
        </Button>
      </div>
    </form>
  );
}
