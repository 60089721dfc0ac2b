// Gương điển hình, mô hình hay (issue 14): the words of the showcase. No I/O.
import type { ShowcaseKind, ShowcaseStatus } from "@/lib/generated/prisma/enums";

export const SHOWCASE_STATUS_LABELS: Record<ShowcaseStatus, string> = {
  DRAFT: "Bản nháp",
  PUBLISHED: "Đã công khai",
  WITHDRAWN: "Đã gỡ khỏi trang công khai",
};

export const SHOWCASE_KIND_LABELS: Record<ShowcaseKind, string> = {
  PERSON: "Gương điển hình",
  PROJECT: "Mô hình hay",
  COLLECTIVE: "Tập thể tiêu biểu",
};

/** The kinds, in the order the public filter offers them. */
export const SHOWCASE_KINDS = ["PERSON", "COLLECTIVE", "PROJECT"] as const satisfies readonly ShowcaseKind[];

/** The story's paragraphs (separated by blank lines), for pages that print it. */
export const paragraphs = (story: string) =>
  story
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
