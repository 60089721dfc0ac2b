"use client";
// Ra quyết định khen thưởng: the nominations to honour (those the council proposed are ticked),
// the decision's number, date and signature. Issuing it locks the round.
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { issueDecisionAction } from "@/lib/actions/honours";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRequestKey } from "@/components/forms/use-request-key";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";

export type DecisionChoice = { nominationId: string; label: string; proposed: boolean };
type Values = {
  nominationIds: string[];
  number: string;
  signedOn: string;
  signOnBehalf: string;
  signTitle: string;
  signName: string;
};

export function DecisionForm({
  roundId,
  version,
  choices,
  defaults,
}: {
  roundId: string;
  version: number;
  choices: DecisionChoice[];
  defaults: Omit<Values, "nominationIds" | "number">;
}) {
  const router = useRouter();
  const [requestKey] = useRequestKey();
  const form = useForm<Values>({
    defaultValues: { ...defaults, number: "", nominationIds: choices.filter((c) => c.proposed).map((c) => c.nominationId) },
  });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => issueDecisionAction({ ...v, nominationIds: v.nominationIds ?? [], roundId, version, requestKey }),
    () => router.refresh(),
  );
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormError message={formError} />
      </div>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">Cá nhân, tập thể được khen thưởng</legend>
        <ul className="mt-1 space-y-1">
          {choices.map((c) => (
            <li key={c.nominationId}>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" className="mt-1" value={c.nominationId} {...form.register("nominationIds")} />
                <span>
                  {c.label}
                  {c.proposed && <span className="ml-1 text-green-700">(hội đồng đề nghị)</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {err.nominationIds?.message && (
          <p role="alert" className="mt-1 text-sm text-red-600">
            {err.nominationIds.message}
          </p>
        )}
      </fieldset>
      <Field label="Số quyết định" htmlFor="number" error={err.number?.message}>
        <Input id="number" placeholder="15-QĐ/ĐK" invalid={!!err.number} {...form.register("number")} />
      </Field>
      <Field label="Ngày quyết định (dd/mm/yyyy)" htmlFor="signedOn" error={err.signedOn?.message}>
        <Input id="signedOn" inputMode="numeric" invalid={!!err.signedOn} {...form.register("signedOn")} />
      </Field>
      <Field label="Thay mặt" htmlFor="signOnBehalf" error={err.signOnBehalf?.message}>
        <Input id="signOnBehalf" {...form.register("signOnBehalf")} />
      </Field>
      <Field label="Chức vụ người ký" htmlFor="signTitle" error={err.signTitle?.message}>
        <Input id="signTitle" {...form.register("signTitle")} />
      </Field>
      <Field label="Họ tên người ký" htmlFor="signName" error={err.signName?.message}>
        <Input id="signName" {...form.register("signName")} />
      </Field>
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          Ra quyết định khen thưởng
        </Button>
      </div>
    </form>
  );
}
