import { z } from "zod";
import { email, id, requiredText, requestKey } from "./fields";

export const roleInput = z.enum(
  ["CITY_VIEWER", "CITY_STAFF", "KHOI_ADMIN", "KHOI_STAFF", "CO_SO_SECRETARY", "CHI_DOAN_SECRETARY", "MEMBER"],
  {
    error: "Vui lòng chọn vai trò",
  },
);

export const accountCreateInput = z.object({
  email,
  name: requiredText("họ và tên", 100),
  role: roleInput,
  unitId: id("Vui lòng chọn đơn vị"),
  requestKey,
});

/** No requestKey: a role is unique per (account, unit, role). */
export const grantRoleInput = z.object({
  userId: id("Không tìm thấy tài khoản"),
  role: roleInput,
  unitId: id("Vui lòng chọn đơn vị"),
});
export const revokeRoleInput = z.object({ membershipId: id("Không tìm thấy vai trò") });
export const accountActiveInput = z.object({ userId: id("Không tìm thấy tài khoản"), active: z.boolean() });
export const resetPasswordInput = z.object({ userId: id("Không tìm thấy tài khoản") });
