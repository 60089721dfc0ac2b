// The permission table as a specification (SECURITY.md #2): every role × action × position of the
// target, with the expected answer written out by hand below. The expectations are NOT computed
// from PERMISSIONS, so a wrong cell in the table (or in can()) fails here.
import { describe, expect, it } from "vitest";
import {
  ACTIONS,
  PERMISSIONS,
  ROLES_BY_UNIT_KIND,
  can,
  canSomewhere,
  holds,
  type Action,
  type Grant,
  type Target,
  type Viewer,
} from "@/lib/authz";
import type { Role, UnitKind } from "@/lib/generated/prisma/enums";

// The tree: city C1 → Khối K1 → cơ sở S1 (chi đoàn D1, D2) and S2 (D3); city C2 → Khối K2 → S3 → D4.
const C1 = "city-1",
  K1 = "khoi-1",
  S1 = "coso-1",
  S2 = "coso-2",
  D1 = "chidoan-1",
  D2 = "chidoan-2";
const K2 = "khoi-2",
  S3 = "coso-3";
const VIEWER_ID = "viewer";

const unitTarget = (id: string, kind: UnitKind, khoiId: string | null, coSoId: string | null = null): Target => ({
  unitId: id,
  khoiId,
  coSoId,
  chiDoanId: kind === "CHI_DOAN" ? id : null,
});
const T = {
  C1: unitTarget(C1, "CITY", null),
  K1: unitTarget(K1, "KHOI", K1),
  S1: unitTarget(S1, "CO_SO", K1, S1),
  S2: unitTarget(S2, "CO_SO", K1, S2),
  D1: unitTarget(D1, "CHI_DOAN", K1, S1),
  D2: unitTarget(D2, "CHI_DOAN", K1, S1),
  S3: unitTarget(S3, "CO_SO", K2, S3),
  // Member records, both in chi đoàn D1: the viewer's own profile and someone else's.
  ownRecord: { khoiId: K1, coSoId: S1, chiDoanId: D1, ownerUserId: VIEWER_ID },
  otherRecord: { khoiId: K1, coSoId: S1, chiDoanId: D1, ownerUserId: "someone-else" },
} satisfies Record<string, Target>;

/** The cơ sở each grant's unit sits in. */
const COSO_OF: Record<string, string | null> = { C1: null, K1: null, S1, D1: S1 };

/** Each role holds one grant, on the unit its level naturally sits on. */
const GRANTS: Record<Role, Grant> = {
  CITY_VIEWER: { role: "CITY_VIEWER", unitId: C1, unitKind: "CITY", unitName: "C1", coSoId: COSO_OF["C1"], khoiIds: [K1] },
  CITY_STAFF: { role: "CITY_STAFF", unitId: C1, unitKind: "CITY", unitName: "C1", coSoId: COSO_OF["C1"], khoiIds: [K1] },
  KHOI_ADMIN: { role: "KHOI_ADMIN", unitId: K1, unitKind: "KHOI", unitName: "K1", coSoId: COSO_OF["K1"], khoiIds: [K1] },
  KHOI_STAFF: { role: "KHOI_STAFF", unitId: K1, unitKind: "KHOI", unitName: "K1", coSoId: COSO_OF["K1"], khoiIds: [K1] },
  CO_SO_SECRETARY: {
    role: "CO_SO_SECRETARY",
    unitId: S1,
    unitKind: "CO_SO",
    unitName: "S1",
    coSoId: COSO_OF["S1"],
    khoiIds: [K1],
  },
  CHI_DOAN_SECRETARY: {
    role: "CHI_DOAN_SECRETARY",
    unitId: D1,
    unitKind: "CHI_DOAN",
    unitName: "D1",
    coSoId: COSO_OF["D1"],
    khoiIds: [K1],
  },
  MEMBER: { role: "MEMBER", unitId: D1, unitKind: "CHI_DOAN", unitName: "D1", coSoId: COSO_OF["D1"], khoiIds: [K1] },
  QUESTION_OFFICER: {
    role: "QUESTION_OFFICER",
    unitId: S1,
    unitKind: "CO_SO",
    unitName: "S1",
    coSoId: COSO_OF["S1"],
    khoiIds: [K1],
  },
};

