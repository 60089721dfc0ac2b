"use client";
// Thông báo kết luận kiểm tra: the team drafts the rating, strengths, shortcomings and the
// recommendations (each with its deadline), saves the draft as often as it likes under its
// version, and issues it: from then on it is locked, and a correction starts the next revision.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { saveConclusionAction } from "@/lib/actions/inspections";
import { conclusionInput } from "@/lib/validation/inspections";
import { INSPECTION_RATINGS, RATING_LABELS, type InspectionRating } from "@/lib/domain/inspections";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRequestKey } from "@/components/forms/use-request-key";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";
import { DateInput } from "@/components/ui/date-input";

export type ConclusionDraft = {
  number: string;
  rating: InspectionRating | "";
  strengths: string;
  shortcomings: string;
  correctionReason: string;
  recommendations: { recommendationId: string; text: string; dueOn: string }[];
};

type Values = ConclusionDraft & {
  visitId: string;
  version: number | null;
  requestKey: string;
  basedOn: string;
  issue: boolean;
};

const textarea = "block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-red-500";

export function ConclusionForm({
  visitId,
  version,
  basedOn,
  values,
  correction,
  suggested,
}: {
  visitId: string;
  /** The draft's version, or null when saving starts a new revision */
  version: number | null;
  /** Starting a revision: the issued conclusion it follows ("" for the first) */
  basedOn: string;
  values: ConclusionDraft;
  /** This revision corrects an issued one: it needs a reason */
  correction: boolean;
  suggested: { rating: InspectionRating; met: number; applicable: number } | null;
}) {
  const router = useRouter();
  const [requestKey] = useRequestKey();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(conclusionInput, undefined, { raw: true }) as unknown as Resolver<Values>,
    defaultValues: { ...values, visitId, version, requestKey, basedOn, issue: false },
  });
  const list = useFieldArray({ control: form.control, name: "recommendations" });
  const { onSubmit, formError, pending } = useActionForm(form, saveConclusionAction, (data, sent) => {
    form.reset({ ...sent, version: data.version, issue: false });
    setSaved(sent.issue ? "Đã ban hành thông báo kết luận" : "Đã lưu dự thảo");
    router.refresh();
  });
  const submit = (issue: boolean) => {
    form.setValue("issue", issue);
    setSaved(null);
    void onSubmit();
  };
  const err = form.formState.errors;
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="space-y-4">
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Số thông báo" htmlFor="conclusion-number" error={err.number?.message} hint="Ví dụ: 61-TB/ĐTN">
          <Input id="conclusion-number" invalid={!!err.number} {...form.register("number")} />
        </Field>
        <Field
          label="Xếp loại"
          htmlFor="conclusion-rating"
          error={err.rating?.message}
          hint={
            suggested
              ? `Theo kết quả: ${suggested.met}/${suggested.applicable} nội dung đạt, gợi ý ${RATING_LABELS[suggested.rating]}`
              : undefined
          }
        >
          <Select id="conclusion-rating" invalid={!!err.rating} {...form.register("rating")}>
            <option value="">Chọn xếp loại</option>
            {INSPECTION_RATINGS.map((r) => (
              <option key={r} value={r}>
                {RATING_LABELS[r]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label="Ưu điểm" htmlFor="conclusion-strengths" error={err.strengths?.message}>
        <textarea
          id="conclusion-strengths"
          rows={4}
          aria-invalid={!!err.strengths || undefined}
          className={textarea}
          {...form.register("strengths")}
        />
      </Field>
      <Field label="Hạn chế, tồn tại" htmlFor="conclusion-shortcomings" error={err.shortcomings?.message}>
        <textarea
          id="conclusion-shortcomings"
          rows={4}
          aria-invalid={!!err.shortcomings || undefined}
          className={textarea}
          {...form.register("shortcomings")}
        />
      </Field>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-700">Kiến nghị</legend>
        {err.recommendations?.message && (
          <p role="alert" className="text-sm text-red-600">
            {err.recommendations.message}
          </p>
        )}
        {!list.fields.length && (
          <p className="text-sm text-slate-600">Chưa có kiến nghị. Bấm “Thêm kiến nghị” nếu cơ sở cần khắc phục.</p>
        )}
        <ol className="space-y-3">
          {list.fields.map((field, i) => {
            const e = err.recommendations?.[i];
            return (
              <li key={field.id} className="rounded-md border border-slate-200 p-3">
                <div className="grid gap-3 sm:grid-cols-[1fr_10rem_auto] sm:items-start">
                  <Field label={`Kiến nghị ${i + 1}`} htmlFor={`rec-text-${i}`} error={e?.text?.message}>
                    <textarea
                      id={`rec-text-${i}`}
                      rows={2}
                      aria-invalid={!!e?.text || undefined}
                      className={textarea}
                      {...form.register(`recommendations.${i}.text`)}
                    />
                  </Field>
                  <Field label="Hạn thực hiện" htmlFor={`rec-due-${i}`} error={e?.dueOn?.message}>
                    <DateInput id={`rec-due-${i}`} invalid={!!e?.dueOn} {...form.register(`recommendations.${i}.dueOn`)} />
                  </Field>
                  <Button
                    type="button"
                    variant="ghost"
                    className="!px-2 !py-1 sm:mt-6"
                    aria-label={`Bỏ kiến nghị ${i + 1}`}
                    onClick={() => list.remove(i)}
                  >
                    Bỏ
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        <Button type="button" variant="secondary" onClick={() => list.append({ recommendationId: "", text: "", dueOn: "" })}>
          Thêm kiến nghị
        </Button>
      </fieldset>
      {correction && (
        <Field label="Lý do đính chính" htmlFor="conclusion-reason" error={err.correctionReason?.message}>
          <textarea
            id="conclusion-reason"
            rows={2}
            aria-invalid={!!err.correctionReason || undefined}
            className={textarea}
            {...form.register("correctionReason")}
          />
        </Field>
      )}
      <p className="text-xs text-slate-500">
        Ban hành thì thông báo được khóa và gửi đến cơ sở; muốn sửa phải ban hành thông báo đính chính (bản cũ vẫn được giữ).
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <Button
          type="button"
          variant="secondary"
          pending={pending && !form.getValues("issue")}
          disabled={pending}
          onClick={() => submit(false)}
        >
          Lưu dự thảo
        </Button>
        <Button type="button" pending={pending && form.getValues("issue")} disabled={pending} onClick={() => submit(true)}>
          {correction ? "Ban hành đính chính" : "Ban hành thông báo kết luận"}
        </Button>
        {saved && !pending && (
          <span role="status" className="text-sm text-green-700">
            {saved}
          </span>
        )}
      </div>
    </form>
  );
}
