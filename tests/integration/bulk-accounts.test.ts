// Accounts for many đoàn viên at once (issue 16, point 9): the ticked members or a whole chi đoàn,
// by the Khối admin or the cơ sở's secretary; only members with an e-mail and no account; the
// others listed with the reason; ids of another cơ sở or Khối not found; once per submit; a
// temporary password sheet or a first-sign-in link through the outbox.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { bulkCreateAccountsAction, createAccountAction } from "@/lib/actions/accounts";
import { markNotificationsReadAction } from "@/lib/actions/notifications";
import { resetPasswordAction } from "@/lib/actions/password-reset";
import { commitMemberImportAction } from "@/lib/actions/member-import";
import { MESSAGES, type ActionResult } from "@/lib/actions/define";
import { passwordLogin } from "@/lib/auth/password-login";
import { verifyPassword } from "@/lib/auth/password";
import { ALREADY_DONE, SKIP_REASONS, type BulkAccountResult } from "@/lib/data/bulk-accounts";
import { resetLinkUsable } from "@/lib/data/password-reset";
import { deliverDue, outboxMessage } from "@/lib/data/mail-outbox";
import { makeMember, makeTenant, makeUnit, unique, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";
import { messagesOf } from "../helpers/action-probes";
import ExcelJS from "exceljs";

let a: Tenant;
let b: Tenant;
beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
});
beforeEach(async () => {
  await db().rateLimiterFlexible.deleteMany({ where: { key: { startsWith: "login" } } });
});

const email = () => `${unique("dv")}@test.vn`;
const dataOf = (r: ActionResult<unknown>) => {
  expect(messagesOf(r)).toEqual([]);
  return (r as { data: BulkAccountResult }).data;
};
const run = (input: Record<string, unknown>) =>
  bulkCreateAccountsAction({ delivery: "SHEET", requestKey: crypto.randomUUID(), ...input });
const accountOf = (memberId: string) =>
  db().member.findUniqueOrThrow({ where: { id: memberId }, select: { userId: true, email: true } });

describe("a temporary password sheet for the ticked members", () => {
  it("makes one MEMBER account per ticked member, linked to the profile, and returns one slip each", async () => {
    const m1 = await makeMember(db(), a.chiDoanA1, { email: email(), fullName: "Phạm Thị Phiếu" });
    const m2 = await makeMember(db(), a.chiDoanA2, { email: email() });
    actingAs(a.users.coSo.id);
    const result = dataOf(await run({ memberIds: [m1.id, m2.id] }));
    expect(result.created).toHaveLength(2);
    expect(result.skipped).toEqual([]);
    expect(result.signInUrl).toMatch(/\/dang-nhap$/);
    const slip = result.created.find((s) => s.memberId === m1.id)!;
    expect(slip).toMatchObject({ name: "Phạm Thị Phiếu", chiDoanName: a.chiDoanA1.name, coSoName: a.coSoA.name });
    expect(slip.temporaryPassword).toMatch(/^[A-Za-z0-9]{14}$/);
    const { userId } = await accountOf(m1.id);
    const user = await db().user.findUniqueOrThrow({ where: { id: userId! }, omit: { passwordHash: false } });
    expect(user).toMatchObject({ email: slip.email, name: "Phạm Thị Phiếu", mustChangePassword: true, khoiId: a.khoi.id });
    expect(await verifyPassword(user.passwordHash, slip.temporaryPassword!)).toBe(true);
    expect(await db().membership.findMany({ where: { userId: user.id }, select: { role: true, unitId: true } })).toEqual([
      { role: "MEMBER", unitId: a.chiDoanA1.id },
    ]);
  });

  it("never puts a temporary password in the audit trail, which says who made how many", async () => {
    const m = await makeMember(db(), a.chiDoanA2, { email: email() });
    actingAs(a.users.admin.id);
    const { created } = dataOf(await run({ memberIds: [m.id] }));
    const { userId } = await accountOf(m.id);
    const rows = await db().auditLog.findMany({
      where: { actorId: a.users.admin.id, action: { in: ["account.create", "account.bulkCreate"] } },
      orderBy: { createdAt: "desc" },
      take: 2,
    });
    expect(rows.map((r) => r.action).sort()).toEqual(["account.bulkCreate", "account.create"]);
    expect(rows.find((r) => r.action === "account.create")?.targetId).toBe(userId);
    expect(rows.find((r) => r.action === "account.bulkCreate")?.after).toEqual({ count: 1, delivery: "SHEET" });
    expect(JSON.stringify(rows)).not.toContain(created[0].temporaryPassword);
  });

  it("signs in with the temporary password, and then the account must change it before anything else", async () => {
    const m = await makeMember(db(), a.chiDoanA1, { email: email() });
    actingAs(a.users.coSo.id);
    const [slip] = dataOf(await run({ memberIds: [m.id] })).created;
    const login = await passwordLogin({ email: slip.email, password: slip.temporaryPassword }, { address: "10.9.1.1" });
    expect(login).toMatchObject({ ok: true });
    actingAs((login as { userId: string }).userId);
    expect(await markNotificationsReadAction({})).toEqual({ ok: false, formError: MESSAGES.mustChangePassword });
  });
});

