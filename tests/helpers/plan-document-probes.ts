// The access probes of reading an uploaded plan (.docx): like the member import, it takes a file,
// not a form of ids, so it is probed in its own block (tests/integration/plan-document-action.test.ts)
// and listed among the upload actions in actions-auth.test.ts. It writes nothing and aims at no
// record: whoever may draft a plan somewhere (plan.manage) may have one read.
import fs from "node:fs";
import path from "node:path";
import type { Who } from "./action-probes";

export const PLAN_DOCUMENT_ACCESS: Record<string, { may: Who[] }> = {
  // Khối admin and staff draft the Khối's plans, cơ sở secretaries their own cơ sở's.
  readPlanDocumentAction: { may: ["admin", "staff", "coSo", "coSoB"] },
};

export const planFixture = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/plans", name));

/** The FormData the upload box posts: the file alone. */
export function planDocumentForm(bytes: Uint8Array, name = "ke-hoach.docx"): FormData {
  const fd = new FormData();
  fd.set("file", new File([bytes as BlobPart], name));
  return fd;
}
