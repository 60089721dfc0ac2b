"use server";
// Quên mật khẩu, signed out: ask for the link, then set the new password through it.
import { definePublicAction } from "./define";
import { requestPasswordReset, resetPassword } from "@/lib/data/password-reset";
import { resetPasswordInput, resetRequestInput } from "@/lib/validation/auth";

export const requestPasswordResetAction = definePublicAction({
  name: "requestPasswordReset",
  public: true,
  schema: resetRequestInput,
  run: requestPasswordReset,
});

export const resetPasswordAction = definePublicAction({
  name: "resetPassword",
  public: true,
  schema: resetPasswordInput,
  run: resetPassword,
});
