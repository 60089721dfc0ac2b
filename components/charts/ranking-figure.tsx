// The cơ sở ranked by indicators met, as a chart and a table linking each cơ sở to its drill-down.
// Equal results share a place (1, 1, 3, written "Đồng hạng"); when every cơ sở has the same
// result there is no ranking: one sentence says so, and the names stay as links.
import Link from "next/link";
import { formatNumber } from "@/lib/domain/dates";
import { placeText, tieSentence, tieSummary } from "@/lib/domain/dashboard-ranking";
import { rankSummary, weightedRankSummary, type RankRow } from "@/lib/domain/dashboard-summaries";
import { ChartFigure, ShownNote } from "./chart-figure";
import { DataTable } from "./data-table";
import { RankingChart } from "./ranking-chart";

export function RankingFigure({
  rows,
  hrefOf,
  weighted = false,
  more,
}: {
  rows: RankRow[];
  hrefOf: (coSoId: string) => string;
  weighted?: boolean;
  /** A large Khối: only the first `shown` rows are drawn, with a link to them all. Places and ties are the whole list's. */
  more?: { shown: number; href: string };
}) {
  const places = rows.map((r) => r.place);
  const ties = tieSummary(places);
  const drawn = more && rows.length > more.shown ? rows.slice(0, more.shown) : rows;
  const moreNote = drawn.length < rows.length && more && (
    <ShownNote shown={drawn.length} total={rows.length} which="đứng đầu" href={more.href} />
  );
  const result = (r: RankRow) =>
    weighted ? `${r.scoreText} điểm` : `${formatNumber(r.met)}/${formatNumber(r.total)} chỉ tiêu đạt (${r.scoreText})`;
  const nameLink = (r: RankRow) => (
    <Link key="name" href={hrefOf(r.coSoId)} className="text-doan-700 hover:underline">
      {r.name}
    </Link>
  );
  if (ties.kind === "all")
    return (
      <div className="text-sm text-slate-700" data-testid="ranking-all-tied">
        <p>
          {tieSentence(ties)} Mỗi cơ sở: {result(rows[0])}.
        </p>
        {moreNote}
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1" aria-label="Các cơ sở">
          {drawn.map((r) => (
            <li key={r.coSoId}>{nameLink(r)}</li>
          ))}
        </ul>
      </div>
    );
  const table = (
    <DataTable
      caption={weighted ? "Xếp hạng thi đua theo điểm có trọng số" : "Xếp hạng cơ sở theo số chỉ tiêu đạt"}
      columns={[
        { header: "Hạng", numeric: true },
        { header: "Cơ sở Đoàn" },
        { header: weighted ? "Số chỉ tiêu tính điểm" : "Chỉ tiêu đạt", numeric: true },
        { header: weighted ? "Điểm (thang 100)" : "Tỉ lệ", numeric: true },
      ]}
      rows={drawn.map((r) => ({
        key: r.coSoId,
        cells: [
          placeText(r.place, places),
          { text: r.name, href: hrefOf(r.coSoId) },
          weighted ? formatNumber(r.total) : `${formatNumber(r.met)}/${formatNumber(r.total)}`,
          r.scoreText,
        ],
      }))}
    />
  );
  const note = tieSentence(ties);
  return (
    <>
      {note && <p className="mb-2 text-sm text-slate-600">{note}</p>}
      {moreNote}
      {/* The table is open: its names are the way down to each cơ sở. */}
      <ChartFigure summary={weighted ? weightedRankSummary(rows) : rankSummary(rows)} table={table} tableOpen>
        <RankingChart rows={drawn} />
      </ChartFigure>
    </>
  );
}
