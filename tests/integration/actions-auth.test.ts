// Every server action, called the way a forged POST would call it (SECURITY.md #1, #3, #4, #8):
// signed out, with a role that does not reach the record, and as the other Khối's admin. A
// refusal must leave every row as it was. The last block checks the same calls succeed for the
// right person, so that the refusals above are refusals and not broken probes.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { MESSAGES } from "@/lib/actions/define";
import { createMemberAction } from "@/lib/actions/members";
import { changePasswordAction, setAccountActiveAction } from "@/lib/actions/accounts";
import { renameUnitAction } from "@/lib/actions/units";
import { markNotificationsReadAction } from "@/lib/actions/notifications";
import { commitMemberImportAction, previewMemberImportAction } from "@/lib/actions/member-import";
import type { ImportPreview } from "@/lib/data/member-import";
import ExcelJS from "exceljs";
import { forbidden } from "@/lib/data/errors";
import { makeTenant, makeUser, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { ENTRY_ACCESS } from "../helpers/entry-probes";
import { COMMITMENT_ACCESS } from "../helpers/commitment-probes";
import { PROJECT_ACCESS } from "../helpers/project-probes";
import { REPORT_ACCESS } from "../helpers/report-probes";
import { HONOUR_ACCESS } from "../helpers/honour-probes";
import { QUESTION_ACCESS } from "../helpers/question-probes";
import { INSPECTION_ACCESS } from "../helpers/inspection-probes";
import { IDEA_ACCESS } from "../helpers/idea-probes";
import { PLAN_DOCUMENT_ACCESS } from "../helpers/plan-document-probes";
import {
  ACCESS,
  makeFreshRows,
  makePlanRows,
  makeProbeFixture,
  messagesOf,
  probes,
  fingerprint,
  type Probe,
  type ProbeFixture,
  type Who,
} from "../helpers/action-probes";

let a: Tenant;
let b: Tenant;
let f: ProbeFixture;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  f = await makeProbeFixture(a);
});

// Probes are built lazily: the fixture exists only once beforeAll has run.
const PROBE_NAMES = [
  "createMemberAction",
  "updateMemberAction",
  "deactivateMemberAction",
  "createUnitAction",
  "renameUnitAction",
  "moveUnitAction",
  "setUnitClusterAction",
  "deactivateUnitAction",
  "createAccountAction",
  "grantRoleAction",
  "revokeRoleAction",
  "setAccountActiveAction",
  "resetAccountPasswordAction",
  "bulkCreateAccountsAction",
  "changePasswordAction",
  "createPlanAction",
  "updatePlanAction",
  "publishPlanAction",
  "revisePlanAction",
  "archivePlanAction",
  "deletePlanAction",
  "addIndicatorAction",
  "updateIndicatorAction",
  "deleteIndicatorAction",
  "createCoSoPlanAction",
  "setIndicatorTargetAction",
  "createActivityAction",
  "updateActivityAction",
  "cancelActivityAction",
  "registerForActivityAction",
  "withdrawRegistrationAction",
  "reportParticipationAction",
  "uploadEvidenceAction",
  "archiveEvidenceAction",
  "markNotificationsReadAction",
  "markNoticeReadAction",
  "markNoticesReadAtAction",
  "saveNoticePreferencesAction",
  // Youth projects, members' entries, commitments and periodic reports: their probes live beside their rows.
  ...Object.keys(PROJECT_ACCESS),
  ...Object.keys(ENTRY_ACCESS),
  ...Object.keys(COMMITMENT_ACCESS),
  ...Object.keys(REPORT_ACCESS),
  ...Object.keys(HONOUR_ACCESS),
  ...Object.keys(QUESTION_ACCESS),
  ...Object.keys(INSPECTION_ACCESS),
  ...Object.keys(IDEA_ACCESS),
];
// The member import takes an uploaded workbook, not a form: probed in its own block below.
const IMPORT_ACTIONS = [
  "previewMemberImportAction",
  "commitMemberImportAction",
  // Reading an uploaded plan (.docx): probed in plan-document-action.test.ts (PLAN_DOCUMENT_ACCESS).
  ...Object.keys(PLAN_DOCUMENT_ACCESS),
];
// Made signed out on purpose (quên mật khẩu): tested in password-reset.test.ts, not probed for a session.
// Hỏi đáp's ask and look-up are the public's: tested in public-questions.test.ts.
const PUBLIC_ACTIONS = ["requestPasswordResetAction", "resetPasswordAction", "askQuestionAction", "lookupQuestionAction"];
const probe = (name: string, fixture = f): Probe => probes(fixture).find((p) => p.name === name)!;
// Calls on the caller's own account or notices, or that create in the caller's own Khối from
// nothing of another's (a title): no one else's record to aim at.
const UNTARGETED = [
  "changePasswordAction",
  "markNotificationsReadAction",
  "markNoticesReadAtAction",
  "createTitleAction",
  "saveNoticePreferencesAction",
  "saveReminderSettingsAction",
  "saveSiteSettingsAction",
  "createHandbookAction",
];
const TARGETED = PROBE_NAMES.filter((n) => !UNTARGETED.includes(n));
const userOf = (who: Who): string => (who === "coSoB" ? f.coSoBSecretary.id : a.users[who].id);
const NOT_ALLOWED_ANYWHERE = forbidden().message;

