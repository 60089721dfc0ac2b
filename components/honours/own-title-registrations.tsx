"use client";
// Đăng ký thi đua on the member's record: tick the individual titles aimed at this year; under
// each one ticked, where the member's confirmed records stand against its criteria.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { setTitleRegistrationsAction } from "@/lib/actions/honours";
import type { OwnTitleYear } from "@/lib/data/title-registrations";
import { formatNumber } from "@/lib/domain/dates";
import { HONOUR_LEVEL_LABELS } from "@/lib/domain/honour-labels";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormError, FormNotice } from "@/components/ui/field";

export function OwnTitleRegistrations({ data }: { data: OwnTitleYear }) {
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<{ titleIds: string[] }>({
    defaultValues: { titleIds: data.titles.filter((t) => t.registered).map((t) => t.id) },
  });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => {
      setSaved(null);
      return setTitleRegistrationsAction({ titleIds: v.titleIds || [] });
    },
    (r) => {
      setSaved(r.titleIds.length ? `Đã lưu đăng ký ${r.titleIds.length} danh hiệu.` : "Đã rút hết đăng ký thi đua năm nay.");
      router.refresh();
    },
  );
  const err = form.formState.errors;
  if (data.titles.length === 0)
    return <p className="text-sm text-slate-600">Đoàn Khối chưa có danh hiệu cá nhân nào để đăng ký thi đua.</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <FormNotice message={saved} />
      <p className="text-sm text-slate-600">
        Chọn các danh hiệu bạn phấn đấu đạt trong năm {data.year}. Tiêu chí tính tự động được đối chiếu với kết quả đã được xác
        nhận của bạn; tiêu chí còn lại do cơ sở Đoàn đánh giá khi đề xuất.
      </p>
      <ul className="space-y-3">
        {data.titles.map((t) => (
          <li key={t.id} className="text-sm">
            <label className="flex items-start gap-2">
              <input type="checkbox" className="mt-1" value={t.id} {...form.register("titleIds")} />
              <span>
                <span className="font-medium text-slate-900">{t.name}</span>{" "}
                <span className="text-slate-600">({HONOUR_LEVEL_LABELS[t.level]})</span>
                {t.registered && <span className="ml-1 text-green-700">· Đã đăng ký</span>}
              </span>
            </label>
            {t.registered && (
              <ul className="mt-1 space-y-0.5 pl-6">
                {t.criteria.map((c) => (
                  <li
                    key={c.id}
                    className={c.met === true ? "text-green-800" : c.met === false ? "text-amber-800" : "text-slate-600"}
                  >
                    {c.met === true ? "✓" : c.met === false ? "○" : "·"} {c.wording}
                    {c.value !== null && c.threshold !== null
                      ? `: ${formatNumber(c.value)}/${formatNumber(c.threshold)}${c.met ? " — đã đạt" : " — chưa đạt"}`
                      : " — cơ sở đánh giá khi đề xuất"}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {err.titleIds?.message && (
        <p role="alert" className="text-sm text-red-600">
          {err.titleIds.message}
        </p>
      )}
      <Button type="submit" pending={pending}>
        Lưu đăng ký thi đua
      </Button>
    </form>
  );
}
