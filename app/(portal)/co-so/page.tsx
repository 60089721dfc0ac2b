import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can, holds } from "@/lib/authz";
import { getToDo } from "@/lib/data/to-do";
import { getUnitTrees } from "@/lib/data/units";
import { formatNumber } from "@/lib/domain/dates";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, PageHeader, Stat } from "@/components/ui/page";
import { AddUnitForm } from "@/components/units/unit-forms";
import { PendingCard } from "@/components/dashboard/co-so-dashboard";

export const metadata: Metadata = { title: "Đơn vị" };

/** Home of cơ sở and chi đoàn secretaries: their chi đoàn and members. */
export default async function CoSoHomePage() {
  const viewer = await requireViewer();
  if (!holds(viewer, "unit.read", { at: ["CO_SO", "CHI_DOAN"] })) notFound();
  const [trees, toDo] = await Promise.all([getUnitTrees(viewer), getToDo(viewer)]);
  const coSoList = trees.flatMap((t) => t.coSo);
  if (coSoList.length === 0)
    return <EmptyState title="Chưa có đơn vị nào được giao cho bạn">Liên hệ Đoàn Khối để được phân quyền.</EmptyState>;

  return (
    <>
      {/* Secretaries land here: what waits for them comes first (issue 16, point 7). */}
      {toDo.pending && <PendingCard pending={toDo.pending} className="mb-6" />}
      {coSoList.map((coSo) => {
        const canAddChiDoan = can(viewer, "unit.create", { khoiId: trees[0].id, coSoId: coSo.id, unitId: coSo.id });
        return (
          <div key={coSo.id} className="mb-8">
            <PageHeader
              title={coSo.name}
              description="Các chi đoàn và đoàn viên của đơn vị"
              actions={
                <>
                  <Link href="/doan-vien/moi" className={buttonClass("primary")}>
                    Thêm đoàn viên
                  </Link>
                  <Link href="/doan-vien" className={buttonClass("secondary")}>
                    Danh sách đoàn viên
                  </Link>
                </>
              }
            />
            <div className="mb-4 grid grid-cols-2 gap-3">
              <Stat label="Chi đoàn" value={formatNumber(coSo.chiDoan.length)} />
              <Stat label="Đoàn viên" value={formatNumber(coSo.memberCount)} />
            </div>
            <Card title="Chi đoàn">
              {coSo.chiDoan.length === 0 ? (
                <p className="text-sm text-slate-600">
                  {canAddChiDoan ? "Chưa có chi đoàn nào. Thêm chi đoàn đầu tiên bên dưới." : "Chưa có chi đoàn nào."}
                </p>
              ) : (
                <table className="w-full text-sm">
                  <thead className="text-left text-slate-500">
                    <tr>
                      <th className="py-1 font-medium">Chi đoàn</th>
                      <th className="py-1 text-right font-medium">Đoàn viên</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {coSo.chiDoan.map((d) => (
                      <tr key={d.id}>
                        <td className="py-2">
                          <Link href={`/doan-vien?chiDoan=${d.id}`} className="text-doan-700 hover:underline">
                            {d.name}
                          </Link>
                        </td>
                        <td className="py-2 text-right tabular-nums">{formatNumber(d.memberCount)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {canAddChiDoan && (
                <div className="mt-4 border-t border-slate-100 pt-4">
                  <AddUnitForm parentId={coSo.id} label="Thêm chi đoàn" />
                </div>
              )}
            </Card>
          </div>
        );
      })}
    </>
  );
}
