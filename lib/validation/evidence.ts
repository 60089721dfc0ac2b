// Evidence uploads: the file itself is checked by content in lib/domain/evidence-file.ts.
import { z } from "zod";
import { id, requestKey } from "./fields";
import { EVIDENCE_MAX_BYTES } from "@/lib/domain/evidence-file";

/** Records that take evidence files (minh chứng). */
export const EVIDENCE_OWNER_TYPES = [
  "ActivityRegistration",
  "YouthProject",
  "MemberEntry",
  "Nomination",
  "Handbook",
  "ShowcaseProfile",
  "InspectionVisit",
  "InspectionRecommendation",
] as const;
export type EvidenceOwnerType = (typeof EVIDENCE_OWNER_TYPES)[number];

export const evidenceUploadInput = z.object({
  ownerType: z.enum(EVIDENCE_OWNER_TYPES, { error: "Không tìm thấy hồ sơ" }),
  ownerId: id("Không tìm thấy hồ sơ"),
  file: z
    .instanceof(File, { error: "Vui lòng chọn tệp minh chứng" })
    .refine((f) => f.size > 0, { error: "Tệp rỗng" })
    .refine((f) => f.size <= EVIDENCE_MAX_BYTES, { error: "Tệp quá lớn (tối đa 10 MB)" }),
  /** One per chosen file: a double click or a retry stores the file once. */
  requestKey,
});

export const evidenceArchiveInput = z.object({ id: id("Không tìm thấy tệp minh chứng") });