const POSITIONS = [
  "own unit",
  "unit below",
  "sibling unit in the Khối",
  "unit of another Khối",
  "own record",
  "another member's record",
] as const;

/** The target at each position for each role's grant; null where the position does not exist. */
const TARGETS: Record<Role, (Target | null)[]> = {
  CITY_VIEWER: [T.C1, T.K1, null, T.S3, T.ownRecord, T.otherRecord],
  CITY_STAFF: [T.C1, T.K1, null, T.S3, T.ownRecord, T.otherRecord],
  KHOI_ADMIN: [T.K1, T.S1, null, T.S3, T.ownRecord, T.otherRecord],
  KHOI_STAFF: [T.K1, T.S1, null, T.S3, T.ownRecord, T.otherRecord],
  CO_SO_SECRETARY: [T.S1, T.D1, T.S2, T.S3, T.ownRecord, T.otherRecord],
  CHI_DOAN_SECRETARY: [T.D1, null, T.D2, T.S3, T.ownRecord, T.otherRecord],
  MEMBER: [T.D1, null, T.D2, T.S3, T.ownRecord, T.otherRecord],
  QUESTION_OFFICER: [T.S1, T.D1, T.S2, T.S3, T.ownRecord, T.otherRecord],
};

// Y = allowed, n = refused, - = no such position for this grant. Columns follow POSITIONS.
// The city row itself belongs to no Khối (khoiId null): the city viewer reads the Khối under it.
const NONE = "n-nnnn";
const EXPECTED: Record<Role, Record<Action, string>> = {
  CITY_VIEWER: {
    "unit.read": "nY-nYY",
    "unit.create": "nn-nnn",
    "unit.update": "nn-nnn",
    "member.read": "nn-nnn",
    "member.create": "nn-nnn",
    "member.update": "nn-nnn",
    "member.import": "nn-nnn",
    "member.export": "nn-nnn",
    "account.manage": "nn-nnn",
    "account.createMembers": "nn-nnn",
    "account.own": "nn-nYn",
    "plan.read": "nY-nYY",
    "plan.manage": "nn-nnn",
    "activity.read": "nY-nYY",
    "activity.manage": "nn-nnn",
    "activity.register": "nn-nnn",
    "project.read": "nY-nYY",
    "project.register": "nn-nnn",
    "project.review": "nn-nnn",
    "entry.log": "nn-nnn",
    "entry.read": "nn-nnn",
    "entry.review": "nn-nnn",
    "contest.review": "nn-nnn",
    "idea.share": "nn-nnn",
    "report.read": "nn-nnn",
    "report.fill": "nn-nnn",
    "report.review": "nn-nnn",
    "report.manage": "nn-nnn",
    "honour.read": "nn-nnn",
    "honour.manage": "nn-nnn",
    "honour.nominate": "nn-nnn",
    "honour.vote": "nn-nnn",
    "honour.forward": "nn-nnn",
    "honour.city": "nn-nnn",
    "audit.read": "nn-nnn",
    "question.answer": "nn-nnn",
    "question.officers": "nn-nnn",
    "question.manage": "nn-nnn",
    "handbook.write": "nn-nnn",
    "inspection.read": "nn-nnn",
    "inspection.respond": "nn-nnn",
    "inspection.manage": "nn-nnn",
  },
  CITY_STAFF: {
    "unit.read": "nY-nYY",
    "unit.create": "nn-nnn",
    "unit.update": "nn-nnn",
    "member.read": "nn-nnn",
    "member.create": "nn-nnn",
    "member.update": "nn-nnn",
    "member.import": "nn-nnn",
    "member.export": "nn-nnn",
    "account.manage": "nn-nnn",
    "account.createMembers": "nn-nnn",
    "account.own": "nn-nYn",
    "plan.read": "nY-nYY",
    "plan.manage": "nn-nnn",
    "activity.read": "nY-nYY",
    "activity.manage": "nn-nnn",
    "activity.register": "nn-nnn",
    "project.read": "nY-nYY",
    "project.register": "nn-nnn",
    "project.review": "nn-nnn",
    "entry.log": "nn-nnn",
    "entry.read": "nn-nnn",
    "entry.review": "nn-nnn",
    "contest.review": "nn-nnn",
    "idea.share": "nn-nnn",
    "report.read": "nn-nnn",
    "report.fill": "nn-nnn",
    "report.review": "nn-nnn",
    "report.manage": "nn-nnn",
    "honour.read": "nn-nnn",
    "honour.manage": "nn-nnn",
    "honour.nominate": "nn-nnn",
    "honour.vote": "nn-nnn",
    "honour.forward": "nn-nnn",
    "honour.city": "nY-nYY", // the Khối under its city: proposals sent to it (cityProposalScope),
    "audit.read": "nn-nnn",
    "question.answer": "nn-nnn",
    "question.officers": "nn-nnn",
    "question.manage": "nn-nnn",
    "handbook.write": "nn-nnn",
    "inspection.read": "nn-nnn",
    "inspection.respond": "nn-nnn",
    "inspection.manage": "nn-nnn",
  },
  KHOI_ADMIN: {
    "unit.read": "YY-nYY",
    "unit.create": "YY-nYY",
    "unit.update": "nY-nYY", // not the Khối itself
    "member.read": "YY-nYY",
    "member.create": "YY-nYY",
    "member.update": "YY-nYY",
    "member.import": "YY-nYY",
    "member.export": "YY-nYY",
    "account.manage": "YY-nYY",
    "account.createMembers": "YY-nYY",
    "account.own": "nn-nYn",
    "plan.read": "YY-nYY",
    "plan.manage": "Yn-nnn",
    "activity.read": "YY-nYY",
    "activity.manage": "YY-nYY",
    "activity.register": "nn-nnn",
    "project.read": "YY-nYY",
    "project.register": "Yn-nnn",
    "project.review": "YY-nYY",
    "entry.log": "nn-nYn",
    "entry.read": "YY-nYY",
    "entry.review": "nn-nnn",
    "contest.review": "YY-nYY",
    "idea.share": "YY-nYY",
    "report.read": "YY-nYY",
    "report.fill": "Yn-nnn", // the Khối's own report; a cơ sở writes its own
    "report.review": "YY-nYY",
    "report.manage": "YY-nYY",
    "honour.read": "YY-nYY",
    "honour.manage": "YY-nYY",
    "honour.nominate": "nn-nnn",
    "honour.vote": "YY-nYY",
    "honour.forward": "YY-nYY",
    "honour.city": "nn-nnn",
    "audit.read": "YY-nYY", // its own Khối's log (auditScope keeps to khoiId); never another's
    "question.answer": "nn-nnn",
    "question.officers": "nn-nnn",
    "question.manage": "YY-nYY", // routes, moderates and reads its own Khối's questions,
    "handbook.write": "nn-nnn",
    "inspection.read": "YY-nYY",
    "inspection.respond": "nn-nnn",
    "inspection.manage": "YY-nYY",
  },
  KHOI_STAFF: {
    "unit.read": "YY-nYY",
    "unit.create": "nn-nnn",
    "unit.update": "nn-nnn",
    "member.read": "YY-nYY",
    "member.create": "YY-nYY",
    "member.update": "YY-nYY",
    "member.import": "YY-nYY",
    "member.export": "YY-nYY",
    "account.manage": "nn-nnn",
    "account.createMembers": "nn-nnn",
    "account.own": "nn-nYn",
    "plan.read": "YY-nYY",
    "plan.manage": "Yn-nnn",
    "activity.read": "YY-nYY",
    "activity.manage": "YY-nYY",
    "activity.register": "nn-nnn",
    "project.read": "YY-nYY",
    "project.register": "Yn-nnn",
    "project.review": "YY-nYY",
    "entry.log": "nn-nYn",
    "entry.read": "YY-nYY",
    "entry.review": "nn-nnn",
    "contest.review": "YY-nYY",
    "idea.share": "YY-nYY",
    "report.read": "YY-nYY",
    "report.fill": "Yn-nnn",
    "report.review": "YY-nYY",
    "report.manage": "YY-nYY",
    "honour.read": "YY-nYY",
    "honour.manage": "YY-nYY",
    "honour.nominate": "nn-nnn",
    "honour.vote": "YY-nYY",
    "honour.forward": "YY-nYY",
    "honour.city": "nn-nnn",
    "audit.read": "nn-nnn",
    "question.answer": "nn-nnn",
    "question.officers": "nn-nnn",
    "question.manage": "YY-nYY",
    "handbook.write": "nn-nnn",
    "inspection.read": "YY-nYY",
    "inspection.respond": "nn-nnn",
    "inspection.manage": "YY-nYY",
  },
  CO_SO_SECRETARY: {
    "unit.read": "YYnnYY",
    "unit.create": "YYnnYY",
    "unit.update": "nYnnYY", // their chi đoàn, not their own cơ sở
    "member.read": "YYnnYY",
    "member.create": "YYnnYY",
    "member.update": "YYnnYY",
    "member.import": "YYnnYY",
    "member.export": "YYnnYY",
    "account.manage": "nnnnnn",
    "account.createMembers": "YYnnYY",
    "account.own": "nnnnYn",
    "plan.read": "YYnnYY",
    "plan.manage": "Ynnnnn",
    "activity.read": "YYnnYY",
    "activity.manage": "nnnnnn",
    "activity.register": "YYnnYY",
    "project.read": "YYnnYY",
    "project.register": "Ynnnnn",
    "project.review": "nnnnnn",
    "entry.log": "nnnnYn",
    "entry.read": "YYnnYY",
    "entry.review": "YYnnYY",
    "contest.review": "nnnnnn",
    "idea.share": "YYYnYY",
    "report.read": "YYnnYY",
    "report.fill": "Ynnnnn", // its own report only, never a sibling's
    "report.review": "nnnnnn", // reviews nothing, its own report least of all
    "report.manage": "nnnnnn",
    "honour.read": "YYnnYY",
    "honour.manage": "nnnnnn",
    "honour.nominate": "YYnnYY",
    "honour.vote": "nnnnnn",
    "honour.forward": "nnnnnn",
    "honour.city": "nnnnnn",
    "audit.read": "nnnnnn",
    "question.answer": "Ynnnnn",
    "question.officers": "Ynnnnn", // its own agency's questions only,
    "question.manage": "nnnnnn",
    "handbook.write": "Ynnnnn", // its own agency's handbooks only
    "inspection.read": "Ynnnnn", // its own visits only, never a sibling's,
    "inspection.respond": "Ynnnnn",
    "inspection.manage": "nnnnnn",
  },
  CHI_DOAN_SECRETARY: {
    "unit.read": "Y-nnYY",
    "unit.create": NONE,
    "unit.update": NONE,
    "member.read": "Y-nnYY",
    "member.create": "Y-nnYY",
    "member.update": "Y-nnYY",
    "member.import": "Y-nnYY",
    "member.export": "Y-nnYY",
    "account.manage": NONE,
    "account.createMembers": NONE,
    "account.own": "n-nnYn",
    "plan.read": "Y-nnYY",
    "plan.manage": NONE,
    "activity.read": "Y-nnYY",
    "activity.manage": NONE,
    "activity.register": NONE,
    "project.read": "Y-nnYY",
    "project.register": NONE,
    "project.review": NONE,
    "entry.log": "n-nnYn",
    "entry.read": "Y-nnYY",
    "entry.review": "Y-nnYY",
    "contest.review": NONE,
    "idea.share": "Y-YnYY",
    "report.read": NONE,
    "report.fill": NONE,
    "report.review": NONE,
    "report.manage": NONE,
    "honour.read": "Y-nnYY",
    "honour.manage": NONE,
    // A chi đoàn proposes its members and itself to its cơ sở (lib/data/nominations.ts).
    "honour.nominate": "Y-nnYY",
    "honour.vote": NONE,
    "honour.forward": NONE,
    "honour.city": NONE,
    "audit.read": NONE,
    "question.answer": NONE,
    "question.officers": NONE,
    "question.manage": NONE,
    "handbook.write": NONE,
    "inspection.read": NONE,
    "inspection.respond": NONE,
    "inspection.manage": NONE,
  },
  MEMBER: {
    "unit.read": NONE,
    "unit.create": NONE,
    "unit.update": NONE,
    "member.read": "n-nnYn", // their own profile only
    "member.create": NONE,
    "member.update": NONE,
    "member.import": NONE,
    "member.export": NONE,
    "account.manage": NONE,
    "account.createMembers": NONE,
    "account.own": "n-nnYn",
    "plan.read": "Y-nnYY",
    "plan.manage": NONE,
    "activity.read": "Y-nnYY",
    "activity.manage": NONE,
    "activity.register": NONE,
    "project.read": "Y-nnYY",
    "project.register": NONE,
    "project.review": NONE,
    "entry.log": "n-nnYn",
    "entry.read": "n-nnYn",
    "entry.review": NONE,
    "contest.review": NONE,
    "idea.share": "Y-YnYY",
    "report.read": NONE,
    "report.fill": NONE,
    "report.review": NONE,
    "report.manage": NONE,
    "honour.read": "Y-nnYY",
    "honour.manage": NONE,
    "honour.nominate": NONE,
    "honour.vote": NONE,
    "honour.forward": NONE,
    "honour.city": NONE,
    "audit.read": NONE,
    "question.answer": NONE,
    "question.officers": NONE,
    "question.manage": NONE,
    "handbook.write": NONE,
    "inspection.read": NONE,
    "inspection.respond": NONE,
    "inspection.manage": NONE,
  },
  // Named by cơ sở S1's secretary: S1's questions and the account's own, nothing else.
  QUESTION_OFFICER: {
    "unit.read": "nnnnnn",
    "unit.create": "nnnnnn",
    "unit.update": "nnnnnn",
    "member.read": "nnnnnn",
    "member.create": "nnnnnn",
    "member.update": "nnnnnn",
    "member.import": "nnnnnn",
    "member.export": "nnnnnn",
    "account.manage": "nnnnnn",
    "account.createMembers": "nnnnnn",
    "account.own": "nnnnYn",
    "plan.read": "nnnnnn",
    "plan.manage": "nnnnnn",
    "activity.read": "nnnnnn",
    "activity.manage": "nnnnnn",
    "activity.register": "nnnnnn",
    "project.read": "nnnnnn",
    "project.register": "nnnnnn",
    "project.review": "nnnnnn",
    "entry.log": "nnnnnn",
    "entry.read": "nnnnnn",
    "entry.review": "nnnnnn",
    "contest.review": "nnnnnn",
    "idea.share": "nnnnnn",
    "report.read": "nnnnnn",
    "report.fill": "nnnnnn",
    "report.review": "nnnnnn",
    "report.manage": "nnnnnn",
    "honour.read": "nnnnnn",
    "honour.manage": "nnnnnn",
    "honour.nominate": "nnnnnn",
    "honour.vote": "nnnnnn",
    "honour.forward": "nnnnnn",
    "honour.city": "nnnnnn",
    "audit.read": "nnnnnn",
    "question.answer": "Ynnnnn", // its cơ sở's questions, as its secretary answers them,
    "question.officers": "nnnnnn",
    "question.manage": "nnnnnn",
    "handbook.write": "nnnnnn",
    "inspection.read": "nnnnnn",
    "inspection.respond": "nnnnnn",
    "inspection.manage": "nnnnnn",
  },
};

