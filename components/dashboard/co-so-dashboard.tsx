// Secretaries: what waits for them (to review, to fix), then their cơ sở against its own targets.
import Link from "next/link";
import type { CoSoDashboard as Data } from "@/lib/data/dashboard-views";
import type { PendingWork } from "@/lib/data/dashboard";
import { formatNumber, formatVietnameseDate } from "@/lib/domain/dates";
import { Card } from "@/components/ui/page";
import { NoPlan, PlanLink, SectionHeading } from "./common";
import { CoSoProgressView, CoSoRecordLinks, type RecordLinks } from "./co-so-view";

function dueItems(p: PendingWork) {
  return [
    { n: p.entries, text: "ghi nhận ý tưởng, học tập, tình nguyện chờ xác nhận", href: "/ghi-nhan" },
    {
      n: p.commitments,
      text: `bản đăng ký rèn luyện năm ${p.year} chờ xác nhận`,
      href: `/cam-ket?year=${p.year}&status=SUBMITTED`,
    },
    {
      n: p.assessments,
      text: `bản tự đánh giá năm ${p.year} chờ xác nhận`,
      href: `/cam-ket?year=${p.year}&assessment=SUBMITTED`,
    },
    {
      n: p.lastYearAssessments,
      text: `bản tự đánh giá năm ${p.year - 1} chờ xác nhận`,
      href: `/cam-ket?year=${p.year - 1}&assessment=SUBMITTED`,
    },
    { n: p.returnedProjects, text: "công trình, phần việc bị trả lại cần sửa", href: "/cong-trinh?status=RETURNED" },
    {
      n: p.recommendations.owed,
      text: `kiến nghị sau kiểm tra cần khắc phục${p.recommendations.overdue ? ` (${p.recommendations.overdue} quá hạn)` : ""}`,
      href: "/kiem-tra/kien-nghi",
    },
  ].filter((i) => i.n > 0);
}

export function PendingCard({ pending }: { pending: PendingWork }) {
  const items = dueItems(pending);
  const visit = pending.nextVisit;
  return (
    <Card title="Việc cần làm">
      {visit && (
        <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Đoàn Khối kiểm tra chuyên đề tại đơn vị ngày <strong>{formatVietnameseDate(visit.visitOn)}</strong>:{" "}
          <Link href={`/kiem-tra/${visit.roundId}`} className="text-doan-700 underline">
            xem nội dung kiểm tra và những gì cần chuẩn bị
          </Link>
        </p>
      )}
      {items.length ? (
        <ul className="space-y-2 text-sm">
          {items.map((i) => (
            <li key={i.href}>
              <Link href={i.href} className="text-doan-700 hover:underline">
                <span className="mr-1 inline-block min-w-8 rounded-full bg-amber-100 px-2 text-center font-semibold tabular-nums text-amber-900">
                  {formatNumber(i.n)}
                </span>
                {i.text}
              </Link>
            </li>
          ))}
        </ul>
      ) : visit ? null : (
        <p className="text-sm text-slate-600">Không có việc nào đang chờ bạn.</p>
      )}
    </Card>
  );
}

export function CoSoDashboard({ data, links, contributions }: { data: Data; links: RecordLinks; contributions: boolean }) {
  const { progress, year } = data;
  return (
    <section aria-labelledby="co-so-dashboard" className="space-y-6">
      <SectionHeading
        id="co-so-dashboard"
        title="Đơn vị của bạn"
        description={
          progress ? (
            <>
              Theo <PlanLink plan={progress.plan} /> của Đoàn Khối.
            </>
          ) : undefined
        }
      />
      <PendingCard pending={data.pending} />
      {data.coSo.map((c) => (
        <div key={c.ref.id} className="space-y-4">
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
            <h3 className="text-base font-semibold text-slate-800">{c.ref.name}</h3>
            <CoSoRecordLinks coSoId={c.ref.id} links={links} />
          </div>
          {!progress && <NoPlan year={year} canPublish={false} />}
          <CoSoProgressView
            coSoId={c.ref.id}
            indicators={progress?.indicators ?? null}
            trend={c.trend}
            year={year}
            contributions={contributions}
          />
        </div>
      ))}
    </section>
  );
}
