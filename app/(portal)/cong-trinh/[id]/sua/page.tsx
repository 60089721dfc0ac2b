import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { recordOr404 } from "@/lib/routes/found";
import { getProject } from "@/lib/data/projects";
import { projectFormUnits } from "@/lib/data/project-options";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { Card, PageHeader } from "@/components/ui/page";
import { ProjectForm } from "@/components/projects/project-form";

export const metadata: Metadata = { title: "Sửa công trình" };

export default async function EditProjectPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const project = await recordOr404((await params).id, (id) => getProject(viewer, id));
  // Only the registering unit, and only while the workflow allows editing.
  if (!project.can.edit) notFound();
  const units = await projectFormUnits(viewer, { unitId: project.unitId, planId: project.planId });
  if (units.length === 0) notFound();
  const resubmits = project.status === "RETURNED";
  return (
    <>
      <PageHeader
        title={resubmits ? "Sửa và gửi lại công trình" : "Sửa công trình"}
        description={resubmits && project.reviewComment ? `Đoàn Khối trả lại: “${project.reviewComment}”` : project.name}
      />
      <Card>
        <ProjectForm
          key={project.version}
          units={units}
          edit={{
            id: project.id,
            version: project.version,
            resubmits,
            values: {
              coSoId: project.coSoId ?? "",
              planId: project.planId,
              kind: project.kind,
              name: project.name,
              field: project.field,
              goal: project.goal,
              startsOn: formatVietnameseDate(project.startsOn),
              endsOn: formatVietnameseDate(project.endsOn),
              expectedValue: project.expectedValue ?? "",
              indicatorIds: project.indicators.map((i) => i.id),
              chiDoanIds: project.chiDoan.map((c) => c.id),
              memberIds: project.members.map((m) => m.id),
            },
          }}
        />
      </Card>
    </>
  );
}
