// Ý tưởng được chia sẻ in the demo: in each Khối a few of the year's pending or confirmed ideas
// are shared, with supports from other members and a few comments (one hidden by Khối staff), so
// the list's two orders differ. The demo member's own ideas stay private: he shares one himself.
import type { Db } from "@/lib/db/client";

/** Supports per shared idea, most first; the newest shared idea is not the most supported. */
const SUPPORTS = [3, 9, 5, 1, 0];
const COMMENTS = [
  "Ý tưởng rất thiết thực, cơ sở mình cũng đang gặp đúng vấn đề này.",
  "Nên thử trước ở bộ phận một cửa rồi nhân rộng ra các phòng.",
  "Đề nghị bổ sung dự toán kinh phí để dễ trình lãnh đạo.",
  "Bên mình đã làm tương tự, sẵn sàng chia sẻ biểu mẫu.",
];

export async function seedDemoSharedIdeas(db: Db, khoiIds: string[], keepPrivate: string[]) {
  for (const khoiId of khoiIds) {
    const ideas = await db.memberEntry.findMany({
      where: { khoiId, kind: "IDEA", status: { in: ["SUBMITTED", "CONFIRMED"] }, memberId: { notIn: keepPrivate } },
      orderBy: [{ occurredOn: "desc" }, { id: "asc" }],
      select: { id: true, memberId: true, createdAt: true },
      take: SUPPORTS.length,
    });
    const members = await db.member.findMany({
      where: { khoiId, active: true },
      orderBy: { id: "asc" },
      select: { id: true },
      take: 40,
    });
    const users = await db.user.findMany({ where: { khoiId, active: true }, orderBy: { email: "asc" }, select: { id: true } });
    const staff = await db.membership.findFirst({ where: { unitId: khoiId }, select: { userId: true } });
    for (const [i, idea] of ideas.entries()) {
      const supporters = members.filter((m) => m.id !== idea.memberId).slice(i * 3, i * 3 + SUPPORTS[i]);
      // Shared a few days after it was logged, the newest list first in "Mới nhất".
      const publishedAt = new Date(Date.now() - (i + 1) * 2 * 86_400_000);
      await db.memberEntry.update({
        where: { id: idea.id },
        data: { publishedAt, supportCount: supporters.length },
      });
      await db.ideaSupport.createMany({ data: supporters.map((m) => ({ khoiId, entryId: idea.id, memberId: m.id })) });
      if (i >= 3 || !users.length) continue;
      for (const [c, body] of COMMENTS.slice(i, i + 2).entries()) {
        const hidden = i === 0 && c === 1 && !!staff;
        await db.ideaComment.create({
          data: {
            khoiId,
            entryId: idea.id,
            authorUserId: users[(i * 2 + c) % users.length].id,
            body,
            requestKey: crypto.randomUUID(),
            createdAt: new Date(publishedAt.getTime() + (c + 1) * 3_600_000),
            ...(hidden ? { hiddenAt: new Date(publishedAt.getTime() + 86_400_000), hiddenById: staff.userId } : {}),
          },
        });
      }
    }
  }
}
