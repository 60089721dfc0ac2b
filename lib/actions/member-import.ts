"use server";
// Excel import actions: the upload arrives as FormData with a `file` field. runAction signs the
// viewer in again and validates the upload (an allow-list: only `file` and `requestKey`); the
// data functions check the permission and every limit again (actions can be POSTed directly).
import { runAction } from "./run";
import { commitMemberImport, previewMemberImport } from "@/lib/data/member-import";
import { memberImportInput, memberImportPreviewInput } from "@/lib/validation/member-import";

function fromFormData(formData: unknown) {
  if (!(formData instanceof FormData)) return {};
  const requestKey = formData.get("requestKey");
  return { file: formData.get("file"), requestKey: typeof requestKey === "string" && requestKey ? requestKey : undefined };
}

const bytesOf = async (file: File) => new Uint8Array(await file.arrayBuffer());

export async function previewMemberImportAction(formData: FormData) {
  return runAction(memberImportPreviewInput, fromFormData(formData), async (viewer, input) =>
    previewMemberImport(viewer, await bytesOf(input.file)),
    { name: "previewMemberImport" },
  );
}

export async function commitMemberImportAction(formData: FormData) {
  return runAction(
    memberImportInput,
    fromFormData(formData),
    async (viewer, input) => commitMemberImport(viewer, await bytesOf(input.file), { requestKey: input.requestKey }),
    { revalidate: ["/doan-vien", "/khoi", "/co-so"], name: "commitMemberImport" },
  );
}
