"use server";
import { runAction } from "./run";
import { changeOwnPassword, createAccount, grantRole, resetAccountPassword, revokeRole, setAccountActive } from "@/lib/data/accounts";
import { accountActiveInput, accountCreateInput, grantRoleInput, resetPasswordInput, revokeRoleInput } from "@/lib/validation/accounts";
import { changePasswordInput } from "@/lib/validation/auth";

const revalidate = ["/khoi/tai-khoan"];

export async function createAccountAction(input: unknown) {
  return runAction(accountCreateInput, input, createAccount, { name: "createAccount", revalidate });
}
export async function grantRoleAction(input: unknown) {
  return runAction(grantRoleInput, input, grantRole, { name: "grantRole", revalidate });
}
export async function revokeRoleAction(input: unknown) {
  return runAction(revokeRoleInput, input, revokeRole, { name: "revokeRole", revalidate });
}
export async function setAccountActiveAction(input: unknown) {
  return runAction(accountActiveInput, input, setAccountActive, { name: "setAccountActive", revalidate });
}
export async function resetAccountPasswordAction(input: unknown) {
  return runAction(resetPasswordInput, input, resetAccountPassword, { name: "resetAccountPassword", revalidate });
}
export async function changePasswordAction(input: unknown) {
  return runAction(changePasswordInput, input, changeOwnPassword, { name: "changePassword", allowPasswordChange: true, revalidate: ["/"] });
}
