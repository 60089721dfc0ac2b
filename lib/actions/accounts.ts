"use server";
import { defineAction } from "./define";
import {
  changeOwnPassword,
  createAccount,
  grantRole,
  resetAccountPassword,
  revokeRole,
  setAccountActive,
} from "@/lib/data/accounts";
import {
  accountActiveInput,
  accountCreateInput,
  grantRoleInput,
  resetPasswordInput,
  revokeRoleInput,
} from "@/lib/validation/accounts";
import { changePasswordInput } from "@/lib/validation/auth";
import { bulkAccountInput } from "@/lib/validation/bulk-accounts";
import { createMemberAccounts } from "@/lib/data/bulk-accounts";

const revalidate = ["/khoi/tai-khoan"];

export const createAccountAction = defineAction({
  name: "createAccount",
  permission: "account.manage",
  schema: accountCreateInput,
  run: createAccount,
  revalidate,
});
export const grantRoleAction = defineAction({
  name: "grantRole",
  permission: "account.manage",
  schema: grantRoleInput,
  run: grantRole,
  revalidate,
});
export const revokeRoleAction = defineAction({
  name: "revokeRole",
  permission: "account.manage",
  schema: revokeRoleInput,
  run: revokeRole,
  revalidate,
});
export const setAccountActiveAction = defineAction({
  name: "setAccountActive",
  permission: "account.manage",
  schema: accountActiveInput,
  run: setAccountActive,
  revalidate,
});
export const resetAccountPasswordAction = defineAction({
  name: "resetAccountPassword",
  permission: "account.manage",
  schema: resetPasswordInput,
  run: resetAccountPassword,
  revalidate,
});
export const changePasswordAction = defineAction({
  name: "changePassword",
  permission: "account.own",
  schema: changePasswordInput,
  run: changeOwnPassword,
  allowPasswordChange: true,
  revalidate: ["/"],
});

/** Accounts for many đoàn viên at once: the ticked members or a whole chi đoàn (issue 16, point 9). */
export const bulkCreateAccountsAction = defineAction({
  name: "bulkCreateAccounts",
  permission: "account.createMembers",
  schema: bulkAccountInput,
  run: createMemberAccounts,
  revalidate: [...revalidate, "/doan-vien"],
});
