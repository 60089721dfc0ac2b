// The access probes of the honours actions (see action-probes.ts): one valid call of each, aimed
// at tenant A's rows, and who may make it.
import { db } from "@/lib/db/client";
import * as honourActions from "@/lib/actions/honours";
import type { Tenant } from "../factories";
import type { Probe, ProbeMaker, Who } from "./action-probes";

/** The Khối's titles are kept by Khối staff only; every cơ sở and member reads them. */
export const HONOUR_ACCESS: Record<string, { may: Who[]; each?: true }> = {
  createTitleAction: { may: ["admin", "staff"], each: true },
  updateTitleAction: { may: ["admin", "staff"], each: true },
  archiveTitleAction: { may: ["admin", "staff"], each: true },
};

export type HonourRows = { title: string };

/** A title of tenant A with one criterion of each kind, made with db() directly. */
export async function makeHonourTitle(khoiId: string, name = "Cán bộ, công chức, viên chức trẻ giỏi, thân thiện") {
  return db().honourTitle.create({
    data: {
      khoiId,
      name,
      subject: "INDIVIDUAL",
      level: "KHOI",
      criteria: {
        create: [
          { position: 0, pillar: 0, wording: "Ít nhất 1 sáng kiến", source: "COMPUTED", metric: "IDEAS", threshold: 1 },
          { position: 1, pillar: 2, wording: "Phẩm chất đạo đức tốt", source: "TYPED" },
        ],
      },
    },
    select: { id: true, version: true },
  });
}

export async function makeHonourRows(a: Tenant): Promise<HonourRows> {
  return { title: (await makeHonourTitle(a.khoi.id)).id };
}

const titleVersion = async (id: string) => (await db().honourTitle.findUniqueOrThrow({ where: { id } })).version;

export const titleFields = (name: string) => ({
  name,
  subject: "INDIVIDUAL",
  level: "KHOI",
  description: "Tuyên dương hằng năm",
  criteria: [
    { wording: "Có ít nhất 2 ý tưởng, sáng kiến", source: "COMPUTED", pillar: "0", metric: "IDEAS", threshold: "2" },
    { wording: "Hoàn thành xuất sắc nhiệm vụ", source: "TYPED", pillar: "", metric: "", threshold: "" },
  ],
});

export function honourProbes(f: { honours: HonourRows }, p: ProbeMaker): Probe[] {
  const r = f.honours;
  return [
    // Creates in the caller's own Khối: no target id; refused for whoever does not keep a Khối's titles.
    p(
      "createTitleAction",
      honourActions.createTitleAction,
      async () => ({ ...titleFields("Thanh niên tiên tiến làm theo lời Bác"), requestKey: crypto.randomUUID() }),
      false,
    ),
    p("updateTitleAction", honourActions.updateTitleAction, async () => ({
      ...titleFields("Danh hiệu đã sửa"),
      id: r.title,
      version: await titleVersion(r.title),
    })),
    p("archiveTitleAction", honourActions.archiveTitleAction, async () => ({
      id: r.title,
      version: await titleVersion(r.title),
      active: false,
    })),
  ];
}
