// The content of one entry, by kind: who, where, when, and the idea's, training's or volunteer
// day's own details.
import Link from "next/link";
import type { EntryDetail } from "@/lib/data/entry-reads";
import { formatNumber, formatVietnameseDate } from "@/lib/domain/dates";
import { IDEA_KIND_LABELS, TRAINING_KIND_LABELS, WORK_FIELD_LABELS } from "@/lib/domain/work-labels";
import { formatHours } from "./labels";

function Item({ label, children, wide }: { label: string; children: React.ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? "sm:col-span-2" : undefined}>
      <dt className="text-slate-500">{label}</dt>
      <dd className="whitespace-pre-line">{children}</dd>
    </div>
  );
}

export function EntryDetails({ entry }: { entry: EntryDetail }) {
  const when =
    entry.endsOn && entry.endsOn.getTime() !== entry.occurredOn.getTime()
      ? `${formatVietnameseDate(entry.occurredOn)} – ${formatVietnameseDate(entry.endsOn)}`
      : formatVietnameseDate(entry.occurredOn);
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-2">
      {entry.memberName && <Item label="Đoàn viên">{entry.memberName}</Item>}
      <Item label="Chi đoàn">
        {entry.chiDoanName}
        <span className="block text-xs text-slate-500">{entry.coSoName}</span>
      </Item>
      {entry.kind === "IDEA" && (
        <>
          <Item label="Loại">{entry.ideaKind ? IDEA_KIND_LABELS[entry.ideaKind] : "—"}</Item>
          <Item label="Ngày đề xuất">{when}</Item>
          <Item label="Lĩnh vực">{entry.field ? WORK_FIELD_LABELS[entry.field] : "—"}</Item>
          <Item label="Đã áp dụng">{entry.applied ? "Đã áp dụng" : "Chưa áp dụng"}</Item>
          <Item label="Vấn đề đặt ra" wide>
            {entry.problem}
          </Item>
          <Item label="Nội dung đề xuất, giải pháp" wide>
            {entry.proposal}
          </Item>
          {entry.applied && (
            <Item label="Hiệu quả" wide>
              {entry.effect}
            </Item>
          )}
          <Item label="Dự thi" wide>
            {entry.contest ? (
              <Link href={`/hoat-dong/${entry.contest.id}`} className="text-doan-700 underline">
                {entry.contest.name}
              </Link>
            ) : (
              "Không dự thi"
            )}
          </Item>
        </>
      )}
      {entry.kind === "TRAINING" && (
        <>
          <Item label="Loại học tập, bồi dưỡng">{entry.trainingKind ? TRAINING_KIND_LABELS[entry.trainingKind] : "—"}</Item>
          <Item label="Thời gian">{when}</Item>
          <Item label="Đơn vị tổ chức, đào tạo" wide>
            {entry.provider}
          </Item>
        </>
      )}
      {entry.kind === "VOLUNTEER" && (
        <>
          <Item label="Ngày tham gia">{when}</Item>
          <Item label="Số giờ">{entry.hours !== null ? formatHours(entry.hours) : "—"}</Item>
          <Item label="Lĩnh vực">{entry.field ? WORK_FIELD_LABELS[entry.field] : "—"}</Item>
          <Item label="Thuộc hoạt động">
            {entry.activity ? (
              <Link href={`/hoat-dong/${entry.activity.id}`} className="text-doan-700 underline">
                {entry.activity.name}
              </Link>
            ) : (
              "Hoạt động của cơ sở hoặc tự tổ chức"
            )}
          </Item>
        </>
      )}
    </dl>
  );
}

/** The contest's verdict on an idea, once Khối staff have scored it. */
export function ContestResult({ entry }: { entry: Pick<EntryDetail, "contestScore" | "contestRank" | "contestNote"> }) {
  if (entry.contestScore === null && entry.contestRank === null)
    return <p className="text-sm text-slate-600">Ban giám khảo chưa chấm bài này.</p>;
  return (
    <dl className="grid grid-cols-2 gap-2 text-sm">
      <Item label="Điểm">{entry.contestScore !== null ? formatNumber(entry.contestScore) : "—"}</Item>
      <Item label="Xếp hạng">{entry.contestRank ?? "—"}</Item>
      {entry.contestNote && (
        <Item label="Nhận xét" wide>
          {entry.contestNote}
        </Item>
      )}
    </dl>
  );
}
