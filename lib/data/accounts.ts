import "server-only";
// Accounts and roles, managed by a Khối admin within their tenant; and one's own password.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role, UnitKind } from "@/lib/generated/prisma/enums";
import { managesAccounts, ROLES_BY_UNIT_KIND, unitScope, userScope, userScopeParts, type Viewer } from "@/lib/authz";
import { hashPassword, isCommonPassword, temporaryPassword, verifyPassword } from "@/lib/auth/password";
import { passwordCheckSucceeded, takePasswordCheck } from "@/lib/auth/throttle";
import {
  accountActiveInput,
  accountCreateInput,
  grantRoleInput,
  resetPasswordInput,
  revokeRoleInput,
  type AccountListQuery,
} from "@/lib/validation/accounts";
import { LIST_PAGE_SIZE } from "@/lib/validation/list-query";
import { containsLiterally, foldVietnamese } from "@/lib/domain/text";
import { changePasswordInput } from "@/lib/validation/auth";
import type { z } from "zod";
import { recordAudit, recordRefusal } from "./audit";
import { forbidden, invalid, isUniqueViolation, notFound } from "./errors";
import { createOnce } from "./create-once";
import { notifyUser } from "./notifications";
import { dropOfficersWithoutPlace, releaseQuestions } from "./question-officers";

export type AccountDto = {
  id: string;
  email: string;
  name: string;
  active: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
  roles: { membershipId: string; role: Role; unitId: string; unitName: string }[];
};

/**
 * Accounts holding a role on a unit the viewer manages, plus accounts owned by their Khối, a page
 * at a time by name (the largest Khối has ten thousand), found by name without diacritics or by
 * part of the e-mail (`User.searchText`, kept by the database).
 */
export async function listAccounts(viewer: Viewer, query: AccountListQuery) {
  const scope = unitScope(viewer, "account.manage");
  const q = foldVietnamese(query.q);
  const where: Prisma.UserWhereInput = { AND: [await accountsInReach(viewer), q ? { searchText: containsLiterally(q) } : {}] };
  const [total, users] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({
      where,
      select: {
        id: true,
        email: true,
        name: true,
        active: true,
        mustChangePassword: true,
        lastLoginAt: true,
        memberships: { where: { unit: scope }, select: { id: true, role: true, unit: { select: { id: true, name: true } } } },
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * LIST_PAGE_SIZE,
      take: LIST_PAGE_SIZE,
    }),
  ]);
  const rows = users.map(({ memberships, ...u }): AccountDto => ({
    ...u,
    roles: memberships.map((m) => ({ membershipId: m.id, role: m.role, unitId: m.unit.id, unitName: m.unit.name })),
  }));
  return { rows, total, page: query.page, pageSize: LIST_PAGE_SIZE };
}

/**
 * userScope for the list, read in two steps. As one statement its OR with an EXISTS made
 * PostgreSQL test every account of the deployment (about 250 ms for 100,000, for the count and
 * again for the page). The role holders on the viewer's units whom their Khối does not own (a
 * city account, say: few) are found first; then the accounts are read by Khối or by those ids.
 */
async function accountsInReach(viewer: Viewer): Promise<Prisma.UserWhereInput> {
  const { units, owningKhoiIds } = userScopeParts(viewer, "account.manage");
  const others = await db().membership.findMany({
    where: { unit: units, user: { OR: [{ khoiId: null }, { khoiId: { notIn: owningKhoiIds } }] } },
    select: { userId: true },
    distinct: ["userId"],
  });
  return { OR: [{ khoiId: { in: owningKhoiIds } }, { id: { in: others.map((m) => m.userId) } }] };
}

async function manageableUnit(viewer: Viewer, unitId: string) {
  const unit = await db().unit.findFirst({
    where: { AND: [unitScope(viewer, "account.manage"), { id: unitId, active: true }] },
    select: { id: true, kind: true, khoiId: true, coSoId: true },
  });
  if (!unit?.khoiId) throw invalid({ unitId: "Không tìm thấy đơn vị" });
  return { ...unit, khoiId: unit.khoiId };
}

function requireRoleFitsUnit(role: Role, kind: UnitKind) {
  if (!(ROLES_BY_UNIT_KIND[kind] as readonly Role[]).includes(role)) {
    throw invalid({ role: "Vai trò này không gán được cho đơn vị đã chọn" });
  }
}

async function manageableUser(viewer: Viewer, userId: string) {
  const user = await db().user.findFirst({
    where: { AND: [userScope(viewer, "account.manage"), { id: userId }] },
    select: { id: true, email: true, khoiId: true, active: true },
  });
  if (!user) throw notFound("tài khoản");
  return user;
}

