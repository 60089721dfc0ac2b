// Vietnamese names of what the audit trail records (nhật ký thao tác): actions grouped as the
// Khối's admin thinks of them, record types, and the fields a before → after shows. An action
// missing here is still shown, by its code. No I/O.
import { ROLE_LABELS } from "@/lib/authz/permissions";
import { COMMITMENT_TIMELINE_LABELS } from "./commitment-rules";
import { GENDER_LABELS, UNIT_KIND_LABELS } from "./labels";
import {
  ACTIVITY_KIND_LABELS,
  APPLIES_TO_LABELS,
  MEASURE_LABELS,
  PERIOD_LABELS,
  PLAN_KIND_LABELS,
  PLAN_STATUS_LABELS,
  REGISTRATION_STATUS_LABELS,
  TARGET_KIND_LABELS,
} from "./plan-labels";
import { HONOUR_LEVEL_LABELS, HONOUR_SUBJECT_LABELS, NOMINATION_STATUS_LABELS, ROUND_STATUS_LABELS } from "./honour-labels";
import { PERIOD_STATUS_LABELS, REPORT_STATUS_LABELS } from "./report-rules";
import {
  ENTRY_KIND_LABELS,
  ENTRY_STATUS_LABELS,
  PROJECT_KIND_LABELS,
  PROJECT_STATUS_LABELS,
  WORK_FIELD_LABELS,
} from "./work-labels";
import { HANDBOOK_STATUS_LABELS } from "./handbooks";
import { SHOWCASE_STATUS_LABELS } from "./showcase";
import { INSPECTION_ROUND_STATUS_LABELS, RECOMMENDATION_STATUS_LABELS, VISIT_STATUS_LABELS } from "./inspections";

