"use client";
// One checklist item at a visit: đạt / chưa đạt / không áp dụng and a note, saved on its own so
// two inspectors on two phones record side by side; the same item edited twice conflicts.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { saveVisitAnswerAction } from "@/lib/actions/inspections";
import { visitAnswerInput } from "@/lib/validation/inspections";
import { CHECK_RESULT_LABELS, CHECK_RESULTS, type CheckResult, type Suggestion } from "@/lib/domain/inspections";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";

type Values = { visitId: string; itemId: string; version: number | null; result: CheckResult | ""; note: string };

export function AnswerForm({
  visitId,
  item,
  answer,
  suggestion,
}: {
  visitId: string;
  item: { id: string; number: number; wording: string };
  answer: { result: CheckResult; note: string | null; version: number } | null;
  suggestion: Suggestion | null;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({
    resolver: zodResolver(visitAnswerInput, undefined, { raw: true }) as unknown as Resolver<Values>,
    defaultValues: {
      visitId,
      itemId: item.id,
      version: answer?.version ?? null,
      // Not yet answered: what the portal's data suggests is chosen, for the team to confirm.
      result: answer?.result ?? suggestion?.result ?? "",
      note: answer?.note ?? "",
    },
  });
  const save = async (values: Values) => {
    const result = await saveVisitAnswerAction(values);
    // Someone else saved this item meanwhile: show theirs (the form redraws with it).
    if (!result.ok && result.formError?.includes("người khác")) router.refresh();
    return result;
  };
  const { onSubmit, formError, pending } = useActionForm(form, save, (data, values) => {
    // The next save of this item carries the version just written, even before the page redraws.
    form.reset({ ...values, version: data.version });
    setSaved(true);
    router.refresh();
  });
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" onChange={() => setSaved(false)}>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">
          {item.number}. {item.wording}
        </legend>
        {suggestion && (
          <p className="mt-1 text-xs text-slate-600">
            Cổng gợi ý: <strong>{CHECK_RESULT_LABELS[suggestion.result]}</strong> – {suggestion.why}
          </p>
        )}
        <div className="mt-2 flex flex-wrap gap-2">
          {CHECK_RESULTS.map((r) => (
            <label
              key={r}
              className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-3 text-sm ring-1 ring-slate-300 has-[:checked]:bg-doan-50 has-[:checked]:ring-doan-600"
            >
              <input type="radio" value={r} {...form.register("result")} />
              {CHECK_RESULT_LABELS[r]}
            </label>
          ))}
        </div>
        {err.result && (
          <p role="alert" className="text-sm text-red-600">
            {err.result.message}
          </p>
        )}
      </fieldset>
      <label htmlFor={`note-${item.id}`} className="sr-only">
        Ghi chú nội dung {item.number}
      </label>
      <textarea
        id={`note-${item.id}`}
        rows={2}
        placeholder="Ghi chú (không bắt buộc)"
        aria-invalid={!!err.note || undefined}
        className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-red-500"
        {...form.register("note")}
      />
      {err.note && (
        <p role="alert" className="text-sm text-red-600">
          {err.note.message}
        </p>
      )}
      <FormError message={formError} />
      <div className="flex items-center gap-3">
        <Button type="submit" pending={pending} variant="secondary" className="!py-1.5">
          {answer ? "Lưu thay đổi" : "Lưu kết quả"}
        </Button>
        {saved && !pending && (
          <span role="status" className="text-xs text-green-700">
            Đã lưu
          </span>
        )}
        {answer && !saved && <span className="text-xs text-slate-500">Đã ghi: {CHECK_RESULT_LABELS[answer.result]}</span>}
      </div>
    </form>
  );
}
