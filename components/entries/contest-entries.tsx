// On a contest's page, for Khối staff: the ideas entered, ranked first, each with its score form.
import Link from "next/link";
import type { ContestEntryDto } from "@/lib/data/entry-reviews";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { IDEA_KIND_LABELS, WORK_FIELD_LABELS } from "@/lib/domain/work-labels";
import { Card } from "@/components/ui/page";
import { WorkStatusBadge } from "@/components/ui/work-status-badge";
import { ContestScoreForm } from "./contest-score-form";

export function ContestEntries({ entries }: { entries: ContestEntryDto[] }) {
  return (
    <Card title={`Bài dự thi (${entries.length})`}>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">
          Chưa có ý tưởng nào dự thi. Đoàn viên chọn cuộc thi này khi ghi nhận ý tưởng, sáng kiến trong thời hạn nhận bài.
        </p>
      ) : (
        <ol className="divide-y divide-slate-100">
          {entries.map((e) => (
            <li key={e.id} className="space-y-2 py-3 text-sm" data-testid="contest-entry">
              <div className="flex flex-wrap items-center gap-2">
                {e.rank !== null && (
                  <span className="rounded bg-yellow-100 px-2 py-0.5 text-xs font-semibold text-yellow-900">Hạng {e.rank}</span>
                )}
                <Link href={`/ghi-nhan/${e.id}`} className="font-medium text-doan-800 hover:underline">
                  {e.title}
                </Link>
                <WorkStatusBadge status={e.status} kind="entry" />
              </div>
              <p className="text-xs text-slate-600">
                {[
                  e.ideaKind ? IDEA_KIND_LABELS[e.ideaKind] : null,
                  e.field ? WORK_FIELD_LABELS[e.field] : null,
                  e.memberName,
                  e.coSoName,
                  formatVietnameseDate(e.occurredOn),
                  e.applied ? "Đã áp dụng" : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              {e.canScore ? (
                <ContestScoreForm id={e.id} version={e.version} score={e.score} rank={e.rank} note={e.note} />
              ) : (
                <p className="text-xs text-slate-500">Bài của chính bạn: người khác trong Ban giám khảo chấm.</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