export const AUDIT_ACTION_GROUPS: { label: string; actions: Record<string, string> }[] = [
  { label: "Đăng nhập", actions: { "auth.login": "Đăng nhập", "auth.login.failed": "Đăng nhập không thành công" } },
  {
    label: "Tài khoản",
    actions: {
      "account.create": "Tạo tài khoản",
      "account.bulkCreate": "Tạo tài khoản hàng loạt cho đoàn viên",
      "account.grant": "Gán vai trò",
      "account.revoke": "Gỡ vai trò",
      "account.enable": "Mở lại tài khoản",
      "account.disable": "Khóa tài khoản",
      "account.resetPassword": "Cấp lại mật khẩu",
      "account.changePassword": "Đổi mật khẩu",
      "account.changePassword.failed": "Nhập sai mật khẩu hiện tại khi đổi mật khẩu",
      "account.passwordReset.request": "Yêu cầu đặt lại mật khẩu qua thư",
      "account.passwordReset": "Đặt lại mật khẩu qua liên kết trong thư",
    },
  },
  {
    label: "Cơ cấu tổ chức",
    actions: {
      "khoi.bootstrap": "Khởi tạo Đoàn Khối",
      "unit.create": "Thêm đơn vị",
      "unit.rename": "Đổi tên đơn vị",
      "unit.move": "Chuyển đơn vị",
      "unit.cluster": "Xếp cụm",
      "unit.deactivate": "Ngừng hoạt động đơn vị",
    },
  },
  {
    label: "Đoàn viên",
    actions: {
      "member.create": "Thêm đoàn viên",
      "member.update": "Sửa hồ sơ đoàn viên",
      "member.transfer": "Chuyển sinh hoạt",
      "member.archive": "Lưu trữ đoàn viên",
      "member.import": "Nhập danh sách từ Excel",
    },
  },
  {
    label: "Kế hoạch, chỉ tiêu",
    actions: {
      "plan.create": "Tạo kế hoạch",
      "plan.update": "Sửa kế hoạch",
      "plan.status": "Ban hành, thay thế, lưu trữ kế hoạch",
      "plan.delete-draft": "Xóa bản nháp kế hoạch",
      "indicator.create": "Thêm chỉ tiêu",
      "indicator.update": "Sửa chỉ tiêu",
      "indicator.target": "Đặt mục tiêu chỉ tiêu",
      "indicator.delete": "Xóa chỉ tiêu",
      "thidua.weights": "Đặt trọng số thi đua",
    },
  },
  {
    label: "Thi đua – khen thưởng",
    actions: {
      "honour.title.create": "Thêm danh hiệu",
      "honour.title.update": "Sửa danh hiệu, tiêu chí",
      "honour.title.archive": "Lưu trữ danh hiệu",
      "honour.title.restore": "Khôi phục danh hiệu",
      "honour.round.create": "Mở đợt xét chọn",
      "honour.round.status": "Chuyển bước đợt xét chọn",
      "honour.nomination.create": "Lập đề xuất khen thưởng",
      "honour.nomination.update": "Sửa đề xuất khen thưởng",
      "honour.nomination.status": "Gửi, rút, trả lại đề xuất",
      "honour.council.set": "Lập hội đồng thi đua của đợt",
      "honour.ballot.cast": "Bỏ phiếu, chấm điểm",
      "honour.decision.amend": "Quyết định sửa đổi, bổ sung khen thưởng",
      "honour.proposal.create": "Đề nghị Thành Đoàn khen thưởng",
      "honour.proposal.status": "Rút, công nhận hoặc không công nhận đề nghị cấp Thành",
      "honour.city.ballot": "Bỏ phiếu hội đồng thi đua Thành Đoàn",
      "honour.city.close_voting": "Kết thúc bỏ phiếu đề nghị cấp Thành",
      "honour.registration.set": "Đăng ký thi đua",
    },
  },
  {
    label: "Hoạt động",
    actions: {
      "activity.create": "Tạo hoạt động",
      "activity.update": "Sửa hoạt động",
      "activity.status": "Hủy hoạt động",
      "activity.registration.create": "Đăng ký tham gia hoạt động",
      "activity.registration.status": "Rút hoặc đăng ký lại",
      "activity.registration.report": "Báo cáo kết quả tham gia",
    },
  },
  {
    label: "Công trình thanh niên",
    actions: {
      "project.create": "Đăng ký công trình",
      "project.update": "Sửa công trình",
      "project.status": "Duyệt, trả lại, hoàn thành công trình",
      "project.progress": "Cập nhật tiến độ",
      "project.join": "Tham gia công trình cấp Khối",
      "project.leave": "Rút khỏi công trình cấp Khối",
    },
  },
  {
    label: "Rèn luyện",
    actions: {
      "entry.create": "Ghi nhận mới",
      "entry.update": "Sửa ghi nhận",
      "entry.status": "Xác nhận, trả lại, rút ghi nhận",
      "entry.contest-score": "Chấm điểm cuộc thi",
      "idea.publish": "Chia sẻ ý tưởng trong Khối",
      "idea.unpublish": "Thôi chia sẻ ý tưởng",
      "idea.support": "Ủng hộ ý tưởng",
      "idea.support.withdraw": "Bỏ ủng hộ ý tưởng",
      "idea.comment": "Góp ý cho ý tưởng",
      "idea.comment.hide": "Ẩn góp ý",
      "idea.contest": "Chọn ý tưởng dự thi",
      "idea.applied": "Ghi nhận ý tưởng đã áp dụng",
      "commitment.create": "Đăng ký rèn luyện",
      "commitment.update": "Sửa đăng ký rèn luyện",
      "commitment.assess": "Tự đánh giá",
      "commitment.status": "Xác nhận, trả lại đăng ký rèn luyện",
      "commitment.remind": "Nhắc đoàn viên chưa đăng ký rèn luyện",
    },
  },
  {
    label: "Báo cáo",
    actions: {
      "report.period.create": "Mở đợt báo cáo",
      "report.period.open": "Mở đợt báo cáo",
      "report.period.update": "Sửa đợt báo cáo",
      "report.period.status": "Khóa sổ, mở lại đợt báo cáo",
      "report.period.remind": "Nhắc cơ sở nộp báo cáo",
      "report.create": "Lập báo cáo",
      "report.save": "Lưu báo cáo",
      "report.status": "Gửi, rút lại, duyệt, trả lại báo cáo",
    },
  },
  {
    label: "Thông báo",
    actions: {
      "deadline.remind": "Nhắc hạn (theo lịch hoặc nhắc ngay)",
      "reminder.settings": "Cài đặt nhắc hạn",
      "notice.preferences": "Cài đặt nhận thư thông báo",
      "notice.unsubscribe": "Hủy nhận thư qua liên kết trong thư",
    },
  },
  {
    label: "Hỏi đáp",
    actions: {
      "question.create": "Người dân gửi câu hỏi",
      "question.status": "Chuyển, trả lời, đề nghị chuyển câu hỏi",
      "question.answer": "Sửa câu trả lời",
      "question.publish": "Công khai hoặc thôi công khai câu trả lời",
      "question.assign": "Giao câu hỏi cho người trả lời",
      "question.hide": "Ẩn hoặc hiện câu hỏi (kiểm duyệt)",
      "question.late": "Báo câu hỏi quá hạn trả lời",
      "question.officer.name": "Phân công cán bộ giải đáp",
      "question.officer.remove": "Thôi phân công cán bộ giải đáp",
      "site.settings": "Cài đặt trang công khai, hạn trả lời",
    },
  },
  {
    label: "Cẩm nang",
    actions: {
      "handbook.create": "Viết cẩm nang mới",
      "handbook.save": "Sửa nội dung cẩm nang",
      "handbook.status": "Công khai hoặc gỡ cẩm nang",
      "handbook.publish": "Công khai phiên bản mới của cẩm nang",
    },
  },
  {
    label: "Gương điển hình",
    actions: {
      "showcase.create": "Lập hồ sơ gương điển hình, mô hình hay",
      "showcase.edit": "Sửa hồ sơ điển hình",
      "showcase.status": "Công khai hoặc gỡ hồ sơ điển hình",
      "showcase.consent": "Đồng ý công khai hồ sơ điển hình về mình",
      "showcase.consent.withdraw": "Rút đồng ý công khai hồ sơ điển hình về mình",
    },
  },
  {
    label: "Kiểm tra chuyên đề",
    actions: {
      "inspection.round.create": "Lập đợt kiểm tra",
      "inspection.round.edit": "Sửa đợt kiểm tra, đoàn kiểm tra",
      "inspection.round.status": "Thông báo, kết thúc đợt kiểm tra",
      "inspection.checklist": "Lập danh mục nội dung kiểm tra",
      "inspection.visit.create": "Lên lịch kiểm tra một cơ sở",
      "inspection.visit.move": "Dời ngày kiểm tra",
      "inspection.visit.status": "Hủy, ghi kết quả buổi kiểm tra",
      "inspection.answer": "Ghi kết quả một nội dung kiểm tra",
      "inspection.conclusion": "Soạn thông báo kết luận kiểm tra",
      "inspection.recommendation.create": "Ban hành kiến nghị sau kiểm tra",
      "inspection.recommendation.status": "Phản hồi, xem xét, đính chính kiến nghị sau kiểm tra",
    },
  },
  { label: "Minh chứng", actions: { "evidence.upload": "Tải lên minh chứng", "evidence.archive": "Gỡ minh chứng" } },
  { label: "Bị từ chối", actions: { "action.refused": "Thao tác bị từ chối" } },
];