const ROLES = Object.keys(GRANTS) as Role[];
const viewerWith = (...grants: Grant[]): Viewer => ({
  userId: VIEWER_ID,
  email: "v@test.vn",
  name: "V",
  mustChangePassword: false,
  grants,
});

const cells = ROLES.flatMap((role) =>
  ACTIONS.flatMap((action) =>
    POSITIONS.map((position, i) => ({ role, action, position, i })).filter(({ i }) => TARGETS[role][i] !== null),
  ),
);

describe("the expectation table itself", () => {
  it("covers exactly the roles and actions of the permission table", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(PERMISSIONS).sort());
    for (const role of ROLES) expect(Object.keys(EXPECTED[role]).sort()).toEqual([...ACTIONS].sort());
  });

  it("marks a position as missing exactly where the role's grant has none", () => {
    for (const role of ROLES)
      for (const action of ACTIONS)
        for (const [i, target] of TARGETS[role].entries()) expect(EXPECTED[role][action][i] === "-").toBe(target === null);
  });
});

describe("can(viewer, action, target)", () => {
  it.each(cells)("$role: $action on $position → as the table says", ({ role, action, i }) => {
    const expected = EXPECTED[role][action][i] === "Y";
    expect(can(viewerWith(GRANTS[role]), action, TARGETS[role][i]!)).toBe(expected);
  });

  it("refuses everything to a signed-out visitor and to an account without roles", () => {
    for (const action of ACTIONS) {
      expect(can(null, action, T.D1)).toBe(false);
      expect(can(viewerWith(), action, T.ownRecord)).toBe(false);
    }
  });

  it("never lets a grant of one Khối reach a record whose khoiId is another's, even with a matching cơ sở id", () => {
    const forged: Target = { khoiId: K2, coSoId: S1, chiDoanId: D1 };
    for (const role of ROLES) for (const action of ACTIONS) expect(can(viewerWith(GRANTS[role]), action, forged)).toBe(false);
  });

  it("refuses a target without a tenant (null khoiId) to every unit-scoped grant", () => {
    const noTenant: Target = { khoiId: null, coSoId: S1, chiDoanId: D1 };
    for (const role of ROLES) for (const action of ACTIONS) expect(can(viewerWith(GRANTS[role]), action, noTenant)).toBe(false);
  });

  it("combines several grants: a member who is also a cơ sở secretary elsewhere gets both", () => {
    const viewer = viewerWith(GRANTS.MEMBER, { ...GRANTS.CO_SO_SECRETARY, unitId: S2, unitName: "S2" });
    expect(can(viewer, "member.read", T.ownRecord)).toBe(true);
    expect(can(viewer, "member.update", T.ownRecord)).toBe(false);
    expect(can(viewer, "member.update", { khoiId: K1, coSoId: S2, chiDoanId: "chidoan-3" })).toBe(true);
  });
});

