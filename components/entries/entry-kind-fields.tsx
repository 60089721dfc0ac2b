"use client";
// The fields of each kind of entry: an idea (ý tưởng, sáng kiến, hiến kế), a training (học tập,
// bồi dưỡng), a volunteer day (tham gia tình nguyện). Dates are typed dd/mm/yyyy.
import type { UseFormReturn } from "react-hook-form";
import { Field, Input, Select } from "@/components/ui/field";
import { IDEA_KIND_LABELS, TRAINING_KIND_LABELS, WORK_FIELD_LABELS } from "@/lib/domain/work-labels";
import type { EntryFormValues } from "./form-values";
import { DateInput } from "@/components/ui/date-input";

export type EntryFormOptions = {
  /** Open contests of the member's Khối */
  contests: { id: string; label: string }[];
  /** Khối volunteer activities (Ngày thứ 7 tình nguyện…: lib/domain/activity-kinds.ts) that have started */
  activities: { id: string; label: string }[];
};

type Props = { form: UseFormReturn<EntryFormValues>; err: (k: keyof EntryFormValues) => string | undefined };

const area = "block w-full rounded-md px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 aria-[invalid=true]:ring-red-500";

function DateField({ name, label, hint, form, err }: Props & { name: "occurredOn" | "endsOn"; label: string; hint?: string }) {
  return (
    <Field label={label} htmlFor={name} error={err(name)} hint={hint ?? "dd/mm/yyyy"}>
      <DateInput id={name} invalid={!!err(name)} {...form.register(name)} />
    </Field>
  );
}

function FieldSelect({ form, err, optional }: Props & { optional?: boolean }) {
  return (
    <Field label="Lĩnh vực" htmlFor="field" error={err("field")}>
      <Select id="field" invalid={!!err("field")} {...form.register("field")}>
        <option value="">{optional ? "— Không chọn —" : "— Chọn lĩnh vực —"}</option>
        {Object.entries(WORK_FIELD_LABELS).map(([k, label]) => (
          <option key={k} value={k}>
            {label}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function IdeaFields({ form, err, options }: Props & { options: EntryFormOptions }) {
  const { register } = form;
  const applied = form.watch("applied") === "true";
  return (
    <>
      <Field label="Loại" htmlFor="ideaKind" error={err("ideaKind")}>
        <Select id="ideaKind" invalid={!!err("ideaKind")} {...register("ideaKind")}>
          {Object.entries(IDEA_KIND_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <FieldSelect form={form} err={err} />
      <div className="sm:col-span-2">
        <Field label="Vấn đề đặt ra" htmlFor="problem" error={err("problem")} hint="Thực trạng, khó khăn cần giải quyết">
          <textarea
            id="problem"
            rows={3}
            aria-invalid={!!err("problem") || undefined}
            className={area}
            {...register("problem")}
          />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <Field label="Nội dung đề xuất, giải pháp" htmlFor="proposal" error={err("proposal")}>
          <textarea
            id="proposal"
            rows={4}
            aria-invalid={!!err("proposal") || undefined}
            className={area}
            {...register("proposal")}
          />
        </Field>
      </div>
      <DateField name="occurredOn" label="Ngày đề xuất" form={form} err={err} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-700">Đã áp dụng vào thực tế?</legend>
        <div className="flex gap-4 pt-1 text-sm">
          <label className="flex items-center gap-2">
            <input type="radio" value="false" {...register("applied")} /> Chưa
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" value="true" {...register("applied")} /> Đã áp dụng
          </label>
        </div>
      </fieldset>
      {applied && (
        <div className="sm:col-span-2">
          <Field
            label="Hiệu quả"
            htmlFor="effect"
            error={err("effect")}
            hint="Ví dụ: rút ngắn thời gian giải quyết hồ sơ từ 5 ngày còn 2 ngày"
          >
            <textarea id="effect" rows={2} aria-invalid={!!err("effect") || undefined} className={area} {...register("effect")} />
          </Field>
        </div>
      )}
      <div className="sm:col-span-2">
        <Field
          label="Dự thi"
          htmlFor="contestId"
          error={err("contestId")}
          hint={
            options.contests.length
              ? "Chọn nếu bạn gửi ý tưởng này tham gia cuộc thi đang nhận bài"
              : "Hiện không có cuộc thi nào đang nhận bài"
          }
        >
          <Select id="contestId" invalid={!!err("contestId")} disabled={!options.contests.length} {...register("contestId")}>
            <option value="">— Không dự thi —</option>
            {options.contests.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </>
  );
}

export function TrainingFields({ form, err }: Props) {
  const { register } = form;
  return (
    <>
      <Field label="Loại học tập, bồi dưỡng" htmlFor="trainingKind" error={err("trainingKind")}>
        <Select id="trainingKind" invalid={!!err("trainingKind")} {...register("trainingKind")}>
          <option value="">— Chọn —</option>
          {Object.entries(TRAINING_KIND_LABELS).map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Đơn vị tổ chức, đào tạo" htmlFor="provider" error={err("provider")}>
        <Input id="provider" invalid={!!err("provider")} {...register("provider")} />
      </Field>
      <DateField name="occurredOn" label="Ngày bắt đầu" form={form} err={err} />
      <DateField name="endsOn" label="Ngày kết thúc" hint="dd/mm/yyyy; bỏ trống nếu học trong một ngày" form={form} err={err} />
      <p className="text-sm text-slate-600 sm:col-span-2">
        Sau khi gửi, bạn tải chứng chỉ, giấy chứng nhận (nếu có) lên ở trang của ghi nhận.
      </p>
    </>
  );
}

export function VolunteerFields({ form, err, options }: Props & { options: EntryFormOptions }) {
  const { register } = form;
  return (
    <>
      <div className="sm:col-span-2">
        <Field
          label="Thuộc hoạt động của Đoàn Khối"
          htmlFor="activityId"
          error={err("activityId")}
          hint="Bỏ trống nếu là hoạt động của cơ sở hoặc tự tổ chức"
        >
          <Select id="activityId" invalid={!!err("activityId")} {...register("activityId")}>
            <option value="">— Không thuộc hoạt động của Đoàn Khối —</option>
            {options.activities.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <DateField name="occurredOn" label="Ngày tham gia" form={form} err={err} />
      <Field label="Số giờ tham gia" htmlFor="hours" error={err("hours")} hint="Ví dụ: 4 hoặc 2,5; tối đa 24 giờ trong một ngày">
        <Input id="hours" inputMode="decimal" invalid={!!err("hours")} {...register("hours")} />
      </Field>
      <FieldSelect form={form} err={err} optional />
    </>
  );
}