/**
 * An e-mail is the sign-in name, unique across the deployment, so it cannot get a second account.
 * What the admin is told stays inside their Khối (finding 11): an account of their own Khối is
 * named as such (they can grant it a role instead); any other — another Khối's, the city's — gets
 * the same neutral refusal, which neither names a tenant nor says an account exists there. The
 * attempt goes on the audit trail as a refusal, so probing addresses one by one shows up.
 */
async function emailUnavailable(viewer: Viewer, email: string, khoiId: string) {
  const owner = await db().user.findUnique({ where: { email }, select: { khoiId: true } });
  if (owner && owner.khoiId === khoiId)
    return invalid({ email: "Email này đã có tài khoản trong Đoàn Khối: hãy gán thêm vai trò cho tài khoản đó" });
  await recordRefusal(viewer.userId, { action: "createAccount", code: "EMAIL_UNAVAILABLE", input: {} });
  return invalid({ email: EMAIL_UNAVAILABLE });
}

export const EMAIL_UNAVAILABLE = "Không thể dùng địa chỉ email này. Vui lòng dùng địa chỉ khác.";

/** Creates an account with a one-time password that the user must change at first login. */
export async function createAccount(viewer: Viewer, input: z.output<typeof accountCreateInput>) {
  const unit = await manageableUnit(viewer, input.unitId);
  requireRoleFitsUnit(input.role, unit.kind);
  // The one-time password is shown once, to the click that made the account: a repeat of the
  // form is told so, and never receives it (nor a new one).
  const made = async () => {
    const done = await db().user.findFirst({
      where: { khoiId: unit.khoiId, requestKey: input.requestKey },
      select: { id: true },
    });
    if (done) throw invalid({}, "Tài khoản này vừa được tạo");
    return null;
  };
  if (await db().user.count({ where: { email: input.email } })) throw await emailUnavailable(viewer, input.email, unit.khoiId);
  try {
    return await createOnce(made, async () => {
      const password = temporaryPassword();
      const id = crypto.randomUUID();
      await db().$transaction(async (tx) => {
        await tx.user.create({
          data: {
            id,
            email: input.email,
            name: input.name,
            passwordHash: await hashPassword(password),
            mustChangePassword: true,
            khoiId: unit.khoiId,
            requestKey: input.requestKey,
          },
        });
        await tx.membership.create({ data: { userId: id, unitId: unit.id, role: input.role, khoiId: unit.khoiId } });
        // A member account is linked to the member profile with the same email in that unit.
        let linkedMembers = 0;
        if (input.role === "MEMBER") {
          ({ count: linkedMembers } = await tx.member.updateMany({
            where: {
              khoiId: unit.khoiId,
              email: input.email,
              userId: null,
              ...(unit.kind === "CO_SO" ? { coSoId: unit.id } : { chiDoanId: unit.id }),
            },
            data: { userId: id },
          }));
        }
        await recordAudit(
          {
            khoiId: unit.khoiId,
            actorId: viewer.userId,
            action: "account.create",
            targetType: "User",
            targetId: id,
            after: {
              email: input.email,
              name: input.name,
              role: input.role,
              unitId: unit.id,
              ...(linkedMembers ? { linkedMembers } : {}),
            },
          },
          tx,
        );
        // The new account's owner hears of it by e-mail (never the password: the admin hands that over).
        await notifyUser(tx, unit.khoiId, id, {
          kind: "account",
          title:
            "Tài khoản của đồng chí trên Cổng “3 trách nhiệm” đã được tạo: đăng nhập bằng địa chỉ email này và mật khẩu tạm thời người quản trị trao cho đồng chí (hoặc dùng “Quên mật khẩu?”), rồi đặt mật khẩu mới",
          link: "/doi-mat-khau",
        });
      });
      return { id, temporaryPassword: password };
    });
  } catch (error) {
    // Made in between by someone else: the same answer as the check above.
    if (isUniqueViolation(error, "email")) throw await emailUnavailable(viewer, input.email, unit.khoiId);
    throw error;
  }
}

export async function grantRole(viewer: Viewer, input: z.output<typeof grantRoleInput>) {
  const user = await manageableUser(viewer, input.userId);
  const unit = await manageableUnit(viewer, input.unitId);
  requireRoleFitsUnit(input.role, unit.kind);
  // Linking records by id: both sides must belong to the same tenant.
  if (user.khoiId !== unit.khoiId) throw invalid({ unitId: "Không tìm thấy đơn vị" });
  try {
    await db().$transaction(async (tx) => {
      await tx.membership.upsert({
        where: { userId_unitId_role: { userId: user.id, unitId: unit.id, role: input.role }, khoiId: unit.khoiId },
        create: { userId: user.id, unitId: unit.id, role: input.role, khoiId: unit.khoiId },
        update: {},
      });
      await recordAudit(
        {
          khoiId: unit.khoiId,
          actorId: viewer.userId,
          action: "account.grant",
          targetType: "User",
          targetId: user.id,
          after: { role: input.role, unitId: unit.id },
        },
        tx,
      );
    });
  } catch (error) {
    // The natural key (account, unit, role): a parallel grant of the same role won the insert
    // (an upsert is not atomic on PostgreSQL), so the role is there, as asked.
    if (!isUniqueViolation(error)) throw error;
  }
}

