// Việc cần làm: what waits for the viewer, one line per kind of work (a count, a Vietnamese name
// and the list it opens), and the menu entry each line belongs to, for the counts in the menu.
// Pure: lib/data/to-do.ts counts, this names and links.
import { formatVietnameseDate } from "./dates";

export type ToDoItem = {
  key: string;
  n: number;
  text: string;
  href: string;
  /** The menu entry (its href) whose badge counts this line */
  menu: string;
};

/** What waits for a Khối's staff: counts over the whole Khối. */
export type KhoiWaiting = {
  projectsToApprove: number;
  completionsToAcknowledge: number;
  /** Cơ sở reports sent and not yet accepted or returned, and the one period they are in when only one */
  reportsToReview: { n: number; periodId: string | null };
  /** Ideas entered in an active contest with no score nor rank yet, and the one contest when only one */
  ideasToScore: { n: number; contestId: string | null };
  /** Nominations sent by the cơ sở in a round still open, and the one round when only one */
  nominationsToReview: { n: number; roundId: string | null };
};

/** What waits for a secretary in their unit (lib/data/dashboard pendingWork). */
export type CoSoWaiting = {
  year: number;
  entries: number;
  commitments: number;
  assessments: number;
  lastYearAssessments: number;
  returnedProjects: number;
  recommendations: { owed: number; overdue: number };
  /** Khối plans whose cơ sở-plan due date the unit has not met yet (issue 17) */
  plansDue: { planId: string; dueOn: Date; missing: number; overdue: boolean }[];
};

export function khoiToDo(w: KhoiWaiting): ToDoItem[] {
  return [
    {
      key: "projects",
      n: w.projectsToApprove,
      text: "công trình, phần việc chờ duyệt",
      href: "/cong-trinh?status=PENDING",
      menu: "/cong-trinh",
    },
    {
      key: "completions",
      n: w.completionsToAcknowledge,
      text: "báo cáo hoàn thành công trình chờ ghi nhận",
      href: "/cong-trinh?status=COMPLETED",
      menu: "/cong-trinh",
    },
    {
      key: "reports",
      n: w.reportsToReview.n,
      text: "báo cáo của cơ sở chờ duyệt",
      href: w.reportsToReview.periodId ? `/bao-cao/${w.reportsToReview.periodId}` : "/bao-cao",
      menu: "/bao-cao",
    },
    {
      key: "contests",
      n: w.ideasToScore.n,
      text: "ý tưởng dự thi chờ chấm điểm",
      href: w.ideasToScore.contestId ? `/hoat-dong/${w.ideasToScore.contestId}` : "/hoat-dong",
      menu: "/hoat-dong",
    },
    {
      key: "nominations",
      n: w.nominationsToReview.n,
      text: "đề xuất khen thưởng chờ xem xét",
      href: w.nominationsToReview.roundId ? `/khen-thuong/${w.nominationsToReview.roundId}` : "/khen-thuong",
      menu: "/khen-thuong",
    },
  ].filter((i) => i.n > 0);
}

export function coSoToDo(p: CoSoWaiting): ToDoItem[] {
  return [
    {
      key: "entries",
      n: p.entries,
      text: "ghi nhận ý tưởng, học tập, tình nguyện chờ xác nhận",
      href: "/ghi-nhan",
      menu: "/ghi-nhan",
    },
    {
      key: "commitments",
      n: p.commitments,
      text: `bản đăng ký rèn luyện năm ${p.year} chờ xác nhận`,
      href: `/cam-ket?year=${p.year}&status=SUBMITTED`,
      menu: "/cam-ket",
    },
    {
      key: "assessments",
      n: p.assessments,
      text: `bản tự đánh giá năm ${p.year} chờ xác nhận`,
      href: `/cam-ket?year=${p.year}&assessment=SUBMITTED`,
      menu: "/cam-ket",
    },
    {
      key: "last-year-assessments",
      n: p.lastYearAssessments,
      text: `bản tự đánh giá năm ${p.year - 1} chờ xác nhận`,
      href: `/cam-ket?year=${p.year - 1}&assessment=SUBMITTED`,
      menu: "/cam-ket",
    },
    {
      key: "returned-projects",
      n: p.returnedProjects,
      text: "công trình, phần việc bị trả lại cần sửa",
      href: "/cong-trinh?status=RETURNED",
      menu: "/cong-trinh",
    },
    {
      key: "recommendations",
      n: p.recommendations.owed,
      text: `kiến nghị sau kiểm tra cần khắc phục${p.recommendations.overdue ? ` (${p.recommendations.overdue} quá hạn)` : ""}`,
      href: "/kiem-tra/kien-nghi",
      menu: "/kiem-tra",
    },
    ...p.plansDue.map((d) => ({
      key: `plan-due-${d.planId}`,
      n: d.missing,
      text: `kế hoạch của cơ sở cần gửi về Đoàn Khối${d.overdue ? ", đã quá hạn" : ""} (hạn ${formatVietnameseDate(d.dueOn)})`,
      href: `/ke-hoach/${d.planId}`,
      menu: "/ke-hoach",
    })),
  ].filter((i) => i.n > 0);
}

/** The badge of each menu entry: the sum of its lines. */
export function menuCounts(items: ToDoItem[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[i.menu] = (out[i.menu] ?? 0) + i.n;
  return out;
}
