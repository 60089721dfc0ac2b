"use client";
// Hội đồng thi đua Thành Đoàn on one waiting proposal: the viewer's own ballot (đồng ý or not, a
// score out of 100), changed until the vote ends; then the button that ends it.
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { castCityBallotAction, closeCityVotingAction } from "@/lib/actions/honours";
import type { CityVote } from "@/lib/data/city-proposals";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";

type Values = { approve: "" | "true" | "false"; score: string };

export function CityBallotForm({ proposalId, vote }: { proposalId: string; vote: CityVote }) {
  const router = useRouter();
  const mine = vote.mine;
  const form = useForm<Values>({
    defaultValues: { approve: mine ? (mine.approve ? "true" : "false") : "", score: mine?.score?.toString() ?? "" },
  });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) =>
      v.approve === ""
        ? Promise.resolve({ ok: false as const, fieldErrors: { approve: "Chọn đồng ý hoặc không đồng ý" } })
        : castCityBallotAction({ proposalId, approve: v.approve === "true", score: v.score, version: mine?.version ?? null }),
    () => router.refresh(),
  );
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 space-y-2 rounded-md border border-slate-200 p-3">
      <p className="text-sm font-medium text-slate-800">Phiếu của tôi</p>
      <FormError message={formError} />
      <div className="grid gap-2 sm:grid-cols-2">
        <Field label="Ý kiến" htmlFor={`city-approve-${proposalId}`} error={err.approve?.message}>
          <select
            id={`city-approve-${proposalId}`}
            className="w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
            aria-invalid={!!err.approve}
            {...form.register("approve")}
          >
            <option value="">— Chọn —</option>
            <option value="true">Đồng ý</option>
            <option value="false">Không đồng ý</option>
          </select>
        </Field>
        <Field label="Điểm (0–100, không bắt buộc)" htmlFor={`city-score-${proposalId}`} error={err.score?.message}>
          <Input id={`city-score-${proposalId}`} inputMode="numeric" invalid={!!err.score} {...form.register("score")} />
        </Field>
      </div>
      <Button type="submit" variant="secondary" pending={pending}>
        {mine ? "Sửa phiếu của tôi" : "Lưu phiếu của tôi"}
      </Button>
    </form>
  );
}

export function CloseCityVotingButton({ id, version, cast }: { id: string; version: number; cast: number }) {
  return (
    <ConfirmActionButton
      label="Kết thúc bỏ phiếu"
      variant="secondary"
      confirm={`Kết thúc bỏ phiếu với ${cast} phiếu đã có? Sau đó không ai sửa được phiếu, kết quả được hiện ra để quyết định.`}
      run={() => closeCityVotingAction({ id, version })}
    />
  );
}