export const AUDIT_ACTION_LABELS: Record<string, string> = Object.assign({}, ...AUDIT_ACTION_GROUPS.map((g) => g.actions));
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABELS) as [string, ...string[]];

/** "Only refused attempts": actions refused by the server, and sign-ins refused. */
export const REFUSED_AUDIT_ACTIONS = ["action.refused", "auth.login.failed"];

export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;

export const AUDIT_TARGET_LABELS: Record<string, string> = {
  User: "Tài khoản",
  Unit: "Đơn vị",
  Member: "Đoàn viên",
  Plan: "Kế hoạch",
  Indicator: "Chỉ tiêu",
  Activity: "Hoạt động",
  HonourTitle: "Danh hiệu",
  HonourRound: "Đợt xét chọn",
  Nomination: "Đề xuất khen thưởng",
  ActivityRegistration: "Đăng ký hoạt động",
  YouthProject: "Công trình",
  MemberEntry: "Ghi nhận",
  IdeaComment: "Góp ý cho ý tưởng",
  Commitment: "Đăng ký rèn luyện",
  ReportPeriod: "Đợt báo cáo",
  Report: "Báo cáo",
  PublicQuestion: "Câu hỏi của người dân",
  PublicSite: "Trang công khai",
  Handbook: "Cẩm nang",
  ShowcaseProfile: "Hồ sơ điển hình",
  InspectionRound: "Đợt kiểm tra",
  InspectionVisit: "Buổi kiểm tra",
  InspectionRecommendation: "Kiến nghị sau kiểm tra",
  Action: "Thao tác",
};
export const AUDIT_TARGET_TYPES = Object.keys(AUDIT_TARGET_LABELS) as [string, ...string[]];

/** Why an action was refused, as the log reads it. */
export const REFUSAL_CODE_LABELS: Record<string, string> = {
  NOT_FOUND: "Không tìm thấy hoặc ngoài phạm vi",
  FORBIDDEN: "Không có quyền",
  EMAIL_UNAVAILABLE: "Địa chỉ email không dùng được",
};

