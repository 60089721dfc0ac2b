"use client";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { signOut } from "next-auth/react";
import type { z } from "zod";
import { changePasswordAction } from "@/lib/actions/accounts";
import { changePasswordInput } from "@/lib/validation/auth";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormNotice, Input } from "@/components/ui/field";

type Values = z.input<typeof changePasswordInput>;

export function ChangePasswordForm({ forced }: { forced: boolean }) {
  const [done, setDone] = useState(false);
  const form = useForm<Values>({
    resolver: zodResolver(changePasswordInput),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  // A new password ends every session, this one included: sign in again with it.
  const { onSubmit, formError, pending } = useActionForm(form, changePasswordAction, async () => {
    setDone(true);
    form.reset();
    await signOut({ callbackUrl: "/dang-nhap?matKhauMoi=1" });
  });
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md space-y-4">
      <FormError message={formError} />
      <FormNotice message={done ? "Đã đổi mật khẩu. Đang chuyển sang trang đăng nhập…" : null} />
      <Field
        label="Mật khẩu hiện tại"
        htmlFor="currentPassword"
        error={err.currentPassword?.message}
        hint={forced ? "Mật khẩu tạm thời bạn được cấp" : undefined}
      >
        <Input
          id="currentPassword"
          type="password"
          autoComplete="current-password"
          invalid={!!err.currentPassword}
          {...form.register("currentPassword")}
        />
      </Field>
      <Field
        label="Mật khẩu mới"
        htmlFor="newPassword"
        error={err.newPassword?.message}
        hint="Ít nhất 8 ký tự; nên dùng một cụm từ dài từ 15 ký tự."
      >
        <Input
          id="newPassword"
          type="password"
          autoComplete="new-password"
          invalid={!!err.newPassword}
          {...form.register("newPassword")}
        />
      </Field>
      <Field label="Nhập lại mật khẩu mới" htmlFor="confirmPassword" error={err.confirmPassword?.message}>
        <Input
          id="confirmPassword"
          type="password"
          autoComplete="new-password"
          invalid={!!err.confirmPassword}
          {...form.register("confirmPassword")}
        />
      </Field>
      <Button type="submit" pending={pending}>
        Đổi mật khẩu
      </Button>
    </form>
  );
}
