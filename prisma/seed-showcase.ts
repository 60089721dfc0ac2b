// The demo's showcase (issue 14): on each Khối's public site a few honoured people and youth
// projects, made from the demo's own honours and acknowledged projects, the people having
// consented; and one profile of doanvien@ that waits for his consent on /ca-nhan.
import type { Db } from "@/lib/db/client";
import { PILLARS_2009 } from "@/lib/domain/plan-model";

type Profile = {
  khoiId: string;
  kind: "PERSON" | "PROJECT";
  honourId?: string;
  projectId?: string;
  coSoId: string | null;
  title: string;
  story: string;
  pillar: string;
  year: number;
  featured: boolean;
  people: { memberId: string; consentedAt: Date | null }[];
};

async function create(db: Db, p: Profile, at: Date) {
  const { people, ...data } = p;
  const row = await db.showcaseProfile.create({
    data: { ...data, status: "PUBLISHED", publishedAt: at, people: { create: people } },
  });
  await db.statusChange.createMany({
    data: [
      { khoiId: p.khoiId, entityType: "ShowcaseProfile", entityId: row.id, toStatus: "DRAFT", createdAt: at },
      {
        khoiId: p.khoiId,
        entityType: "ShowcaseProfile",
        entityId: row.id,
        fromStatus: "DRAFT",
        toStatus: "PUBLISHED",
        createdAt: at,
      },
    ],
  });
}

export async function seedDemoShowcase(db: Db, khoiIds: string[], waitingMemberId: string, now = new Date()) {
  for (const khoiId of khoiIds) {
    const honours = await db.honour.findMany({
      where: { khoiId, revokedById: null, subject: "INDIVIDUAL", memberId: { not: null } },
      orderBy: [{ decidedOn: "desc" }, { id: "asc" }],
      take: 2,
      select: {
        id: true,
        titleName: true,
        coSoId: true,
        memberId: true,
        decidedOn: true,
        nomination: { select: { narrative: true, member: { select: { fullName: true } } } },
      },
    });
    for (const [i, h] of honours.entries()) {
      const name = h.nomination.member?.fullName ?? "";
      await create(
        db,
        {
          khoiId,
          kind: "PERSON",
          honourId: h.id,
          coSoId: h.coSoId,
          title: `${name} – ${h.titleName}`,
          story:
            h.nomination.narrative?.trim() ||
            `${name} hoàn thành xuất sắc nhiệm vụ chuyên môn, đi đầu trong cải cách thủ tục hành chính và tích cực tham gia các hoạt động tình nguyện của Đoàn.`,
          pillar: PILLARS_2009[i % 3],
          year: h.decidedOn.getUTCFullYear(),
          featured: i === 0,
          people: [{ memberId: h.memberId!, consentedAt: now }],
        },
        now,
      );
    }
    const projects = await db.youthProject.findMany({
      where: { khoiId, status: { in: ["ACKNOWLEDGED", "HONOURED"] } },
      orderBy: [{ completedAt: "desc" }, { id: "asc" }],
      take: 3,
      select: { id: true, name: true, goal: true, resultText: true, coSoId: true, completedAt: true, startsOn: true },
    });
    for (const [i, p] of projects.entries()) {
      await create(
        db,
        {
          khoiId,
          kind: "PROJECT",
          projectId: p.id,
          coSoId: p.coSoId,
          title: p.name,
          story: [p.goal, p.resultText].filter((x) => x?.trim()).join("\n\n") || p.name,
          pillar: PILLARS_2009[(i + 1) % 3],
          year: (p.completedAt ?? p.startsOn).getUTCFullYear(),
          featured: i < 2,
          people: [],
        },
        now,
      );
    }
  }
  // doanvien@: published by the Khối, shown only once he agrees on /ca-nhan.
  const member = await db.member.findUniqueOrThrow({
    where: { id: waitingMemberId },
    select: { khoiId: true, coSoId: true, fullName: true },
  });
  await create(
    db,
    {
      khoiId: member.khoiId,
      kind: "PERSON",
      coSoId: member.coSoId,
      title: `${member.fullName} – tình nguyện viên tiêu biểu`,
      story: `${member.fullName} tham gia 12 ngày tình nguyện hỗ trợ người dân làm thủ tục trực tuyến tại bộ phận một cửa trong năm.\n\nAnh hướng dẫn hơn 300 lượt người dân nộp hồ sơ qua Cổng dịch vụ công.`,
      pillar: PILLARS_2009[1],
      year: now.getUTCFullYear(),
      featured: false,
      people: [{ memberId: waitingMemberId, consentedAt: null }],
    },
    now,
  );
}
