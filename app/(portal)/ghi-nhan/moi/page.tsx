import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { entryFormOptions, findOwnProfile } from "@/lib/data/entries";
import { ENTRY_KIND_LABELS } from "@/lib/domain/work-labels";
import { ENTRY_KIND_SLUGS } from "@/lib/validation/entries";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { EntryForm } from "@/components/entries/entry-form";

export const metadata: Metadata = { title: "Ghi nhận kết quả rèn luyện" };

const CHOICES = [
  {
    slug: "y-tuong",
    title: "Ý tưởng, sáng kiến, hiến kế",
    text: "Vấn đề bạn thấy, giải pháp bạn đề xuất, đã áp dụng hay chưa; có thể gửi dự thi.",
  },
  {
    slug: "hoc-tap",
    title: "Học tập, bồi dưỡng",
    text: "Khóa học, lớp tập huấn về chuyên môn, ngoại ngữ, tin học, lý luận chính trị, kỹ năng; kèm chứng chỉ.",
  },
  { slug: "tinh-nguyen", title: "Tham gia tình nguyện", text: "Ngày, số giờ tham gia và hoạt động của Đoàn Khối (nếu có)." },
] as const;

type Slug = keyof typeof ENTRY_KIND_SLUGS;
const isSlug = (v: unknown): v is Slug => typeof v === "string" && Object.hasOwn(ENTRY_KIND_SLUGS, v);

export default async function NewEntryPage({ searchParams }: { searchParams: Promise<{ loai?: string | string[] }> }) {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "entry.log")) notFound();
  const profile = await findOwnProfile(viewer);
  if (!profile) {
    return (
      <>
        <PageHeader title="Ghi nhận kết quả rèn luyện" />
        <EmptyState title="Tài khoản chưa gắn với hồ sơ đoàn viên">
          Liên hệ Bí thư chi đoàn để gắn hồ sơ đoàn viên của bạn với tài khoản này, rồi quay lại ghi nhận.
        </EmptyState>
      </>
    );
  }
  const loai = (await searchParams).loai;
  if (!isSlug(loai)) {
    return (
      <>
        <PageHeader
          title="Ghi nhận kết quả rèn luyện"
          description="Chọn loại kết quả bạn muốn ghi nhận. Bí thư chi đoàn sẽ xem và xác nhận."
        />
        <div className="grid gap-4 sm:grid-cols-3">
          {CHOICES.map((c) => (
            <Link
              key={c.slug}
              href={`/ghi-nhan/moi?loai=${c.slug}`}
              className="block rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 hover:ring-doan-600"
            >
              <span className="font-semibold text-doan-800">{c.title}</span>
              <span className="mt-1 block text-sm text-slate-600">{c.text}</span>
            </Link>
          ))}
        </div>
      </>
    );
  }
  const kind = ENTRY_KIND_SLUGS[loai];
  const options = await entryFormOptions(profile);
  return (
    <>
      <PageHeader
        title={`Ghi nhận: ${ENTRY_KIND_LABELS[kind].toLowerCase()}`}
        description="Bạn sửa được cho đến khi Bí thư chi đoàn xác nhận."
      />
      <Card>
        <EntryForm kind={kind} options={options} userId={viewer.userId} />
      </Card>
    </>
  );
}
