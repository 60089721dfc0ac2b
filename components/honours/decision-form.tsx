"use client";
// Ra quyết định khen thưởng: the nominations to honour (those the council proposed are ticked),
// the decision's number, date and signature. Issuing it locks the round.
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { issueDecisionAction } from "@/lib/actions/honours";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRequestKey } from "@/components/forms/use-request-key";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { DecisionSignatureFields, type DecisionSignatureValues } from "./decision-signature-fields";

export type DecisionChoice = { nominationId: string; label: string; proposed: boolean };
type Values = DecisionSignatureValues & { nominationIds: string[] };

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
      <DecisionSignatureFields register={form.register} errors={err} />
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          Ra quyết định khen thưởng
        </Button>
      </div>
    </form>
  );
}
