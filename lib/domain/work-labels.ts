// Vietnamese labels of logged work: youth projects, members' entries and commitments.
import type {
  AssessmentRating,
  EntryKind,
  EntryStatus,
  IdeaKind,
  ProjectKind,
  ProjectStatus,
  TrainingKind,
  WorkField,
} from "@/lib/generated/prisma/enums";

export const WORK_FIELDS = [
  "ADMIN_REFORM",
  "DIGITAL",
  "SOCIAL_WELFARE",
  "PUBLIC_SERVICE",
  "PROFESSIONAL",
  "ENVIRONMENT",
  "OTHER",
] as const satisfies readonly WorkField[];
export const WORK_FIELD_LABELS: Record<WorkField, string> = {
  ADMIN_REFORM: "Cải cách thủ tục hành chính",
  DIGITAL: "Chuyển đổi số, ứng dụng CNTT",
  SOCIAL_WELFARE: "An sinh xã hội",
  PUBLIC_SERVICE: "Văn hóa công sở, phục vụ nhân dân",
  PROFESSIONAL: "Chuyên môn, nghiệp vụ",
  ENVIRONMENT: "Bảo vệ môi trường",
  OTHER: "Lĩnh vực khác",
};

export const PROJECT_KINDS = ["PROJECT", "TASK", "MODEL", "SOLUTION"] as const satisfies readonly ProjectKind[];
export const PROJECT_KIND_LABELS: Record<ProjectKind, string> = {
  PROJECT: "Công trình thanh niên",
  TASK: "Phần việc thanh niên",
  MODEL: "Mô hình",
  SOLUTION: "Giải pháp",
};

export const PROJECT_STATUSES = [
  "PENDING",
  "RETURNED",
  "APPROVED",
  "COMPLETED",
  "ACKNOWLEDGED",
  "HONOURED",
  "WITHDRAWN",
] as const satisfies readonly ProjectStatus[];
export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = {
  PENDING: "Chờ duyệt",
  RETURNED: "Đã trả lại",
  APPROVED: "Đang thực hiện",
  COMPLETED: "Hoàn thành, chờ ghi nhận",
  ACKNOWLEDGED: "Đã ghi nhận",
  HONOURED: "Được tuyên dương",
  WITHDRAWN: "Đã rút",
};

export const ENTRY_KINDS = ["IDEA", "TRAINING", "VOLUNTEER"] as const satisfies readonly EntryKind[];
export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  IDEA: "Ý tưởng, sáng kiến",
  TRAINING: "Học tập, bồi dưỡng",
  VOLUNTEER: "Tham gia tình nguyện",
};

export const ENTRY_STATUSES = ["SUBMITTED", "RETURNED", "CONFIRMED", "WITHDRAWN"] as const satisfies readonly EntryStatus[];
export const ENTRY_STATUS_LABELS: Record<EntryStatus, string> = {
  SUBMITTED: "Chờ xác nhận",
  RETURNED: "Đã trả lại",
  CONFIRMED: "Đã xác nhận",
  WITHDRAWN: "Đã rút",
};

export const IDEA_KINDS = ["IDEA", "INITIATIVE", "SUGGESTION"] as const satisfies readonly IdeaKind[];
export const IDEA_KIND_LABELS: Record<IdeaKind, string> = { IDEA: "Ý tưởng", INITIATIVE: "Sáng kiến", SUGGESTION: "Hiến kế" };

export const TRAINING_KINDS = [
  "PROFESSIONAL",
  "LANGUAGE",
  "IT",
  "POLITICAL",
  "SKILLS",
] as const satisfies readonly TrainingKind[];
export const TRAINING_KIND_LABELS: Record<TrainingKind, string> = {
  PROFESSIONAL: "Chuyên môn, nghiệp vụ",
  LANGUAGE: "Ngoại ngữ",
  IT: "Tin học",
  POLITICAL: "Lý luận chính trị",
  SKILLS: "Kỹ năng",
};

export const ASSESSMENT_RATINGS = ["EXCELLENT", "GOOD", "DONE", "NOT_DONE"] as const satisfies readonly AssessmentRating[];
export const ASSESSMENT_RATING_LABELS: Record<AssessmentRating, string> = {
  EXCELLENT: "Hoàn thành xuất sắc",
  GOOD: "Hoàn thành tốt",
  DONE: "Hoàn thành",
  NOT_DONE: "Chưa hoàn thành",
};
