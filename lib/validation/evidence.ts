// Evidence uploads: the file itself is checked by content in lib/domain/evidence-file.ts.
import { z } from "zod";
import { id } from "./fields";
import { EVIDENCE_MAX_BYTES } from "@/lib/domain/evidence-file";

export const evidenceUploadInput = z.object({
  registrationId: id("Không tìm thấy bản đăng ký"),
  file: z
    .instanceof(File, { error: "Vui lòng chọn tệp minh chứng" })
    .refine((f) => f.size > 0, { error: "Tệp rỗng" })
    .refine((f) => f.size <= EVIDENCE_MAX_BYTES, { error: "Tệp quá lớn (tối đa 10 MB)" }),
});

export const evidenceArchiveInput = z.object({ id: id("Không tìm thấy tệp minh chứng") });