describe("canSomewhere (menus and buttons)", () => {
  it.each(ROLES.flatMap((role) => ACTIONS.map((action) => ({ role, action }))))(
    "$role: shows $action only if the table allows it somewhere",
    ({ role, action }) => {
      expect(canSomewhere(viewerWith(GRANTS[role]), action)).toBe(EXPECTED[role][action].includes("Y"));
    },
  );
});

describe("holds (page gates and menus read the table and the tree, not role names)", () => {
  // Who may open each section, by role: the answer the gates must give.
  const GATES: { gate: string; ask: (v: Viewer) => boolean; roles: Role[] }[] = [
    { gate: "the Khối's tree (/khoi)", ask: (v) => holds(v, "unit.read", { at: ["KHOI"] }), roles: ["KHOI_ADMIN", "KHOI_STAFF"] },
    {
      gate: "a unit's page (/co-so)",
      ask: (v) => holds(v, "unit.read", { at: ["CO_SO", "CHI_DOAN"] }),
      roles: ["CO_SO_SECRETARY", "CHI_DOAN_SECRETARY"],
    },
    {
      gate: "the city's Khối (/thanh-doan)",
      ask: (v) => holds(v, "unit.read", { at: ["CITY"] }),
      roles: ["CITY_VIEWER", "CITY_STAFF"],
    },
    {
      gate: "the member list (/doan-vien)",
      ask: (v) => holds(v, "member.read"),
      roles: ["KHOI_ADMIN", "KHOI_STAFF", "CO_SO_SECRETARY", "CHI_DOAN_SECRETARY"],
    },
    {
      gate: "the entry lists (/ghi-nhan, /cam-ket)",
      ask: (v) => holds(v, "entry.read"),
      roles: ["KHOI_ADMIN", "KHOI_STAFF", "CO_SO_SECRETARY", "CHI_DOAN_SECRETARY"],
    },
    {
      gate: "one's own record (/ca-nhan)",
      ask: (v) => holds(v, "entry.log", { at: ["CO_SO", "CHI_DOAN"], self: true }),
      roles: ["CO_SO_SECRETARY", "CHI_DOAN_SECRETARY", "MEMBER"],
    },
  ];
  it.each(GATES.flatMap(({ gate, ask, roles }) => ROLES.map((role) => ({ gate, ask, role, open: roles.includes(role) }))))(
    "$gate is open to $role: $open",
    ({ ask, role, open }) => {
      expect(ask(viewerWith(GRANTS[role]))).toBe(open);
    },
  );
});

