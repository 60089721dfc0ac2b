"use client";
// The member writes what they will do under each pillar of the plan: a new registration, or an
// edit until it is confirmed (saving a returned one sends it back for review). What was typed
// stays on an error, and each pillar's error shows beside its box.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormNotice } from "@/components/ui/field";
import { useActionForm, type ServerResult } from "@/components/forms/use-action-form";
import { registerCommitmentAction, updateCommitmentAction } from "@/lib/actions/commitments";
import { commitmentRegisterInput, commitmentUpdateInput, PLEDGE_MAX_LENGTH } from "@/lib/validation/commitments";

type Values = { planId?: string; id?: string; version?: number; pledges: string[] };

type Props = {
  pillars: string[];
  /** A new registration under this plan… */
  planId?: string;
  /** …or an edit of the member's pending or returned commitment. */
  edit?: { id: string; version: number; pledges: string[]; returned: boolean };
};

export const textareaClass =
  "block w-full rounded-md border-0 px-3 py-2 text-sm text-slate-900 shadow-sm ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-inset focus:ring-doan-600 aria-[invalid=true]:ring-red-500";

export function CommitmentForm({ pillars, planId, edit }: Props) {
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<Values>({
    // raw: the server receives exactly what was typed and validates it again.
    resolver: (edit
      ? zodResolver(commitmentUpdateInput, undefined, { raw: true })
      : zodResolver(commitmentRegisterInput, undefined, { raw: true })) as unknown as Resolver<Values>,
    defaultValues: edit
      ? { id: edit.id, version: edit.version, pledges: edit.pledges }
      : { planId, pledges: pillars.map(() => "") },
  });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    async (v): Promise<ServerResult<unknown>> =>
      // The version is read at submit time: after a save the page refreshes with the new one.
      edit
        ? updateCommitmentAction({ id: edit.id, version: edit.version, pledges: v.pledges })
        : registerCommitmentAction({ planId, pledges: v.pledges }),
    () => {
      setNotice(
        edit?.returned
          ? "Đã gửi lại bản đăng ký, chờ Bí thư xác nhận."
          : edit
            ? "Đã lưu thay đổi."
            : "Đã gửi bản đăng ký, chờ Bí thư chi đoàn xác nhận.",
      );
      router.refresh();
    },
  );
  const errors = form.formState.errors.pledges;
  const overall = (errors as { message?: string } | undefined)?.message;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormNotice message={notice} />
      <FormError message={formError ?? overall} />
      {pillars.map((pillar, i) => (
        <Field
          key={i}
          label={`${i + 1}. ${pillar}`}
          htmlFor={`pledge-${i}`}
          error={errors?.[i]?.message}
          hint={`Việc bạn sẽ làm trong năm (tối đa ${PLEDGE_MAX_LENGTH} ký tự)`}
        >
          <textarea
            id={`pledge-${i}`}
            rows={3}
            aria-invalid={!!errors?.[i] || undefined}
            aria-describedby={errors?.[i] ? `pledge-${i}-error` : undefined}
            className={textareaClass}
            {...form.register(`pledges.${i}`)}
          />
        </Field>
      ))}
      <Button type="submit" pending={pending}>
        {edit?.returned ? "Lưu và gửi lại" : edit ? "Lưu thay đổi" : "Gửi đăng ký"}
      </Button>
    </form>
  );
}
