import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { recordOr404 } from "@/lib/routes/found";
import { entryFormOptions, findOwnProfile } from "@/lib/data/entries";
import { getEntry } from "@/lib/data/entry-reads";
import { ENTRY_KIND_LABELS } from "@/lib/domain/work-labels";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { EntryForm } from "@/components/entries/entry-form";
import { entryFormValues } from "@/components/entries/form-values";

export const metadata: Metadata = { title: "Sửa ghi nhận" };

export default async function EditEntryPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const entry = await recordOr404((await params).id, (id) => getEntry(viewer, id));
  // Only the owner edits; a reviewer opening this address sees "not found" like anyone else.
  if (!entry.isOwn) notFound();
  const profile = await findOwnProfile(viewer);
  if (!profile) notFound();
  if (!entry.canEdit) {
    return (
      <>
        <PageHeader title="Sửa ghi nhận" description={entry.title} />
        <EmptyState title="Ghi nhận đã được xác nhận nên không sửa được nữa">
          <Link href={`/ghi-nhan/${entry.id}`} className="text-doan-700 underline">
            Quay lại ghi nhận
          </Link>
        </EmptyState>
      </>
    );
  }
  const options = await entryFormOptions(profile, { contestId: entry.contest?.id ?? null });
  return (
    <>
      <PageHeader
        title={`Sửa: ${ENTRY_KIND_LABELS[entry.kind].toLowerCase()}`}
        description={
          entry.status === "RETURNED"
            ? `Lý do trả lại: ${entry.reviewComment ?? "—"}. Lưu để gửi lại cho Bí thư chi đoàn.`
            : entry.title
        }
      />
      <Card>
        <EntryForm
          key={entry.version}
          kind={entry.kind}
          options={options}
          edit={{ id: entry.id, version: entry.version, returned: entry.status === "RETURNED", values: entryFormValues(entry) }}
        />
      </Card>
    </>
  );
}