describe("ROLES_BY_UNIT_KIND", () => {
  const FITS: Record<UnitKind, Role[]> = {
    CITY: ["CITY_VIEWER", "CITY_STAFF"],
    KHOI: ["KHOI_ADMIN", "KHOI_STAFF"],
    CO_SO: ["CO_SO_SECRETARY", "MEMBER", "QUESTION_OFFICER"],
    CHI_DOAN: ["CHI_DOAN_SECRETARY", "MEMBER"],
  };
  const kinds = Object.keys(FITS) as UnitKind[];

  it.each(kinds.flatMap((kind) => ROLES.map((role) => ({ kind, role, fits: FITS[kind].includes(role) }))))(
    "a $role grant on a $kind unit is allowed: $fits",
    ({ kind, role, fits }) => {
      expect((ROLES_BY_UNIT_KIND[kind] as readonly Role[]).includes(role)).toBe(fits);
    },
  );

  it("has a row for every unit kind and places every role somewhere", () => {
    expect(Object.keys(ROLES_BY_UNIT_KIND).sort()).toEqual([...kinds].sort());
    const placed = new Set(Object.values(ROLES_BY_UNIT_KIND).flat());
    for (const role of ROLES) expect(placed.has(role)).toBe(true);
  });
});

// Plans are issued by a unit: the Khối's reach everyone below it, a cơ sở's only that cơ sở.
describe("plans along the tree (scope line and unit)", () => {
  const plan = (khoiId: string, unitId: string, coSoId: string | null): Target => ({ khoiId, unitId, coSoId });
  const PLAN_TARGETS = [plan(K1, K1, null), plan(K1, S1, S1), plan(K1, S2, S2), plan(K2, K2, null)];
  // Columns: the Khối's plan, cơ sở S1's plan, cơ sở S2's plan, another Khối's plan.
  const PLAN_EXPECTED: Record<Role, { read: string; manage: string }> = {
    CITY_VIEWER: { read: "YYYn", manage: "nnnn" },
    CITY_STAFF: { read: "YYYn", manage: "nnnn" },
    KHOI_ADMIN: { read: "YYYn", manage: "Ynnn" },
    KHOI_STAFF: { read: "YYYn", manage: "Ynnn" },
    CO_SO_SECRETARY: { read: "YYnn", manage: "nYnn" },
    CHI_DOAN_SECRETARY: { read: "YYnn", manage: "nnnn" },
    MEMBER: { read: "YYnn", manage: "nnnn" },
    QUESTION_OFFICER: { read: "nnnn", manage: "nnnn" },
  };
  it.each(ROLES)("%s reads and manages plans as the table says", (role) => {
    const viewer = viewerWith(GRANTS[role]);
    const read = PLAN_TARGETS.map((t) => (can(viewer, "plan.read", t) ? "Y" : "n")).join("");
    const manage = PLAN_TARGETS.map((t) => (can(viewer, "plan.manage", t) ? "Y" : "n")).join("");
    expect({ read, manage }).toEqual(PLAN_EXPECTED[role]);
  });
});

