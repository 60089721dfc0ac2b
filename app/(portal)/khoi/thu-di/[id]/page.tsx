import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { outboxMessage } from "@/lib/data/mail-outbox";
import { formatVietnameseDateTime } from "@/lib/domain/dates";
import { MAIL_STATUS_LABELS, mailKindLabel } from "@/lib/domain/mail-labels";
import { recordOr404 } from "@/lib/routes/found";
import { Card, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { title: "Thư đi" };

/** One e-mail as it was (or, in the demo, would have been) sent: its plain-text part. */
export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const m = await recordOr404((await params).id, (id) => outboxMessage(viewer, id));
  return (
    <>
      <PageHeader
        title={m.subject}
        description={`${mailKindLabel(m.kind)} · ${MAIL_STATUS_LABELS[m.status]} · ${formatVietnameseDateTime(m.createdAt)}`}
      />
      <Card>
        <dl className="mb-4 grid gap-1 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-slate-500">Người nhận</dt>
          <dd>{m.toAddress}</dd>
          {m.sentAt && (
            <>
              <dt className="text-slate-500">Đã gửi lúc</dt>
              <dd>{formatVietnameseDateTime(m.sentAt)}</dd>
            </>
          )}
          {m.lastError && m.status !== "SENT" && (
            <>
              <dt className="text-slate-500">Lý do lỗi</dt>
              <dd className="text-red-700">
                {m.lastError} (đã thử {m.attempts} lần)
              </dd>
            </>
          )}
        </dl>
        <pre className="whitespace-pre-wrap break-words rounded-md bg-slate-50 p-3 font-sans text-sm text-slate-800">
          {m.text}
        </pre>
      </Card>
      <p className="mt-4 text-sm">
        <Link href="/khoi/thu-di" className="text-doan-700 underline">
          ← Thư đi
        </Link>
      </p>
    </>
  );
}
