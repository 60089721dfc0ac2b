import "server-only";
// Accounts for many đoàn viên at once (issue 16, point 9): the ticked members of the list, or a
// whole chi đoàn. Each id the client sends is read again through the viewer's scope (another cơ
// sở's or Khối's member is simply not found); only an active member with an e-mail and no account
// yet gets one, with the role MEMBER on their chi đoàn, like an account made one at a time. All of
// one run commits together or not at all. Delivery: a first-sign-in link by e-mail (nobody ever
// sees a password), or temporary passwords returned once for a printed sheet and stored nowhere
// but as their argon2 hash — not in the audit trail either, which records who made how many.
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { db } from "@/lib/db/client";
import { khoiIdsFor, memberScope, unitScope, type Viewer } from "@/lib/authz";
import { hashPassword, temporaryPassword } from "@/lib/auth/password";
import { publicUrl } from "@/lib/mail/messages";
import { BULK_ACCOUNT_LIMIT, type BulkDelivery, type bulkAccountInput } from "@/lib/validation/bulk-accounts";
import { recordAudit, recordRefusal } from "./audit";
import { EMAIL_UNAVAILABLE } from "./accounts";
import { invalid, notFound } from "./errors";
import { deliverDue } from "./mail-outbox";
import { issueFirstSignInLinks } from "./password-reset";

const PERMISSION = "account.createMembers";

export const SKIP_REASONS = {
  notFound: "Không tìm thấy đoàn viên",
  noEmail: "Chưa có email",
  hasAccount: "Đã có tài khoản",
  emailInKhoi: "Email đã dùng cho một tài khoản khác trong Đoàn Khối",
  emailUnavailable: EMAIL_UNAVAILABLE,
  overLimit: `Quá ${BULK_ACCOUNT_LIMIT} tài khoản một lần: hãy chạy lại để tạo tiếp`,
} as const;

export const ALREADY_DONE = "Các tài khoản của yêu cầu này vừa được tạo. Mật khẩu tạm chỉ hiển thị một lần.";

/** One slip of the printed sheet (phiếu), or one line of the "sent" list. */
export type AccountSlip = {
  memberId: string;
  name: string;
  chiDoanName: string;
  coSoName: string;
  email: string;
  /** SHEET only; never stored in clear, never sent again. */
  temporaryPassword: string | null;
};
export type SkippedMember = { memberId: string; name: string; reason: string };
export type BulkAccountResult = {
  delivery: BulkDelivery;
  created: AccountSlip[];
  skipped: SkippedMember[];
  /** The sign-in page, printed on each slip. */
  signInUrl: string;
};

type Candidate = {
  id: string;
  fullName: string;
  email: string | null;
  userId: string | null;
  khoiId: string;
  chiDoanId: string;
  chiDoan: { name: string; parent: { name: string } | null };
};

/** Which members to consider: the ticked ones, and every active member of the chosen chi đoàn. */
async function candidates(viewer: Viewer, input: z.output<typeof bulkAccountInput>) {
  if (input.chiDoanId) {
    // The chi đoàn too is read through the scope: another cơ sở's is not found.
    const unit = await db().unit.findFirst({
      where: { AND: [unitScope(viewer, PERMISSION), { id: input.chiDoanId, kind: "CHI_DOAN", active: true }] },
      select: { id: true },
    });
    if (!unit) throw notFound("chi đoàn");
  }
  const chosen = [
    ...(input.memberIds.length ? [{ id: { in: input.memberIds } }] : []),
    ...(input.chiDoanId ? [{ chiDoanId: input.chiDoanId }] : []),
  ];
  const members: Candidate[] = await db().member.findMany({
    where: { AND: [memberScope(viewer, PERMISSION), { active: true }, { OR: chosen }] },
    select: {
      id: true,
      fullName: true,
      email: true,
      userId: true,
      khoiId: true,
      chiDoanId: true,
      chiDoan: { select: { name: true, parent: { select: { name: true } } } },
    },
    orderBy: [{ sortName: "asc" }, { id: "asc" }],
  });
  if (members.length === 0) {
    if (input.chiDoanId && !input.memberIds.length) throw invalid({}, "Chi đoàn này chưa có đoàn viên nào");
    throw notFound("đoàn viên");
  }
  return members;
}

