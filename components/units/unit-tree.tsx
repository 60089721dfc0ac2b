"use client";
// The tree of cơ sở and chi đoàn with member counts, and the actions the viewer may take on it.
import { useState } from "react";
import type { CoSoNode, KhoiTree } from "@/lib/data/units";
import { formatNumber } from "@/lib/domain/dates";
import { AddUnitForm, ClusterForm, DeactivateUnitButton, MoveChiDoanForm, RenameUnitForm } from "./unit-forms";

type Editing = { id: string; mode: "rename" | "move" | "cluster" } | null;

function RowActions({
  onRename,
  onMove,
  onCluster,
  deactivate,
}: {
  onRename: () => void;
  onMove?: () => void;
  onCluster?: () => void;
  deactivate: React.ReactNode;
}) {
  const link = "rounded-md px-2 py-1 text-sm text-doan-700 hover:bg-doan-50";
  return (
    <div className="flex flex-wrap items-start gap-1">
      <button type="button" className={link} onClick={onRename}>
        Sửa tên
      </button>
      {onMove && (
        <button type="button" className={link} onClick={onMove}>
          Chuyển
        </button>
      )}
      {onCluster && (
        <button type="button" className={link} onClick={onCluster}>
          Cụm
        </button>
      )}
      {deactivate}
    </div>
  );
}

type MoveTarget = { id: string; name: string };

function CoSoCard({
  coSo,
  tree,
  canManage,
  editing,
  setEditing,
  moveTargets,
}: {
  coSo: CoSoNode;
  tree: KhoiTree;
  canManage: boolean;
  editing: Editing;
  setEditing: (e: Editing) => void;
  moveTargets: MoveTarget[];
}) {
  const done = () => setEditing(null);
  return (
    <li className="rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
      <details open={tree.coSo.length <= 3}>
        <summary className="flex cursor-pointer list-none flex-wrap items-center justify-between gap-2 px-4 py-3">
          <span>
            <span className="font-medium text-slate-900">{coSo.name}</span>
            {coSo.clusterName && (
              <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-600">{coSo.clusterName}</span>
            )}
          </span>
          <span className="text-sm text-slate-600">
            {coSo.chiDoan.length} chi đoàn · <strong>{formatNumber(coSo.memberCount)}</strong> đoàn viên
          </span>
        </summary>
        <div className="space-y-3 border-t border-slate-100 px-4 py-3">
          {canManage && (
            <>
              <RowActions
                onRename={() => setEditing({ id: coSo.id, mode: "rename" })}
                onCluster={tree.clusters.length ? () => setEditing({ id: coSo.id, mode: "cluster" }) : undefined}
                deactivate={<DeactivateUnitButton unitId={coSo.id} version={coSo.version} name={coSo.name} />}
              />
              {editing?.id === coSo.id && editing.mode === "rename" && (
                <RenameUnitForm unitId={coSo.id} name={coSo.name} version={coSo.version} onDone={done} />
              )}
              {editing?.id === coSo.id && editing.mode === "cluster" && (
                <ClusterForm
                  unitId={coSo.id}
                  version={coSo.version}
                  clusterId={coSo.clusterId}
                  clusters={tree.clusters}
                  onDone={done}
                />
              )}
            </>
          )}
          {coSo.chiDoan.length === 0 ? (
            <p className="text-sm text-slate-600">
              {canManage ? "Chưa có chi đoàn. Thêm chi đoàn đầu tiên bên dưới." : "Chưa có chi đoàn."}
            </p>
          ) : (
            <table className="w-full text-sm">
              <thead className="text-left text-slate-500">
                <tr>
                  <th className="py-1 font-medium">Chi đoàn</th>
                  <th className="py-1 text-right font-medium">Đoàn viên</th>
                  {canManage && <th className="sr-only">Thao tác</th>}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {coSo.chiDoan.map((d) => (
                  <tr key={d.id} className="align-top">
                    <td className="py-2">
                      <a href={`/doan-vien?chiDoan=${d.id}`} className="text-doan-700 hover:underline">
                        {d.name}
                      </a>
                      {editing?.id === d.id && editing.mode === "rename" && (
                        <div className="mt-2">
                          <RenameUnitForm unitId={d.id} name={d.name} version={d.version} onDone={done} />
                        </div>
                      )}
                      {editing?.id === d.id && editing.mode === "move" && (
                        <div className="mt-2">
                          <MoveChiDoanForm
                            unitId={d.id}
                            version={d.version}
                            currentParentId={coSo.id}
                            coSoOptions={moveTargets}
                            onDone={done}
                          />
                        </div>
                      )}
                    </td>
                    <td className="py-2 text-right tabular-nums">{formatNumber(d.memberCount)}</td>
                    {canManage && (
                      <td className="py-1 pl-2">
                        <RowActions
                          onRename={() => setEditing({ id: d.id, mode: "rename" })}
                          onMove={moveTargets.length > 1 ? () => setEditing({ id: d.id, mode: "move" }) : undefined}
                          deactivate={<DeactivateUnitButton unitId={d.id} version={d.version} name={d.name} />}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {canManage && <AddUnitForm parentId={coSo.id} label="Thêm chi đoàn" />}
        </div>
      </details>
    </li>
  );
}

/** `moveTargets`: where a chi đoàn may move; by default the tree's cơ sở (a large Khối's tree is given one cơ sở). */
export function UnitTree({ tree, canManage, moveTargets }: { tree: KhoiTree; canManage: boolean; moveTargets?: MoveTarget[] }) {
  const [editing, setEditing] = useState<Editing>(null);
  const targets = moveTargets ?? tree.coSo.map((c) => ({ id: c.id, name: c.name }));
  return (
    <ul className="space-y-3">
      {tree.coSo.map((coSo) => (
        <CoSoCard
          key={coSo.id}
          coSo={coSo}
          tree={tree}
          canManage={canManage}
          editing={editing}
          setEditing={setEditing}
          moveTargets={targets}
        />
      ))}
    </ul>
  );
}
