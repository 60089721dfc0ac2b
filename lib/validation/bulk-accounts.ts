// Accounts for many đoàn viên at once (issue 16, point 9): the ticked members, or every member of
// one chi đoàn. Shared by the member list's form and the server action. The ids are only a
// request: the data layer reads each one again through the viewer's scope.
import { z } from "zod";
import "./locale";
import { id, list, requestKey } from "./fields";

/** At most this many accounts are made per run (a chi đoàn larger than that takes several runs). */
export const BULK_ACCOUNT_LIMIT = 500;

/**
 * INVITE: a first-sign-in link by e-mail (thư mời đăng nhập lần đầu); SHEET: temporary passwords
 * shown once, on a sheet of slips to print (phiếu mật khẩu tạm).
 */
export const BULK_DELIVERIES = ["INVITE", "SHEET"] as const;
export type BulkDelivery = (typeof BULK_DELIVERIES)[number];

export const bulkAccountInput = z
  .object({
    memberIds: list(id("Không tìm thấy đoàn viên"))
      .max(BULK_ACCOUNT_LIMIT, { error: `Mỗi lần tạo tối đa ${BULK_ACCOUNT_LIMIT} tài khoản` })
      .default([]),
    chiDoanId: id("Không tìm thấy chi đoàn").optional(),
    delivery: z.enum(BULK_DELIVERIES, { error: "Vui lòng chọn cách trao tài khoản" }),
    requestKey,
  })
  .refine((v) => v.memberIds.length > 0 || v.chiDoanId !== undefined, {
    error: "Vui lòng chọn đoàn viên hoặc một chi đoàn",
    path: ["memberIds"],
  });
export type BulkAccountInput = z.input<typeof bulkAccountInput>;
