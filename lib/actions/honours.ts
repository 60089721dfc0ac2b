"use server";
import { defineAction } from "./define";
import { archiveTitle, createTitle, updateTitle } from "@/lib/data/honour-titles";
import { titleArchiveInput, titleCreateInput, titleUpdateInput } from "@/lib/validation/honours";

const revalidate = ["/khen-thuong/danh-hieu", "/khen-thuong/danh-hieu/[id]"];

export const createTitleAction = defineAction({
  name: "createTitle",
  permission: "honour.manage",
  schema: titleCreateInput,
  run: createTitle,
  revalidate,
});

export const updateTitleAction = defineAction({
  name: "updateTitle",
  permission: "honour.manage",
  schema: titleUpdateInput,
  run: updateTitle,
  revalidate,
});

export const archiveTitleAction = defineAction({
  name: "archiveTitle",
  permission: "honour.manage",
  schema: titleArchiveInput,
  run: archiveTitle,
  revalidate,
});
