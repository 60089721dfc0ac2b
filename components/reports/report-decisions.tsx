"use client";
// The one-step decisions around a report: the Khối accepts or returns it (a return needs its
// reason); the cơ sở starts a correction of an accepted report (with why); a unit starts writing.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { acceptReportAction, correctReportAction, openReportAction, returnReportAction } from "@/lib/actions/reports";

const area = "block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-red-500";

export function ReportReviewPanel({ reportId, version, periodId }: { reportId: string; version: number; periodId: string }) {
  const router = useRouter();
  const accepting = useRef(true);
  const form = useForm<{ comment: string }>({ defaultValues: { comment: "" } });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => (accepting.current ? acceptReportAction : returnReportAction)({ id: reportId, version, comment: v.comment }),
    () => {
      form.reset({ comment: "" });
      // A returned report goes back to the cơ sở: the Khối reads it again once it is sent again.
      // An accepted one shows locked once the page refreshes (this panel then goes away).
      if (!accepting.current) return router.push(`/bao-cao/${periodId}?traLai=1`);
      router.refresh();
    },
  );
  const take = (accept: boolean) => {
    accepting.current = accept;
    void onSubmit();
  };
  const error = form.formState.errors.comment?.message;
  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="space-y-3">
      <FormError message={formError} />
      <Field
        label="Ý kiến của Đoàn Khối"
        htmlFor="review-comment"
        error={error}
        hint="Bắt buộc khi trả lại: nêu rõ nội dung cơ sở cần sửa"
      >
        <textarea
          id="review-comment"
          rows={3}
          aria-invalid={!!error || undefined}
          className={area}
          {...form.register("comment")}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="button" pending={pending} onClick={() => take(true)}>
          Duyệt báo cáo
        </Button>
        <Button type="button" variant="secondary" pending={pending} onClick={() => take(false)}>
          Trả lại
        </Button>
      </div>
    </form>
  );
}

export function CorrectReportForm({ reportId, version, periodId }: { reportId: string; version: number; periodId: string }) {
  const router = useRouter();
  const form = useForm<{ correctionNote: string }>({ defaultValues: { correctionNote: "" } });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => correctReportAction({ id: reportId, version, correctionNote: v.correctionNote }),
    (data) => router.push(`/bao-cao/${periodId}/don-vi/${(data as { id: string }).id}`),
  );
  const error = form.formState.errors.correctionNote?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <Field
        label="Lý do đính chính"
        htmlFor="correction-note"
        error={error}
        hint="Bản đã duyệt vẫn giữ nguyên cho đến khi bản đính chính được duyệt."
      >
        <textarea
          id="correction-note"
          rows={2}
          aria-invalid={!!error || undefined}
          className={area}
          {...form.register("correctionNote")}
        />
      </Field>
      <Button type="submit" variant="secondary" pending={pending}>
        Tạo bản đính chính
      </Button>
    </form>
  );
}

/** Opens (or finds) the unit's report for the period and goes to it. */
export function StartReportButton({
  periodId,
  coSoId,
  khoi,
  label,
}: {
  periodId: string;
  coSoId?: string;
  khoi?: boolean;
  label: string;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function start() {
    setPending(true);
    setError(null);
    try {
      const result = await openReportAction({ periodId, coSoId, khoi });
      if (!result.ok) return setError(result.formError ?? Object.values(result.fieldErrors ?? {})[0] ?? "Không mở được báo cáo");
      router.push(`/bao-cao/${periodId}/don-vi/${result.data.id}`);
    } catch {
      setError("Không kết nối được máy chủ, vui lòng thử lại.");
    } finally {
      setPending(false);
    }
  }
  return (
    <span className="inline-flex flex-col gap-1">
      <Button type="button" pending={pending} onClick={start}>
        {label}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-600">
          {error}
        </span>
      )}
    </span>
  );
}
