// What a project is and what came of it: the registration, who takes part, progress updates and
// the completion report. Member names arrive only when the viewer may read them.
import Link from "next/link";
import type { ProjectDetail } from "@/lib/data/projects";
import { formatNumber, formatVietnameseDate, formatVietnameseDateTime, formatVietnameseDay } from "@/lib/domain/dates";
import { planTitle } from "@/lib/domain/plan-labels";
import { markDrops } from "@/lib/domain/project-progress";
import { PROJECT_KIND_LABELS, WORK_FIELD_LABELS } from "@/lib/domain/work-labels";

const Item = ({ label, children, wide = false }: { label: string; children: React.ReactNode; wide?: boolean }) => (
  <div className={wide ? "sm:col-span-2" : undefined}>
    <dt className="text-slate-500">{label}</dt>
    <dd className="whitespace-pre-line">{children}</dd>
  </div>
);

export function ProjectInfo({ p }: { p: ProjectDetail }) {
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-2">
      <Item label="Loại">{PROJECT_KIND_LABELS[p.kind]}</Item>
      <Item label="Lĩnh vực">{WORK_FIELD_LABELS[p.field]}</Item>
      <Item label="Đơn vị đăng ký">
        {p.unitName}
        {p.level === "KHOI" ? " (cấp Khối)" : ""}
      </Item>
      <Item label="Thời gian">
        {formatVietnameseDate(p.startsOn)}
        {p.endsOn ? ` – ${formatVietnameseDate(p.endsOn)}` : ""}
      </Item>
      <Item label="Theo kế hoạch" wide>
        <Link href={`/ke-hoach/${p.plan.id}`} className="text-doan-700 underline">
          {planTitle(p.plan)}
        </Link>
      </Item>
      <Item label="Mục tiêu" wide>
        {p.goal}
      </Item>
      {p.expectedValue && (
        <Item label="Giá trị dự kiến" wide>
          {p.expectedValue}
        </Item>
      )}
      <Item label="Phục vụ chỉ tiêu" wide>
        {p.indicators.length
          ? p.indicators.map((i) => (
              <span key={i.id} className="block">
                <strong>{i.code}</strong> {i.wording}
              </span>
            ))
          : "—"}
      </Item>
      {p.reviewComment && (
        <Item label="Ý kiến gần nhất của Đoàn Khối" wide>
          “{p.reviewComment}”
        </Item>
      )}
    </dl>
  );
}

export function ProjectParticipantsView({ p }: { p: ProjectDetail }) {
  if (p.level === "KHOI") {
    return p.joins.length ? (
      <ul className="space-y-1 text-sm">
        {p.joins.map((j) => (
          <li key={j.coSoId}>
            {j.coSoName} <span className="text-xs text-slate-500">· tham gia từ {formatVietnameseDay(j.createdAt)}</span>
          </li>
        ))}
      </ul>
    ) : (
      <p className="text-sm text-slate-600">
        Chưa có cơ sở nào tham gia. Bí thư cơ sở Đoàn bấm “Đăng ký tham gia” để cùng thực hiện.
      </p>
    );
  }
  const hidden = p.memberCount - p.members.length;
  return (
    <div className="space-y-2 text-sm">
      <p>
        <span className="text-slate-500">Chi đoàn: </span>
        {p.chiDoan.length ? p.chiDoan.map((c) => c.name).join(", ") : "—"}
      </p>
      <p className="text-slate-500">Đoàn viên tham gia: {formatNumber(p.memberCount)}</p>
      {p.members.length > 0 && (
        <ul className="grid gap-1 sm:grid-cols-2">
          {p.members.map((m) => (
            <li key={m.id}>{m.fullName}</li>
          ))}
        </ul>
      )}
      {hidden > 0 && p.members.length > 0 && <p className="text-xs text-slate-500">và {formatNumber(hidden)} đoàn viên khác</p>}
    </div>
  );
}

export function ProjectUpdates({ p }: { p: ProjectDetail }) {
  if (!p.updates.length) return <p className="text-sm text-slate-600">Chưa có cập nhật tiến độ.</p>;
  return (
    <ol className="space-y-3 text-sm">
      {markDrops(p.updates).map((u) => (
        <li key={u.id} className="border-l-2 border-doan-100 pl-3">
          <span className="text-xs text-slate-500">
            {formatVietnameseDateTime(u.createdAt)}
            {u.progress !== null ? ` · ${u.progress}%` : ""}
          </span>
          {u.droppedFrom !== null && (
            <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900">Giảm từ {u.droppedFrom}%</span>
          )}
          <p className="whitespace-pre-line">{u.body}</p>
        </li>
      ))}
    </ol>
  );
}

export function ProjectResult({ p }: { p: ProjectDetail }) {
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-2">
      <Item label="Kết quả thực hiện" wide>
        {p.resultText}
      </Item>
      <Item label="Số người hưởng lợi">{p.beneficiaries !== null ? formatNumber(p.beneficiaries) : "—"}</Item>
      <Item label="Giá trị làm lợi, kinh phí">{p.resultAmount !== null ? `${formatNumber(p.resultAmount)} đồng` : "—"}</Item>
      {p.completedAt && <Item label="Báo cáo lúc">{formatVietnameseDateTime(p.completedAt)}</Item>}
    </dl>
  );
}

/** A thin bar with the latest percent, for projects under way. */
export function ProgressBar({ value }: { value: number }) {
  return (
    <div className="flex items-center gap-2 text-sm" aria-label={`Tiến độ ${value}%`}>
      <div className="h-2 flex-1 rounded-full bg-slate-100">
        <div className="h-2 rounded-full bg-doan-600" style={{ width: `${value}%` }} />
      </div>
      <span className="tabular-nums">{value}%</span>
    </div>
  );
}
