// Secretaries: what waits for them (to review, to fix), then their cơ sở against its own targets.
import Link from "next/link";
import type { CoSoDashboard as Data } from "@/lib/data/dashboard-views";
import type { PendingWork } from "@/lib/data/dashboard";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { coSoToDo } from "@/lib/domain/to-do";
import { Card } from "@/components/ui/page";
import { NoPlan, PlanLink, SectionHeading } from "./common";
import { ToDoList } from "./to-do-card";
import { CoSoProgressView, CoSoRecordLinks, type RecordLinks } from "./co-so-view";

export function PendingCard({ pending, className }: { pending: PendingWork; className?: string }) {
  const items = coSoToDo(pending);
  const visit = pending.nextVisit;
  return (
    <Card title="Việc cần làm" className={className}>
      {visit && (
        <p className="mb-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          Đoàn Khối kiểm tra chuyên đề tại đơn vị ngày <strong>{formatVietnameseDate(visit.visitOn)}</strong>:{" "}
          <Link href={`/kiem-tra/${visit.roundId}`} className="text-doan-700 underline">
            xem nội dung kiểm tra và những gì cần chuẩn bị
          </Link>
        </p>
      )}
      {items.length || !visit ? <ToDoList items={items} /> : null}
    </Card>
  );
}

export function CoSoDashboard({ data, links, contributions }: { data: Data; links: RecordLinks; contributions: boolean }) {
  const { progress, year } = data;
  return (
    <section aria-labelledby="co-so-dashboard" className="space-y-6">
      <SectionHeading
        id="co-so-dashboard"
        title="Đơn vị của bạn"
        description={
          progress ? (
            <>
              Theo <PlanLink plan={progress.plan} /> của Đoàn Khối.
            </>
          ) : undefined
        }
      />
      <PendingCard pending={data.pending} />
      {data.coSo.map((c) => (
        <div key={c.ref.id} className="space-y-4">
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-between">
            <h3 className="text-base font-semibold text-slate-800">{c.ref.name}</h3>
            <CoSoRecordLinks coSoId={c.ref.id} links={links} />
          </div>
          {!progress && <NoPlan year={year} canPublish={false} />}
          <CoSoProgressView
            coSoId={c.ref.id}
            indicators={progress?.indicators ?? null}
            trend={c.trend}
            year={year}
            contributions={contributions}
          />
        </div>
      ))}
    </section>
  );
}
