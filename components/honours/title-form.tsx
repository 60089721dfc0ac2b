"use client";
// Add or edit a title (danh hiệu) and its criteria (tiêu chí), grouped by the plan's pillars. A
// criterion is either judged by whoever nominates, or counted from confirmed records against a
// threshold ("ít nhất 2 ý tưởng, sáng kiến được xác nhận").
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch, type Control, type Resolver, type UseFormRegister } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createTitleAction, updateTitleAction } from "@/lib/actions/honours";
import { titleCreateInput, titleUpdateInput } from "@/lib/validation/honours";
import { CRITERION_METRICS, METRIC_LABELS } from "@/lib/domain/honour-criteria";
import { CRITERION_SOURCE_LABELS, HONOUR_LEVEL_LABELS, HONOUR_SUBJECT_LABELS } from "@/lib/domain/honour-labels";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRequestKey } from "@/components/forms/use-request-key";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";

export type CriterionValues = {
  wording: string;
  source: "TYPED" | "COMPUTED";
  pillar: string;
  metric: string;
  threshold: string;
};
export type TitleFormValues = {
  id?: string;
  version?: number;
  requestKey?: string;
  name: string;
  subject: "INDIVIDUAL" | "COLLECTIVE";
  level: "KHOI" | "CITY" | "NATIONAL";
  description: string;
  criteria: CriterionValues[];
};

const EMPTY_CRITERION: CriterionValues = { wording: "", source: "TYPED", pillar: "", metric: "", threshold: "" };

export function TitleForm({ initial, pillars }: { initial?: TitleFormValues; pillars: string[] }) {
  const router = useRouter();
  const editing = !!initial?.id;
  const [requestKey] = useRequestKey();
  const form = useForm<TitleFormValues>({
    // raw: the server receives exactly what was typed and validates it again.
    resolver: (editing
      ? zodResolver(titleUpdateInput, undefined, { raw: true })
      : zodResolver(titleCreateInput, undefined, { raw: true })) as unknown as Resolver<TitleFormValues>,
    defaultValues: initial ?? { requestKey, name: "", subject: "INDIVIDUAL", level: "KHOI", description: "", criteria: [] },
  });
  const criteria = useFieldArray({ control: form.control, name: "criteria" });
  const action = async (values: TitleFormValues) => {
    if (!editing) return createTitleAction(values);
    const result = await updateTitleAction(values);
    return result.ok ? { ok: true as const, data: { id: initial!.id! } } : result;
  };
  const { onSubmit, formError, pending, leaveForm } = useActionForm(form, action, ({ id }) => {
    router.push(`/khen-thuong/danh-hieu/${id}`);
    router.refresh();
  });
  const err = form.formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <Field label="Tên danh hiệu" htmlFor="name" error={err.name?.message}>
            <Input
              id="name"
              invalid={!!err.name}
              placeholder="Cán bộ, công chức, viên chức trẻ giỏi, thân thiện"
              {...form.register("name")}
            />
          </Field>
        </div>
        <Field label="Đối tượng" htmlFor="subject" error={err.subject?.message}>
          <Select id="subject" invalid={!!err.subject} {...form.register("subject")}>
            {Object.entries(HONOUR_SUBJECT_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Cấp" htmlFor="level" error={err.level?.message}>
          <Select id="level" invalid={!!err.level} {...form.register("level")}>
            {Object.entries(HONOUR_LEVEL_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <div className="sm:col-span-2">
          <Field label="Mô tả" htmlFor="description" error={err.description?.message}>
            <textarea
              id="description"
              rows={2}
              className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300"
              {...form.register("description")}
            />
          </Field>
        </div>
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-800">Tiêu chí</legend>
        {criteria.fields.length === 0 && (
          <p className="text-sm text-slate-600">
            Chưa có tiêu chí. Thêm tiêu chí để đơn vị biết cần đạt gì; tiêu chí “tính từ dữ liệu” được kiểm tra tự động theo kết
            quả đã xác nhận.
          </p>
        )}
        {criteria.fields.map((field, i) => (
          <CriterionRow
            key={field.id}
            index={i}
            control={form.control}
            register={form.register}
            pillars={pillars}
            errors={err.criteria?.[i]}
            onRemove={() => criteria.remove(i)}
          />
        ))}
        <Button type="button" variant="secondary" onClick={() => criteria.append(EMPTY_CRITERION)}>
          Thêm tiêu chí
        </Button>
        {err.criteria?.message && (
          <p role="alert" className="text-sm text-red-600">
            {err.criteria.message}
          </p>
        )}
      </fieldset>

      <div className="flex gap-2">
        <Button type="submit" pending={pending}>
          Lưu danh hiệu
        </Button>
        <Button type="button" variant="secondary" onClick={leaveForm}>
          Hủy
        </Button>
      </div>
    </form>
  );
}

type RowErrors = Partial<Record<keyof CriterionValues, { message?: string }>> | undefined;

function CriterionRow({
  index,
  control,
  register,
  pillars,
  errors,
  onRemove,
}: {
  index: number;
  control: Control<TitleFormValues>;
  register: UseFormRegister<TitleFormValues>;
  pillars: string[];
  errors: RowErrors;
  onRemove: () => void;
}) {
  const source = useWatch({ control, name: `criteria.${index}.source` });
  const at = (k: keyof CriterionValues) => `criteria-${index}-${k}`;
  return (
    <div className="grid grid-cols-1 gap-3 rounded-md border border-slate-200 p-3 sm:grid-cols-6">
      <div className="sm:col-span-6">
        <Field label={`Tiêu chí ${index + 1}`} htmlFor={at("wording")} error={errors?.wording?.message}>
          <Input id={at("wording")} invalid={!!errors?.wording} {...register(`criteria.${index}.wording`)} />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label="Thuộc trách nhiệm" htmlFor={at("pillar")} error={errors?.pillar?.message}>
          <Select id={at("pillar")} {...register(`criteria.${index}.pillar`)}>
            <option value="">— Chung —</option>
            {pillars.map((p, i) => (
              <option key={p} value={String(i)}>
                {p}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label="Cách đánh giá" htmlFor={at("source")} error={errors?.source?.message}>
          <Select id={at("source")} {...register(`criteria.${index}.source`)}>
            {Object.entries(CRITERION_SOURCE_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {source === "COMPUTED" ? (
        <>
          <div className="sm:col-span-1">
            <Field label="Số liệu" htmlFor={at("metric")} error={errors?.metric?.message}>
              <Select id={at("metric")} invalid={!!errors?.metric} {...register(`criteria.${index}.metric`)}>
                <option value="">— Chọn —</option>
                {CRITERION_METRICS.map((m) => (
                  <option key={m} value={m}>
                    {METRIC_LABELS[m]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div className="sm:col-span-1">
            <Field label="Ngưỡng đạt (≥)" htmlFor={at("threshold")} error={errors?.threshold?.message}>
              <Input
                id={at("threshold")}
                inputMode="decimal"
                invalid={!!errors?.threshold}
                {...register(`criteria.${index}.threshold`)}
              />
            </Field>
          </div>
        </>
      ) : (
        <div className="sm:col-span-2" />
      )}
      <div className="sm:col-span-6">
        <Button type="button" variant="ghost" className="!px-2 !py-1" onClick={onRemove}>
          Bỏ tiêu chí {index + 1}
        </Button>
      </div>
    </div>
  );
}
