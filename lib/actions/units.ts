"use server";
import { runAction } from "./run";
import { createUnit, deactivateUnit, moveUnit, renameUnit, setUnitCluster } from "@/lib/data/units";
import { unitClusterInput, unitCreateInput, unitDeactivateInput, unitMoveInput, unitRenameInput } from "@/lib/validation/units";

const revalidate = ["/khoi", "/co-so", "/doan-vien"];

export async function createUnitAction(input: unknown) {
  return runAction(unitCreateInput, input, createUnit, { name: "createUnit", revalidate });
}
export async function renameUnitAction(input: unknown) {
  return runAction(unitRenameInput, input, renameUnit, { name: "renameUnit", revalidate });
}
export async function moveUnitAction(input: unknown) {
  return runAction(unitMoveInput, input, moveUnit, { name: "moveUnit", revalidate });
}
export async function setUnitClusterAction(input: unknown) {
  return runAction(unitClusterInput, input, setUnitCluster, { name: "setUnitCluster", revalidate });
}
export async function deactivateUnitAction(input: unknown) {
  return runAction(unitDeactivateInput, input, deactivateUnit, { name: "deactivateUnit", revalidate });
}
