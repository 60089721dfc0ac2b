import { z } from "zod";
import { email, text } from "./fields";

// ASVS V6: at least 8 characters (15 advised), up to 128, no composition rules. The check
// against common passwords runs on the server only (lib/auth/password.ts): its list is large.
export const newPassword = text({ error: "Vui lòng nhập mật khẩu mới" })
  .min(8, { error: "Mật khẩu cần ít nhất 8 ký tự (nên từ 15 ký tự)" })
  .max(128, { error: "Mật khẩu tối đa 128 ký tự" });

export const loginInput = z.object({
  email,
  password: text().min(1, { error: "Vui lòng nhập mật khẩu" }).max(256),
});

export const changePasswordInput = z
  .object({
    currentPassword: text().min(1, { error: "Vui lòng nhập mật khẩu hiện tại" }).max(256),
    newPassword,
    confirmPassword: text(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    error: "Mật khẩu nhập lại không khớp",
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    error: "Mật khẩu mới phải khác mật khẩu hiện tại",
  });

/** Quên mật khẩu: the address the link goes to (the same answer whether it has an account or not). */
export const resetRequestInput = z.object({ email });

/** The token from the e-mail's link, and the new password twice. */
export const resetPasswordInput = z
  .object({
    token: text()
      .min(20, { error: "Liên kết đặt lại mật khẩu không hợp lệ" })
      .max(200, { error: "Liên kết đặt lại mật khẩu không hợp lệ" }),
    newPassword,
    confirmPassword: text(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    error: "Mật khẩu nhập lại không khớp",
  });
