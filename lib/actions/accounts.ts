"use server";
import { runAction } from "./run";
import { changeOwnPassword, createAccount, grantRole, resetAccountPassword, revokeRole, setAccountActive } from "@/lib/data/accounts";
import { accountActiveInput, accountCreateInput, grantRoleInput, resetPasswordInput, revokeRoleInput } from "@/lib/validation/accounts";
import { changePasswordInput } from "@/lib/validation/auth";

const revalidate = ["/khoi/tai-khoan"];

export async function createAccountAction(input: unknown) {
  return runAction(accountCreateInput, input, createAccount, { revalidate });
}
export async function grantRoleAction(input: unknown) {
  return runAction(grantRoleInput, input, grantRole, { revalidate });
}
export async function revokeRoleAction(input: unknown) {
  return runAction(revokeRoleInput, input, revokeRole, { revalidate });
}
export async function setAccountActiveAction(input: unknown) {
  return runAction(accountActiveInput, input, setAccountActive, { revalidate });
}
export async function resetAccountPasswordAction(input: unknown) {
  return runAction(resetPasswordInput, input, resetAccountPassword, { revalidate });
}
export async function changePasswordAction(input: unknown) {
  return runAction(changePasswordInput, input, changeOwnPassword, { allowPasswordChange: true, revalidate: ["/"] });
}
