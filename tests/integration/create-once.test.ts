// Every server action that creates a record (SECURITY.md #23, attack finding 8): ten parallel
// submits of one form make one row; a create that takes a requestKey refuses a call without one
// (it used to make ten rows). Creates with a natural unique key instead are listed with it.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { MESSAGES, type ActionResult } from "@/lib/actions/define";
import { commitMemberImportAction } from "@/lib/actions/member-import";
import ExcelJS from "exceljs";
import { makeTenant, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { ACCESS, makeProbeFixture, probes, type ProbeFixture, type Who } from "../helpers/action-probes";

let a: Tenant;
let f: ProbeFixture;
beforeAll(async () => {
  a = await makeTenant(db());
  f = await makeProbeFixture(a);
});
afterEach(() => vi.restoreAllMocks());

const rows = {
  member: () => db().member.count(),
  unit: () => db().unit.count(),
  user: () => db().user.count(),
  plan: () => db().plan.count(),
  activity: () => db().activity.count(),
  registration: () => db().activityRegistration.count(),
  evidence: () => db().evidenceFile.count(),
  project: () => db().youthProject.count(),
  projectUpdate: () => db().projectUpdate.count(),
  projectJoin: () => db().projectJoin.count(),
  entry: () => db().memberEntry.count(),
  commitment: () => db().commitment.count(),
  period: () => db().reportPeriod.count(),
  report: () => db().report.count(),
  indicator: () => db().indicator.count(),
  membership: () => db().membership.count(),
  honourTitle: () => db().honourTitle.count(),
  honourRound: () => db().honourRound.count(),
  nomination: () => db().nomination.count(),
  inspectionRound: () => db().inspectionRound.count(),
  inspectionVisit: () => db().inspectionVisit.count(),
  inspectionConclusion: () => db().inspectionConclusion.count(),
  honourDecision: () => db().honourDecision.count(),
  cityProposal: () => db().cityProposal.count(),
  handbook: () => db().handbook.count(),
  showcase: () => db().showcaseProfile.count(),
  ideaComment: () => db().ideaComment.count(),
};
type Table = keyof typeof rows;

/** Creates deduplicated by the form's requestKey (lib/data/create-once.ts). */
const KEYED: [string, Table][] = [
  ["createMemberAction", "member"],
  ["createUnitAction", "unit"],
  ["createAccountAction", "user"],
  ["bulkCreateAccountsAction", "user"],
  ["createPlanAction", "plan"],
  // Requires the key too, but one live plan per (cơ sở, Khối plan) is what makes it one.
  ["createCoSoPlanAction", "plan"],
  ["createActivityAction", "activity"],
  ["uploadEvidenceAction", "evidence"],
  ["registerProjectAction", "project"],
  ["postProjectUpdateAction", "projectUpdate"],
  ["createEntryAction", "entry"],
  ["openPeriodAction", "period"],
  ["createTitleAction", "honourTitle"],
  ["openRoundAction", "honourRound"],
  ["createNominationAction", "nomination"],
  // Before the amendment, which revokes the decided honour this one forwards to the city.
  ["forwardHonoursAction", "cityProposal"],
  ["issueDecisionAction", "honourDecision"],
  ["amendDecisionAction", "honourDecision"],
  ["createHandbookAction", "handbook"],
  ["createShowcaseAction", "showcase"],
  ["copyProjectPhotoAction", "evidence"],
  ["createInspectionRoundAction", "inspectionRound"],
  ["scheduleVisitAction", "inspectionVisit"],
  ["commentOnIdeaAction", "ideaComment"],
  ["saveConclusionAction", "inspectionConclusion"],
];

/** Creates with a natural unique key (the comment on each schema names it): no requestKey. */
const NATURAL: [string, Table, string][] = [
  ["registerForActivityAction", "registration", "one registration per (activity, cơ sở)"],
  ["joinProjectAction", "projectJoin", "one join per (project, cơ sở)"],
  ["registerCommitmentAction", "commitment", "one commitment per (member, year)"],
  ["openReportAction", "report", "one report per (period, unit, revision)"],
  ["correctReportAction", "report", "the report's version, and (period, unit, revision)"],
  ["revisePlanAction", "plan", "the plan's version, and (series, revision)"],
  ["addIndicatorAction", "indicator", "the plan's version, and (plan, code)"],
  ["grantRoleAction", "membership", "one role per (account, unit, role)"],
];

const probe = (name: string) => probes(f).find((p) => p.name === name)!;
const userOf = (who: Who) => (who === "coSoB" ? f.coSoBSecretary.id : a.users[who].id);

/** Ten parallel calls with one payload: one new row, every answer typed, none unexpected. */
async function tenAtOnce(name: string, table: Table, input: Record<string, unknown>) {
  const logged = vi.spyOn(console, "error");
  const before = await rows[table]();
  const results = await Promise.all(Array.from({ length: 10 }, () => probe(name).action(input)));
  expect(await rows[table](), `${name}: rows made by ten parallel calls`).toBe(before + 1);
  expect(results.filter((r) => r.ok).length).toBeGreaterThan(0);
  for (const r of results) if (!r.ok) expect(r.formError, name).not.toBe(MESSAGES.unexpected);
  // The ones that succeed answer with the one record.
  const ids = new Set(
    results
      .filter((r): r is Extract<ActionResult<unknown>, { ok: true }> => r.ok)
      .map((r) => JSON.stringify((r.data as { id?: string } | null)?.id ?? null)),
  );
  expect(ids.size, name).toBe(1);
  expect(logged).not.toHaveBeenCalled();
}

describe("a create keyed by the form's requestKey", () => {
  it.each(KEYED)("%s: ten parallel submits with one key make one row", async (name, table) => {
    actingAs(userOf(ACCESS[name].may[0]));
    await tenAtOnce(name, table, await probe(name).input());
  });

  it.each(KEYED)("%s: a submit without a key is refused beside the field and makes nothing", async (name, table) => {
    actingAs(userOf(ACCESS[name].may[0]));
    const { requestKey: _key, ...input } = await probe(name).input();
    const before = await rows[table]();
    const result = await probe(name).action(input);
    expect(result).toMatchObject({ ok: false, fieldErrors: { requestKey: expect.stringMatching(/tải lại trang/) } });
    expect(await rows[table]()).toBe(before);
  });

  it("covers every probe that sends a key, and only those", async () => {
    const sending = [];
    for (const p of probes(f)) if ("requestKey" in (await p.input())) sending.push(p.name);
    expect(sending.sort()).toEqual(KEYED.map(([n]) => n).sort());
  });
});

describe("a create with a natural unique key", () => {
  it.each(NATURAL)("%s: ten parallel submits make one %s row (%s)", async (name, table) => {
    actingAs(userOf(ACCESS[name].may[0]));
    await tenAtOnce(name, table, await probe(name).input());
  });
});

describe("the member import (one key per chosen file)", () => {
  async function file() {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Đoàn viên");
    ws.addRow(["STT", "Họ và tên", "Ngày sinh", "Giới tính", "Chức vụ", "Chi đoàn", "Email", "Số điện thoại"]);
    for (let i = 1; i <= 5; i++) ws.addRow([i, `Nhập Song Song ${i}`, null, null, null, a.chiDoanA1.name, null, null]);
    return new File([new Uint8Array(await wb.xlsx.writeBuffer())], "doan-vien.xlsx");
  }
  const form = async (requestKey?: string) => {
    const fd = new FormData();
    fd.set("file", await file());
    if (requestKey) fd.set("requestKey", requestKey);
    return fd;
  };

  it("imports the rows once for ten parallel commits with one key", async () => {
    actingAs(a.users.admin.id);
    const before = await db().member.count();
    const key = crypto.randomUUID();
    const results = await Promise.all(Array.from({ length: 10 }, async () => commitMemberImportAction(await form(key))));
    expect(await db().member.count()).toBe(before + 5);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results) if (!r.ok) expect(r.formError).toMatch(/vừa được nhập rồi/);
  });

  it("refuses a commit without a key", async () => {
    actingAs(a.users.admin.id);
    const before = await db().member.count();
    expect(await commitMemberImportAction(await form())).toMatchObject({
      ok: false,
      fieldErrors: { requestKey: expect.any(String) },
    });
    expect(await db().member.count()).toBe(before);
  });
});
