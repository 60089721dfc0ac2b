"use client";
// The registering unit's side while a project is under way: progress updates, then the
// completion report (results in words and numbers). Each opened update form carries its own
// request key, so a double click or a retry posts the update once.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormNotice, Input } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { completeProjectAction, postProjectUpdateAction } from "@/lib/actions/projects";
import { useRequestKey } from "@/components/forms/use-request-key";
import { CONFIRM_BACKWARD_LABEL, goesBack } from "@/lib/domain/project-progress";
import { projectCompleteInput, projectProgressInput } from "@/lib/validation/projects";

const textarea = "block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-red-500";

// The server's schemas, without the keys the form adds itself: the same messages in the browser.
// `raw`: the action gets what was typed, and parses it again.
type ProgressValues = { body: string; percent: string; confirmBackward: boolean };
const progressResolver = zodResolver(projectProgressInput.pick({ body: true, percent: true, confirmBackward: true }), undefined, {
  raw: true,
}) as unknown as Resolver<ProgressValues>;
type CompletionValues = { resultText: string; beneficiaries: string; resultAmount: string };
const completionResolver = zodResolver(
  projectCompleteInput.pick({ resultText: true, beneficiaries: true, resultAmount: true }),
  undefined,
  { raw: true },
) as unknown as Resolver<CompletionValues>;

export function ProgressUpdateForm({ projectId, progress }: { projectId: string; progress: number }) {
  const router = useRouter();
  const [requestKey, renewKey] = useRequestKey();
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<ProgressValues>({
    resolver: progressResolver,
    defaultValues: { body: "", percent: String(progress), confirmBackward: false },
  });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => postProjectUpdateAction({ ...v, projectId, requestKey }),
    (_data, v) => {
      setNotice("Đã cập nhật tiến độ.");
      form.reset({ body: "", percent: v.percent, confirmBackward: false });
      // The next update is a new submission: it gets a key of its own.
      renewKey();
      router.refresh();
    },
  );
  const e = form.formState.errors;
  // A percent below the last one needs the box ticked (the server refuses it otherwise): offered
  // as soon as it is typed, and whenever the server asks (someone posted a higher one meanwhile).
  const typed = useWatch({ control: form.control, name: "percent" });
  const typedPercent = /^\s*\d+\s*$/.test(typed ?? "") ? Number(typed) : null;
  const askConfirm = goesBack(progress, typedPercent) || !!e.confirmBackward;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormNotice message={notice} />
      <FormError message={formError} />
      <Field label="Nội dung cập nhật" htmlFor="update-body" error={e.body?.message}>
        <textarea
          id="update-body"
          rows={3}
          aria-invalid={!!e.body || undefined}
          className={textarea}
          {...form.register("body")}
        />
      </Field>
      <Field label="Tiến độ (%)" htmlFor="update-percent" error={e.percent?.message} hint="Từ 0 đến 100">
        <Input id="update-percent" inputMode="numeric" className="sm:w-32" invalid={!!e.percent} {...form.register("percent")} />
      </Field>
      {askConfirm && (
        <div className="space-y-1 rounded-md border border-amber-200 bg-amber-50 px-3 py-2">
          <label htmlFor="update-confirm-backward" className="flex items-start gap-2 text-sm text-amber-900">
            <input
              id="update-confirm-backward"
              type="checkbox"
              className="mt-1"
              aria-invalid={!!e.confirmBackward || undefined}
              {...form.register("confirmBackward")}
            />
            <span>
              {CONFIRM_BACKWARD_LABEL}
              <span className="block text-xs text-amber-800">
                Lần báo cáo trước: {progress}%. Lý do giảm nên ghi trong nội dung cập nhật.
              </span>
            </span>
          </label>
          {e.confirmBackward && (
            <p role="alert" className="text-sm text-red-600">
              {e.confirmBackward.message}
            </p>
          )}
        </div>
      )}
      <Button type="submit" pending={pending}>
        Gửi cập nhật
      </Button>
    </form>
  );
}

/**
 * The completion report is the unit's word that the work is done: it records 100%, whatever the
 * last update said, and says so before it is sent.
 */
export function CompletionReportForm({ projectId, version, progress }: { projectId: string; version: number; progress: number }) {
  const router = useRouter();
  const form = useForm<CompletionValues>({
    resolver: completionResolver,
    defaultValues: { resultText: "", beneficiaries: "", resultAmount: "" },
  });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => completeProjectAction({ ...v, id: projectId, version }),
    () => router.refresh(),
  );
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <Field
        label="Kết quả thực hiện"
        htmlFor="result-text"
        error={e.resultText?.message}
        hint="Kết quả bằng số và bằng lời: đã làm gì, đạt bao nhiêu so với mục tiêu"
      >
        <textarea
          id="result-text"
          rows={4}
          aria-invalid={!!e.resultText || undefined}
          className={textarea}
          {...form.register("resultText")}
        />
      </Field>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Số người hưởng lợi" htmlFor="beneficiaries" error={e.beneficiaries?.message}>
          <Input id="beneficiaries" inputMode="numeric" invalid={!!e.beneficiaries} {...form.register("beneficiaries")} />
        </Field>
        <Field
          label="Giá trị làm lợi, kinh phí (đồng)"
          htmlFor="result-amount"
          error={e.resultAmount?.message}
          hint="Ví dụ: 15.000.000"
        >
          <Input id="result-amount" inputMode="numeric" invalid={!!e.resultAmount} {...form.register("resultAmount")} />
        </Field>
      </div>
      <p className="text-xs text-slate-600">
        Gửi báo cáo hoàn thành là xác nhận công trình đã thực hiện xong (tiến độ 100%)
        {progress < 100 ? `; lần cập nhật tiến độ gần nhất ghi ${progress}%` : ""}.
      </p>
      <p className="text-xs text-slate-600">
        Đính kèm minh chứng (ảnh, văn bản) ở mục “Minh chứng” trước hoặc sau khi gửi báo cáo.
      </p>
      <Button type="submit" pending={pending}>
        Gửi báo cáo hoàn thành
      </Button>
    </form>
  );
}
