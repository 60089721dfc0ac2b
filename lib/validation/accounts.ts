import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";
import { email, id, requiredText, requestKey } from "./fields";
import { pageParam, searchParam } from "./list-query";

// Every role: which unit may carry it is checked by the data layer (ROLES_BY_UNIT_KIND).
export const roleInput = z.enum(Object.values(Role) as [Role, ...Role[]], { error: "Vui lòng chọn vai trò" });

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

/** The accounts page: a name (with or without diacritics) or part of an e-mail, and the page. */
export const accountListQuery = z.object({ q: searchParam, page: pageParam });
export type AccountListQuery = z.output<typeof accountListQuery>;
