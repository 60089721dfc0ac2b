"use client";
// Cài đặt thông báo: for each kind, no e-mail, an e-mail at once, or the daily digest. The
// notices page keeps every notice whatever is chosen here.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { saveNoticePreferencesAction } from "@/lib/actions/notifications";
import type { Delivery, NoticeKind } from "@/lib/domain/notice-kinds";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormError, FormNotice } from "@/components/ui/field";

type Row = { kind: NoticeKind; label: string; always: boolean; delivery: Delivery };
type Values = Record<NoticeKind, Delivery>;

const CHOICES: { value: Delivery; label: string }[] = [
  { value: "now", label: "Gửi thư ngay" },
  { value: "digest", label: "Thư tổng hợp 07:00" },
  { value: "off", label: "Không gửi thư" },
];

export function NoticePreferencesForm({ rows }: { rows: Row[] }) {
  const form = useForm<Values>({ defaultValues: Object.fromEntries(rows.map((r) => [r.kind, r.delivery])) as Values });
  const [saved, setSaved] = useState(false);
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (values) =>
      saveNoticePreferencesAction({
        choices: rows.filter((r) => !r.always).map((r) => ({ kind: r.kind, delivery: values[r.kind] })),
      }),
    () => setSaved(true),
  );
  return (
    <form onSubmit={onSubmit} onChange={() => setSaved(false)} className="space-y-4">
      <FormError message={formError} />
      <ul className="divide-y divide-slate-100">
        {rows.map((r) => (
          <li key={r.kind} className="py-3">
            <fieldset>
              <legend className="text-sm font-medium text-slate-800">{r.label}</legend>
              {r.always ? (
                <p className="mt-1 text-sm text-slate-600">
                  Luôn gửi thư ngay để đồng chí biết kịp khi tài khoản bị dùng trái phép.
                </p>
              ) : (
                <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
                  {CHOICES.map((c) => (
                    <label key={c.value} className="inline-flex items-center gap-2 text-sm text-slate-700">
                      <input type="radio" value={c.value} {...form.register(r.kind)} className="h-4 w-4 text-doan-700" />
                      {c.label}
                    </label>
                  ))}
                </div>
              )}
            </fieldset>
          </li>
        ))}
      </ul>
      <FormNotice message={saved ? "Đã lưu cài đặt thông báo" : null} />
      <Button type="submit" pending={pending}>
        Lưu cài đặt
      </Button>
    </form>
  );
}
