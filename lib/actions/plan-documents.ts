"use server";
// Reading an uploaded plan (.docx) into text (issue 17): the same people who may draft a plan
// (plan.manage) may have the server read one. It writes nothing, so there is nothing to audit;
// the upload is an allow-list (`file` only) and the guard checks every limit of the file again.
import { defineAction } from "./define";
import { invalid } from "@/lib/data/errors";
import { DocxGuardError } from "@/lib/domain/docx-guard";
import { docxToPlanText } from "@/lib/domain/docx-reader";
import { PLAN_DOCUMENT_MESSAGES, planDocumentInput } from "@/lib/validation/plan-document";

function fromFormData(formData: unknown) {
  if (!(formData instanceof FormData)) return {};
  return { file: formData.get("file") };
}

async function readPlanDocument(file: File): Promise<{ text: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text: string;
  try {
    text = docxToPlanText(bytes);
  } catch (error) {
    // Every refusal of the file is a message beside the file field, never an internal error.
    if (error instanceof DocxGuardError) throw invalid({ file: PLAN_DOCUMENT_MESSAGES[error.problem] });
    throw error;
  }
  if (!text.trim()) throw invalid({ file: PLAN_DOCUMENT_MESSAGES.noText });
  return { text };
}

export const readPlanDocumentAction = defineAction({
  name: "readPlanDocument",
  permission: "plan.manage",
  schema: planDocumentInput,
  read: fromFormData,
  run: async (_viewer, input) => readPlanDocument(input.file),
});
