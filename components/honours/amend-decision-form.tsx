"use client";
// Quyết định sửa đổi, bổ sung: honours added (sent nominations left out) or revoked (standing
// ones), with the new decision's number, date, reason and signature. The earlier decision stays.
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { amendDecisionAction } from "@/lib/actions/honours";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRequestKey } from "@/components/forms/use-request-key";
import { Button } from "@/components/ui/button";
import { DecisionSignatureFields, type DecisionSignatureValues } from "./decision-signature-fields";
import { Field, FormError, Input, Select } from "@/components/ui/field";

type Option = { id: string; label: string };
type Values = DecisionSignatureValues & { amendsId: string; nominationIds: string[]; revokeHonourIds: string[]; note: string };

export function AmendDecisionForm({
  roundId,
  version,
  decisions,
  addable,
  standing,
  defaults,
}: {
  roundId: string;
  version: number;
  decisions: Option[];
  addable: Option[];
  standing: Option[];
  defaults: Pick<Values, "signedOn" | "signOnBehalf" | "signTitle" | "signName">;
}) {
  const router = useRouter();
  const [requestKey, renewKey] = useRequestKey();
  const form = useForm<Values>({
    defaultValues: {
      ...defaults,
      amendsId: decisions.at(-1)?.id ?? "",
      nominationIds: [],
      revokeHonourIds: [],
      number: "",
      note: "",
    },
  });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) =>
      amendDecisionAction({
        ...v,
        nominationIds: v.nominationIds || [],
        revokeHonourIds: v.revokeHonourIds || [],
        roundId,
        version,
        requestKey,
      }),
    () => {
      renewKey();
      form.reset({ ...form.getValues(), nominationIds: [], revokeHonourIds: [], number: "", note: "" });
      router.refresh();
    },
  );
  const err = form.formState.errors;
  const boxes = (name: "nominationIds" | "revokeHonourIds", legend: string, options: Option[]) =>
    options.length > 0 && (
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">{legend}</legend>
        <ul className="mt-1 space-y-1">
          {options.map((o) => (
            <li key={o.id}>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" className="mt-1" value={o.id} {...form.register(name)} />
                <span>{o.label}</span>
              </label>
            </li>
          ))}
        </ul>
        {err[name]?.message && (
          <p role="alert" className="mt-1 text-sm text-red-600">
            {err[name]?.message}
          </p>
        )}
      </fieldset>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormError message={formError} />
      </div>
      <Field label="Sửa đổi, bổ sung quyết định" htmlFor="amendsId" error={err.amendsId?.message}>
        <Select id="amendsId" {...form.register("amendsId")}>
          {decisions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.label}
            </option>
          ))}
        </Select>
      </Field>
      <div />
      {boxes("nominationIds", "Bổ sung khen thưởng", addable)}
      {boxes("revokeHonourIds", "Thu hồi khen thưởng", standing)}
      <div className="sm:col-span-2">
        <Field label="Lý do sửa đổi, bổ sung" htmlFor="amend-note" error={err.note?.message}>
          <Input id="amend-note" invalid={!!err.note} {...form.register("note")} />
        </Field>
      </div>
      <DecisionSignatureFields register={form.register} errors={err} idPrefix="amend-" />
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          Ra quyết định sửa đổi, bổ sung
        </Button>
      </div>
    </form>
  );
}