/** The accounts of the viewer's Khối already using these e-mails (another Khối's are not visible). */
async function accountsByEmail(emails: string[], khoiIds: string[]) {
  if (!emails.length) return new Map<string, string | null>();
  // Filtered here, not left to row-level security alone: another Khối's account must read as
  // "not available", never as "used in your Khối" (one account at a time does the same).
  const users = await db().user.findMany({
    where: { email: { in: emails }, khoiId: { in: khoiIds } },
    select: { email: true, khoiId: true },
  });
  return new Map(users.map((u) => [u.email, u.khoiId]));
}

/** Hashing is slow on purpose (argon2id): a few at a time, outside the transaction. */
async function hashAll(passwords: string[]) {
  const out: string[] = [];
  for (let i = 0; i < passwords.length; i += 4) out.push(...(await Promise.all(passwords.slice(i, i + 4).map(hashPassword))));
  return out;
}

export async function createMemberAccounts(viewer: Viewer, input: z.output<typeof bulkAccountInput>): Promise<BulkAccountResult> {
  const khoiIds = khoiIdsFor(viewer, PERMISSION);
  // A double click or a retry: the accounts carry `${requestKey}:${memberId}`, so a run already
  // made is found, and its passwords are never shown (nor made) again.
  const keyOf = (memberId: string) => `${input.requestKey}:${memberId}`;
  const done = () =>
    db().user.findFirst({
      where: { khoiId: { in: khoiIds }, requestKey: { startsWith: `${input.requestKey}:` } },
      select: { id: true },
    });
  if (await done()) throw invalid({}, ALREADY_DONE);

  const members = await candidates(viewer, input);
  const found = new Set(members.map((m) => m.id));
  const skipped: SkippedMember[] = input.memberIds
    .filter((id, i, all) => !found.has(id) && all.indexOf(id) === i)
    .map((memberId) => ({ memberId, name: "", reason: SKIP_REASONS.notFound }));
  const skip = (m: Candidate, reason: string) => skipped.push({ memberId: m.id, name: m.fullName, reason });

  const taken = await accountsByEmail([...new Set(members.flatMap((m) => (m.email ? [m.email.toLowerCase()] : [])))], khoiIds);
  const eligible: (Candidate & { email: string })[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    const email = m.email?.toLowerCase();
    if (m.userId) skip(m, SKIP_REASONS.hasAccount);
    else if (!email) skip(m, SKIP_REASONS.noEmail);
    else if (taken.has(email) || seen.has(email)) skip(m, SKIP_REASONS.emailInKhoi);
    else if (eligible.length >= BULK_ACCOUNT_LIMIT) skip(m, SKIP_REASONS.overLimit);
    else {
      seen.add(email);
      eligible.push({ ...m, email });
    }
  }

  const result = (created: AccountSlip[]): BulkAccountResult => ({
    delivery: input.delivery,
    created,
    skipped,
    signInUrl: publicUrl("/dang-nhap"),
  });
  if (!eligible.length) return result([]);

  // SHEET: a readable temporary password each; INVITE: a random secret nobody knows (the member
  // sets their own password through the link).
  const passwords = eligible.map(() =>
    input.delivery === "SHEET" ? temporaryPassword() : randomBytes(32).toString("base64url"),
  );
  const hashes = await hashAll(passwords);
  const rows = eligible.map((m, i) => ({ member: m, id: crypto.randomUUID(), password: passwords[i], hash: hashes[i] }));

  const made = await db().$transaction(
    async (tx) => {
      // An e-mail is unique across the deployment: one taken meanwhile, here or in another Khối
      // (whose accounts this viewer cannot see), is skipped by the insert rather than failing
      // the run; so is a parallel submit of this same run, which then creates nothing.
      const inserted = await tx.user.createManyAndReturn({
        data: rows.map((r) => ({
          id: r.id,
          email: r.member.email,
          name: r.member.fullName,
          passwordHash: r.hash,
          mustChangePassword: true,
          khoiId: r.member.khoiId,
          requestKey: keyOf(r.member.id),
        })),
        skipDuplicates: true,
        select: { id: true },
      });
      const ids = new Set(inserted.map((u) => u.id));
      const ok = rows.filter((r) => ids.has(r.id));
      const lost = rows.filter((r) => !ids.has(r.id));
      if (lost.length) {
        // The twin of this submit (a double click) committed first: its answer was the sheet.
        const twin = await tx.user.findFirst({
          where: { khoiId: { in: khoiIds }, requestKey: { startsWith: `${input.requestKey}:` } },
          select: { id: true },
        });
        if (twin) throw invalid({}, ALREADY_DONE);
        const visible = await tx.user.findMany({
          where: { email: { in: lost.map((r) => r.member.email) }, khoiId: { in: khoiIds } },
          select: { email: true },
        });
        const own = new Set(visible.map((u) => u.email));
        for (const r of lost) skip(r.member, own.has(r.member.email) ? SKIP_REASONS.emailInKhoi : SKIP_REASONS.emailUnavailable);
      }
      if (!ok.length) return ok;
      await tx.membership.createMany({
        data: ok.map((r) => ({ userId: r.id, unitId: r.member.chiDoanId, role: "MEMBER" as const, khoiId: r.member.khoiId })),
      });
      for (const r of ok) {
        // The member profile is linked to its account (the same member cannot get a second one).
        const { count } = await tx.member.updateMany({
          where: { id: r.member.id, khoiId: r.member.khoiId, userId: null },
          data: { userId: r.id },
        });
        if (count === 0) throw invalid({}, "Danh sách đoàn viên vừa thay đổi. Vui lòng tải lại trang rồi thử lại.");
        await recordAudit(
          {
            khoiId: r.member.khoiId,
            actorId: viewer.userId,
            action: "account.create",
            targetType: "User",
            targetId: r.id,
            after: {
              email: r.member.email,
              name: r.member.fullName,
              role: "MEMBER",
              unitId: r.member.chiDoanId,
              linkedMembers: 1,
            },
          },
          tx,
        );
      }
      // One row per Khối for the run: who made how many, and how they were handed over.
      const perKhoi = new Map<string, number>();
      for (const r of ok) perKhoi.set(r.member.khoiId, (perKhoi.get(r.member.khoiId) ?? 0) + 1);
      for (const [khoiId, count] of perKhoi)
        await recordAudit(
          {
            khoiId,
            actorId: viewer.userId,
            action: "account.bulkCreate",
            targetType: "User",
            after: { count, delivery: input.delivery },
          },
          tx,
        );
      if (input.delivery === "INVITE")
        await issueFirstSignInLinks(
          tx,
          ok.map((r) => ({ id: r.id, name: r.member.fullName, email: r.member.email, khoiId: r.member.khoiId })),
        );
      return ok;
    },
    // Hundreds of rows on the embedded database: Prisma's default 5 s is too short.
    { maxWait: 10_000, timeout: 120_000 },
  );
  if (made.length < rows.length && skipped.some((s) => s.reason === SKIP_REASONS.emailUnavailable))
    await recordRefusal(viewer.userId, { action: "bulkCreateAccounts", code: "EMAIL_UNAVAILABLE", input: {} });
  if (made.length && input.delivery === "INVITE")
    void deliverDue().catch((error) => console.error("[mail] delivery failed", error instanceof Error ? error.message : error));

  return result(
    made.map((r) => ({
      memberId: r.member.id,
      name: r.member.fullName,
      chiDoanName: r.member.chiDoan.name,
      coSoName: r.member.chiDoan.parent?.name ?? "",
      email: r.member.email,
      temporaryPassword: input.delivery === "SHEET" ? r.password : null,
    })),
  );
}

/** Which of these members (in the viewer's scope) already have an account: for the list's marks. */
export async function membersWithAccount(viewer: Viewer, memberIds: string[]): Promise<Set<string>> {
  if (!memberIds.length) return new Set();
  const rows = await db().member.findMany({
    where: { AND: [memberScope(viewer, "member.read"), { id: { in: memberIds }, userId: { not: null } }] },
    select: { id: true },
  });
  return new Set(rows.map((r) => r.id));
}

/** The members an import just made (by its row keys) that have an e-mail: for their invitations. */
export async function importedMemberIds(viewer: Viewer, requestKeys: string[]): Promise<string[]> {
  if (!requestKeys.length) return [];
  const rows = await db().member.findMany({
    where: { AND: [memberScope(viewer, PERMISSION), { requestKey: { in: requestKeys }, email: { not: null }, userId: null }] },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