describe("who gets an account and who is listed with the reason", () => {
  it("skips a member without e-mail, one with an account, and one whose e-mail another account uses", async () => {
    const ok = await makeMember(db(), a.chiDoanA2, { email: email() });
    const noEmail = await makeMember(db(), a.chiDoanA2, { fullName: "Không Có Thư" });
    const hasAccount = a.members.a1; // linked to the tenant's member account
    const used = email();
    actingAs(a.users.admin.id);
    expect(
      (
        await createAccountAction({
          email: used,
          name: "Đã Có",
          role: "CHI_DOAN_SECRETARY",
          unitId: a.chiDoanA1.id,
          requestKey: crypto.randomUUID(),
        })
      ).ok,
    ).toBe(true);
    const clash = await makeMember(db(), a.chiDoanA2, { email: used, fullName: "Trùng Thư" });
    const result = dataOf(await run({ memberIds: [ok.id, noEmail.id, hasAccount.id, clash.id] }));
    expect(result.created.map((s) => s.memberId)).toEqual([ok.id]);
    const reasons = Object.fromEntries(result.skipped.map((s) => [s.memberId, s.reason]));
    expect(reasons).toEqual({
      [noEmail.id]: SKIP_REASONS.noEmail,
      [hasAccount.id]: SKIP_REASONS.hasAccount,
      [clash.id]: SKIP_REASONS.emailInKhoi,
    });
    expect((await accountOf(clash.id)).userId).toBeNull();
  });

  it("says only “not available” for an e-mail another Khối's account uses, and makes nothing", async () => {
    const used = email();
    actingAs(b.users.admin.id);
    const other = await createAccountAction({
      email: used,
      name: "Khối Khác",
      role: "CHI_DOAN_SECRETARY",
      unitId: b.chiDoanB1.id,
      requestKey: crypto.randomUUID(),
    });
    expect(other.ok).toBe(true);
    const clash = await makeMember(db(), a.chiDoanA2, { email: used, fullName: "Trùng Khối Khác" });
    actingAs(a.users.admin.id);
    const result = dataOf(await run({ memberIds: [clash.id] }));
    expect(result.created).toEqual([]);
    expect(result.skipped).toEqual([{ memberId: clash.id, name: "Trùng Khối Khác", reason: SKIP_REASONS.emailUnavailable }]);
    expect((await accountOf(clash.id)).userId).toBeNull();
  });

  it("skips, as not found, a member of another cơ sở or another Khối sent among the ticked ids", async () => {
    const own = await makeMember(db(), a.chiDoanA1, { email: email() });
    const otherCoSo = await makeMember(db(), a.chiDoanB1, { email: email() });
    const otherKhoi = await makeMember(db(), b.chiDoanB1, { email: email() });
    actingAs(a.users.coSo.id);
    const result = dataOf(await run({ memberIds: [own.id, otherCoSo.id, otherKhoi.id] }));
    expect(result.created.map((s) => s.memberId)).toEqual([own.id]);
    expect(result.skipped).toEqual([
      { memberId: otherCoSo.id, name: "", reason: SKIP_REASONS.notFound },
      { memberId: otherKhoi.id, name: "", reason: SKIP_REASONS.notFound },
    ]);
    expect((await accountOf(otherCoSo.id)).userId).toBeNull();
    expect((await accountOf(otherKhoi.id)).userId).toBeNull();
  });

  it("answers “not found” when nothing asked for is in reach: another Khối's members or chi đoàn", async () => {
    const foreign = await makeMember(db(), b.chiDoanB1, { email: email() });
    actingAs(a.users.admin.id);
    expect(messagesOf(await run({ memberIds: [foreign.id] }))).toEqual(["Không tìm thấy đoàn viên"]);
    expect(messagesOf(await run({ chiDoanId: b.chiDoanB1.id }))).toEqual(["Không tìm thấy chi đoàn"]);
    actingAs(a.users.coSo.id);
    expect(messagesOf(await run({ chiDoanId: a.chiDoanB1.id }))).toEqual(["Không tìm thấy chi đoàn"]);
    expect((await accountOf(foreign.id)).userId).toBeNull();
  });

  it("refuses the Khối staff and a chi đoàn secretary, who do not make accounts", async () => {
    const m = await makeMember(db(), a.chiDoanA1, { email: email() });
    for (const who of [a.users.staff.id, a.users.chiDoan.id, a.users.member.id]) {
      actingAs(who);
      expect((await run({ memberIds: [m.id] })).ok).toBe(false);
    }
    expect((await accountOf(m.id)).userId).toBeNull();
  });
});

