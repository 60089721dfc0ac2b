// Youth projects made directly in the database (the actions have their own tests), in any status.
import type { Db } from "@/lib/db/client";
import type { ProjectKind, ProjectStatus, WorkField } from "@/lib/generated/prisma/enums";
import { foldVietnamese } from "@/lib/domain/text";
import { dayFromToday, unique } from "./index";

type Owner = { khoiId: string; planId: string; createdById?: string | null };

export type ProjectSpec = Partial<{
  status: ProjectStatus;
  name: string;
  kind: ProjectKind;
  field: WorkField;
  startsOn: Date;
  chiDoanIds: string[];
  memberIds: string[];
}>;

/** A project of a cơ sở (`coSoId` set) or of the Khối (`coSoId` null). */
export async function makeProject(db: Db, owner: Owner & { coSoId: string | null }, spec: ProjectSpec = {}) {
  const name = spec.name ?? `Công trình ${unique("thử")}`;
  const status = spec.status ?? "PENDING";
  const done = status === "COMPLETED" || status === "ACKNOWLEDGED" || status === "HONOURED";
  return db.youthProject.create({
    data: {
      khoiId: owner.khoiId,
      unitId: owner.coSoId ?? owner.khoiId,
      coSoId: owner.coSoId,
      planId: owner.planId,
      kind: spec.kind ?? "PROJECT",
      name,
      searchText: foldVietnamese(name),
      field: spec.field ?? "ADMIN_REFORM",
      goal: "Nâng cao tỉ lệ giải quyết hồ sơ đúng hạn",
      startsOn: spec.startsOn ?? dayFromToday(-10),
      chiDoanIds: spec.chiDoanIds ?? [],
      status,
      createdById: owner.createdById ?? null,
      ...(done ? { resultText: "Giải quyết 500 hồ sơ đúng hạn", completedAt: new Date(), progress: 100 } : {}),
      members: { create: (spec.memberIds ?? []).map((memberId) => ({ memberId })) },
    },
    select: { id: true, khoiId: true, coSoId: true, status: true, version: true, name: true },
  });
}
