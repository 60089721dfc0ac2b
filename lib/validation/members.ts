import { z } from "zod";
import { joinDateProblem } from "@/lib/domain/member-age";
import { optionalIdParam, pageParam, searchParam } from "./list-query";
import { id, optionalDate, optionalEmail, optionalPhone, optionalText, requestKey, requiredText, version } from "./fields";

export const genderInput = z
  .enum(["NAM", "NU", "KHAC", ""], { error: "Giới tính không hợp lệ" })
  .nullish()
  .transform((v) => (v ? v : null));

const memberFields = {
  fullName: requiredText("họ và tên", 100),
  birthDate: optionalDate("Ngày sinh"),
  gender: genderInput,
  position: optionalText(200),
  agency: optionalText(200),
  joinedUnionAt: optionalDate("Ngày vào Đoàn"),
  chiDoanId: id("Vui lòng chọn chi đoàn"),
  email: optionalEmail,
  phone: optionalPhone,
};

/** A join date that cannot be right for the birth date is refused beside it (lib/domain/member-age.ts). */
function checkJoinDate(v: { birthDate: Date | null; joinedUnionAt: Date | null }, ctx: z.RefinementCtx) {
  const problem = joinDateProblem(v.birthDate, v.joinedUnionAt);
  if (problem) ctx.addIssue({ code: "custom", path: ["joinedUnionAt"], message: problem });
}

export const memberCreateInput = z.object({ ...memberFields, requestKey }).superRefine(checkJoinDate);
export const memberUpdateInput = z
  .object({ ...memberFields, id: id("Không tìm thấy đoàn viên"), version })
  .superRefine(checkJoinDate);
export const memberDeactivateInput = z.object({ id: id("Không tìm thấy đoàn viên"), version });

export type MemberCreateInput = z.input<typeof memberCreateInput>;
export type MemberUpdateInput = z.input<typeof memberUpdateInput>;

export const memberListQuery = z.object({
  q: searchParam,
  coSo: optionalIdParam,
  chiDoan: optionalIdParam,
  page: pageParam,
});
export type MemberListQuery = z.output<typeof memberListQuery>;
