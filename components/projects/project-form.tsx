"use client";
// Register (or edit) a youth project: the unit registering, the plan it serves and that plan's
// indicators, what it is, when, and — for a cơ sở — the chi đoàn and members taking part. The
// request key is made once per opened form, so a double click or a retry registers once.
import { useRouter } from "next/navigation";
import { defaultPlanId, usePlanChoices } from "@/components/plans/plan-choices";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";
import { useActionForm, type ServerResult } from "@/components/forms/use-action-form";
import { registerProjectAction, updateProjectAction } from "@/lib/actions/projects";
import { PROJECT_KIND_LABELS, PROJECT_KINDS, WORK_FIELD_LABELS, WORK_FIELDS } from "@/lib/domain/work-labels";
import type { ProjectFormUnit } from "@/lib/data/project-options";
import { ProjectParticipants } from "./project-participants";
import { useRequestKey } from "@/components/forms/use-request-key";
import { DateInput } from "@/components/ui/date-input";

export type ProjectFormValues = {
  coSoId: string;
  planId: string;
  kind: string;
  name: string;
  field: string;
  goal: string;
  startsOn: string;
  endsOn: string;
  expectedValue: string;
  indicatorIds: string[];
  chiDoanIds: string[];
  memberIds: string[];
};

type Props = {
  units: ProjectFormUnit[];
  /** Editing a registration: its unit stays; saving a returned one resubmits it. */
  edit?: { id: string; version: number; resubmits: boolean; values: ProjectFormValues };
};

const unitKey = (u: ProjectFormUnit) => u.coSoId ?? "";
const textarea = "block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-red-500";

