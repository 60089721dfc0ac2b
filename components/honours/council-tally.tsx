// Kết quả bỏ phiếu: per title, nominees by rank with the share of the whole council that voted
// for them and their average score; those more than half the council backed are proposed.
import type { CouncilDto } from "@/lib/data/honour-council";
import { formatNumber } from "@/lib/domain/dates";
import { DataTable } from "@/components/charts/data-table";

export function CouncilTally({
  tally,
  titles,
  nominees,
}: {
  tally: NonNullable<CouncilDto["tally"]>;
  titles: { id: string; name: string }[];
  nominees: Record<string, string>;
}) {
  const percent = (share: number) => `${formatNumber(Math.round(share * 1000) / 10)}%`;
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">
        Hội đồng {tally.councilSize} thành viên; được đề nghị khi quá nửa tổng số thành viên hội đồng đồng ý.
      </p>
      {titles.map((t) => {
        const rows = tally.rows.filter((r) => r.titleId === t.id);
        if (rows.length === 0) return null;
        return (
          <section key={t.id}>
            <h3 className="mb-1 text-sm font-semibold text-slate-800">{t.name}</h3>
            <DataTable
              caption={`Kết quả bỏ phiếu danh hiệu ${t.name}`}
              columns={[
                { header: "Hạng", numeric: true },
                { header: "Người được đề xuất" },
                { header: "Đồng ý", numeric: true },
                { header: "Điểm trung bình", numeric: true },
                { header: "Kết quả" },
              ]}
              rows={rows.map((r) => ({
                key: r.nominationId,
                cells: [
                  r.rank,
                  nominees[r.nominationId] ?? "",
                  `${r.votesFor}/${tally.councilSize} (${percent(r.share)})`,
                  r.averageScore === null ? "—" : formatNumber(r.averageScore),
                  r.proposed ? "Đề nghị khen thưởng" : "Không đủ số phiếu",
                ],
              }))}
            />
          </section>
        );
      })}
    </div>
  );
}
