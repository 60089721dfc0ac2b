"use client";
// The registering unit's side while a project is under way: progress updates, then the
// completion report (results in words and numbers). Each opened update form carries its own
// request key, so a double click or a retry posts the update once.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormNotice, Input } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { completeProjectAction, postProjectUpdateAction } from "@/lib/actions/projects";
import { useRequestKey } from "@/components/forms/use-request-key";

const textarea = "block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-red-500";

export function ProgressUpdateForm({ projectId, progress }: { projectId: string; progress: number }) {
  const router = useRouter();
  const [requestKey, renewKey] = useRequestKey();
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<{ body: string; percent: string }>({ defaultValues: { body: "", percent: String(progress) } });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => postProjectUpdateAction({ ...v, projectId, requestKey }),
    (_data, v) => {
      setNotice("Đã cập nhật tiến độ.");
      form.reset({ body: "", percent: v.percent });
      // The next update is a new submission: it gets a key of its own.
      renewKey();
      router.refresh();
    },
  );
  const e = form.formState.errors;
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
      <Button type="submit" pending={pending}>
        Gửi cập nhật
      </Button>
    </form>
  );
}

export function CompletionReportForm({ projectId, version }: { projectId: string; version: number }) {
  const router = useRouter();
  const form = useForm<{ resultText: string; beneficiaries: string; resultAmount: string }>({
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
        Đính kèm minh chứng (ảnh, văn bản) ở mục “Minh chứng” trước hoặc sau khi gửi báo cáo.
      </p>
      <Button type="submit" pending={pending}>
        Gửi báo cáo hoàn thành
      </Button>
    </form>
  );
}