// Reports are written by a unit: the Khối's own, each cơ sở's. A cơ sở reads and writes only its
// own; the Khối reads and reviews every cơ sở's (the scope adds "never a draft", see reportScope).
describe("reports along the tree (scope unit and subtree)", () => {
  const report = (khoiId: string, unitId: string, coSoId: string | null): Target => ({ khoiId, unitId, coSoId });
  const REPORT_TARGETS = [report(K1, K1, null), report(K1, S1, S1), report(K1, S2, S2), report(K2, S3, S3)];
  // Columns: the Khối's own report, cơ sở S1's report, cơ sở S2's report, a cơ sở of another Khối.
  const REPORT_EXPECTED: Record<Role, { read: string; fill: string; review: string; manage: string }> = {
    CITY_VIEWER: { read: "nnnn", fill: "nnnn", review: "nnnn", manage: "nnnn" },
    CITY_STAFF: { read: "nnnn", fill: "nnnn", review: "nnnn", manage: "nnnn" },
    KHOI_ADMIN: { read: "YYYn", fill: "Ynnn", review: "YYYn", manage: "YYYn" },
    KHOI_STAFF: { read: "YYYn", fill: "Ynnn", review: "YYYn", manage: "YYYn" },
    CO_SO_SECRETARY: { read: "nYnn", fill: "nYnn", review: "nnnn", manage: "nnnn" },
    CHI_DOAN_SECRETARY: { read: "nnnn", fill: "nnnn", review: "nnnn", manage: "nnnn" },
    MEMBER: { read: "nnnn", fill: "nnnn", review: "nnnn", manage: "nnnn" },
    QUESTION_OFFICER: { read: "nnnn", fill: "nnnn", review: "nnnn", manage: "nnnn" },
  };
  it.each(ROLES)("%s reads, writes, reviews and manages reports as the table says", (role) => {
    const viewer = viewerWith(GRANTS[role]);
    const row = (action: Action) => REPORT_TARGETS.map((t) => (can(viewer, action, t) ? "Y" : "n")).join("");
    expect({
      read: row("report.read"),
      fill: row("report.fill"),
      review: row("report.review"),
      manage: row("report.manage"),
    }).toEqual(REPORT_EXPECTED[role]);
  });

  it("gives a Khối staff member who is also cơ sở S1's secretary both the pen and the review of S1's report (lib/data refuses the self-review)", () => {
    const viewer = viewerWith(GRANTS.KHOI_STAFF, GRANTS.CO_SO_SECRETARY);
    expect(can(viewer, "report.fill", REPORT_TARGETS[1])).toBe(true);
    expect(can(viewer, "report.review", REPORT_TARGETS[1])).toBe(true);
    expect(can(viewer, "report.fill", REPORT_TARGETS[2])).toBe(false);
  });
});
