import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { QUESTION_TABS, QUESTIONS_PER_PAGE, questionsFor, responseTimes, type QuestionTab } from "@/lib/data/questions";
import { questionOfficers } from "@/lib/data/question-officers";
import { NameOfficerForm, RemoveOfficerButton } from "@/components/questions/officer-forms";
import { dayInVietnam, formatNumber, formatVietnameseDate } from "@/lib/domain/dates";
import { QUESTION_STATUS_LABELS, onTimeLabel, responseTimeLabel, topicLabel } from "@/lib/domain/questions";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { Pager } from "@/components/ui/pager";
import { scrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Hỏi đáp của người dân" };

type Props = { searchParams: Promise<{ tab?: string; page?: string }> };

const th = "whitespace-nowrap px-3 py-2 text-left font-medium";
const td = "px-3 py-2 align-top";

/** The handler's questions: the agency's own (cơ sở), or the Khối's (route, moderate, response times). */
export default async function QuestionsPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "question.answer") && !canSomewhere(viewer, "question.manage")) notFound();
  const sp = await searchParams;
  const manages = canSomewhere(viewer, "question.manage");
  const answers = canSomewhere(viewer, "question.answer");
  // Routing is the Khối's; only an agency's answerers are given questions.
  const shown = QUESTION_TABS.filter((t) => (t.key !== "cho-chuyen" || manages) && (t.key !== "duoc-giao" || answers));
  const tab: QuestionTab = QUESTION_TABS.some((t) => t.key === sp.tab)
    ? (sp.tab as QuestionTab)
    : manages
      ? "cho-chuyen"
      : "cho-tra-loi";
  const page = Number(sp.page) > 0 ? Math.floor(Number(sp.page)) : 1;
  const yearStart = new Date(Date.UTC(dayInVietnam(new Date()).getUTCFullYear(), 0, 1));
  const [list, times, desks] = await Promise.all([
    questionsFor(viewer, { tab, page }),
    responseTimes(viewer, yearStart),
    canSomewhere(viewer, "question.officers") ? questionOfficers(viewer) : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeader
        title="Hỏi đáp của người dân"
        description={
          manages
            ? "Câu hỏi về thủ tục hành chính gửi qua trang công khai của Đoàn Khối: chuyển câu hỏi chưa rõ cơ quan, theo dõi hạn trả lời của các cơ sở."
            : "Câu hỏi của người dân về thủ tục hành chính của cơ quan: trả lời trước hạn, chọn công khai câu trả lời."
        }
      />
      <nav aria-label="Lọc câu hỏi" className="mb-4 flex flex-wrap gap-2 text-sm">
        {shown.map((t) => (
          <Link
            key={t.key}
            href={`/hoi-dap?tab=${t.key}`}
            aria-current={t.key === tab ? "page" : undefined}
            className={`rounded-full px-3 py-1 ring-1 ${t.key === tab ? "bg-doan-700 text-white ring-doan-700" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
          >
            {t.label} ({formatNumber(list.counts.get(t.key) ?? 0)})
          </Link>
        ))}
      </nav>
      {list.rows.length === 0 ? (
        <EmptyState title="Không có câu hỏi nào ở mục này">
          {tab === "duoc-giao"
            ? "Không có câu hỏi nào được giao cho bạn đang chờ trả lời. Câu hỏi chung của cơ sở ở mục “Chờ trả lời”."
            : tab === "cho-tra-loi" || tab === "qua-han"
              ? "Mọi câu hỏi đã được trả lời."
              : "Câu hỏi mới từ trang công khai sẽ hiện ở đây, kèm thông báo trong Cổng và qua thư."}
        </EmptyState>
      ) : (
        <ul className="space-y-2">
          {list.rows.map((q) => (
            <li key={q.id} className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
              <Link href={`/hoi-dap/${q.id}`} className="block">
                <span className="text-xs text-slate-500">
                  {topicLabel(q.topic)} · gửi {formatVietnameseDate(dayInVietnam(q.createdAt))}
                  {q.coSo && ` · ${q.coSo.name}`}
                  {q.assignedTo && q.status === "WAITING" && ` · giao ${q.assignedTo.name}`}
                  {q.dueAt && q.status !== "ANSWERED" && ` · hạn ${formatVietnameseDate(dayInVietnam(q.dueAt))}`}
                </span>
                <span className="mt-1 line-clamp-2 block text-sm text-slate-900">{q.body}</span>
                <span className="mt-1 flex flex-wrap gap-1 text-xs">
                  <Badge tone={q.status === "ANSWERED" ? "green" : "slate"}>{QUESTION_STATUS_LABELS[q.status]}</Badge>
                  {q.late && <Badge tone="red">{q.status === "ANSWERED" ? "Trả lời trễ hạn" : "Quá hạn"}</Badge>}
                  {q.published && <Badge tone="green">Đã công khai</Badge>}
                  {q.hiddenAt && <Badge tone="red">Đã ẩn</Badge>}
                  {q.rerouteReason && <Badge tone="amber">Cơ sở đề nghị chuyển</Badge>}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pager page={list.page} pageSize={QUESTIONS_PER_PAGE} total={list.total} hrefFor={(p) => `/hoi-dap?tab=${tab}&page=${p}`} />

      <Card title={`Thời gian trả lời năm ${yearStart.getUTCFullYear()}`} className="mt-6">
        {times.length === 0 ? (
          <p className="text-sm text-slate-600">Chưa có câu hỏi nào được chuyển đến cơ sở trong năm.</p>
        ) : (
          <div {...scrollRegion()} className="overflow-x-auto">
            <table className="min-w-full text-sm">
              <thead className="bg-slate-50 text-slate-600">
                <tr>
                  <th className={th}>Cơ quan</th>
                  <th className={`${th} text-right`}>Nhận</th>
                  <th className={`${th} text-right`}>Đã trả lời</th>
                  <th className={`${th} text-right`}>Đúng hạn</th>
                  <th className={`${th} text-right`}>Quá hạn</th>
                  <th className={`${th} text-right`}>Trung vị thời gian</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {times.map((a) => (
                  <tr key={a.coSoId}>
                    <td className={td}>{a.name}</td>
                    <td className={`${td} text-right`}>{formatNumber(a.received)}</td>
                    <td className={`${td} text-right`}>{formatNumber(a.answered)}</td>
                    <td className={`${td} text-right`}>{onTimeLabel(a)}</td>
                    <td className={`${td} text-right ${a.lateNow ? "font-medium text-red-700" : ""}`}>
                      {formatNumber(a.lateNow)}
                    </td>
                    <td className={`${td} text-right`}>{responseTimeLabel(a.medianHours)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>

      {desks.map((desk) => (
        <Card key={desk.coSo.id} title={`Cán bộ giải đáp – ${desk.coSo.name}`} className="mt-6">
          <p className="mb-3 text-sm text-slate-600">
            Những người được phân công cùng bí thư xem, trả lời và công khai câu hỏi gửi cơ quan, và nhận thông báo câu hỏi mới,
            sắp đến hạn, quá hạn. Họ không xem được dữ liệu khác của cơ sở.
          </p>
          {desk.officers.length === 0 ? (
            <p className="mb-3 text-sm text-slate-600">Chưa phân công ai: chỉ bí thư trả lời câu hỏi.</p>
          ) : (
            <ul className="mb-4 divide-y divide-slate-100">
              {desk.officers.map((o) => (
                <li key={o.membershipId} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <span>
                    <span className="font-medium text-slate-900">{o.name}</span>{" "}
                    <span className="text-slate-500">({o.email})</span>
                    {!o.active && <Badge tone="red">Tài khoản đã khóa</Badge>}
                  </span>
                  <RemoveOfficerButton membershipId={o.membershipId} name={o.name} />
                </li>
              ))}
            </ul>
          )}
          {desk.candidates.length === 0 ? (
            <p className="text-sm text-slate-600">
              Cơ sở chưa có tài khoản nào khác để phân công. Đoàn Khối tạo tài khoản cho đoàn viên của cơ sở.
            </p>
          ) : (
            <NameOfficerForm coSoId={desk.coSo.id} candidates={desk.candidates} />
          )}
        </Card>
      ))}
    </>
  );
}

const TONES = {
  green: "bg-green-50 text-green-800 ring-green-200",
  red: "bg-red-50 text-red-700 ring-red-200",
  amber: "bg-amber-50 text-amber-800 ring-amber-200",
  slate: "bg-slate-50 text-slate-700 ring-slate-200",
};

function Badge({ tone, children }: { tone: keyof typeof TONES; children: React.ReactNode }) {
  return <span className={`rounded px-2 py-0.5 ring-1 ${TONES[tone]}`}>{children}</span>;
}
