// A member's own year: what they logged (confirmed, waiting, returned), their commitment and
// what they pledged, their projects, month by month. Only their own records.
import Link from "next/link";
import type { MemberDashboard as Data } from "@/lib/data/dashboard-views";
import { commitmentStage } from "@/lib/domain/commitment-rules";
import { formatNumber } from "@/lib/domain/dates";
import { MEMBER_TREND_SERIES, trendRows } from "@/lib/domain/dashboard-summaries";
import { ASSESSMENT_RATING_LABELS, ENTRY_KIND_LABELS } from "@/lib/domain/work-labels";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, Stat } from "@/components/ui/page";
import { DataTable } from "@/components/charts/data-table";
import { TrendFigure } from "@/components/charts/trend-figure";
import { SectionHeading } from "./common";

function Commitment({ view }: { view: Data["commitment"] }) {
  const c = view.commitment;
  if (!c)
    return (
      <p className="text-sm text-slate-700">
        Bạn chưa đăng ký rèn luyện năm {view.year}.{" "}
        {view.plan ? (
          <Link href="/ca-nhan#ren-luyen" className="text-doan-700 underline">
            Đăng ký ngay
          </Link>
        ) : (
          "Đoàn Khối chưa ban hành kế hoạch năm để đăng ký."
        )}
      </p>
    );
  return (
    <div className="space-y-3 text-sm">
      <p>
        Trạng thái: <strong>{commitmentStage(c)}</strong>
        {c.rating && (
          <>
            {" "}
            · Xếp loại: <strong>{ASSESSMENT_RATING_LABELS[c.rating]}</strong>
          </>
        )}
      </p>
      <ul className="space-y-2">
        {c.items.map((i) => (
          <li key={i.pillar}>
            <span className="font-medium text-slate-800">{i.pillar}:</span>{" "}
            <span className="text-slate-700">{i.pledge || "—"}</span>
          </li>
        ))}
      </ul>
      <Link href="/ca-nhan#ren-luyen" className="text-doan-700 underline">
        Xem và cập nhật đăng ký rèn luyện
      </Link>
    </div>
  );
}

export function MemberDashboard({ data, isMember }: { data: Data; isMember: boolean }) {
  const { summary, year } = data;
  if (!isMember)
    return (
      <section aria-labelledby="member-dashboard">
        <SectionHeading id="member-dashboard" title="Của tôi" />
        <EmptyState title="Tài khoản chưa gắn với hồ sơ đoàn viên">
          Liên hệ Bí thư chi đoàn để gắn hồ sơ của bạn với tài khoản này.
        </EmptyState>
      </section>
    );
  const kind = (k: string) => summary.byKind.find((x) => x.kind === k)!;
  return (
    <section aria-labelledby="member-dashboard" className="space-y-6">
      <SectionHeading
        id="member-dashboard"
        title={`Của tôi năm ${year}`}
        description="Những gì bạn đã ghi nhận trong năm; số đã xác nhận được tính vào chỉ tiêu của đơn vị."
      />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Ý tưởng, sáng kiến đã xác nhận" value={formatNumber(kind("IDEA").confirmed)} />
        <Stat label="Học tập, bồi dưỡng đã xác nhận" value={formatNumber(kind("TRAINING").confirmed)} />
        <Stat label="Giờ tình nguyện đã xác nhận" value={formatNumber(summary.volunteerHours)} />
        <Stat label="Công trình tham gia" value={formatNumber(data.projects)} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={`Đăng ký rèn luyện năm ${year}`}>
          <Commitment view={data.commitment} />
        </Card>
        <Card title="Kết quả đã ghi nhận">
          <DataTable
            caption={`Kết quả đã ghi nhận năm ${year}`}
            columns={[
              { header: "Loại" },
              { header: "Đã xác nhận", numeric: true },
              { header: "Chờ xác nhận", numeric: true },
              { header: "Đã trả lại", numeric: true },
            ]}
            rows={summary.byKind.map((k) => ({
              key: k.kind,
              cells: [ENTRY_KIND_LABELS[k.kind], formatNumber(k.confirmed), formatNumber(k.waiting), formatNumber(k.returned)],
            }))}
          />
          <div className="mt-4 flex flex-wrap gap-2">
            <Link href="/ghi-nhan/moi" className={buttonClass("primary")}>
              Ghi nhận mới
            </Link>
            <Link href="/ca-nhan#ghi-nhan" className={buttonClass("secondary")}>
              Xem hồ sơ của tôi
            </Link>
          </div>
        </Card>
      </div>
      <Card title={`Ghi nhận của tôi theo tháng năm ${year}`}>
        <p className="mb-2 text-sm text-slate-600">Tính cả ghi nhận đang chờ xác nhận.</p>
        <TrendFigure
          title={`Ghi nhận của tôi theo tháng năm ${year}`}
          rows={trendRows(summary.months, MEMBER_TREND_SERIES)}
          series={MEMBER_TREND_SERIES}
        />
      </Card>
    </section>
  );
}
