import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { holds } from "@/lib/authz";
import { showcaseDesk } from "@/lib/data/showcase";
import { SHOWCASE_KIND_LABELS, SHOWCASE_STATUS_LABELS } from "@/lib/domain/showcase";
import { NewShowcaseForm } from "@/components/showcase/showcase-forms";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { title: "Gương điển hình, mô hình hay" };

/** The Khối's showcase desk: its profiles and the records that could become one. */
export default async function ShowcaseDeskPage() {
  const viewer = await requireViewer();
  if (!holds(viewer, "question.manage", { at: ["KHOI"] })) notFound();
  const { rows, sources } = await showcaseDesk(viewer);
  return (
    <>
      <PageHeader
        title="Gương điển hình, mô hình hay"
        description="Giới thiệu cá nhân được khen thưởng và công trình thanh niên tiêu biểu trên trang công khai của Đoàn Khối. Hồ sơ nêu tên một người chỉ hiện khi người đó đồng ý (trên trang cá nhân của họ)."
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {rows.length === 0 ? (
            <EmptyState title="Chưa có hồ sơ nào">
              Chọn một khen thưởng hoặc công trình đã được ghi nhận ở bên để lập hồ sơ đầu tiên.
            </EmptyState>
          ) : (
            <ul className="space-y-2">
              {rows.map((r) => (
                <li key={r.id} className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
                  <Link href={`/khoi/dien-hinh/${r.id}`} className="block">
                    <span className="text-xs text-slate-500">
                      {SHOWCASE_KIND_LABELS[r.kind]} · {r.year}
                      {r.coSoName && ` · ${r.coSoName}`}
                    </span>
                    <span className="mt-1 block text-sm font-medium text-slate-900">{r.title}</span>
                    <span className="mt-1 flex flex-wrap gap-1 text-xs">
                      <span className="rounded bg-slate-50 px-2 py-0.5 ring-1 ring-slate-200">
                        {SHOWCASE_STATUS_LABELS[r.status]}
                      </span>
                      {r.featured && (
                        <span className="rounded bg-sky-50 px-2 py-0.5 text-sky-900 ring-1 ring-sky-200">Nổi bật</span>
                      )}
                      {!r.consented && (
                        <span className="rounded bg-amber-50 px-2 py-0.5 text-amber-900 ring-1 ring-amber-200">
                          Chờ đồng ý: {r.waitingFor.join(", ")}
                        </span>
                      )}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
        <Card title="Lập hồ sơ mới">
          {sources.length === 0 ? (
            <p className="text-sm text-slate-600">
              Chưa có khen thưởng hoặc công trình (đã ghi nhận, đã khen) nào chưa có hồ sơ.
            </p>
          ) : (
            <NewShowcaseForm sources={sources} />
          )}
        </Card>
      </div>
    </>
  );
}
