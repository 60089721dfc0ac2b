// One valid call of every server action, aimed at tenant A's records, for the access probes
// (SECURITY.md #1, #3, #4). Each input is built at call time so that `version` is current: a
// refusal must come from the authorization, not from a stale version or a bad input.
import { db } from "@/lib/db/client";
import * as accountActions from "@/lib/actions/accounts";
import * as memberActions from "@/lib/actions/members";
import * as unitActions from "@/lib/actions/units";
import type { ActionResult } from "@/lib/actions/run";
import { makeUnit, makeUser, TEST_PASSWORD, unique, type Tenant } from "../factories";

type AnyAction = (input: unknown) => Promise<ActionResult<unknown>>;
export type Probe = { name: string; action: AnyAction; input: () => Promise<Record<string, unknown>>; hasTarget: boolean };

export type ProbeFixture = {
  a: Tenant;
  clusterId: string;
  emptyChiDoanId: string;
  staffMembershipId: string;
  coSoBSecretary: { id: string };
};

/** Extra rows in tenant A that the probes act on. */
export async function makeProbeFixture(a: Tenant): Promise<ProbeFixture> {
  const cluster = await db().cluster.create({ data: { khoiId: a.khoi.id, name: unique("Cụm") }, select: { id: true } });
  const empty = await makeUnit(db(), "CHI_DOAN", "Chi đoàn không còn ai", a.coSoA);
  const staff = await db().membership.findFirstOrThrow({ where: { userId: a.users.staff.id }, select: { id: true } });
  const coSoBSecretary = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
  return { a, clusterId: cluster.id, emptyChiDoanId: empty.id, staffMembershipId: staff.id, coSoBSecretary };
}

const unitVersion = async (id: string) => (await db().unit.findUniqueOrThrow({ where: { id } })).version;
const memberVersion = async (id: string) => (await db().member.findUniqueOrThrow({ where: { id } })).version;

export function probes(f: ProbeFixture): Probe[] {
  const { a } = f;
  const p = (name: string, action: AnyAction, input: Probe["input"], hasTarget = true): Probe => ({ name, action, input, hasTarget });
  return [
    p("createMemberAction", memberActions.createMemberAction, async () => ({ fullName: "Đoàn Viên Mới", chiDoanId: a.chiDoanA2.id })),
    p("updateMemberAction", memberActions.updateMemberAction, async () => ({
      id: a.members.a2.id,
      version: await memberVersion(a.members.a2.id),
      fullName: "Tên Đã Sửa",
      chiDoanId: a.chiDoanA2.id,
    })),
    p("deactivateMemberAction", memberActions.deactivateMemberAction, async () => ({ id: a.members.a2.id, version: await memberVersion(a.members.a2.id) })),
    p("createUnitAction", unitActions.createUnitAction, async () => ({ parentId: a.coSoA.id, name: "Chi đoàn Mới" })),
    p("renameUnitAction", unitActions.renameUnitAction, async () => ({ id: a.chiDoanA2.id, name: "Chi đoàn Đổi Tên", version: await unitVersion(a.chiDoanA2.id) })),
    p("moveUnitAction", unitActions.moveUnitAction, async () => ({ id: a.chiDoanA2.id, newParentId: a.coSoB.id, version: await unitVersion(a.chiDoanA2.id) })),
    p("setUnitClusterAction", unitActions.setUnitClusterAction, async () => ({ id: a.coSoA.id, clusterId: f.clusterId, version: await unitVersion(a.coSoA.id) })),
    p("deactivateUnitAction", unitActions.deactivateUnitAction, async () => ({ id: f.emptyChiDoanId, version: await unitVersion(f.emptyChiDoanId) })),
    p("createAccountAction", accountActions.createAccountAction, async () => ({
      email: `${unique("moi")}@test.vn`,
      name: "Tài Khoản Mới",
      role: "CHI_DOAN_SECRETARY",
      unitId: a.chiDoanA2.id,
    })),
    p("grantRoleAction", accountActions.grantRoleAction, async () => ({ userId: a.users.chiDoan.id, role: "CHI_DOAN_SECRETARY", unitId: a.chiDoanA2.id })),
    p("revokeRoleAction", accountActions.revokeRoleAction, async () => ({ membershipId: f.staffMembershipId })),
    p("setAccountActiveAction", accountActions.setAccountActiveAction, async () => ({ userId: a.users.coSo.id, active: false })),
    p("resetAccountPasswordAction", accountActions.resetAccountPasswordAction, async () => ({ userId: a.users.coSo.id })),
    // Acts on the caller's own account only: there is no one else's record to aim at.
    p(
      "changePasswordAction",
      accountActions.changePasswordAction,
      async () => ({ currentPassword: TEST_PASSWORD, newPassword: "Mot-mat-khau-moi-rat-dai", confirmPassword: "Mot-mat-khau-moi-rat-dai" }),
      false,
    ),
  ];
}

/** Every row the actions could touch (the audit log and the login limiter excepted), in order. */
export async function snapshot() {
  const byId = { orderBy: { id: "asc" as const } };
  const [units, users, memberships, members, clusters] = await Promise.all([
    db().unit.findMany(byId),
    db().user.findMany({ ...byId, omit: { passwordHash: false } }),
    db().membership.findMany(byId),
    db().member.findMany(byId),
    db().cluster.findMany(byId),
  ]);
  return JSON.parse(JSON.stringify({ units, users, memberships, members, clusters }));
}

/** Every message a refusal shows (form error and field errors), for wording checks. */
export function messagesOf(result: ActionResult<unknown>): string[] {
  if (result.ok) return [];
  return [result.formError ?? "", ...Object.values(result.fieldErrors ?? {})].filter(Boolean);
}
