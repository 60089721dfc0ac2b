// The permission table: role × action → scope. The code (can() and the query scopes) and the
// tests both read this one table; an action missing from a role's row is refused.
import type { Role } from "@/lib/generated/prisma/enums";

export const ACTIONS = [
  "unit.read", // see a unit and its counts
  "unit.create", // create a unit under a unit in scope
  "unit.update", // rename, move, deactivate
  "member.read", // see a member's profile (personal data)
  "member.create",
  "member.update", // edit, transfer (chuyển sinh hoạt), deactivate
  "member.import",
  "member.export",
  "account.manage", // create accounts, grant and remove roles, disable
  "account.own", // one's own account: change one's password, mark one's notices read
  "account.createMembers", // create member accounts for many đoàn viên at once (invitation or temporary password sheet)
  "plan.read", // see published plans and programmes (kế hoạch, chương trình) and their indicators
  "plan.manage", // draft, edit, publish, revise, archive the plans the grant's own unit issues
  "activity.read", // see the Khối's activities
  "activity.manage", // schedule, edit, cancel Khối activities
  "activity.register", // register a cơ sở for an activity and report its participation
  "project.read", // see youth projects (công trình thanh niên, phần việc, mô hình, giải pháp)
  "project.register", // register, edit, report progress and completion of the unit's own projects; join Khối projects
  "project.review", // approve or return registrations, acknowledge or honour completed projects
  "entry.log", // log one's own ideas, trainings, volunteer work and yearly commitment
  "entry.read", // see members' entries and commitments (personal data)
  "entry.review", // confirm or return members' entries and commitments
  "contest.review", // score and rank the ideas entered in a Khối contest
  "idea.share", // read, support and comment on the ideas members share with their Khối (nhân rộng)
  "report.read", // see report periods (đợt báo cáo) and the unit's reports; the Khối sees submitted ones
  "report.fill", // write, submit and correct the report of the grant's own unit
  "report.review", // accept or return cơ sở reports
  "report.manage", // open, edit, close report periods, remind, set the thi đua weights
  "honour.read", // see the Khối's titles (danh hiệu) and their criteria
  "honour.manage", // keep the Khối's titles and criteria, open nomination rounds, review nominations
  "honour.nominate", // nominate the unit's members and collectives in a round (đề xuất); a chi đoàn proposes to its cơ sở
  "honour.vote", // sit on a round's council (hội đồng thi đua) when seated: score and vote
  "honour.forward", // propose the Khối's honourees to the Thành Đoàn for a city-level title, withdraw
  "honour.city", // the Thành Đoàn: read the proposals sent to it by the Khối under it and decide them
  "question.answer", // answer the public's questions addressed to the unit (hỏi đáp), publish, ask to reroute
  "question.manage", // route the Khối's public questions, moderate, set the answer deadline, curate the public site (handbooks too)
  "question.officers", // name and remove the unit's question officers (cán bộ giải đáp) among its accounts
  "handbook.write", // write, publish and withdraw the unit's procedure handbooks (cẩm nang thủ tục hành chính)
  "inspection.read", // see inspection rounds (kiểm tra chuyên đề); a cơ sở sees its own visits once told of them
  "inspection.respond", // answer the recommendations (kiến nghị) of the unit's own inspection conclusions
  "inspection.manage", // plan rounds, their team, visits and checklist, record findings, conclude, follow recommendations
  "audit.read", // read and export the Khối's audit trail (nhật ký thao tác), refused attempts included
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * - `subtree`: the grant's unit and everything below it
 * - `below`: strictly below the grant's unit (a secretary may rename a chi đoàn, not their cơ sở)
 * - `self`: only records that belong to the viewer (a member's own profile)
 * - `line`: the subtree plus the units above it in the same Khối (a plan issued above concerns
 *   everyone below it; a sibling cơ sở's plan does not)
 * - `unit`: records issued by the grant's unit itself (the Khối edits its plans, not a cơ sở's)
 * - `khoi`: anything of the grant's Khối, whichever cơ sở (what a member shares with the Khối)
 */
export type Scope = "subtree" | "below" | "self" | "line" | "unit" | "khoi";

/** Khối staff run the plans and activities of the Khối. */
const KHOI_PLANNING = {
  "plan.read": "subtree",
  "plan.manage": "unit",
  "activity.read": "subtree",
  "activity.manage": "subtree",
  "project.read": "subtree",
  "project.register": "unit",
  "project.review": "subtree",
  "entry.log": "self",
  "entry.read": "subtree",
  "contest.review": "subtree",
  "idea.share": "khoi",
  "report.read": "subtree",
  "report.fill": "unit",
  "report.review": "subtree",
  "report.manage": "subtree",
  "honour.read": "subtree",
  "honour.manage": "subtree",
  "honour.vote": "subtree",
  "honour.forward": "subtree",
  "question.manage": "subtree",
  "inspection.read": "subtree",
  "inspection.manage": "subtree",
} as const satisfies Partial<Record<Action, Scope>>;

export const PERMISSIONS: Record<Role, Partial<Record<Action, Scope>>> = {
  // Thành Đoàn reads the Khối under it: structure and counts, never names (personal data).
  // Projects are public work of units; members' entries are personal data and stay in the Khối.
  CITY_VIEWER: {
    "account.own": "self",
    "unit.read": "subtree",
    "plan.read": "subtree",
    "activity.read": "subtree",
    "project.read": "subtree",
  },
  // Cán bộ Thành Đoàn: the viewer's reading, and the honours the Khối propose to the city. It sees
  // the names of those proposed (it decides on them), nothing else of a Khối's members or rounds.
  CITY_STAFF: {
    "account.own": "self",
    "unit.read": "subtree",
    "plan.read": "subtree",
    "activity.read": "subtree",
    "project.read": "subtree",
    "honour.city": "subtree",
  },
  KHOI_ADMIN: {
    "account.own": "self",
    "unit.read": "subtree",
    "unit.create": "subtree",
    "unit.update": "below",
    "member.read": "subtree",
    "member.create": "subtree",
    "member.update": "subtree",
    "member.import": "subtree",
    "member.export": "subtree",
    "account.manage": "subtree",
    "account.createMembers": "subtree",
    // The log names every account and what it did: the Khối's admins only, and only rows of their
    // own Khối (auditScope), never another Khối's nor the city's.
    "audit.read": "subtree",
    ...KHOI_PLANNING,
  },
  KHOI_STAFF: {
    "account.own": "self",
    "unit.read": "subtree",
    "member.read": "subtree",
    "member.create": "subtree",
    "member.update": "subtree",
    "member.import": "subtree",
    "member.export": "subtree",
    ...KHOI_PLANNING,
  },
  CO_SO_SECRETARY: {
    "account.own": "self",
    "unit.read": "subtree",
    "unit.create": "subtree",
    "unit.update": "below",
    "member.read": "subtree",
    "member.create": "subtree",
    "member.update": "subtree",
    "member.import": "subtree",
    "member.export": "subtree",
    // Member accounts (role MEMBER) for the cơ sở's own đoàn viên, nothing else of accounts.
    "account.createMembers": "subtree",
    "plan.read": "line",
    "plan.manage": "unit",
    "activity.read": "line",
    "activity.register": "subtree",
    "project.read": "line",
    "project.register": "unit",
    "entry.log": "self",
    "entry.read": "subtree",
    "entry.review": "subtree",
    "idea.share": "khoi",
    "report.read": "subtree",
    "report.fill": "unit",
    "honour.nominate": "subtree",
    "honour.read": "line",
    "question.answer": "unit",
    "question.officers": "unit",
    "handbook.write": "unit",
    "inspection.read": "unit",
    "inspection.respond": "unit",
  },
  CHI_DOAN_SECRETARY: {
    "account.own": "self",
    "unit.read": "subtree",
    "member.read": "subtree",
    "member.create": "subtree",
    "member.update": "subtree",
    "member.import": "subtree",
    "member.export": "subtree",
    "plan.read": "line",
    "activity.read": "line",
    "project.read": "line",
    "entry.log": "self",
    "entry.read": "subtree",
    "entry.review": "subtree",
    "idea.share": "khoi",
    "honour.nominate": "subtree",
    "honour.read": "line",
  },
  // Named by the cơ sở's secretary beside the account's own role (a member, usually): answers the
  // public's questions addressed to the cơ sở, and nothing else of it.
  QUESTION_OFFICER: {
    "account.own": "self",
    "question.answer": "unit",
  },
  MEMBER: {
    "account.own": "self",
    "member.read": "self",
    "plan.read": "line",
    "activity.read": "line",
    "project.read": "line",
    "entry.log": "self",
    "entry.read": "self",
    "idea.share": "khoi",
    "honour.read": "line",
  },
};

/** Roles a grant on a unit of each level may carry (used when assigning roles). */
export const ROLES_BY_UNIT_KIND = {
  CITY: ["CITY_VIEWER", "CITY_STAFF"],
  KHOI: ["KHOI_ADMIN", "KHOI_STAFF"],
  CO_SO: ["CO_SO_SECRETARY", "MEMBER", "QUESTION_OFFICER"],
  CHI_DOAN: ["CHI_DOAN_SECRETARY", "MEMBER"],
} as const satisfies Record<string, readonly Role[]>;

export const ROLE_LABELS: Record<Role, string> = {
  CITY_VIEWER: "Thành Đoàn (xem)",
  CITY_STAFF: "Cán bộ Thành Đoàn",
  KHOI_ADMIN: "Quản trị Đoàn Khối",
  KHOI_STAFF: "Cán bộ Đoàn Khối",
  CO_SO_SECRETARY: "Bí thư cơ sở Đoàn",
  CHI_DOAN_SECRETARY: "Bí thư chi đoàn",
  MEMBER: "Đoàn viên",
  QUESTION_OFFICER: "Cán bộ giải đáp",
};
