// Khối staff: where the current plan's indicators stand, each cơ sở on a chosen indicator, the
// cơ sở ranked by indicators met, and the month-by-month trend of the year.
import Link from "next/link";
import type { KhoiDashboard as Data } from "@/lib/data/dashboard-views";
import { countStatuses, indicatorCoSoRows, progressRows, statusSentence } from "@/lib/domain/dashboard-progress";
import {
  KHOI_TREND_SERIES,
  rankRows,
  trendRows,
  VOLUNTEER_HOURS_SERIES,
  weightedRankRows,
} from "@/lib/domain/dashboard-summaries";
import { distinctIndicatorLabels } from "@/lib/domain/dashboard-labels";
import { Card } from "@/components/ui/page";
import { ShownNote } from "@/components/charts/chart-figure";
import { ProgressFigure } from "@/components/charts/progress-figure";
import { RankingFigure } from "@/components/charts/ranking-figure";
import { TrendFigure } from "@/components/charts/trend-figure";
import { NoPlan, PlanLink, SectionHeading, StatusStats } from "./common";
import { scrollRegion } from "@/components/ui/scroll-region";

/** One cơ sở's page, in the year picked on the dashboard (none: the current year). */
export const drillDownHref = (coSoId: string, year?: number) =>
  `/bang-dieu-khien/co-so/${coSoId}${year === undefined ? "" : `?nam=${year}`}`;

/**
 * A large Khối (the largest have hundreds of cơ sở) sees this many cơ sở per list: the furthest
 * from the target, the first of a ranking; `?tatCa=1` shows them all. Drawing every one made a
 * 3 MB page that took a third of a second to render at each visit.
 */
export const COSO_SHOWN = 30;

export function KhoiDashboard({
  data,
  chosenIndicatorId,
  canPublish,
  pickedYear,
  allCoSo = false,
}: {
  data: Data;
  chosenIndicatorId?: string;
  canPublish: boolean;
  /** The year picked (?nam=) when it is not the current one: links keep it */
  pickedYear?: number;
  /** Every cơ sở in the lists (?tatCa=1), however many */
  allCoSo?: boolean;
}) {
  const { progress, year } = data;
  const toCoSo = (coSoId: string) => drillDownHref(coSoId, pickedYear);
  const namQuery = pickedYear === undefined ? "" : `nam=${pickedYear}&`;
  const perCoSo = progress?.indicators.filter((i) => i.coSo.length > 0) ?? [];
  const chosen = perCoSo.find((i) => i.id === chosenIndicatorId) ?? perCoSo[0];
  const chipLabels = distinctIndicatorLabels(perCoSo);
  const allQuery = allCoSo ? "tatCa=1&" : "";
  const cut = !allCoSo && (chosen?.coSo.length ?? 0) > COSO_SHOWN;
  const coSoRows = chosen ? indicatorCoSoRows(chosen, cut ? COSO_SHOWN : undefined) : [];
  const rankingMore = allCoSo ? undefined : { shown: COSO_SHOWN, href: `/bang-dieu-khien?${namQuery}tatCa=1#xep-hang` };
  return (
    <section aria-labelledby="khoi-dashboard" className="space-y-6">
      <SectionHeading
        id="khoi-dashboard"
        title="Toàn Đoàn Khối"
        description={
          progress ? (
            <>
              Theo <PlanLink plan={progress.plan} />: {statusSentence(countStatuses(progress.indicators))}.
            </>
          ) : undefined
        }
      />
      {progress ? (
        <>
          <StatusStats items={progress.indicators} />
          <Card title="Tiến độ chỉ tiêu so với mục tiêu">
            {progress.indicators.length ? (
              <ProgressFigure title={`Tiến độ chỉ tiêu năm ${year}`} rows={progressRows(progress.indicators)} by="indicator" />
            ) : (
              <p className="text-sm text-slate-600">Kế hoạch chưa có chỉ tiêu nào.</p>
            )}
          </Card>
          {chosen && (
            <Card title="Từng cơ sở theo chỉ tiêu">
              <nav aria-label="Chọn chỉ tiêu" className="mb-3 flex flex-wrap gap-1.5 text-sm">
                {perCoSo.map((i) => (
                  <Link
                    key={i.id}
                    href={`/bang-dieu-khien?${namQuery}${allQuery}chiTieu=${i.id}#theo-co-so`}
                    aria-current={i.id === chosen.id ? "true" : undefined}
                    title={i.wording}
                    className={`rounded-full px-3 py-1 ring-1 ${i.id === chosen.id ? "bg-doan-700 text-white ring-doan-700" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-50"}`}
                  >
                    {chipLabels.get(i.id)}
                  </Link>
                ))}
              </nav>
              <p id="theo-co-so" className="mb-2 scroll-mt-4 text-sm text-slate-700">
                <strong>{chosen.code}</strong>: {chosen.wording}
              </p>
              {cut && (
                <ShownNote
                  shown={COSO_SHOWN}
                  total={chosen.coSo.length}
                  which="xa mục tiêu nhất"
                  href={`/bang-dieu-khien?${namQuery}tatCa=1&chiTieu=${chosen.id}#theo-co-so`}
                />
              )}
              <ProgressFigure title={`${chipLabels.get(chosen.id)} theo cơ sở`} rows={coSoRows} by="coSo" hrefOf={toCoSo} />
            </Card>
          )}
          <span id="xep-hang" className="block scroll-mt-4" />
          <Card title="Xếp hạng cơ sở theo số chỉ tiêu đạt">
            {data.ranks.length ? (
              <RankingFigure rows={rankRows(data.ranks)} hrefOf={toCoSo} more={rankingMore} />
            ) : (
              <p className="text-sm text-slate-600">Chưa có chỉ tiêu tính riêng cho từng cơ sở để xếp hạng.</p>
            )}
          </Card>
          {data.thiDua.length > 0 && (
            <Card
              title="Xếp hạng thi đua (điểm có trọng số)"
              actions={
                canPublish && (
                  <Link href="/bang-dieu-khien/thi-dua" className="text-sm text-doan-700 underline">
                    Trọng số
                  </Link>
                )
              }
            >
              <p className="mb-2 text-sm text-slate-600">
                Mỗi chỉ tiêu cho điểm theo mức hoàn thành (tối đa 100%), nhân với trọng số Đoàn Khối đặt.
              </p>
              <RankingFigure rows={weightedRankRows(data.thiDua)} hrefOf={toCoSo} weighted more={rankingMore} />
            </Card>
          )}
        </>
      ) : (
        <NoPlan year={year} canPublish={canPublish} />
      )}
      {data.term && data.term.indicators.length > 0 && (
        <Card title="Chỉ tiêu nhiệm kỳ">
          <p className="mb-2 text-sm text-slate-600">
            Theo <PlanLink plan={data.term.plan} />, tính từ đầu nhiệm kỳ: {statusSentence(countStatuses(data.term.indicators))}.
          </p>
          <ProgressFigure title="Tiến độ chỉ tiêu nhiệm kỳ" rows={progressRows(data.term.indicators)} by="indicator" />
        </Card>
      )}
      {data.recommendations.length > 0 && <RecommendationsCard rows={data.recommendations} />}
      <Card title={`Kết quả theo tháng năm ${year}`}>
        <p className="mb-2 text-sm text-slate-600">Ý tưởng, học tập đã xác nhận và công trình đã duyệt, theo tháng thực hiện.</p>
        <TrendFigure
          title={`Kết quả theo tháng năm ${year}`}
          rows={trendRows(data.trend, [...KHOI_TREND_SERIES, ...VOLUNTEER_HOURS_SERIES])}
          series={KHOI_TREND_SERIES}
          tableOnly={VOLUNTEER_HOURS_SERIES}
        />
      </Card>
    </section>
  );
}

