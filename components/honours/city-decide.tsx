"use client";
// The Thành Đoàn's answer to one proposal: công nhận, with its decision's number and date, or
// không công nhận, with the reason the Khối will read.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { acceptProposalAction, declineProposalAction } from "@/lib/actions/honours";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import { DateInput } from "@/components/ui/date-input";

type Values = { decisionNumber: string; decidedOn: string; note: string };

export function CityDecideForm({ id, version, today }: { id: string; version: number; today: string }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<"ACCEPTED" | "DECLINED">("ACCEPTED");
  const form = useForm<Values>({ defaultValues: { decisionNumber: "", decidedOn: today, note: "" } });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) =>
      outcome === "ACCEPTED"
        ? acceptProposalAction({ id, version, decisionNumber: v.decisionNumber, decidedOn: v.decidedOn })
        : declineProposalAction({ id, version, note: v.note }),
    () => router.refresh(),
  );
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 space-y-2 rounded-md bg-slate-50 p-3">
      <FormError message={formError} />
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">Kết quả xét</legend>
        {(
          [
            ["ACCEPTED", "Công nhận"],
            ["DECLINED", "Không công nhận"],
          ] as const
        ).map(([value, label]) => (
          <label key={value} className="flex items-center gap-1.5">
            <input
              type="radio"
              name={`outcome-${id}`}
              value={value}
              checked={outcome === value}
              onChange={() => setOutcome(value)}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {outcome === "ACCEPTED" ? (
        <div className="grid gap-2 sm:grid-cols-2">
          <Field label="Số quyết định" htmlFor={`number-${id}`} error={err.decisionNumber?.message}>
            <Input
              id={`number-${id}`}
              placeholder="125-QĐ/TĐTN"
              invalid={!!err.decisionNumber}
              {...form.register("decisionNumber")}
            />
          </Field>
          <Field label="Ngày quyết định (dd/mm/yyyy)" htmlFor={`decidedOn-${id}`} error={err.decidedOn?.message}>
            <DateInput id={`decidedOn-${id}`} invalid={!!err.decidedOn} {...form.register("decidedOn")} />
          </Field>
        </div>
      ) : (
        <Field label="Lý do không công nhận" htmlFor={`note-${id}`} error={err.note?.message}>
          <textarea
            id={`note-${id}`}
            rows={3}
            aria-invalid={!!err.note}
            className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300"
            {...form.register("note")}
          />
        </Field>
      )}
      <Button type="submit" pending={pending}>
        {outcome === "ACCEPTED" ? "Công nhận" : "Không công nhận"}
      </Button>
    </form>
  );
}