describe("a whole chi đoàn", () => {
  it("makes accounts for every member of the chi đoàn with an e-mail, and lists the rest", async () => {
    const chiDoan = await makeUnit(db(), "CHI_DOAN", unique("Chi đoàn cả lớp"), a.coSoA);
    const withEmail = await Promise.all([1, 2, 3].map(() => makeMember(db(), chiDoan, { email: email() })));
    const without = await makeMember(db(), chiDoan, {});
    const elsewhere = await makeMember(db(), a.chiDoanA2, { email: email() });
    actingAs(a.users.coSo.id);
    const result = dataOf(await run({ chiDoanId: chiDoan.id, delivery: "SHEET" }));
    expect(result.created.map((s) => s.memberId).sort()).toEqual(withEmail.map((m) => m.id).sort());
    expect(result.skipped).toEqual([{ memberId: without.id, name: without.fullName, reason: SKIP_REASONS.noEmail }]);
    expect((await accountOf(elsewhere.id)).userId).toBeNull();
  });
});

describe("a double submit", () => {
  it("creates each account once, in parallel or one after the other", async () => {
    const emails = [email(), email()];
    const members = await Promise.all(emails.map((e) => makeMember(db(), a.chiDoanA2, { email: e })));
    actingAs(a.users.admin.id);
    const input = { memberIds: members.map((m) => m.id), delivery: "SHEET", requestKey: crypto.randomUUID() };
    const results = await Promise.all([bulkCreateAccountsAction(input), bulkCreateAccountsAction(input)]);
    const made = results.filter((r) => r.ok && (r.data as BulkAccountResult).created.length > 0);
    expect(made).toHaveLength(1);
    expect(await bulkCreateAccountsAction(input)).toMatchObject({ ok: false, formError: ALREADY_DONE });
    expect(await db().user.count({ where: { email: { in: emails } } })).toBe(2);
    for (const m of members) expect((await accountOf(m.id)).userId).not.toBeNull();
  });
});

