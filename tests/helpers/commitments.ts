// Commitments (đăng ký rèn luyện) made directly with db() for the commitment tests and probes
// (the actions have their own tests).
import { db } from "@/lib/db/client";
import type { AssessmentRating, EntryStatus } from "@/lib/generated/prisma/enums";
import { todayInVietnam } from "@/lib/domain/dates";
import { makeMember, makeUser, type Tenant } from "../factories";

export const PILLARS = ["Trách nhiệm với bản thân", "Trách nhiệm với công việc", "Trách nhiệm với cộng đồng"];
export const PLEDGES = [
  "Học xong chứng chỉ tiếng Anh B1",
  "Giải quyết hồ sơ đúng hạn 100%",
  "Tham gia 2 ngày thứ Bảy tình nguyện",
];
export const ASSESSMENTS = ["Đã có chứng chỉ B1", "Không trễ hạn hồ sơ nào", "Tham gia 3 ngày tình nguyện"];

export const thisYear = () => todayInVietnam().getUTCFullYear();

type MemberRow = { id: string; khoiId: string; coSoId: string; chiDoanId: string };
export type CommitmentState = {
  year?: number;
  status?: EntryStatus;
  assessmentStatus?: EntryStatus | null;
  rating?: AssessmentRating | null;
  pledges?: string[];
  pillars?: string[];
};

function rowData(member: MemberRow, s: CommitmentState) {
  const assessed = s.assessmentStatus != null;
  return {
    khoiId: member.khoiId,
    coSoId: member.coSoId,
    chiDoanId: member.chiDoanId,
    pillars: s.pillars ?? PILLARS,
    pledges: s.pledges ?? PLEDGES,
    status: s.status ?? "SUBMITTED",
    assessmentStatus: s.assessmentStatus ?? null,
    assessments: assessed ? ASSESSMENTS : [],
    rating: s.rating ?? (assessed ? "GOOD" : null),
    assessedAt: assessed ? new Date() : null,
    reviewComment: null,
    reviewedById: null,
    reviewedAt: null,
  } as const;
}

/** A member's commitment of a year in a given state (a past year by default: its assessment is open). */
export async function makeCommitment(member: MemberRow, s: CommitmentState = {}) {
  const year = s.year ?? thisYear() - 1;
  const row = await db().commitment.create({
    data: { memberId: member.id, year, ...rowData(member, s) },
    select: { id: true, version: true },
  });
  await db().statusChange.create({
    data: { khoiId: member.khoiId, entityType: "Commitment", entityId: row.id, fromStatus: null, toStatus: "SUBMITTED" },
  });
  return { id: row.id, version: row.version, year };
}

/** The member's commitment of a year put (back) into a given state, on the same row: for fixtures remade many times. */
export async function resetCommitment(member: MemberRow, s: CommitmentState & { year: number }) {
  const data = rowData(member, s);
  return db().commitment.upsert({
    where: { memberId_year: { memberId: member.id, year: s.year } },
    create: { memberId: member.id, year: s.year, ...data },
    update: data,
    select: { id: true },
  });
}

export const commitmentVersion = async (id: string) => (await db().commitment.findUniqueOrThrow({ where: { id } })).version;

/** A new account with its own member profile in `chiDoan` (a MEMBER of it unless another role is given). */
export async function makeMemberAccount(chiDoan: Tenant["chiDoanA1"], role: "MEMBER" | "CHI_DOAN_SECRETARY" = "MEMBER") {
  const user = await makeUser(db(), { role, unit: chiDoan });
  const m = await makeMember(db(), chiDoan, { userId: user.id });
  return {
    userId: user.id,
    fullName: m.fullName,
    member: { id: m.id, khoiId: m.khoiId, coSoId: m.coSoId, chiDoanId: m.chiDoanId },
  };
}
