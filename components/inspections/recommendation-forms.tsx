"use client";
// Following a recommendation (kiến nghị): the cơ sở reports what it did or asks the Khối to
// reconsider; the Khối accepts, or asks for more with its reason and perhaps a new deadline.
import { recommendationResponseInput, recommendationReviewInput } from "@/lib/validation/inspections";
import { respondRecommendationAction, reviewRecommendationAction } from "@/lib/actions/inspections";
import { useRefreshingForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { DateInput } from "@/components/ui/date-input";

type Ref = { id: string; version: number };

const area = "block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-red-500";
const choice =
  "flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-3 text-sm ring-1 ring-slate-300 has-[:checked]:bg-doan-50 has-[:checked]:ring-doan-600";

export function RespondForm({ rec, number }: { rec: Ref; number: number }) {
  const {
    form,
    onSubmit,
    formError,
    pending,
    errors: err,
  } = useRefreshingForm(recommendationResponseInput, { ...rec, kind: "DONE", response: "" }, respondRecommendationAction);
  const kind = form.watch("kind");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">Phản hồi kiến nghị {number}</legend>
        <label className={choice}>
          <input type="radio" value="DONE" {...form.register("kind")} /> Báo cáo đã khắc phục
        </label>
        <label className={choice}>
          <input type="radio" value="DISPUTE" {...form.register("kind")} /> Đề nghị xem xét lại
        </label>
      </fieldset>
      <Field
        label={kind === "DISPUTE" ? "Lý do đề nghị xem xét lại" : "Kết quả khắc phục"}
        htmlFor={`response-${rec.id}`}
        error={err.response?.message}
      >
        <textarea
          id={`response-${rec.id}`}
          rows={3}
          aria-invalid={!!err.response || undefined}
          className={area}
          {...form.register("response")}
        />
      </Field>
      <Button type="submit" pending={pending}>
        Gửi phản hồi
      </Button>
    </form>
  );
}

export function ReviewForm({ rec, number, disputed }: { rec: Ref; number: number; disputed: boolean }) {
  const {
    form,
    onSubmit,
    formError,
    pending,
    errors: err,
  } = useRefreshingForm(
    recommendationReviewInput,
    { ...rec, decision: "ACCEPT", note: "", dueOn: "" },
    reviewRecommendationAction,
  );
  const decision = form.watch("decision");
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">Xem xét kiến nghị {number}</legend>
        <label className={choice}>
          <input type="radio" value="ACCEPT" {...form.register("decision")} />{" "}
          {disputed ? "Chấp nhận, rút kiến nghị" : "Chấp nhận đã khắc phục"}
        </label>
        <label className={choice}>
          <input type="radio" value="REOPEN" {...form.register("decision")} /> Yêu cầu tiếp tục khắc phục
        </label>
      </fieldset>
      <Field
        label={decision === "REOPEN" ? "Lý do yêu cầu tiếp tục" : "Ý kiến (không bắt buộc)"}
        htmlFor={`review-note-${rec.id}`}
        error={err.note?.message}
      >
        <textarea
          id={`review-note-${rec.id}`}
          rows={2}
          aria-invalid={!!err.note || undefined}
          className={area}
          {...form.register("note")}
        />
      </Field>
      {decision === "REOPEN" && (
        <Field label="Hạn mới (nếu gia hạn)" htmlFor={`review-due-${rec.id}`} error={err.dueOn?.message}>
          <DateInput id={`review-due-${rec.id}`} invalid={!!err.dueOn} {...form.register("dueOn")} />
        </Field>
      )}
      <Button type="submit" pending={pending}>
        Ghi ý kiến của Khối
      </Button>
    </form>
  );
}
