"use client";
import { useState } from "react";
import { signIn } from "next-auth/react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { loginInput } from "@/lib/validation/auth";
import { safeReturnPath } from "@/lib/auth/return-path";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import type { z } from "zod";

type Values = z.input<typeof loginInput>;

function messageFor(error: string): string {
  const minutes = Math.max(1, Math.ceil(Number(error.split(":")[1] ?? 900) / 60));
  if (error.startsWith("THROTTLED")) return `Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`;
  if (error.startsWith("ACCOUNT_LOCKED")) {
    return `Tài khoản này có nhiều lần đăng nhập sai từ nhiều nơi nên tạm dừng đăng nhập từ thiết bị mới trong ${minutes} phút. Trên thiết bị bạn đã từng đăng nhập, bạn vẫn đăng nhập được bình thường.`;
  }
  if (error === "UNAVAILABLE") return "Hệ thống tạm thời không xử lý được yêu cầu, vui lòng thử lại sau ít phút.";
  return "Email hoặc mật khẩu không đúng";
}

export function LoginForm({ returnTo }: { returnTo: string | null }) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(loginInput), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(messageFor(result?.error ?? ""));
      // Keep the email; clear only the password.
      form.setValue("password", "");
      form.setFocus("password");
      return;
    }
    // A full load, not a client navigation: every part of the page is then rendered for the
    // signed-in user, with the new session cookie.
    // The page asked for before signing in (checked on the server: a path of this site), else home.
    window.location.assign(safeReturnPath(returnTo) ?? "/");
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <Field label="Email" htmlFor="email" error={errors.email?.message}>
        <Input id="email" type="email" autoComplete="username" invalid={!!errors.email} {...form.register("email")} />
      </Field>
      <Field label="Mật khẩu" htmlFor="password" error={errors.password?.message}>
        <Input
          id="password"
          type="password"
          autoComplete="current-password"
          invalid={!!errors.password}
          {...form.register("password")}
        />
      </Field>
      <Button type="submit" pending={isSubmitting} className="w-full">
        Đăng nhập
      </Button>
    </form>
  );
}