export const AUDIT_FIELD_LABELS: Record<string, string> = {
  status: "Trạng thái",
  comment: "Ghi chú",
  answer: "Câu trả lời",
  published: "Công khai",
  hidden: "Đã ẩn",
  hiddenReason: "Lý do ẩn",
  shared: "Chia sẻ trong Khối",
  contestId: "Cuộc thi",
  applied: "Đã áp dụng",
  effect: "Hiệu quả",
  topic: "Lĩnh vực",
  intro: "Lời giới thiệu",
  answerDays: "Hạn trả lời (ngày làm việc)",
  extraDaysOff: "Ngày nghỉ thêm",
  subject: "Trích yếu",
  coSoPlanDueOn: "Hạn cơ sở gửi kế hoạch",
  reportSchedule: "Kỳ báo cáo sẽ mở khi ban hành",
  number: "Số, ký hiệu",
  kind: "Loại",
  name: "Tên",
  title: "Tiêu đề",
  fullName: "Họ và tên",
  email: "Email",
  phone: "Điện thoại",
  birthDate: "Ngày sinh",
  gender: "Giới tính",
  position: "Chức vụ",
  agency: "Cơ quan",
  joinedUnionAt: "Ngày vào Đoàn",
  chiDoanId: "Chi đoàn",
  coSoId: "Cơ sở Đoàn",
  unitId: "Đơn vị",
  parentId: "Đơn vị cấp trên",
  clusterId: "Cụm",
  role: "Vai trò",
  active: "Đang hoạt động",
  code: "Mã",
  wording: "Nội dung",
  target: "Mục tiêu",
  minTarget: "Mức tối thiểu",
  measure: "Cách đo",
  targetKind: "Loại mục tiêu",
  appliesTo: "Áp dụng cho",
  period: "Thời gian tính",
  months: "Các tháng",
  unitLabel: "Đơn vị tính",
  yearTargets: "Mục tiêu theo năm",
  startsOn: "Ngày bắt đầu",
  endsOn: "Ngày kết thúc",
  occurredOn: "Ngày",
  dueOn: "Hạn nộp",
  registrationDeadline: "Hạn đăng ký",
  organiser: "Đơn vị tổ chức",
  description: "Mô tả",
  goal: "Mục tiêu",
  field: "Lĩnh vực",
  startYear: "Từ năm",
  endYear: "Đến năm",
  sections: "Nội dung văn bản",
  pillars: "Các trách nhiệm",
  plannedPeople: "Số người dự kiến",
  people: "Số người tham gia",
  participations: "Số lượt",
  evidence: "Minh chứng",
  note: "Ghi chú",
  narratives: "Kết quả thực hiện",
  strengths: "Ưu điểm",
  weaknesses: "Hạn chế",
  proposals: "Đề xuất",
  values: "Số liệu",
  pledges: "Nội dung đăng ký",
  indicatorIds: "Chỉ tiêu",
  memberIds: "Đoàn viên tham gia",
  count: "Số lượng",
  delivery: "Cách trao tài khoản",
  fileName: "Tệp",
  progress: "Tiến độ (%)",
  awardedTo: "Đối tượng",
  level: "Cấp",
  criteria: "Tiêu chí",
};

/** Labels of coded values, per field. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  role: ROLE_LABELS,
  gender: GENDER_LABELS,
  measure: MEASURE_LABELS,
  targetKind: TARGET_KIND_LABELS,
  appliesTo: APPLIES_TO_LABELS,
  period: PERIOD_LABELS,
  field: WORK_FIELD_LABELS,
  awardedTo: HONOUR_SUBJECT_LABELS,
  level: HONOUR_LEVEL_LABELS,
  delivery: { INVITE: "Thư mời đăng nhập lần đầu", SHEET: "Phiếu mật khẩu tạm" },
};

/** The kind field means different things on different records. */
const KIND_LABELS: Record<string, Record<string, string>> = {
  Plan: PLAN_KIND_LABELS,
  Activity: ACTIVITY_KIND_LABELS,
  YouthProject: PROJECT_KIND_LABELS,
  MemberEntry: ENTRY_KIND_LABELS,
  Unit: UNIT_KIND_LABELS,
};

const STATUS_LABELS: Record<string, Record<string, string>> = {
  Plan: PLAN_STATUS_LABELS,
  Activity: { SCHEDULED: "Đã lên lịch", CANCELLED: "Đã hủy" },
  ActivityRegistration: REGISTRATION_STATUS_LABELS,
  YouthProject: PROJECT_STATUS_LABELS,
  MemberEntry: ENTRY_STATUS_LABELS,
  HonourRound: ROUND_STATUS_LABELS,
  Nomination: NOMINATION_STATUS_LABELS,
  Commitment: COMMITMENT_TIMELINE_LABELS,
  ReportPeriod: PERIOD_STATUS_LABELS,
  Report: REPORT_STATUS_LABELS,
  Handbook: HANDBOOK_STATUS_LABELS,
  ShowcaseProfile: SHOWCASE_STATUS_LABELS,
  InspectionRound: INSPECTION_ROUND_STATUS_LABELS,
  InspectionVisit: VISIT_STATUS_LABELS,
  InspectionRecommendation: RECOMMENDATION_STATUS_LABELS,
};

/** The label of a coded value on a record of `targetType`, or null when it is not a code. */
export function codeLabel(targetType: string, field: string, value: string): string | null {
  if (field === "status") return STATUS_LABELS[targetType]?.[value] ?? null;
  if (field === "kind") return KIND_LABELS[targetType]?.[value] ?? null;
  return VALUE_LABELS[field]?.[value] ?? null;
}
