"use client";
// Plan or edit an inspection round (đợt kiểm tra): the plan it serves, the decision it rests on,
// its period, the team (Khối accounts, one lead), the indicator it feeds and what cơ sở prepare.
import { useRouter } from "next/navigation";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createInspectionRoundAction, updateInspectionRoundAction } from "@/lib/actions/inspections";
import { inspectionRoundCreateInput, inspectionRoundUpdateInput } from "@/lib/validation/inspections";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRequestKey } from "@/components/forms/use-request-key";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";
import { DateInput } from "@/components/ui/date-input";
import { usePlanChoices, type PlanChoice } from "@/components/plans/plan-choices";

type PlanOption = PlanChoice & { indicators: { id: string; code: string; wording: string }[] };
export type RoundValues = {
  planId: string;
  indicatorId: string;
  name: string;
  decisionNumber: string;
  decisionOn: string;
  periodFrom: string;
  periodTo: string;
  prepare: string;
  teamUserIds: string[];
  leadUserId: string;
};

const textarea = "block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300";

export function InspectionRoundForm({
  plans,
  staff,
  initial,
  edit,
}: {
  plans: PlanOption[];
  staff: { id: string; name: string }[];
  initial: RoundValues;
  /** Editing a round: its id and version; the plan then stays */
  edit?: { id: string; version: number };
}) {
  const router = useRouter();
  const [requestKey] = useRequestKey();
  type Values = RoundValues & { requestKey?: string; id?: string; version?: number };
  const resolver = edit
    ? zodResolver(inspectionRoundUpdateInput, undefined, { raw: true })
    : zodResolver(inspectionRoundCreateInput, undefined, { raw: true });
  const form = useForm<Values>({
    resolver: resolver as unknown as Resolver<Values>,
    defaultValues: { ...initial, ...(edit ?? { requestKey }) },
  });
  const action = (values: Values) =>
    (edit ? updateInspectionRoundAction(values) : createInspectionRoundAction(values)) as Promise<
      { ok: true; data: { id: string } | null } | { ok: false; formError?: string; fieldErrors?: Record<string, string> }
    >;
  const { onSubmit, formError, pending, leaveForm } = useActionForm(form, action, (data) => {
    const id = edit?.id ?? data?.id;
    router.push(`/kiem-tra/${id}`);
    router.refresh();
  });
  const planId = useWatch({ control: form.control, name: "planId" });
  const team = useWatch({ control: form.control, name: "teamUserIds" }) ?? [];
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
        <Field label="Nội dung kiểm tra" htmlFor="name" error={err.name?.message}>
          <Input
            id="name"
            invalid={!!err.name}
            placeholder="Kiểm tra chuyên đề việc thực hiện phong trào “3 trách nhiệm” năm …"
            {...register("name")}
          />
        </Field>
      </div>
      <div className="sm:col-span-2">
        {edit ? (
          // The checklist and the visits hang on the plan: it stays as the round was planned.
          <p className="text-sm text-slate-700">
            <span className="font-medium">Theo kế hoạch:</span> {plan?.label}
          </p>
        ) : (
          <Field label="Theo kế hoạch" htmlFor="planId" error={err.planId?.message}>
            <Select
              id="planId"
              invalid={!!err.planId}
              // Another plan has other indicators: the one chosen under the first cannot stay.
              {...register("planId", { onChange: () => form.setValue("indicatorId", "") })}
            >
              {choices.options}
            </Select>
            {choices.toggle}
          </Field>
        )}
      </div>
      <Field label="Số quyết định thành lập đoàn kiểm tra" htmlFor="decisionNumber" error={err.decisionNumber?.message}>
        <Input id="decisionNumber" invalid={!!err.decisionNumber} placeholder="25-QĐ/ĐTN" {...register("decisionNumber")} />
      </Field>
      <Field label="Ngày quyết định" htmlFor="decisionOn" error={err.decisionOn?.message} hint="dd/mm/yyyy">
        <DateInput id="decisionOn" invalid={!!err.decisionOn} {...register("decisionOn")} />
      </Field>
      <Field label="Kiểm tra từ ngày" htmlFor="periodFrom" error={err.periodFrom?.message} hint="dd/mm/yyyy">
        <DateInput id="periodFrom" invalid={!!err.periodFrom} {...register("periodFrom")} />
      </Field>
      <Field label="Đến ngày" htmlFor="periodTo" error={err.periodTo?.message} hint="dd/mm/yyyy">
        <DateInput id="periodTo" invalid={!!err.periodTo} {...register("periodTo")} />
      </Field>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">Đoàn kiểm tra</legend>
        <p className="text-xs text-slate-500">Chọn cán bộ Đoàn Khối tham gia, rồi chọn trưởng đoàn trong số đó.</p>
        <div className="mt-2 grid gap-1 sm:grid-cols-2">
          {staff.map((u) => (
            <label key={u.id} className="flex items-start gap-2 text-sm">
              <input type="checkbox" value={u.id} {...register("teamUserIds")} className="mt-1" /> <span>{u.name}</span>
            </label>
          ))}
        </div>
        {err.teamUserIds && (
          <p role="alert" className="text-sm text-red-600">
            {err.teamUserIds.message ?? err.teamUserIds.root?.message}
          </p>
        )}
      </fieldset>
      <Field label="Trưởng đoàn" htmlFor="leadUserId" error={err.leadUserId?.message}>
        <Select id="leadUserId" invalid={!!err.leadUserId} {...register("leadUserId")}>
          <option value="">— Chọn trưởng đoàn —</option>
          {staff
            .filter((u) => team.includes(u.id))
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
        </Select>
      </Field>
      <Field
        label="Tính vào chỉ tiêu"
        htmlFor="indicatorId"
        error={err.indicatorId?.message}
        hint={plan?.indicators.length ? undefined : "Kế hoạch này chưa có chỉ tiêu về số cơ sở được kiểm tra"}
      >
        <Select id="indicatorId" invalid={!!err.indicatorId} {...register("indicatorId")}>
          <option value="">— Không tính vào chỉ tiêu nào —</option>
          {plan?.indicators.map((i) => (
            <option key={i.id} value={i.id}>
              {i.code}: {i.wording}
            </option>
          ))}
        </Select>
      </Field>
      <div className="sm:col-span-2">
        <Field
          label="Cơ sở cần chuẩn bị"
          htmlFor="prepare"
          error={err.prepare?.message}
          hint="Gửi kèm thông báo lịch kiểm tra: hồ sơ, sổ sách, báo cáo, minh chứng…"
        >
          <textarea id="prepare" rows={3} className={textarea} {...register("prepare")} />
        </Field>
      </div>
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" pending={pending}>
          {edit ? "Lưu thay đổi" : "Lập đợt kiểm tra"}
        </Button>
        <Button type="button" variant="secondary" onClick={leaveForm}>
          Hủy
        </Button>
      </div>
    </form>
  );
}
