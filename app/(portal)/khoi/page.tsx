import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { can, holds } from "@/lib/authz";
import { getToDo } from "@/lib/data/to-do";
import { getUnitTrees, type KhoiTree } from "@/lib/data/units";
import { coSoPage, TREE_PAGE_SIZE, TREE_WHOLE_MAX } from "@/lib/domain/unit-tree-view";
import { optionalIdParam, pageParam, searchParam } from "@/lib/validation/list-query";
import { CoSoList } from "@/components/units/co-so-list";
import { Pager } from "@/components/ui/pager";
import { formatNumber } from "@/lib/domain/dates";
import { Card, EmptyState, PageHeader, Stat } from "@/components/ui/page";
import { UnitTree } from "@/components/units/unit-tree";
import { AddUnitForm } from "@/components/units/unit-forms";
import { ToDoCard } from "@/components/dashboard/to-do-card";

export const metadata: Metadata = { title: "Cơ cấu tổ chức" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function KhoiHomePage({ searchParams }: { searchParams: SearchParams }) {
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
      ) : tree.coSo.length <= TREE_WHOLE_MAX ? (
        <UnitTree tree={tree} canManage={canManage} />
      ) : (
        <LargeTree tree={tree} canManage={canManage} asked={await searchParams} />
      )}
    </>
  );
}

/** A Khối of many cơ sở: the one asked for (?mo=) open with its chi đoàn, the others a list to search and page. */
function LargeTree({
  tree,
  canManage,
  asked,
}: {
  tree: KhoiTree;
  canManage: boolean;
  asked: Record<string, string | string[] | undefined>;
}) {
  const q = searchParam.parse(one(asked.q));
  const page = pageParam.parse(one(asked.page));
  const open = tree.coSo.find((c) => c.id === optionalIdParam.parse(one(asked.mo)));
  const { total, rows } = coSoPage(tree.coSo, q, page);
  const href = (params: { mo?: string; page: number }) => {
    const search = new URLSearchParams();
    if (q) search.set("q", q);
    if (params.mo) search.set("mo", params.mo);
    if (params.page > 1) search.set("page", String(params.page));
    return `/khoi?${search}`;
  };
  return (
    <div className="space-y-6">
      {open && (
        <section aria-label={`Cơ sở ${open.name}`} id="mo" className="scroll-mt-4">
          <UnitTree
            tree={{ ...tree, coSo: [open] }}
            canManage={canManage}
            moveTargets={tree.coSo.map((c) => ({ id: c.id, name: c.name }))}
          />
        </section>
      )}
      <Card title={`Các cơ sở Đoàn (${formatNumber(tree.coSo.length)})`}>
        <CoSoList rows={rows} q={q} openHref={(id) => `${href({ mo: id, page })}#mo`} />
        <Pager page={page} pageSize={TREE_PAGE_SIZE} total={total} hrefFor={(p) => href({ page: p })} />
      </Card>
    </div>
  );
}
