// Words of the outbox (thư đi) for the Khối admins' pages.
import type { MailStatus } from "@/lib/generated/prisma/enums";

export const MAIL_STATUS_LABELS: Record<MailStatus, string> = {
  QUEUED: "Chờ gửi",
  SENT: "Đã gửi",
  KEPT: "Lưu tại Cổng (chưa cấu hình máy chủ thư)",
  FAILED: "Gửi không được",
};

export const MAIL_KIND_LABELS: Record<string, string> = {
  "password-reset": "Đặt lại mật khẩu",
  "account-invitation": "Mời đăng nhập lần đầu",
};

export const mailKindLabel = (kind: string) => MAIL_KIND_LABELS[kind] ?? kind;
