// Cẩm nang thủ tục hành chính (issue 14): where a handbook stands. No I/O.
import type { HandbookStatus } from "@/lib/generated/prisma/enums";

export const HANDBOOK_STATUS_LABELS: Record<HandbookStatus, string> = {
  DRAFT: "Bản nháp",
  PUBLISHED: "Đã công khai",
  WITHDRAWN: "Đã gỡ khỏi trang công khai",
};

/** Is there a version newer than the one the public reads (a draft waiting to be published)? */
export const hasUnpublishedDraft = (h: { latestNumber: number; publishedNumber: number | null }) =>
  h.publishedNumber !== h.latestNumber;