function expectNotFound(messages: string[]) {
  expect(messages.some((m) => m.startsWith("Không tìm thấy"))).toBe(true);
  expect(messages.join(" ")).not.toMatch(/quyền|forbidden|không được phép/i);
}

async function expectRefusedAndUnchanged(userId: string | null, name: string) {
  actingAs(userId);
  const p = probe(name);
  const input = await p.input();
  const before = await fingerprint();
  const result = await p.action(input);
  expect(result.ok).toBe(false);
  expect(await fingerprint()).toEqual(before);
  return result;
}

describe("the probe list", () => {
  it("covers every server action exported from lib/actions (the member import's upload below)", async () => {
    const dir = path.resolve(__dirname, "../../lib/actions");
    const files = fs.readdirSync(dir).filter((n) => n.endsWith(".ts") && n !== "define.ts");
    const exported: string[] = [];
    for (const file of files) {
      const mod = (await import(path.join(dir, file))) as Record<string, unknown>;
      exported.push(...Object.keys(mod).filter((k) => typeof mod[k] === "function"));
    }
    expect(exported.sort()).toEqual([...PROBE_NAMES, ...IMPORT_ACTIONS, ...PUBLIC_ACTIONS].sort());
    expect(
      probes(f)
        .map((p) => p.name)
        .sort(),
    ).toEqual([...PROBE_NAMES].sort());
    expect(Object.keys(ACCESS).sort()).toEqual([...PROBE_NAMES].sort());
    expect(
      probes(f)
        .filter((p) => !p.hasTarget)
        .map((p) => p.name)
        .sort(),
    ).toEqual([...UNTARGETED].sort());
  });
});

describe("with no session", () => {
  it.each(PROBE_NAMES)("%s is refused with the signed-out message and changes nothing", async (name) => {
    const result = await expectRefusedAndUnchanged(null, name);
    expect(result).toEqual({ ok: false, formError: MESSAGES.signedOut });
  });

  it.each(TARGETED)("%s is refused for a session whose user no longer exists", async (name) => {
    const result = await expectRefusedAndUnchanged(crypto.randomUUID(), name);
    expect(result).toEqual({ ok: false, formError: MESSAGES.signedOut });
  });
});

describe("with a role that does not reach the record (ACCESS in the probes lists who may)", () => {
  const people: [Who, string][] = [
    ["member", "a member"],
    ["city", "the city viewer"],
    ["cityStaff", "the city staff"],
    ["coSoB", "the secretary of cơ sở B"],
    ["chiDoan", "the secretary of chi đoàn A1"],
    ["staff", "the Khối staff"],
    ["coSo", "the secretary of cơ sở A"],
    ["admin", "the Khối admin"],
  ];
  const cases = people.flatMap(([who, label]) =>
    PROBE_NAMES.filter((name) => !ACCESS[name].may.includes(who)).map((name) => ({ who, label, name })),
  );

  it.each(cases)("$name by $label is refused and changes nothing", async ({ who, name }) => {
    await expectRefusedAndUnchanged(userOf(who), name);
  });
});

describe("with the other Khối's admin on tenant A's ids", () => {
  it.each(TARGETED)(
    "%s is refused and changes nothing, with “not found” where an admin may act (never “forbidden”)",
    async (name) => {
      const result = await expectRefusedAndUnchanged(b.users.admin.id, name);
      const messages = messagesOf(result);
      if (ACCESS[name].may.includes("admin")) expectNotFound(messages);
      // A cơ sở-only action: "not found", or "not allowed" because the admin role may not take it
      // anywhere, which depends on the caller alone and says nothing of A's record.
      else
        expect(messages.length === 1 && (messages[0].startsWith("Không tìm thấy") || messages[0] === NOT_ALLOWED_ANYWHERE)).toBe(
          true,
        );
    },
  );

  // The staff alone (the chair of a council) is not a cơ sở's action: the admin's refusal covers it.
  const coSoOnly = TARGETED.filter((name) => !ACCESS[name].may.includes("admin") && ACCESS[name].may.includes("coSo"));
  it.each(coSoOnly)("%s by the other Khối's cơ sở secretary says “not found” and changes nothing", async (name) => {
    const result = await expectRefusedAndUnchanged(b.users.coSo.id, name);
    expectNotFound(messagesOf(result));
  });
});

