// The yearly commitment (đăng ký rèn luyện), its self-assessment and their review: schemas shared
// by the forms and the actions. The pillars come from the plan on the server; the client sends
// only what the member writes under each, in the plan's order.
import { z } from "zod";
import { ASSESSMENT_RATINGS } from "@/lib/domain/work-labels";
import { id, list, requiredText, version } from "./fields";
import { optionalEnumParam, optionalIdParam, pageParam, searchParam } from "./list-query";

export const PLEDGE_MAX_LENGTH = 2000;
/** A plan has three pillars; a few more are tolerated, a flood is not. */
const MAX_PILLARS = 10;

const perPillar = (label: string) =>
  list(requiredText(label, PLEDGE_MAX_LENGTH), { error: `Vui lòng nhập ${label}` })
    .min(1, { error: `Vui lòng nhập ${label}` })
    .max(MAX_PILLARS, { error: "Quá nhiều mục" });

const pledges = perPillar("nội dung đăng ký cho trách nhiệm này");

/** No requestKey: one commitment per member and year (unique in the database) is the natural key. */
export const commitmentRegisterInput = z.object({
  /** The plan whose pillars the member answered: a plan revised since is refused, not misread. */
  planId: id("Không tìm thấy kế hoạch"),
  pledges,
});
export type CommitmentRegisterInput = z.input<typeof commitmentRegisterInput>;

export const commitmentUpdateInput = z.object({ id: id("Không tìm thấy bản đăng ký rèn luyện"), version, pledges });
export type CommitmentUpdateInput = z.input<typeof commitmentUpdateInput>;

export const assessmentSubmitInput = z.object({
  id: id("Không tìm thấy bản đăng ký rèn luyện"),
  version,
  assessments: perPillar("kết quả tự đánh giá cho trách nhiệm này"),
  rating: z.enum(ASSESSMENT_RATINGS, { error: "Vui lòng chọn mức tự xếp loại" }),
});
export type AssessmentSubmitInput = z.input<typeof assessmentSubmitInput>;

/** Each item carries the version the reviewer saw: a commitment changed since is not confirmed. */
export const commitmentConfirmInput = z.object({
  items: list(z.object({ id: id("Không tìm thấy bản đăng ký rèn luyện"), version }))
    .min(1, { error: "Vui lòng chọn ít nhất một bản đăng ký" })
    .max(100, { error: "Mỗi lần xác nhận tối đa 100 bản đăng ký" }),
});
export type CommitmentConfirmInput = z.input<typeof commitmentConfirmInput>;

export const commitmentReturnInput = z.object({
  id: id("Không tìm thấy bản đăng ký rèn luyện"),
  version,
  reason: requiredText("lý do trả lại", 1000),
});
export type CommitmentReturnInput = z.input<typeof commitmentReturnInput>;

export const COMMITMENT_LIST_STATUSES = ["SUBMITTED", "RETURNED", "CONFIRMED"] as const;
/** NONE: confirmed commitments whose member has not assessed themselves yet. */
export const ASSESSMENT_LIST_STATUSES = ["NONE", "SUBMITTED", "RETURNED", "CONFIRMED"] as const;

/** The reviewers' list and its export; bad values fall back to "no filter" (SECURITY.md #16). */
export const commitmentListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  status: optionalEnumParam(COMMITMENT_LIST_STATUSES),
  assessment: optionalEnumParam(ASSESSMENT_LIST_STATUSES),
  chiDoan: optionalIdParam,
  coSo: optionalIdParam,
  q: searchParam,
  page: pageParam,
});
export type CommitmentListQuery = z.output<typeof commitmentListQuery>;
