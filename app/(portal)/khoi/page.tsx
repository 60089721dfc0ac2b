import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can, holds } from "@/lib/authz";
import { getToDo } from "@/lib/data/to-do";
import { getUnitTrees } from "@/lib/data/units";
import { formatNumber } from "@/lib/domain/dates";
import { Card, EmptyState, PageHeader, Stat } from "@/components/ui/page";
import { UnitTree } from "@/components/units/unit-tree";
import { AddUnitForm } from "@/components/units/unit-forms";
import { ToDoCard } from "@/components/dashboard/to-do-card";

export const metadata: Metadata = { title: "Cơ cấu tổ chức" };

export default async function KhoiHomePage() {
  const viewer = await requireViewer();
  if (!holds(viewer, "unit.read", { at: ["KHOI"] })) notFound();
  const [trees, toDo] = await Promise.all([getUnitTrees(viewer), getToDo(viewer)]);
  const khoiGrant = viewer.grants.find((g) => g.unitKind === "KHOI");
  const tree = trees.find((t) => t.id === khoiGrant?.unitId) ?? trees[0];
  if (!tree) {
    return <EmptyState title="Đoàn Khối chưa có cơ sở Đoàn nào">Quản trị viên có thể thêm cơ sở Đoàn đầu tiên.</EmptyState>;
  }
  const canManage = can(viewer, "unit.create", { khoiId: tree.id, unitId: tree.id });
  const chiDoanCount = tree.coSo.reduce((n, c) => n + c.chiDoan.length, 0);
  return (
    <>
      <PageHeader title={tree.name} description="Cơ cấu tổ chức: các cơ sở Đoàn, chi đoàn và số đoàn viên" />
      {/* What waits for the Khối's staff comes first: they land here after signing in. */}
      {toDo.applies && <ToDoCard items={toDo.items} className="mb-6" />}
      <div className="mb-6 grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Stat label="Cơ sở Đoàn" value={formatNumber(tree.coSo.length)} />
        <Stat label="Chi đoàn" value={formatNumber(chiDoanCount)} />
        <Stat label="Đoàn viên" value={formatNumber(tree.memberCount)} />
      </div>
      {canManage && (
        <Card title="Thêm cơ sở Đoàn" className="mb-6">
          <AddUnitForm parentId={tree.id} label="Tên cơ sở Đoàn" clusters={tree.clusters} />
        </Card>
      )}
      {tree.coSo.length === 0 ? (
        <EmptyState title="Chưa có cơ sở Đoàn nào">Thêm cơ sở Đoàn đầu tiên bằng biểu mẫu phía trên.</EmptyState>
      ) : (
        <UnitTree tree={tree} canManage={canManage} />
      )}
    </>
  );
}
