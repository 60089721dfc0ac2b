"use client";
// Trang công khai: the Khối's public site (its title, what its home says, on or off) and the
// answer deadline its agencies keep (working days, and the extra days off it adds). Checked on the
// server only: the days-off field is text here and a list there.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { saveSiteSettingsAction } from "@/lib/actions/questions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormNotice, Input } from "@/components/ui/field";

type Settings = { title: string; intro: string; published: boolean; answerDays: number; extraDaysOff: string; version: number };

export function SiteSettingsForm({ settings }: { settings: Settings }) {
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm<Settings>({ defaultValues: settings });
  const { onSubmit, formError, pending } = useActionForm(form, saveSiteSettingsAction, () => {
    setSaved("Đã lưu.");
    router.refresh();
  });
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <FormNotice message={saved} />
      <input type="hidden" {...form.register("version")} />
      <Field label="Tên trang" htmlFor="title" error={err.title?.message}>
        <Input id="title" invalid={!!err.title} {...form.register("title")} />
      </Field>
      <Field
        label="Lời giới thiệu trên trang chủ"
        htmlFor="intro"
        error={err.intro?.message}
        hint="Phong trào là gì, Đoàn Khối làm gì năm nay, nói bằng lời giản dị."
      >
        <textarea
          id="intro"
          rows={6}
          aria-invalid={!!err.intro || undefined}
          className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-red-500"
          {...form.register("intro")}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Hạn trả lời (ngày làm việc)"
          htmlFor="answerDays"
          error={err.answerDays?.message}
          hint="Tính từ khi câu hỏi đến cơ quan trả lời; không tính thứ Bảy, Chủ nhật, ngày lễ, Tết."
        >
          <Input id="answerDays" inputMode="numeric" invalid={!!err.answerDays} {...form.register("answerDays")} />
        </Field>
        <Field
          label="Ngày nghỉ thêm (nghỉ bù theo thông báo của Chính phủ)"
          htmlFor="extraDaysOff"
          error={err.extraDaysOff?.message}
          hint="dd/mm/yyyy, cách nhau bởi dấu phẩy."
        >
          <Input id="extraDaysOff" invalid={!!err.extraDaysOff} {...form.register("extraDaysOff")} />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-700">
        <input type="checkbox" {...form.register("published")} /> Mở trang công khai cho người dân
      </label>
      <Button type="submit" pending={pending}>
        Lưu
      </Button>
    </form>
  );
}