describe("first-sign-in invitations", () => {
  it("puts an invitation with a working link in the outbox and shows no password", async () => {
    const m = await makeMember(db(), a.chiDoanA1, { email: email(), fullName: "Hoàng Văn Mời" });
    actingAs(a.users.coSo.id);
    const result = dataOf(await run({ memberIds: [m.id], delivery: "INVITE" }));
    expect(result.created).toHaveLength(1);
    expect(result.created[0].temporaryPassword).toBeNull();
    const { userId, email: address } = await accountOf(m.id);
    const mail = await db().mailMessage.findFirstOrThrow({ where: { userId: userId!, kind: "account-invitation" } });
    expect(mail.toAddress).toBe(address);
    expect(mail.subject).toContain("đăng nhập lần đầu");
    expect(mail.text).toContain("lần đăng nhập đầu tiên");
    const token = mail.text.match(/dat-lai-mat-khau\?token=([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeTruthy();
    expect(await resetLinkUsable(token!)).toBe(true);
    const reset = await db().passwordReset.findFirstOrThrow({ where: { userId: userId! } });
    expect(reset.expiresAt.getTime() - Date.now()).toBeGreaterThan(6 * 86_400_000);
    actingAs(null);
    const password = "Mat-khau-lan-dau-cua-toi";
    expect(await resetPasswordAction({ token, newPassword: password, confirmPassword: password })).toMatchObject({ ok: true });
    expect(await passwordLogin({ email: address, password }, { address: "10.9.1.2" })).toMatchObject({ ok: true, userId });
  });

  it("hides the invitation's link from the outbox view once a mail server took it (the link is the account's key)", async () => {
    const m = await makeMember(db(), a.chiDoanA1, { email: email() });
    actingAs(a.users.admin.id);
    dataOf(await run({ memberIds: [m.id], delivery: "INVITE" }));
    const { userId } = await accountOf(m.id);
    const mail = await db().mailMessage.findFirstOrThrow({ where: { userId: userId!, kind: "account-invitation" } });
    // Delivered first (by this worker or by another test file's on the shared database), so no
    // delivery in flight writes over the status set below.
    await expect
      .poll(async () => {
        await deliverDue();
        return (await db().mailMessage.findUniqueOrThrow({ where: { id: mail.id } })).status;
      })
      .not.toBe("QUEUED");
    await db().mailMessage.update({ where: { id: mail.id }, data: { status: "SENT" } });
    const shown = await outboxMessage(await viewerOf(a.users.admin.id), mail.id);
    expect(shown.text).toContain("token=(ẩn)");
    expect(shown.text).not.toMatch(/token=[A-Za-z0-9_-]{20,}/);
  });
});

describe("the member import", () => {
  async function workbook(rows: [string, string | null][]) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Đoàn viên");
    ws.addRow(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Chi đoàn", "Email", "Số điện thoại"]);
    rows.forEach(([name, mail], i) => ws.addRow([i + 1, name, "05/03/1995", "Nam", "Đoàn viên", a.chiDoanA1.name, mail, null]));
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
  const form = (file: Uint8Array, createAccounts: boolean) => {
    const fd = new FormData();
    fd.set("file", new File([file as BlobPart], "doan-vien.xlsx"));
    fd.set("requestKey", crypto.randomUUID());
    if (createAccounts) fd.set("createAccounts", "on");
    return fd;
  };

  it("creates accounts, with invitations, for the imported members who have an e-mail, when asked", async () => {
    const withMail = email();
    const file = await workbook([
      [unique("Nhập Có Thư"), withMail],
      [unique("Nhập Không Thư"), null],
    ]);
    actingAs(a.users.coSo.id);
    const result = await commitMemberImportAction(form(file, true));
    expect(messagesOf(result)).toEqual([]);
    expect(result).toMatchObject({ ok: true, data: { imported: 2, accountsCreated: 1 } });
    const user = await db().user.findUniqueOrThrow({ where: { email: withMail } });
    expect(await db().mailMessage.count({ where: { userId: user.id, kind: "account-invitation" } })).toBe(1);
  });

  it("creates no account without the option, and refuses the option to whoever does not make accounts", async () => {
    const withMail = email();
    actingAs(a.users.coSo.id);
    expect(await commitMemberImportAction(form(await workbook([[unique("Chỉ Nhập"), withMail]]), false))).toMatchObject({
      ok: true,
    });
    expect(await db().user.count({ where: { email: withMail } })).toBe(0);
    const other = email();
    actingAs(a.users.chiDoan.id);
    const refused = await commitMemberImportAction(form(await workbook([[unique("Bí Thư Chi Đoàn Nhập"), other]]), true));
    expect(refused.ok).toBe(false);
    expect(await db().member.count({ where: { email: other } })).toBe(0);
  });
});
