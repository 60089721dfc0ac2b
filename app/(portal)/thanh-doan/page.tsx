import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { holds } from "@/lib/authz";
import { getKhoiSummaries } from "@/lib/data/units";
import { formatNumber } from "@/lib/domain/dates";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { cityKhoiHref } from "@/components/dashboard/city-dashboard";
import { scrollRegion } from "@/components/ui/scroll-region";

export const metadata: Metadata = { title: "Các Đoàn Khối" };

/** Thành Đoàn: the Khối under the city, with counts only (no personal data). */
export default async function CityHomePage() {
  const viewer = await requireViewer();
  if (!holds(viewer, "unit.read", { at: ["CITY"] })) notFound();
  const khois = await getKhoiSummaries(viewer);
  const city = viewer.grants.find((g) => g.unitKind === "CITY")!;
  return (
    <>
      <PageHeader title={city.unitName} description="Các Đoàn Khối trực thuộc và số liệu tổ chức" />
      {khois.length === 0 ? (
        <EmptyState title="Chưa có Đoàn Khối nào trực thuộc" />
      ) : (
        <Card>
          <div {...scrollRegion()} className="overflow-x-auto">
            <table className="w-full text-sm">
              <thead className="text-left text-slate-500">
                <tr>
                  <th className="py-2 font-medium">Đoàn Khối</th>
                  <th className="py-2 text-right font-medium">Cơ sở Đoàn</th>
                  <th className="py-2 text-right font-medium">Chi đoàn</th>
                  <th className="py-2 text-right font-medium">Đoàn viên</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {khois.map((k) => (
                  <tr key={k.id}>
                    <td className="py-2 font-medium">
                      {/* Down to the Khối's aggregates and compiled reports (read-only). */}
                      <Link href={cityKhoiHref(k.id)} className="text-doan-700 hover:underline">
                        {k.name}
                      </Link>
                    </td>
                    <td className="py-2 text-right tabular-nums">{formatNumber(k.coSoCount)}</td>
                    <td className="py-2 text-right tabular-nums">{formatNumber(k.chiDoanCount)}</td>
                    <td className="py-2 text-right tabular-nums">{formatNumber(k.memberCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      )}
    </>
  );
}