/** Kiến nghị sau kiểm tra: what each cơ sở still owes, overdue first, and what waits for the Khối. */
function RecommendationsCard({ rows }: { rows: Data["recommendations"] }) {
  const overdue = rows.reduce((n, r) => n + r.overdue, 0);
  const awaiting = rows.reduce((n, r) => n + r.awaiting, 0);
  return (
    <Card
      title="Kiến nghị sau kiểm tra chưa xong"
      actions={
        <Link href="/kiem-tra/kien-nghi" className="text-sm text-doan-700 underline">
          Xem tất cả
        </Link>
      }
    >
      <p className="mb-2 text-sm text-slate-600">
        {overdue > 0 ? `${overdue} kiến nghị quá hạn` : "Không có kiến nghị quá hạn"}
        {awaiting > 0 && ` · ${awaiting} phản hồi của cơ sở chờ Khối xem xét`}.
      </p>
      <div {...scrollRegion()} className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="text-xs uppercase text-slate-500">
            <tr>
              <th className="py-2 pr-3">Cơ sở</th>
              <th className="py-2 pr-3 text-right">Chưa khắc phục</th>
              <th className="py-2 pr-3 text-right">Quá hạn</th>
              <th className="py-2 text-right">Chờ xem xét</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.coSoId}>
                <td className="py-2 pr-3">
                  <Link href={`/kiem-tra/kien-nghi?coSo=${r.coSoId}`} className="text-doan-700 hover:underline">
                    {r.name}
                  </Link>
                </td>
                <td className="py-2 pr-3 text-right tabular-nums">{r.owed}</td>
                <td className={`py-2 pr-3 text-right tabular-nums ${r.overdue ? "font-semibold text-red-700" : ""}`}>
                  {r.overdue}
                </td>
                <td className="py-2 text-right tabular-nums">{r.awaiting}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
