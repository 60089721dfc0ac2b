"use client";
// The year-end self-assessment: under each pillar, what the member did against what they
// pledged, then a rating. Rewritable until a secretary confirms it.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormNotice, Select } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { submitAssessmentAction } from "@/lib/actions/commitments";
import { assessmentSubmitInput, PLEDGE_MAX_LENGTH } from "@/lib/validation/commitments";
import { ASSESSMENT_RATING_LABELS, ASSESSMENT_RATINGS } from "@/lib/domain/work-labels";
import { textareaClass } from "./commitment-form";

type Values = { id: string; version: number; assessments: string[]; rating: string };

type Props = {
  id: string;
  version: number;
  items: { pillar: string; pledge: string; assessment: string | null }[];
  rating: string | null;
  returned: boolean;
};

export function AssessmentForm({ id, version, items, rating, returned }: Props) {
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(assessmentSubmitInput, undefined, { raw: true }) as unknown as Resolver<Values>,
    defaultValues: { id, version, assessments: items.map((i) => i.assessment ?? ""), rating: rating ?? "" },
  });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => submitAssessmentAction({ id, version, assessments: v.assessments, rating: v.rating }),
    () => {
      setNotice("Đã gửi bản tự đánh giá, chờ Bí thư xác nhận.");
      router.refresh();
    },
  );
  const errors = form.formState.errors;
  const overall = (errors.assessments as { message?: string } | undefined)?.message;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormNotice message={notice} />
      <FormError message={formError ?? overall} />
      {items.map((item, i) => (
        <div key={i} className="space-y-1">
          <p className="text-sm text-slate-600">
            <span className="font-medium text-slate-800">Đã đăng ký:</span>{" "}
            <span className="whitespace-pre-line">{item.pledge}</span>
          </p>
          <Field
            label={`${i + 1}. ${item.pillar} – kết quả thực hiện`}
            htmlFor={`assessment-${i}`}
            error={errors.assessments?.[i]?.message}
            hint={`Tối đa ${PLEDGE_MAX_LENGTH} ký tự`}
          >
            <textarea
              id={`assessment-${i}`}
              rows={3}
              aria-invalid={!!errors.assessments?.[i] || undefined}
              className={textareaClass}
              {...form.register(`assessments.${i}`)}
            />
          </Field>
        </div>
      ))}
      <Field label="Tự xếp loại" htmlFor="rating" error={errors.rating?.message}>
        <Select id="rating" invalid={!!errors.rating} {...form.register("rating")} className="sm:w-72">
          <option value="">— Chọn mức —</option>
          {ASSESSMENT_RATINGS.map((r) => (
            <option key={r} value={r}>
              {ASSESSMENT_RATING_LABELS[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" pending={pending}>
        {returned ? "Lưu và gửi lại" : "Gửi tự đánh giá"}
      </Button>
    </form>
  );
}
