"use client";
// Schedule a Khối activity under a published plan: kind, dates, organiser, registration deadline
// and the indicators it serves.
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";
import { useActionForm, type ServerResult } from "@/components/forms/use-action-form";
import { createActivityAction, updateActivityAction } from "@/lib/actions/activities";
import { ACTIVITY_KIND_LABELS } from "@/lib/domain/plan-labels";
import { useRequestKey } from "@/components/forms/use-request-key";
import { DateInput } from "@/components/ui/date-input";
import { defaultPlanId, usePlanChoices, type PlanChoice } from "@/components/plans/plan-choices";

type PlanOption = PlanChoice & { indicators: { id: string; code: string; wording: string }[] };
export type ActivityFormValues = Values;
type Values = {
  planId: string;
  kind: string;
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  organiser: string;
  registrationDeadline: string;
  indicatorIds: string[];
};

type Props = {
  plans: PlanOption[];
  initialPlanId?: string;
  organiser: string;
  /** Editing a scheduled activity (its plan stays). */
  edit?: { id: string; version: number; values: Values };
};

export function ActivityForm({ plans, initialPlanId, organiser, edit }: Props) {
  const router = useRouter();
  const [requestKey] = useRequestKey();
  const form = useForm<Values>({
    defaultValues: edit?.values ?? {
      planId: initialPlanId ?? defaultPlanId(plans),
      kind: "PEAK_DAY",
      name: "",
      description: "",
      startsOn: "",
      endsOn: "",
      organiser,
      registrationDeadline: "",
      indicatorIds: [],
    },
  });
  const { register, formState } = form;
  const { onSubmit, formError, pending, leaveForm } = useActionForm(
    form,
    async (v): Promise<ServerResult<{ id: string }>> => {
      if (!edit) return createActivityAction({ ...v, requestKey });
      const result = await updateActivityAction({ ...v, id: edit.id, version: edit.version });
      return result.ok ? { ok: true, data: { id: edit.id } } : result;
    },
    (data) => {
      router.push(`/hoat-dong/${data.id}`);
      router.refresh();
    },
  );
  const planId = useWatch({ control: form.control, name: "planId" });
  const plan = plans.find((p) => p.id === planId);
  const choices = usePlanChoices(plans, planId);
  const err = (k: keyof Values) => formState.errors[k]?.message as string | undefined;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormError message={formError} />
      </div>
      <div className="sm:col-span-2">
        <Field label="Theo kế hoạch" htmlFor="planId" error={err("planId")}>
          <Select id="planId" invalid={!!err("planId")} disabled={!!edit} {...register("planId")}>
            {choices.options}
          </Select>
          {!edit && choices.toggle}
        </Field>
      </div>
      <Field label="Loại hoạt động" htmlFor="kind" error={err("kind")}>
        <Select id="kind" {...register("kind")}>
          {Object.entries(ACTIVITY_KIND_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Tên hoạt động" htmlFor="name" error={err("name")}>
        <Input id="name" invalid={!!err("name")} {...register("name")} />
      </Field>
      <Field label="Ngày bắt đầu" htmlFor="startsOn" error={err("startsOn")} hint="dd/mm/yyyy">
        <DateInput id="startsOn" invalid={!!err("startsOn")} {...register("startsOn")} />
      </Field>
      <Field label="Ngày kết thúc" htmlFor="endsOn" error={err("endsOn")} hint="Bỏ trống nếu diễn ra trong một ngày">
        <DateInput id="endsOn" invalid={!!err("endsOn")} {...register("endsOn")} />
      </Field>
      <Field label="Đơn vị tổ chức" htmlFor="organiser" error={err("organiser")}>
        <Input id="organiser" invalid={!!err("organiser")} {...register("organiser")} />
      </Field>
      <Field
        label="Hạn đăng ký"
        htmlFor="registrationDeadline"
        error={err("registrationDeadline")}
        hint="Bỏ trống nếu cơ sở không cần đăng ký"
      >
        <DateInput id="registrationDeadline" invalid={!!err("registrationDeadline")} {...register("registrationDeadline")} />
      </Field>
      <div className="sm:col-span-2">
        <Field label="Mô tả" htmlFor="description" error={err("description")}>
          <textarea
            id="description"
            rows={3}
            className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300"
            {...register("description")}
          />
        </Field>
      </div>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">Phục vụ chỉ tiêu</legend>
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
          <p className="text-sm text-slate-600">Kế hoạch này chưa có chỉ tiêu.</p>
        )}
        {err("indicatorIds") && (
          <p role="alert" className="text-sm text-red-600">
            {err("indicatorIds")}
          </p>
        )}
      </fieldset>
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" pending={pending}>
          Lưu hoạt động
        </Button>
        <Button type="button" variant="secondary" onClick={leaveForm}>
          Hủy
        </Button>
      </div>
    </form>
  );
}
