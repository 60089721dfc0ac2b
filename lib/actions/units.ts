"use server";
import { defineAction } from "./define";
import { createUnit, deactivateUnit, moveUnit, renameUnit, setUnitCluster } from "@/lib/data/units";
import { unitClusterInput, unitCreateInput, unitDeactivateInput, unitMoveInput, unitRenameInput } from "@/lib/validation/units";

const revalidate = ["/khoi", "/co-so", "/doan-vien"];

export const createUnitAction = defineAction({
  name: "createUnit",
  permission: "unit.create",
  schema: unitCreateInput,
  run: createUnit,
  revalidate,
});
export const renameUnitAction = defineAction({
  name: "renameUnit",
  permission: "unit.update",
  schema: unitRenameInput,
  run: renameUnit,
  revalidate,
});
export const moveUnitAction = defineAction({
  name: "moveUnit",
  permission: "unit.update",
  schema: unitMoveInput,
  run: moveUnit,
  revalidate,
});
export const setUnitClusterAction = defineAction({
  name: "setUnitCluster",
  permission: "unit.update",
  schema: unitClusterInput,
  run: setUnitCluster,
  revalidate,
});
export const deactivateUnitAction = defineAction({
  name: "deactivateUnit",
  permission: "unit.update",
  schema: unitDeactivateInput,
  run: deactivateUnit,
  revalidate,
});
