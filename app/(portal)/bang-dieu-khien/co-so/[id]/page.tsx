import type { Metadata } from "next";
import { recordOr404 } from "@/lib/routes/found";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere, holds } from "@/lib/authz";
import { coSoDrillDown } from "@/lib/data/dashboard-views";
import { readsOthersEntries } from "@/lib/data/entry-reads";
import { PageHeader } from "@/components/ui/page";
import { NoPlan, PlanLink } from "@/components/dashboard/common";
import { CoSoProgressView, CoSoRecordLinks } from "@/components/dashboard/co-so-view";

export const metadata: Metadata = { title: "Bảng điều khiển – cơ sở Đoàn" };

type Props = { params: Promise<{ id: string }> };

/** Drill-down from the Khối dashboard: one cơ sở against its own targets, and its records. */
export default async function CoSoDashboardPage({ params }: Props) {
  const viewer = await requireViewer();
  // Out of reach and non-existent look the same (404): the lookup carries the viewer's scope.
  const data = await recordOr404((await params).id, (id) => coSoDrillDown(viewer, id));
  const { coSo, progress, year } = data;
  return (
    <>
      <nav aria-label="Đường dẫn" className="mb-2 text-sm">
        <Link href="/bang-dieu-khien" className="text-doan-700 hover:underline">
          ← Bảng điều khiển
        </Link>
      </nav>
      <PageHeader
        title={coSo.name}
        description={
          progress ? (
            <>
              Chỉ tiêu năm {year} theo <PlanLink plan={progress.plan} />, so với mục tiêu của cơ sở.
            </>
          ) : (
            `Kết quả năm ${year}`
          )
        }
        actions={
          <CoSoRecordLinks
            coSoId={coSo.id}
            links={{ projects: canSomewhere(viewer, "project.read"), entries: readsOthersEntries(viewer) }}
          />
        }
      />
      <div className="space-y-6">
        {!progress && <NoPlan year={year} canPublish={holds(viewer, "plan.manage", { at: ["KHOI"] })} />}
        <CoSoProgressView coSoId={coSo.id} indicators={progress?.indicators ?? null} trend={data.trend} year={year} />
      </div>
    </>
  );
}
