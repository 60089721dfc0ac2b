// The notices the app would have sent along the demo year's timelines (the same titles as
// lib/data/project-steps.ts, entry-reviews.ts and commitments.ts), for the accounts that exist:
// Khối staff hear of submissions and completion reports, the cơ sở secretary of reviews, a member
// of a returned record. Notices older than two weeks have been read.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Clock } from "./seed-work-kit";

type Change = Prisma.StatusChangeCreateManyInput;
export type NoticeContext = {
  /** Khối id → its KHOI_ADMIN and KHOI_STAFF accounts */
  khoiStaff: Record<string, string[]>;
  /** cơ sở id → its secretary's account */
  coSoSecretaries: Record<string, string>;
  projects: Map<string, { name: string; coSoId: string | null }>;
  entries: Map<string, { title: string; userId: string | null }>;
  commitments: Map<string, { year: number; userId: string | null }>;
};

const TO_KHOI: Record<string, string> = { PENDING: "Công trình chờ duyệt", COMPLETED: "Công trình báo cáo hoàn thành" };
const TO_CO_SO: Record<string, string> = {
  APPROVED: "Công trình đã được duyệt",
  RETURNED: "Công trình bị trả lại, cần sửa",
  HONOURED: "Công trình được tuyên dương",
};

export function buildNotices(changes: Change[], ctx: NoticeContext, clock: Clock): Prisma.NotificationCreateManyInput[] {
  const rows: Prisma.NotificationCreateManyInput[] = [];
  const send = (c: Change, userIds: (string | null | undefined)[], title: string, link: string) => {
    const at = c.createdAt as Date;
    const read = clock.latest.getTime() - at.getTime() > 14 * 86_400_000;
    for (const userId of userIds)
      if (userId && userId !== c.actorId)
        rows.push({
          khoiId: c.khoiId,
          userId,
          title: title.length > 300 ? `${title.slice(0, 299)}…` : title,
          link,
          createdAt: at,
          readAt: read ? clock.after(at, [20])[0] : null,
        });
  };
  for (const c of changes) {
    if (c.entityType === "YouthProject") {
      const p = ctx.projects.get(c.entityId)!;
      // Khối-level projects are the Khối's own: nobody is told about them.
      if (!p.coSoId) continue;
      const link = `/cong-trinh/${c.entityId}`;
      const toKhoi =
        c.fromStatus === "RETURNED" && c.toStatus === "PENDING" ? "Công trình gửi lại sau khi sửa" : TO_KHOI[c.toStatus];
      if (toKhoi) send(c, ctx.khoiStaff[c.khoiId] ?? [], `${toKhoi}: ${p.name}`, link);
      if (TO_CO_SO[c.toStatus]) send(c, [ctx.coSoSecretaries[p.coSoId]], `${TO_CO_SO[c.toStatus]}: ${p.name}`, link);
    } else if (c.toStatus === "RETURNED" && c.entityType === "MemberEntry") {
      const e = ctx.entries.get(c.entityId)!;
      send(c, [e.userId], `Ghi nhận “${e.title}” đã bị trả lại: ${c.comment}`, `/ghi-nhan/${c.entityId}`);
    } else if (c.toStatus === "RETURNED" && c.entityType === "Commitment") {
      const k = ctx.commitments.get(c.entityId)!;
      send(c, [k.userId], `Bản đăng ký rèn luyện năm ${k.year} đã bị trả lại: ${c.comment}`, "/ca-nhan#ren-luyen");
    }
  }
  return rows;
}
