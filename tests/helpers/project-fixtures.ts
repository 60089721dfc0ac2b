// Shared pieces of the youth-project tests: the people of tenant A and a valid registration form.
import { formatVietnameseDate } from "@/lib/domain/dates";
import type { ProjectRegisterInput } from "@/lib/validation/projects";
import { dayFromToday } from "../factories";

/** Tenant A's people; `coSoB` is the secretary of cơ sở B. */
export type Who = "admin" | "staff" | "coSo" | "coSoB" | "chiDoan" | "member" | "city";
export const WHO: Who[] = ["admin", "staff", "coSo", "coSoB", "chiDoan", "member", "city"];

type FormFields = Omit<ProjectRegisterInput, "kind" | "field"> & {
  kind?: ProjectRegisterInput["kind"];
  field?: ProjectRegisterInput["field"];
};

/** The registration form as a user fills it in (dates as dd/mm/yyyy), under `plan`. */
export function projectInput(
  plan: { id: string; indicators: { id: string }[] },
  over: Partial<FormFields> = {},
): ProjectRegisterInput {
  return {
    planId: plan.id,
    kind: "PROJECT",
    name: "Công trình “Công sở không giấy”",
    field: "DIGITAL",
    goal: "Số hóa hồ sơ, giảm giấy tờ",
    startsOn: formatVietnameseDate(dayFromToday(1)),
    endsOn: formatVietnameseDate(dayFromToday(90)),
    chiDoanIds: [],
    memberIds: [],
    expectedValue: "Giảm 50% giấy in",
    indicatorIds: [plan.indicators[0].id],
    requestKey: crypto.randomUUID(),
    ...over,
  } as ProjectRegisterInput;
}
