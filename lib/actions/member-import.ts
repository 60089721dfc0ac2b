"use server";
// Excel import actions: the upload arrives as FormData with a `file` field (and the form's
// requestKey): an allow-list, nothing else is read. The data functions check the scope and every
// limit of the file again (actions can be POSTed directly).
import { defineAction } from "./define";
import { commitMemberImport, previewMemberImport } from "@/lib/data/member-import";
import { memberImportInput, memberImportPreviewInput } from "@/lib/validation/member-import";

function fromFormData(formData: unknown) {
  if (!(formData instanceof FormData)) return {};
  const requestKey = formData.get("requestKey");
  return {
    file: formData.get("file"),
    requestKey: typeof requestKey === "string" && requestKey ? requestKey : undefined,
    createAccounts: formData.get("createAccounts") === "on",
  };
}

const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());

export const previewMemberImportAction = defineAction({
  name: "previewMemberImport",
  permission: "member.import",
  schema: memberImportPreviewInput,
  read: fromFormData,
  run: async (viewer, input) => previewMemberImport(viewer, await bytesOf(input.file)),
});

export const commitMemberImportAction = defineAction({
  name: "commitMemberImport",
  permission: "member.import",
  schema: memberImportInput,
  read: fromFormData,
  run: async (viewer, input) =>
    commitMemberImport(viewer, await bytesOf(input.file), {
      requestKey: input.requestKey,
      createAccounts: input.createAccounts,
    }),
  revalidate: ["/doan-vien", "/khoi", "/co-so"],
});
