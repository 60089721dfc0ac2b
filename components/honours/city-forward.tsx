"use client";
// Đề nghị Thành Đoàn khen thưởng, from a decided round: a city-level title of the Khối, the
// honourees it fits (individuals for an individual title, collectives for a collective one) and
// the Khối's word for the city. A proposal the city has not decided yet can be withdrawn.
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { forwardHonoursAction, withdrawProposalAction } from "@/lib/actions/honours";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRequestKey } from "@/components/forms/use-request-key";
import { Button } from "@/components/ui/button";
import { Field, FormError, Select } from "@/components/ui/field";

export type ForwardTitle = { id: string; name: string; subject: "INDIVIDUAL" | "COLLECTIVE" };
/** `proposedFor`: the titles it is already proposed for (and not withdrawn) */
export type ForwardHonour = { id: string; label: string; subject: "INDIVIDUAL" | "COLLECTIVE"; proposedFor: string[] };
type Values = { titleId: string; honourIds: string[]; reason: string };

export function CityForwardForm({
  roundId,
  titles,
  honours,
}: {
  roundId: string;
  titles: ForwardTitle[];
  honours: ForwardHonour[];
}) {
  const router = useRouter();
  const [requestKey, renewKey] = useRequestKey();
  const form = useForm<Values>({ defaultValues: { titleId: titles[0]?.id ?? "", honourIds: [], reason: "" } });
  const titleId = useWatch({ control: form.control, name: "titleId" });
  const title = titles.find((t) => t.id === titleId);
  const fitting = honours.filter((h) => h.subject === title?.subject && !h.proposedFor.includes(title.id));
  const { onSubmit, formError, pending } = useActionForm(
    form,
    // Only the ticks still shown: one left from another title would be sent unseen.
    (v) =>
      forwardHonoursAction({
        ...v,
        honourIds: (v.honourIds || []).filter((id) => fitting.some((h) => h.id === id)),
        roundId,
        requestKey,
      }),
    () => {
      form.reset({ titleId: form.getValues("titleId"), honourIds: [], reason: "" });
      renewKey();
      router.refresh();
    },
  );
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <Field label="Danh hiệu cấp Thành" htmlFor="forward-titleId" error={err.titleId?.message}>
        <Select id="forward-titleId" invalid={!!err.titleId} {...form.register("titleId")}>
          {titles.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Người, tập thể được đề nghị</legend>
        {fitting.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600">
            Đợt này không còn {title?.subject === "COLLECTIVE" ? "tập thể" : "cá nhân"} được khen thưởng nào chưa đề nghị danh
            hiệu này.
          </p>
        ) : (
          <ul className="mt-1 space-y-1">
            {fitting.map((h) => (
              <li key={h.id}>
                <label className="flex items-start gap-2 text-sm">
                  <input type="checkbox" className="mt-1" value={h.id} {...form.register("honourIds")} />
                  <span>{h.label}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {err.honourIds?.message && (
          <p role="alert" className="mt-1 text-sm text-red-600">
            {err.honourIds.message}
          </p>
        )}
      </fieldset>
      <Field label="Ý kiến đề nghị của Đoàn Khối" htmlFor="forward-reason" error={err.reason?.message}>
        <textarea
          id="forward-reason"
          rows={3}
          aria-invalid={!!err.reason}
          className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300"
          {...form.register("reason")}
        />
      </Field>
      <Button type="submit" pending={pending}>
        Gửi đề nghị lên Thành Đoàn
      </Button>
    </form>
  );
}

export function WithdrawProposalButton({ id, version, name }: { id: string; version: number; name: string }) {
  return (
    <ConfirmActionButton
      label="Rút đề nghị"
      ariaLabel={`Rút đề nghị: ${name}`}
      confirm="Rút đề nghị này khỏi Thành Đoàn? Có thể gửi lại sau."
      run={() => withdrawProposalAction({ id, version })}
    />
  );
}
