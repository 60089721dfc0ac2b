"use client";
// A secretary's decision on one pending entry: confirm it (locked, counted), or return it to the
// member with a reason.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormNotice } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { confirmEntriesAction, returnEntryAction } from "@/lib/actions/entries";

export function ReviewPanel({ id, version }: { id: string; version: number }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const form = useForm<{ reason: string }>({ defaultValues: { reason: "" } });
  const back = useActionForm(
    form,
    (v) => returnEntryAction({ id, version, reason: v.reason }),
    () => {
      setNote("Đã trả lại cho đoàn viên.");
      router.refresh();
    },
  );

  async function confirm() {
    setConfirming(true);
    setError(null);
    const result = await confirmEntriesAction({ entries: [{ id, version }] }).catch(() => ({
      ok: false as const,
      formError: "Không kết nối được máy chủ, vui lòng thử lại.",
    }));
    setConfirming(false);
    if (!result.ok) return setError(result.formError ?? "Không xác nhận được");
    setNote("Đã xác nhận.");
    router.refresh();
  }

  const reasonError = form.formState.errors.reason?.message;
  return (
    <div className="space-y-4">
      <FormNotice message={note} />
      <div className="space-y-2">
        <p className="text-sm text-slate-600">Nội dung đúng và đủ? Ghi nhận đã xác nhận sẽ khóa lại và được tính vào chỉ tiêu.</p>
        <FormError message={error} />
        <Button type="button" pending={confirming} onClick={confirm}>
          Xác nhận
        </Button>
      </div>
      <form onSubmit={back.onSubmit} noValidate className="space-y-2 border-t border-slate-100 pt-4">
        <FormError message={back.formError} />
        <Field label="Lý do trả lại" htmlFor="reason" error={reasonError} hint="Đoàn viên sẽ nhận được thông báo kèm lý do này">
          <textarea
            id="reason"
            rows={3}
            aria-invalid={!!reasonError || undefined}
            className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 aria-[invalid=true]:ring-red-500"
            {...form.register("reason", { required: "Vui lòng nhập lý do trả lại" })}
          />
        </Field>
        <Button type="submit" variant="secondary" pending={back.pending}>
          Trả lại
        </Button>
      </form>
    </div>
  );
}
