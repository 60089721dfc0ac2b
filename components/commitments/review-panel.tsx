"use client";
// A secretary's decision on what waits on a commitment (the registration, or the self-assessment):
// confirm it (it is then locked) or return it to the member with a reason.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { confirmCommitmentsAction, returnCommitmentAction } from "@/lib/actions/commitments";
import { commitmentReturnInput } from "@/lib/validation/commitments";
import { textareaClass } from "./commitment-form";

type Props = { id: string; version: number; step: "commitment" | "assessment"; memberName: string };

export function ReviewPanel({ id, version, step, memberName }: Props) {
  const router = useRouter();
  const [returning, setReturning] = useState(false);
  const what = step === "commitment" ? "bản đăng ký rèn luyện" : "bản tự đánh giá";
  const form = useForm<{ id: string; version: number; reason: string }>({
    resolver: zodResolver(commitmentReturnInput, undefined, { raw: true }) as unknown as Resolver<{
      id: string;
      version: number;
      reason: string;
    }>,
    defaultValues: { id, version, reason: "" },
  });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => returnCommitmentAction({ id, version, reason: v.reason }),
    () => {
      setReturning(false);
      router.refresh();
    },
  );
  const error = form.formState.errors.reason?.message;

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        {memberName} đã gửi {what}. Xác nhận thì nội dung được khóa; trả lại thì đoàn viên sửa và gửi lại.
      </p>
      <div className="flex flex-wrap gap-2">
        <ConfirmActionButton
          label={step === "commitment" ? "Xác nhận đăng ký" : "Xác nhận tự đánh giá"}
          variant="secondary"
          className=""
          confirm={`Xác nhận ${what} của ${memberName}? Sau khi xác nhận, nội dung không sửa được nữa.`}
          run={() => confirmCommitmentsAction({ items: [{ id, version }] })}
        />
        {!returning && (
          <Button type="button" variant="secondary" onClick={() => setReturning(true)}>
            Trả lại
          </Button>
        )}
      </div>
      {returning && (
        <form onSubmit={onSubmit} noValidate className="space-y-3">
          <FormError message={formError} />
          <Field label="Lý do trả lại (đoàn viên sẽ nhận được thông báo)" htmlFor="reason" error={error}>
            <textarea
              id="reason"
              rows={3}
              aria-invalid={!!error || undefined}
              className={textareaClass}
              {...form.register("reason")}
            />
          </Field>
          <div className="flex gap-2">
            <Button type="submit" variant="danger" pending={pending}>
              Trả lại
            </Button>
            <Button type="button" variant="secondary" onClick={() => setReturning(false)}>
              Hủy
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
