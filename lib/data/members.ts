import "server-only";
// Đoàn viên: list with diacritic-insensitive search, read, create, edit, transfer, archive.
// The viewer's scope is inside every `where`: another unit's or tenant's member is not found.
import { db } from "@/lib/db/client";
import { cachedRead } from "./read-cache";
import type { Prisma } from "@/lib/generated/prisma/client";
import { honourScope, memberScope, unitScope, type Viewer } from "@/lib/authz";
import { selectOf } from "@/lib/domain/audit-diff";
import { containsLiterally, foldVietnamese, memberNameFields } from "@/lib/domain/text";
import { memberCreateInput, memberDeactivateInput, memberUpdateInput, type MemberListQuery } from "@/lib/validation/members";
import type { z } from "zod";
import { recordAudit, recordChange } from "./audit";
import { createOnce } from "./create-once";
import { conflict, invalid, isUniqueViolation, notFound } from "./errors";

export const MEMBER_PAGE_SIZE = 25;

/** What screens and exports get: no internal columns, no account data. */
const memberSelect = {
  id: true,
  fullName: true,
  birthDate: true,
  gender: true,
  position: true,
  agency: true,
  joinedUnionAt: true,
  email: true,
  phone: true,
  version: true,
  chiDoanId: true,
  coSoId: true,
  chiDoan: { select: { name: true, parent: { select: { name: true } } } },
} satisfies Prisma.MemberSelect;

export type MemberDto = {
  id: string;
  fullName: string;
  birthDate: Date | null;
  gender: "NAM" | "NU" | "KHAC" | null;
  position: string | null;
  agency: string | null;
  joinedUnionAt: Date | null;
  email: string | null;
  phone: string | null;
  version: number;
  chiDoanId: string;
  chiDoanName: string;
  coSoName: string;
};

function toDto(m: Prisma.MemberGetPayload<{ select: typeof memberSelect }>): MemberDto {
  const { chiDoan, coSoId: _coSoId, ...rest } = m;
  return { ...rest, chiDoanName: chiDoan.name, coSoName: chiDoan.parent?.name ?? "" };
}

function listWhere(viewer: Viewer, query: Pick<MemberListQuery, "q" | "coSo" | "chiDoan">): Prisma.MemberWhereInput {
  const q = foldVietnamese(query.q);
  return {
    AND: [
      memberScope(viewer, "member.read"),
      { active: true },
      q ? { searchName: containsLiterally(q) } : {},
      query.coSo ? { coSoId: query.coSo } : {},
      query.chiDoan ? { chiDoanId: query.chiDoan } : {},
    ],
  };
}

/**
 * A page of the member list, kept under the data versions (read-cache.ts) until a member of the
 * viewer's Khối changes: counting the largest Khối's 103,764 members took 60–100 ms of PostgreSQL
 * at every view, and officers page the same lists all day.
 */
export function listMembers(viewer: Viewer, query: MemberListQuery) {
  return cachedRead("memberList", viewer, [query], () => readMemberList(viewer, query));
}

