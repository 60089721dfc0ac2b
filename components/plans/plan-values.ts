// Initial values of the plan form: blank for a new Khối plan, or from a stored draft.
import { formatVietnameseDate } from "@/lib/domain/dates";
import { PILLARS_2009 } from "@/lib/domain/plan-model";
import type { PlanDto } from "@/lib/data/plans";
import { scheduleRowsOf } from "./plan-deadline-values";
import type { PlanFormValues } from "./plan-form";

export function blankPlanValues(khoiName: string, year: number): PlanFormValues {
  return {
    kind: "PLAN",
    number: "",
    subject: "",
    superiorName: "THÀNH ĐOÀN TP. HỒ CHÍ MINH",
    issuerName: `BCH ${khoiName.toUpperCase()}`,
    place: "TP. Hồ Chí Minh",
    issueDate: "",
    startYear: String(year),
    endYear: String(year),
    basisPlanId: "",
    basisText: "",
    pillars: PILLARS_2009.map((name) => ({ name })),
    sections: [
      { heading: "MỤC ĐÍCH - YÊU CẦU", body: "" },
      { heading: "ĐỐI TƯỢNG THỰC HIỆN", body: "" },
      { heading: "NỘI DUNG THỰC HIỆN", body: "" },
      { heading: "TỔ CHỨC THỰC HIỆN", body: "" },
    ],
    closing: "",
    recipients: "- Thành Đoàn;\n- Các cơ sở Đoàn trực thuộc;\n- Lưu.",
    signOnBehalf: "TM. BAN THƯỜNG VỤ ĐOÀN KHỐI",
    signTitle: "BÍ THƯ",
    signName: "",
    changeNote: "",
    indicators: [],
    coSoPlanDueOn: "",
    reportSchedule: [],
  };
}

export function planFormValues(p: PlanDto): PlanFormValues {
  return {
    kind: p.kind,
    number: p.number ?? "",
    subject: p.subject,
    superiorName: p.superiorName ?? "",
    issuerName: p.issuerName ?? "",
    place: p.place ?? "",
    issueDate: formatVietnameseDate(p.issueDate),
    startYear: String(p.startYear),
    endYear: String(p.endYear),
    basisPlanId: p.basisPlanId ?? "",
    basisText: p.basisText ?? "",
    pillars: p.pillars.map((name) => ({ name })),
    sections: p.sections,
    closing: p.closing ?? "",
    recipients: p.recipients ?? "",
    signOnBehalf: p.signOnBehalf ?? "",
    signTitle: p.signTitle ?? "",
    signName: p.signName ?? "",
    changeNote: p.changeNote ?? "",
    indicators: [],
    coSoPlanDueOn: formatVietnameseDate(p.coSoPlanDueOn),
    reportSchedule: scheduleRowsOf(p.reportSchedule),
  };
}
