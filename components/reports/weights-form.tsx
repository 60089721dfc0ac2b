"use client";
// Trọng số thi đua: how much each per-cơ sở indicator weighs in the Khối's score (0 leaves it out).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormNotice, Input } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { saveWeightsAction } from "@/lib/actions/reports";

type Props = { planId: string; indicators: { id: string; code: string; wording: string; weight: number }[] };

export function WeightsForm({ planId, indicators }: Props) {
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  const form = useForm<{ weights: Record<string, string> }>({
    defaultValues: { weights: Object.fromEntries(indicators.map((i) => [i.id, String(i.weight).replace(".", ",")])) },
  });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) =>
      saveWeightsAction({
        planId,
        weights: Object.fromEntries(Object.entries(v.weights).map(([k, w]) => [k, w.trim().replace(",", ".")])),
      }),
    () => {
      setNotice("Đã lưu trọng số; bảng xếp hạng thi đua đã tính lại.");
      router.refresh();
    },
  );
  const errors = form.formState.errors.weights as Record<string, { message?: string }> | undefined;
  return (
    <form
      onSubmit={(e) => {
        setNotice(null);
        void onSubmit(e);
      }}
      noValidate
      className="space-y-4"
    >
      <FormNotice message={notice} />
      <FormError message={formError} />
      <div className="grid gap-3 sm:grid-cols-2">
        {indicators.map((i) => (
          <Field
            key={i.id}
            label={`${i.code}. ${i.wording}`}
            htmlFor={`weight-${i.id}`}
            error={errors?.[i.id]?.message}
            hint="Từ 0 đến 100; 0 là không tính"
          >
            <Input id={`weight-${i.id}`} inputMode="decimal" invalid={!!errors?.[i.id]} {...form.register(`weights.${i.id}`)} />
          </Field>
        ))}
      </div>
      <Button type="submit" pending={pending}>
        Lưu trọng số
      </Button>
    </form>
  );
}
