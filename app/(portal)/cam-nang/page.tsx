import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { handbooksFor } from "@/lib/data/handbooks";
import { formatVietnameseDate, dayInVietnam } from "@/lib/domain/dates";
import { HANDBOOK_STATUS_LABELS, hasUnpublishedDraft } from "@/lib/domain/handbooks";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { title: "Cẩm nang thủ tục hành chính" };

/** The agency's handbooks (cơ sở), or every agency's (Khối). */
export default async function HandbooksPage() {
  const viewer = await requireViewer();
  const writes = canSomewhere(viewer, "handbook.write");
  if (!writes && !canSomewhere(viewer, "question.manage")) notFound();
  const rows = await handbooksFor(viewer);
  return (
    <>
      <PageHeader
        title="Cẩm nang thủ tục hành chính"
        description={
          writes
            ? "Sổ tay hướng dẫn thủ tục hành chính của cơ quan, đăng trên trang công khai của Đoàn Khối khi bạn công khai."
            : "Cẩm nang các cơ sở viết cho trang công khai của Đoàn Khối; Đoàn Khối có thể gỡ cẩm nang không phù hợp."
        }
        actions={
          writes ? (
            <Link href="/cam-nang/moi" className={buttonClass()}>
              Viết cẩm nang mới
            </Link>
          ) : undefined
        }
      />
      {rows.length === 0 ? (
        <EmptyState title="Chưa có cẩm nang nào">
          {writes
            ? "Viết cẩm nang đầu tiên: các bước, hồ sơ cần chuẩn bị, thời hạn và nơi nộp của một thủ tục người dân hay hỏi."
            : "Khi cơ sở viết cẩm nang, chúng hiện ở đây."}
        </EmptyState>
      ) : (
        <ul className="space-y-2">
          {rows.map((h) => (
            <li key={h.id} className="rounded-lg bg-white p-3 shadow-sm ring-1 ring-slate-200">
              <Link href={`/cam-nang/${h.id}`} className="block">
                <span className="block text-sm font-medium text-slate-900">{h.title}</span>
                <span className="mt-1 block text-xs text-slate-500">
                  {h.coSoName} · {HANDBOOK_STATUS_LABELS[h.status]}
                  {h.publishedNumber && ` (phiên bản ${h.publishedNumber})`}
                  {hasUnpublishedDraft(h) && h.publishedNumber && ` · có bản sửa chưa công khai`} · cập nhật{" "}
                  {formatVietnameseDate(dayInVietnam(h.updatedAt))}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