describe("the member import, as everyone, with a workbook naming chi đoàn A1 of cơ sở A", () => {
  async function workbook(chiDoanName: string, fullName = "Nhập Từ Tệp") {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Đoàn viên");
    ws.addRow(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Chi đoàn", "Email", "Số điện thoại"]);
    ws.addRow([1, fullName, "05/03/1995", "Nam", "Đoàn viên", chiDoanName, null, null]);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }
  async function upload(userId: string | null, file: Uint8Array) {
    actingAs(userId);
    const form = () => {
      const fd = new FormData();
      fd.set("file", new File([file as BlobPart], "doan-vien.xlsx"));
      fd.set("requestKey", crypto.randomUUID());
      return fd;
    };
    const before = await fingerprint();
    const preview = await previewMemberImportAction(form());
    expect(await fingerprint()).toEqual(before);
    const commit = await commitMemberImportAction(form());
    return { preview, commit, changed: JSON.stringify(await fingerprint()) !== JSON.stringify(before) };
  }
  const reasonsOf = (preview: Awaited<ReturnType<typeof previewMemberImportAction>>) =>
    (preview as { ok: true; data: ImportPreview }).data.errors.map((e) => e.reason);

  it("signed out: refused, nothing written", async () => {
    const { preview, commit, changed } = await upload(null, await workbook(a.chiDoanA1.name));
    expect(preview).toEqual({ ok: false, formError: MESSAGES.signedOut });
    expect(commit).toEqual({ ok: false, formError: MESSAGES.signedOut });
    expect(changed).toBe(false);
  });

  it.each<Who>(["member", "city", "cityStaff"])("as the %s, who imports nowhere: refused, nothing written", async (who) => {
    const { preview, commit, changed } = await upload(userOf(who), await workbook(a.chiDoanA1.name));
    expect(preview).toEqual({ ok: false, formError: NOT_ALLOWED_ANYWHERE });
    expect(commit).toEqual({ ok: false, formError: NOT_ALLOWED_ANYWHERE });
    expect(changed).toBe(false);
  });

  // One who imports elsewhere: chi đoàn A1 reads exactly as a name that does not exist.
  const elsewhere: [string, () => string][] = [
    ["the secretary of cơ sở B", () => f.coSoBSecretary.id],
    ["the other Khối's admin", () => b.users.admin.id],
    ["the other Khối's cơ sở secretary", () => b.users.coSo.id],
  ];
  it.each(elsewhere)("as %s: the chi đoàn is unknown, as a made-up one is, and nothing is written", async (_label, user) => {
    const named = await upload(user(), await workbook(a.chiDoanA1.name));
    const madeUp = await upload(user(), await workbook("Chi đoàn Không Có Thật"));
    expect(named.preview).toMatchObject({ ok: true, data: { total: 1, validCount: 0 } });
    expect(reasonsOf(named.preview)).toEqual(
      reasonsOf(madeUp.preview).map((r) => r.replace("Chi đoàn Không Có Thật", a.chiDoanA1.name)),
    );
    expect(named.commit).toEqual(madeUp.commit);
    expect(named.commit.ok).toBe(false);
    expect(named.changed).toBe(false);
  });

  it.each<Who>(["admin", "staff", "coSo", "chiDoan"])("as the %s, who reaches chi đoàn A1: imported once", async (who) => {
    const fullName = `Nhập Bởi ${who}`;
    const { preview, commit } = await upload(userOf(who), await workbook(a.chiDoanA1.name, fullName));
    expect(preview).toMatchObject({ ok: true, data: { total: 1, validCount: 1, errors: [] } });
    expect(commit).toMatchObject({ ok: true, data: { imported: 1, rejected: 0 } });
    expect(await db().member.findMany({ where: { fullName }, select: { chiDoanId: true, khoiId: true } })).toEqual([
      { chiDoanId: a.chiDoanA1.id, khoiId: a.khoi.id },
    ]);
  });
});

describe("after a role is removed or an account disabled (the next call is refused)", () => {
  it("refuses a Khối admin whose admin role was just deleted", async () => {
    const admin = await makeUser(db(), { role: "KHOI_ADMIN", unit: b.khoi });
    actingAs(admin.id);
    const v0 = (await db().unit.findUniqueOrThrow({ where: { id: b.chiDoanB1.id } })).version;
    expect(await renameUnitAction({ id: b.chiDoanB1.id, name: "Lần một", version: v0 })).toMatchObject({ ok: true });

    await db().membership.deleteMany({ where: { userId: admin.id } });
    const result = await renameUnitAction({ id: b.chiDoanB1.id, name: "Lần hai", version: v0 + 1 });
    expect(result.ok).toBe(false);
    expect((await db().unit.findUniqueOrThrow({ where: { id: b.chiDoanB1.id } })).name).toBe("Lần một");
  });

  it("refuses a Khối admin whose account was just disabled", async () => {
    const admin = await makeUser(db(), { role: "KHOI_ADMIN", unit: b.khoi });
    const other = await makeUser(db(), { role: "KHOI_ADMIN", unit: b.khoi });
    actingAs(admin.id);
    expect(
      await createMemberAction({ requestKey: crypto.randomUUID(), fullName: "Trước Khi Khoá", chiDoanId: b.chiDoanB1.id }),
    ).toMatchObject({ ok: true });

    actingAs(other.id);
    expect(await setAccountActiveAction({ userId: admin.id, active: false })).toMatchObject({ ok: true });
    actingAs(admin.id);
    const result = await createMemberAction({
      requestKey: crypto.randomUUID(),
      fullName: "Sau Khi Khoá",
      chiDoanId: b.chiDoanB1.id,
    });
    expect(result).toEqual({ ok: false, formError: MESSAGES.signedOut });
    expect(await db().member.count({ where: { fullName: "Sau Khi Khoá" } })).toBe(0);
  });

  it("refuses everything but the password change while a password change is required", async () => {
    const admin = await makeUser(db(), { role: "KHOI_ADMIN", unit: b.khoi, mustChangePassword: true });
    actingAs(admin.id);
    expect(
      await createMemberAction({ requestKey: crypto.randomUUID(), fullName: "Chưa Đổi Mật Khẩu", chiDoanId: b.chiDoanB1.id }),
    ).toEqual({
      ok: false,
      formError: MESSAGES.mustChangePassword,
    });
    expect(await db().member.count({ where: { fullName: "Chưa Đổi Mật Khẩu" } })).toBe(0);
    const fresh = "Mat-khau-rieng-cua-toi-2026";
    const changed = await changePasswordAction({
      currentPassword: "Mat-khau-thu-nghiem-2026",
      newPassword: fresh,
      confirmPassword: fresh,
    });
    expect(changed).toMatchObject({ ok: true });
    expect(
      await createMemberAction({ requestKey: crypto.randomUUID(), fullName: "Đã Đổi Mật Khẩu", chiDoanId: b.chiDoanB1.id }),
    ).toMatchObject({ ok: true });
  });
});

describe("the same calls by the people who may make them", () => {
  it("markNotificationsReadAction marks the caller's notices only", async () => {
    await makePlanRows(a);
    const unread = (userId: string) => db().notification.count({ where: { userId, readAt: null } });
    const othersBefore = await unread(a.users.coSo.id);
    expect(othersBefore).toBeGreaterThan(0);
    expect(await unread(a.users.staff.id)).toBeGreaterThan(0);
    actingAs(a.users.staff.id);
    expect(await markNotificationsReadAction({})).toEqual({ ok: true, data: undefined });
    expect(await unread(a.users.staff.id)).toBe(0);
    expect(await unread(a.users.coSo.id)).toBe(othersBefore);
  });

  // The probes on fresh rows first: later ones revoke the staff's role and disable cơ sở A's secretary.
  const ordered = [...PROBE_NAMES.filter((n) => ACCESS[n].each), ...PROBE_NAMES.filter((n) => !ACCESS[n].each)];
  const cases = ordered.flatMap((name) =>
    (ACCESS[name].each ? ACCESS[name].may : ACCESS[name].may.slice(0, 1)).map((who) => ({ name, who })),
  );

  it.each(cases)("$name by $who succeeds and changes something (so the probes above are real)", async ({ name, who }) => {
    // Plans and activities are made afresh: a publish or a delete must not spoil the next check.
    const fixture = ACCESS[name].each ? { ...f, ...(await makeFreshRows(a, name)) } : f;
    actingAs(userOf(who));
    const p = probe(name, fixture);
    const input = await p.input();
    const before = await fingerprint();
    const result = await p.action(input);
    expect(messagesOf(result)).toEqual([]);
    expect(result.ok).toBe(true);
    expect(await fingerprint()).not.toEqual(before);
  });
});