export function ProjectForm({ units, edit }: Props) {
  const router = useRouter();
  const [requestKey] = useRequestKey();
  const first = units[0];
  const form = useForm<ProjectFormValues>({
    defaultValues: edit?.values ?? {
      coSoId: first ? unitKey(first) : "",
      planId: defaultPlanId(first?.plans ?? []),
      kind: "PROJECT",
      name: "",
      field: "ADMIN_REFORM",
      goal: "",
      startsOn: "",
      endsOn: "",
      expectedValue: "",
      indicatorIds: [],
      chiDoanIds: [],
      memberIds: [],
    },
  });
  const { register, formState, setValue } = form;
  const [coSoId, planId] = useWatch({ control: form.control, name: ["coSoId", "planId"] });
  const unit = units.find((u) => unitKey(u) === coSoId) ?? first;
  const plan = unit?.plans.find((p) => p.id === planId);
  const choices = usePlanChoices(unit?.plans ?? [], planId);
  const { onSubmit, formError, pending, leaveForm } = useActionForm(
    form,
    async (v): Promise<ServerResult<{ id: string }>> => {
      // Only what belongs to the unit and plan on screen now (a checkbox may have been hidden).
      const payload = {
        ...v,
        indicatorIds: (v.indicatorIds || []).filter((i) => plan?.indicators.some((x) => x.id === i)),
        chiDoanIds: (v.chiDoanIds || []).filter((c) => unit?.chiDoan.some((x) => x.id === c)),
        memberIds: (v.memberIds || []).filter((m) =>
          unit?.members.some((x) => x.id === m && (!v.chiDoanIds?.length || v.chiDoanIds.includes(x.chiDoanId))),
        ),
      };
      if (!edit) return registerProjectAction({ ...payload, requestKey });
      const result = await updateProjectAction({ ...payload, id: edit.id, version: edit.version });
      return result.ok ? { ok: true, data: { id: edit.id } } : result;
    },
    (data) => {
      router.push(`/cong-trinh/${data.id}`);
      router.refresh();
    },
  );
  const err = (k: keyof ProjectFormValues) => formState.errors[k]?.message as string | undefined;

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormError message={formError} />
      </div>
      {units.length > 1 && !edit && (
        <div className="sm:col-span-2">
          <Field label="Đơn vị đăng ký" htmlFor="coSoId" error={err("coSoId")}>
            <Select
              id="coSoId"
              invalid={!!err("coSoId")}
              {...register("coSoId", {
                onChange: (e) => {
                  const next = units.find((u) => unitKey(u) === e.target.value);
                  setValue("planId", defaultPlanId(next?.plans ?? []));
                  setValue("indicatorIds", []);
                  setValue("chiDoanIds", []);
                  setValue("memberIds", []);
                },
              })}
            >
              {units.map((u) => (
                <option key={unitKey(u)} value={unitKey(u)}>
                  {u.coSoId ? u.name : `${u.name} (công trình cấp Khối)`}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      )}
      <div className="sm:col-span-2">
        <Field
          label="Theo kế hoạch"
          htmlFor="planId"
          error={err("planId")}
          hint="Kế hoạch đã ban hành của Đoàn Khối hoặc của cơ sở"
        >
          <Select id="planId" invalid={!!err("planId")} {...register("planId", { onChange: () => setValue("indicatorIds", []) })}>
            {unit?.plans.length ? choices.options : <option value="">Chưa có kế hoạch đã ban hành</option>}
          </Select>
          {choices.toggle}
        </Field>
      </div>
      <Field label="Loại" htmlFor="kind" error={err("kind")}>
        <Select id="kind" {...register("kind")}>
          {PROJECT_KINDS.map((k) => (
            <option key={k} value={k}>
              {PROJECT_KIND_LABELS[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Lĩnh vực" htmlFor="field" error={err("field")}>
        <Select id="field" {...register("field")}>
          {WORK_FIELDS.map((f) => (
            <option key={f} value={f}>
              {WORK_FIELD_LABELS[f]}
            </option>
          ))}
        </Select>
      </Field>
      <div className="sm:col-span-2">
        <Field label="Tên công trình" htmlFor="name" error={err("name")} hint="Ví dụ: Công trình “Công sở không giấy”">
          <Input id="name" invalid={!!err("name")} {...register("name")} />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label="Mục tiêu" htmlFor="goal" error={err("goal")}>
          <textarea id="goal" rows={3} aria-invalid={!!err("goal") || undefined} className={textarea} {...register("goal")} />
        </Field>
      </div>
      <Field label="Ngày bắt đầu" htmlFor="startsOn" error={err("startsOn")} hint="dd/mm/yyyy">
        <DateInput id="startsOn" invalid={!!err("startsOn")} {...register("startsOn")} />
      </Field>
      <Field label="Ngày kết thúc" htmlFor="endsOn" error={err("endsOn")} hint="dd/mm/yyyy, bỏ trống nếu chưa xác định">
        <DateInput id="endsOn" invalid={!!err("endsOn")} {...register("endsOn")} />
      </Field>
      <div className="sm:col-span-2">
        <Field
          label="Giá trị dự kiến"
          htmlFor="expectedValue"
          error={err("expectedValue")}
          hint="Ví dụ: giảm 50% giấy in, rút ngắn thời gian giải quyết hồ sơ còn 3 ngày"
        >
          <Input id="expectedValue" invalid={!!err("expectedValue")} {...register("expectedValue")} />
        </Field>
      </div>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">Phục vụ chỉ tiêu</legend>
        {plan?.indicators.length ? (
          <div className="mt-1 space-y-1">
            {plan.indicators.map((i) => (
              <label key={i.id} className="flex items-start gap-2 text-sm">
                <input type="checkbox" value={i.id} className="mt-1" {...register("indicatorIds")} />{" "}
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
      {unit?.coSoId ? (
        <ProjectParticipants unit={unit} form={form} />
      ) : (
        <p className="text-sm text-slate-600 sm:col-span-2">
          Công trình cấp Khối: sau khi lưu, các cơ sở Đoàn đăng ký tham gia trên trang công trình.
        </p>
      )}
      <div className="flex flex-wrap gap-2 sm:col-span-2">
        <Button type="submit" pending={pending}>
          {edit ? (edit.resubmits ? "Lưu và gửi lại để duyệt" : "Lưu thay đổi") : unit?.coSoId ? "Gửi đăng ký" : "Lưu công trình"}
        </Button>
        <Button type="button" variant="secondary" onClick={leaveForm}>
          Hủy
        </Button>
      </div>
    </form>
  );
}
