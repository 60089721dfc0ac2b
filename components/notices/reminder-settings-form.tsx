"use client";
// Nhắc hạn: how many days before each kind of deadline the cơ sở still missing are reminded.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveReminderSettingsAction } from "@/lib/actions/notifications";
import type { DeadlineKind } from "@/lib/domain/deadlines";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormNotice, Input } from "@/components/ui/field";

type Setting = { kind: DeadlineKind; label: string; overdue: boolean; days: number[] };
type Values = Record<DeadlineKind, string>;

export function ReminderSettingsForm({ settings }: { settings: Setting[] }) {
  const form = useForm<Values>({
    defaultValues: Object.fromEntries(settings.map((s) => [s.kind, s.days.join(", ")])) as Values,
  });
  const [saved, setSaved] = useState(false);
  const { onSubmit, formError, pending } = useActionForm(form, saveReminderSettingsAction, () => setSaved(true));
  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(false)} className="space-y-4">
      <FormError message={formError} />
      <div className="grid gap-4 sm:grid-cols-3">
        {settings.map((s) => (
          <Field
            key={s.kind}
            label={s.label}
            htmlFor={`days-${s.kind}`}
            error={form.formState.errors[s.kind]?.message}
            hint={`Số ngày trước hạn, cách nhau bởi dấu phẩy; để trống: không nhắc${s.overdue ? ". Ngày sau hạn luôn nhắc cơ sở chưa nộp" : ""}`}
          >
            <Input
              id={`days-${s.kind}`}
              inputMode="numeric"
              invalid={!!form.formState.errors[s.kind]}
              aria-describedby={form.formState.errors[s.kind] ? `days-${s.kind}-error` : undefined}
              {...form.register(s.kind)}
            />
          </Field>
        ))}
      </div>
      <FormNotice message={saved ? "Đã lưu lịch nhắc hạn" : null} />
      <Button type="submit" pending={pending}>
        Lưu lịch nhắc
      </Button>
    </form>
  );
}