export async function revokeRole(viewer: Viewer, input: z.output<typeof revokeRoleInput>) {
  const membership = await db().membership.findFirst({
    where: { id: input.membershipId, unit: unitScope(viewer, "account.manage") },
    select: { id: true, userId: true, role: true, unitId: true, khoiId: true },
  });
  if (!membership) throw notFound("vai trò");
  // An admin cannot lock themselves out of the Khối by removing their own admin role.
  if (membership.userId === viewer.userId && managesAccounts(membership.role)) throw forbidden();
  await db().$transaction(async (tx) => {
    await tx.membership.delete({ where: { id: membership.id, khoiId: membership.khoiId } });
    await recordAudit(
      {
        khoiId: membership.khoiId,
        actorId: viewer.userId,
        action: "account.revoke",
        targetType: "User",
        targetId: membership.userId,
        before: { role: membership.role, unitId: membership.unitId },
      },
      tx,
    );
    if (membership.khoiId) {
      await releaseQuestions(tx, membership.userId, membership.unitId, membership.khoiId);
      await dropOfficersWithoutPlace(tx, membership.userId, membership.khoiId, viewer.userId);
    }
  });
}

export async function setAccountActive(viewer: Viewer, input: z.output<typeof accountActiveInput>) {
  const user = await manageableUser(viewer, input.userId);
  if (user.id === viewer.userId) throw forbidden();
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id, khoiId: user.khoiId },
      data: { active: input.active, version: { increment: 1 }, sessionVersion: { increment: 1 } },
    });
    // A disabled account answers nothing: the questions given to it go back to their agency's list.
    if (!input.active && user.khoiId)
      await tx.publicQuestion.updateMany({
        where: { khoiId: user.khoiId, assignedToId: user.id, status: "WAITING" },
        data: { assignedToId: null, version: { increment: 1 } },
      });
    await recordAudit(
      {
        khoiId: user.khoiId,
        actorId: viewer.userId,
        action: input.active ? "account.enable" : "account.disable",
        targetType: "User",
        targetId: user.id,
        before: { active: user.active },
        after: { active: input.active },
      },
      tx,
    );
  });
}

/** Issues a new one-time password; the user must change it at next login. */
export async function resetAccountPassword(viewer: Viewer, input: z.output<typeof resetPasswordInput>) {
  const user = await manageableUser(viewer, input.userId);
  const password = temporaryPassword();
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id, khoiId: user.khoiId },
      data: {
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
        version: { increment: 1 },
        sessionVersion: { increment: 1 },
      },
    });
    await recordAudit(
      { khoiId: user.khoiId, actorId: viewer.userId, action: "account.resetPassword", targetType: "User", targetId: user.id },
      tx,
    );
  });
  return { temporaryPassword: password };
}

export async function changeOwnPassword(viewer: Viewer, input: z.output<typeof changePasswordInput>) {
  const user = await db().user.findUnique({
    where: { id: viewer.userId },
    select: { id: true, khoiId: true, passwordHash: true },
  });
  if (!user) throw notFound("tài khoản");
  // Throttled like sign-in: a stolen session must not become a way to guess the password.
  const wait = await takePasswordCheck(user.id);
  if (wait > 0) {
    throw invalid({
      currentPassword: `Bạn đã nhập sai mật khẩu hiện tại quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(wait / 60)} phút.`,
    });
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordAudit({
      khoiId: user.khoiId,
      actorId: viewer.userId,
      action: "account.changePassword.failed",
      targetType: "User",
      targetId: user.id,
    });
    throw invalid({ currentPassword: "Mật khẩu hiện tại không đúng" });
  }
  await passwordCheckSucceeded(user.id);
  if (isCommonPassword(input.newPassword)) {
    throw invalid({ newPassword: "Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác" });
  }
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash: await hashPassword(input.newPassword),
        mustChangePassword: false,
        version: { increment: 1 },
        sessionVersion: { increment: 1 },
      },
    });
    await recordAudit(
      { khoiId: user.khoiId, actorId: viewer.userId, action: "account.changePassword", targetType: "User", targetId: user.id },
      tx,
    );
  });
}
