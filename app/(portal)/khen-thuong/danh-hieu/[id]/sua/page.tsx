import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { holds } from "@/lib/authz";
import { getTitle, honourPillars } from "@/lib/data/honour-titles";
import { recordOr404 } from "@/lib/routes/found";
import { Card, PageHeader } from "@/components/ui/page";
import { TitleForm } from "@/components/honours/title-form";

export const metadata: Metadata = { title: "Sửa danh hiệu" };

export default async function EditTitlePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!holds(viewer, "honour.manage", { at: ["KHOI"] })) notFound();
  const [title, pillars] = await Promise.all([
    recordOr404((await params).id, (id) => getTitle(viewer, id)),
    honourPillars(viewer),
  ]);
  return (
    <>
      <PageHeader title="Sửa danh hiệu" description={title.name} />
      <Card>
        <TitleForm
          pillars={pillars}
          initial={{
            id: title.id,
            version: title.version,
            name: title.name,
            subject: title.subject,
            level: title.level,
            description: title.description ?? "",
            criteria: title.criteria.map((c) => ({
              wording: c.wording,
              source: c.source,
              pillar: c.pillar === null ? "" : String(c.pillar),
              metric: c.metric ?? "",
              threshold: c.threshold === null ? "" : String(c.threshold).replace(".", ","),
            })),
          }}
        />
      </Card>
    </>
  );
}
