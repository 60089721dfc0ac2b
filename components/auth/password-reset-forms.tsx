"use client";
// Quên mật khẩu: ask for the link by e-mail; then, from the link, set the new password.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { requestPasswordResetAction, resetPasswordAction } from "@/lib/actions/password-reset";
import { resetPasswordInput, resetRequestInput } from "@/lib/validation/auth";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormNotice, Input } from "@/components/ui/field";

export function ResetRequestForm() {
  const [sent, setSent] = useState<string | null>(null);
  const form = useForm<z.input<typeof resetRequestInput>>({
    resolver: zodResolver(resetRequestInput),
    defaultValues: { email: "" },
  });
  const { onSubmit, formError, pending } = useActionForm(form, requestPasswordResetAction, (data) =>
    setSent((data as { message: string }).message),
  );
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <FormNotice message={sent} />
      <Field label="Email đăng nhập" htmlFor="email" error={err.email?.message}>
        <Input id="email" type="email" autoComplete="email" invalid={!!err.email} {...form.register("email")} />
      </Field>
      <Button type="submit" pending={pending} className="w-full">
        Gửi liên kết đặt lại mật khẩu
      </Button>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const form = useForm<z.input<typeof resetPasswordInput>>({
    resolver: zodResolver(resetPasswordInput),
    defaultValues: { token, newPassword: "", confirmPassword: "" },
  });
  const { onSubmit, formError, pending } = useActionForm(form, resetPasswordAction, () => router.push("/dang-nhap?matKhauMoi=1"));
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <input type="hidden" {...form.register("token")} />
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
      <Button type="submit" pending={pending} className="w-full">
        Đặt mật khẩu mới
      </Button>
    </form>
  );
}