async function readMemberList(viewer: Viewer, query: MemberListQuery) {
  const where = listWhere(viewer, query);
  const [total, rows] = await Promise.all([
    db().member.count({ where }),
    db().member.findMany({
      where,
      select: memberSelect,
      orderBy: [{ sortName: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * MEMBER_PAGE_SIZE,
      take: MEMBER_PAGE_SIZE,
    }),
  ]);
  return { total, page: query.page, pageSize: MEMBER_PAGE_SIZE, rows: rows.map(toDto) };
}

/** Members read per query of the export: whole chi đoàn, about this many at a time. */
export const EXPORT_BATCH = 500;

/**
 * Every member matching the filters, for the Excel export (scope: member.export), batch by batch
 * in the sheet's order: by cơ sở and chi đoàn name, as a secretary reads a list, then by name.
 * A batch is whole chi đoàn of about `batchSize` members, so a Khối of 100,000 is never held whole.
 */
export async function* exportMembers(
  viewer: Viewer,
  query: Pick<MemberListQuery, "q" | "coSo" | "chiDoan">,
  batchSize = EXPORT_BATCH,
): AsyncGenerator<(MemberDto & { honours: string })[]> {
  const q = foldVietnamese(query.q);
  const where: Prisma.MemberWhereInput = {
    AND: [
      memberScope(viewer, "member.export"),
      { active: true },
      q ? { searchName: containsLiterally(q) } : {},
      query.coSo ? { coSoId: query.coSo } : {},
      query.chiDoan ? { chiDoanId: query.chiDoan } : {},
    ],
  };
  const perChiDoan = await db().member.groupBy({ by: ["chiDoanId"], where, _count: { _all: true } });
  const counts = new Map(perChiDoan.map((r) => [r.chiDoanId, r._count._all]));
  const chiDoans = await db().unit.findMany({
    where: { id: { in: [...counts.keys()] } },
    orderBy: [{ parent: { name: "asc" } }, { name: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const read = async (chiDoanIds: string[]) => {
    const rows = await db().member.findMany({
      where: { AND: [where, { chiDoanId: { in: chiDoanIds } }] },
      select: memberSelect,
      orderBy: [{ chiDoan: { parent: { name: "asc" } } }, { chiDoan: { name: "asc" } }, { sortName: "asc" }, { id: "asc" }],
    });
    const honours = await honoursOfMembers(
      viewer,
      rows.map((r) => r.id),
    );
    return rows.map((r) => ({ ...toDto(r), honours: honours.get(r.id) ?? "" }));
  };
  let batch: string[] = [];
  let size = 0;
  for (const { id } of chiDoans) {
    batch.push(id);
    size += counts.get(id) ?? 0;
    if (size < batchSize) continue;
    yield await read(batch);
    batch = [];
    size = 0;
  }
  if (batch.length) yield await read(batch);
}

/**
 * Each member's standing honours for the export's "Khen thưởng" column, newest first: the Khối's
 * decisions and the city-level titles the Thành Đoàn conferred. Two queries for the whole list.
 */
async function honoursOfMembers(viewer: Viewer, memberIds: string[]): Promise<Map<string, string>> {
  if (!memberIds.length) return new Map();
  const standing: Prisma.HonourWhereInput = { AND: [honourScope(viewer), { memberId: { in: memberIds }, revokedById: null }] };
  const [khoi, city] = await Promise.all([
    db().honour.findMany({
      where: standing,
      select: { memberId: true, titleName: true, decidedOn: true, decision: { select: { number: true } } },
    }),
    db().cityProposal.findMany({
      where: { status: "ACCEPTED", honour: standing },
      select: { titleName: true, decidedOn: true, decisionNumber: true, honour: { select: { memberId: true } } },
    }),
  ]);
  const items = [
    ...khoi.map((h) => ({ memberId: h.memberId, on: h.decidedOn, text: `${h.titleName} (QĐ ${h.decision.number})` })),
    ...city.map((p) => ({
      memberId: p.honour.memberId,
      on: p.decidedOn ?? new Date(0),
      text: `${p.titleName} (QĐ ${p.decisionNumber ?? ""} của Thành Đoàn)`,
    })),
  ].sort((x, y) => y.on.getTime() - x.on.getTime());
  const out = new Map<string, string>();
  for (const i of items) if (i.memberId) out.set(i.memberId, out.has(i.memberId) ? `${out.get(i.memberId)}; ${i.text}` : i.text);
  return out;
}

export async function getMember(viewer: Viewer, id: string): Promise<MemberDto> {
  const m = await db().member.findFirst({
    where: { AND: [memberScope(viewer, "member.read"), { id, active: true }] },
    select: memberSelect,
  });
  if (!m) throw notFound("đoàn viên");
  return toDto(m);
}

/** The signed-in member's own profile, or null when their account has none. */
export async function getOwnProfile(viewer: Viewer): Promise<MemberDto | null> {
  const m = await db().member.findFirst({
    where: { AND: [memberScope(viewer, "member.read"), { userId: viewer.userId, active: true }] },
    select: memberSelect,
  });
  return m ? toDto(m) : null;
}

/** A chi đoàn where the viewer may place members (the chi đoàn's own scope decides). */
async function chiDoanFor(viewer: Viewer, chiDoanId: string, action: "member.create" | "member.update") {
  const chiDoan = await db().unit.findFirst({
    where: { AND: [unitScope(viewer, action), { id: chiDoanId, kind: "CHI_DOAN", active: true }] },
    select: { id: true, khoiId: true, coSoId: true, parent: { select: { name: true } } },
  });
  if (!chiDoan?.khoiId || !chiDoan.coSoId) throw invalid({ chiDoanId: "Không tìm thấy chi đoàn" });
  return { ...chiDoan, khoiId: chiDoan.khoiId, coSoId: chiDoan.coSoId };
}

const duplicateEmail = () => invalid({ email: "Email này đã được dùng cho một đoàn viên khác trong Đoàn Khối" });

export async function createMember(viewer: Viewer, input: z.output<typeof memberCreateInput>) {
  const chiDoan = await chiDoanFor(viewer, input.chiDoanId, "member.create");
  const made = () =>
    db().member.findFirst({ where: { requestKey: input.requestKey, khoiId: chiDoan.khoiId }, select: { id: true } });
  try {
    return await createOnce(made, async () => {
      const names = memberNameFields(input.fullName);
      const id = crypto.randomUUID();
      await db().$transaction(async (tx) => {
        await tx.member.create({
          data: {
            id,
            khoiId: chiDoan.khoiId,
            coSoId: chiDoan.coSoId,
            chiDoanId: chiDoan.id,
            ...names,
            birthDate: input.birthDate,
            gender: input.gender,
            position: input.position,
            agency: input.agency ?? chiDoan.parent?.name ?? null,
            joinedUnionAt: input.joinedUnionAt,
            email: input.email,
            phone: input.phone,
            requestKey: input.requestKey,
          },
        });
        const after = {
          fullName: names.fullName,
          chiDoanId: chiDoan.id,
          birthDate: input.birthDate,
          gender: input.gender,
          position: input.position,
          joinedUnionAt: input.joinedUnionAt,
          email: input.email,
          phone: input.phone,
        };
        await recordAudit(
          {
            khoiId: chiDoan.khoiId,
            actorId: viewer.userId,
            action: "member.create",
            targetType: "Member",
            targetId: id,
            after: Object.fromEntries(Object.entries(after).filter(([, v]) => v != null)),
          },
          tx,
        );
      });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) throw duplicateEmail();
    throw error;
  }
}

/** Edits a member; a new chi đoàn is a transfer (chuyển sinh hoạt), recorded as such. */
export async function updateMember(viewer: Viewer, input: z.output<typeof memberUpdateInput>) {
  const current = await db().member.findFirst({
    where: { AND: [memberScope(viewer, "member.update"), { id: input.id, active: true }] },
    select: { id: true, khoiId: true, chiDoanId: true, coSoId: true },
  });
  if (!current) throw notFound("đoàn viên");
  const dest = input.chiDoanId === current.chiDoanId ? null : await chiDoanFor(viewer, input.chiDoanId, "member.update");
  if (dest && dest.khoiId !== current.khoiId) throw invalid({ chiDoanId: "Không tìm thấy chi đoàn" });
  const names = memberNameFields(input.fullName);
  // What the log shows: the profile's fields (searchName and sortName are fullName re-spelt).
  const shown = {
    fullName: names.fullName,
    birthDate: input.birthDate,
    gender: input.gender,
    position: input.position,
    agency: input.agency,
    joinedUnionAt: input.joinedUnionAt,
    email: input.email,
    phone: input.phone,
    chiDoanId: dest?.id ?? current.chiDoanId,
  };
  try {
    await db().$transaction(async (tx) => {
      const before = await tx.member.findFirst({
        where: { id: current.id, khoiId: current.khoiId, version: input.version, active: true },
        select: selectOf(shown),
      });
      const { count } = await tx.member.updateMany({
        where: { id: current.id, khoiId: current.khoiId, version: input.version, active: true },
        data: {
          ...names,
          birthDate: input.birthDate,
          gender: input.gender,
          position: input.position,
          agency: input.agency,
          joinedUnionAt: input.joinedUnionAt,
          email: input.email,
          phone: input.phone,
          ...(dest ? { chiDoanId: dest.id, coSoId: dest.coSoId } : {}),
          version: { increment: 1 },
        },
      });
      if (count === 0 || !before) throw conflict();
      // A transfer's row keeps the chi đoàn before and after: lib/data/member-history.ts reads it.
      await recordChange(
        {
          khoiId: current.khoiId,
          actorId: viewer.userId,
          action: dest ? "member.transfer" : "member.update",
          targetType: "Member",
          targetId: current.id,
        },
        before,
        shown,
        tx,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error, "email")) throw duplicateEmail();
    throw error;
  }
}

/** Archives a member (never deleted): they vanish from lists and counts. */
export async function deactivateMember(viewer: Viewer, input: z.output<typeof memberDeactivateInput>) {
  const current = await db().member.findFirst({
    where: { AND: [memberScope(viewer, "member.update"), { id: input.id, active: true }] },
    select: { id: true, khoiId: true },
  });
  if (!current) throw notFound("đoàn viên");
  await db().$transaction(async (tx) => {
    const { count } = await tx.member.updateMany({
      where: { id: current.id, khoiId: current.khoiId, version: input.version },
      data: { active: false, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await recordAudit(
      {
        khoiId: current.khoiId,
        actorId: viewer.userId,
        action: "member.archive",
        targetType: "Member",
        targetId: current.id,
        before: { active: true },
        after: { active: false },
      },
      tx,
    );
  });
}

/** Where a member sits in the tree (for can()), read from the database; null when out of read scope. */
export async function memberTarget(viewer: Viewer, id: string) {
  const m = await db().member.findFirst({
    where: { AND: [memberScope(viewer, "member.read"), { id, active: true }] },
    select: { khoiId: true, coSoId: true, chiDoanId: true, userId: true },
  });
  return m ? { khoiId: m.khoiId, coSoId: m.coSoId, chiDoanId: m.chiDoanId, ownerUserId: m.userId } : null;
}
