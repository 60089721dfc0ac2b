// Members' entries made directly with db() for the entry tests (the actions have their own tests),
// and the form payloads the actions take.
import { db } from "@/lib/db/client";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { foldVietnamese } from "@/lib/domain/text";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntryKind, EntryStatus } from "@/lib/generated/prisma/enums";
import type { EntryCreateInput } from "@/lib/validation/entries";
import { dayFromToday, makeMember, makeUser, type Tenant } from "../factories";

type Unit = Tenant["chiDoanA1"];
export type MemberRow = { id: string; khoiId: string; coSoId: string; chiDoanId: string };

/** A new account of the given role on a unit, with its own member profile in `chiDoan`. */
export async function makeMemberUser(
  role: "MEMBER" | "CHI_DOAN_SECRETARY" | "CO_SO_SECRETARY" | "KHOI_STAFF",
  unit: Unit,
  chiDoan: Unit,
  fullName?: string,
) {
  const user = await makeUser(db(), { role, unit });
  const member = await makeMember(db(), chiDoan, { userId: user.id, fullName });
  return {
    userId: user.id,
    member: { id: member.id, khoiId: member.khoiId, coSoId: member.coSoId, chiDoanId: member.chiDoanId },
  };
}

export const memberRow = (m: { id: string; khoiId: string; coSoId: string; chiDoanId: string }): MemberRow => ({
  id: m.id,
  khoiId: m.khoiId,
  coSoId: m.coSoId,
  chiDoanId: m.chiDoanId,
});

type EntryOpts = Partial<
  Omit<Prisma.MemberEntryUncheckedCreateInput, "khoiId" | "coSoId" | "chiDoanId" | "memberId" | "kind" | "status">
> & { occurredDaysAgo?: number };

/** An entry of a member in a given state, with its creation on the timeline. */
export async function makeEntry(member: MemberRow, kind: EntryKind, status: EntryStatus = "SUBMITTED", opts: EntryOpts = {}) {
  const { occurredDaysAgo, ...rest } = opts;
  const title = (rest.title as string | undefined) ?? `Ghi nhận ${crypto.randomUUID().slice(0, 8)}`;
  const byKind =
    kind === "IDEA"
      ? { ideaKind: "IDEA" as const, field: "DIGITAL" as const, problem: "Vấn đề", proposal: "Đề xuất", applied: false }
      : kind === "TRAINING"
        ? { trainingKind: "IT" as const, provider: "Trung tâm Tin học" }
        : { hours: 4 };
  const row = await db().memberEntry.create({
    data: {
      khoiId: member.khoiId,
      coSoId: member.coSoId,
      chiDoanId: member.chiDoanId,
      memberId: member.id,
      kind,
      status,
      occurredOn: dayFromToday(-(occurredDaysAgo ?? 3)),
      ...byKind,
      ...rest,
      title,
      searchText: foldVietnamese(title),
    },
    select: { id: true, version: true },
  });
  await db().statusChange.create({
    data: { khoiId: member.khoiId, entityType: "MemberEntry", entityId: row.id, fromStatus: null, toStatus: status },
  });
  return row;
}

export const date = (days: number) => formatVietnameseDate(dayFromToday(days));

/** A form as the browser posts it (overrides may hold bad values on purpose). */
type Form<K extends EntryKind> = Extract<EntryCreateInput, { kind: K }>;

export const ideaForm = (over: Record<string, unknown> = {}) =>
  ({
    kind: "IDEA" as const,
    ideaKind: "INITIATIVE",
    title: "Ứng dụng chữ ký số trong văn thư",
    problem: "Trình ký văn bản giấy mất nhiều ngày",
    proposal: "Dùng chữ ký số cho văn bản nội bộ",
    field: "DIGITAL",
    occurredOn: date(-5),
    applied: "true",
    effect: "Rút ngắn thời gian trình ký còn 1 ngày",
    contestId: "",
    requestKey: crypto.randomUUID(),
    ...over,
  }) as Form<"IDEA">;

export const trainingForm = (over: Record<string, unknown> = {}) =>
  ({
    kind: "TRAINING" as const,
    trainingKind: "LANGUAGE",
    title: "Tiếng Anh giao tiếp B1",
    provider: "Trường Đại học Sư phạm",
    occurredOn: date(-60),
    endsOn: date(-2),
    requestKey: crypto.randomUUID(),
    ...over,
  }) as Form<"TRAINING">;

export const volunteerForm = (over: Record<string, unknown> = {}) =>
  ({
    kind: "VOLUNTEER" as const,
    title: "Ngày thứ 7 tình nguyện giải quyết thủ tục hành chính",
    field: "ADMIN_REFORM",
    activityId: "",
    occurredOn: date(-1),
    hours: "4,0",
    requestKey: crypto.randomUUID(),
    ...over,
  }) as Form<"VOLUNTEER">;

export const statusesOf = async (entityId: string) =>
  (await db().statusChange.findMany({ where: { entityType: "MemberEntry", entityId }, orderBy: { createdAt: "asc" } })).map(
    (c) => [c.fromStatus, c.toStatus],
  );
