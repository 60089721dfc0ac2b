// Factories for tests and for the demo seed: unique data, so test files never collide.
import type { Db } from "@/lib/db/client";
import type {
  AppliesTo,
  Gender,
  MeasureKind,
  PeriodKind,
  PlanKind,
  PlanStatus,
  RecordKind,
  Role,
  TargetKind,
  UnitKind,
} from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { memberNameFields } from "@/lib/domain/text";
import { todayInVietnam } from "@/lib/domain/dates";

let counter = 0;
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

type UnitRow = {
  id: string;
  kind: UnitKind;
  name: string;
  khoiId: string | null;
  coSoId: string | null;
  parentId: string | null;
};

/** A unit row with its tenant and cơ sở columns filled the way the app fills them. */
export async function makeUnit(
  db: Db,
  kind: UnitKind,
  name: string,
  parent?: UnitRow | null,
  clusterId?: string | null,
): Promise<UnitRow> {
  const id = crypto.randomUUID();
  const khoiId = kind === "CITY" ? null : kind === "KHOI" ? id : parent!.khoiId;
  const coSoId = kind === "CO_SO" ? id : kind === "CHI_DOAN" ? parent!.id : null;
  return db.unit.create({
    data: { id, kind, name, parentId: parent?.id ?? null, khoiId, coSoId, clusterId: clusterId ?? null },
    select: { id: true, kind: true, name: true, khoiId: true, coSoId: true, parentId: true },
  });
}

/** `count` more chi đoàn under a cơ sở, in one insert: a large Khối for the pickers' limits. */
export async function addChiDoan(db: Db, coSo: UnitRow, count: number) {
  await db.unit.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      kind: "CHI_DOAN" as const,
      name: `Chi đoàn ${i + 1}`,
      parentId: coSo.id,
      khoiId: coSo.khoiId,
      coSoId: coSo.id,
    })),
  });
}

let passwordHash: Promise<string> | undefined;
export const TEST_PASSWORD = "Mat-khau-thu-nghiem-2026";

export async function makeUser(
  db: Db,
  opts: {
    role: Role;
    unit: UnitRow;
    email?: string;
    name?: string;
    password?: string;
    mustChangePassword?: boolean;
    active?: boolean;
  },
) {
  const hash = opts.password ? hashPassword(opts.password) : (passwordHash ??= hashPassword(TEST_PASSWORD));
  const user = await db.user.create({
    data: {
      email: (opts.email ?? `${unique(opts.role.toLowerCase())}@test.vn`).toLowerCase(),
      name: opts.name ?? `Người dùng ${opts.role}`,
      passwordHash: await hash,
      mustChangePassword: opts.mustChangePassword ?? false,
      active: opts.active ?? true,
      khoiId: opts.unit.khoiId,
      memberships: { create: { unitId: opts.unit.id, role: opts.role, khoiId: opts.unit.khoiId } },
    },
    select: { id: true, email: true },
  });
  return user;
}

export async function makeMember(
  db: Db,
  chiDoan: UnitRow,
  opts: {
    fullName?: string;
    email?: string | null;
    userId?: string | null;
    birthDate?: Date | null;
    gender?: Gender | null;
    position?: string | null;
    agency?: string | null;
    phone?: string | null;
    active?: boolean;
  } = {},
) {
  const fullName = opts.fullName ?? `Nguyễn Văn ${unique("An")}`;
  return db.member.create({
    data: {
      khoiId: chiDoan.khoiId!,
      coSoId: chiDoan.coSoId!,
      chiDoanId: chiDoan.id,
      ...memberNameFields(fullName),
      email: opts.email ?? null,
      userId: opts.userId ?? null,
      birthDate: opts.birthDate ?? null,
      gender: opts.gender ?? null,
      position: opts.position ?? null,
      agency: opts.agency ?? null,
      phone: opts.phone ?? null,
      active: opts.active ?? true,
    },
    select: { id: true, fullName: true, khoiId: true, chiDoanId: true, coSoId: true, version: true },
  });
}

/**
 * A small tenant: city → Khối → two cơ sở, each with two chi đoàn, and one user per role.
 * Two calls give two tenants under two cities.
 */
export async function makeTenant(db: Db, label = unique("K")) {
  const city = await makeUnit(db, "CITY", `Thành Đoàn ${label}`);
  const khoi = await makeUnit(db, "KHOI", `Đoàn Khối ${label}`, city);
  const coSoA = await makeUnit(db, "CO_SO", `Đoàn Sở A ${label}`, khoi);
  const coSoB = await makeUnit(db, "CO_SO", `Đoàn Sở B ${label}`, khoi);
  const chiDoanA1 = await makeUnit(db, "CHI_DOAN", `Chi đoàn A1 ${label}`, coSoA);
  const chiDoanA2 = await makeUnit(db, "CHI_DOAN", `Chi đoàn A2 ${label}`, coSoA);
  const chiDoanB1 = await makeUnit(db, "CHI_DOAN", `Chi đoàn B1 ${label}`, coSoB);
  const users = {
    city: await makeUser(db, { role: "CITY_VIEWER", unit: city }),
    cityStaff: await makeUser(db, { role: "CITY_STAFF", unit: city }),
    admin: await makeUser(db, { role: "KHOI_ADMIN", unit: khoi }),
    staff: await makeUser(db, { role: "KHOI_STAFF", unit: khoi }),
    coSo: await makeUser(db, { role: "CO_SO_SECRETARY", unit: coSoA }),
    chiDoan: await makeUser(db, { role: "CHI_DOAN_SECRETARY", unit: chiDoanA1 }),
    member: await makeUser(db, { role: "MEMBER", unit: chiDoanA1 }),
  };
  const members = {
    a1: await makeMember(db, chiDoanA1, { fullName: `Nguyễn Văn Đức ${label}`, userId: users.member.id }),
    a2: await makeMember(db, chiDoanA2, { fullName: `Trần Thị Hoa ${label}` }),
    b1: await makeMember(db, chiDoanB1, { fullName: `Lê Minh Tuấn ${label}` }),
  };
  return { label, city, khoi, coSoA, coSoB, chiDoanA1, chiDoanA2, chiDoanB1, users, members };
}
export type Tenant = Awaited<ReturnType<typeof makeTenant>>;

// ───────────── Plans and activities: rows made directly (the actions have their own tests) ─────────────

type PlanIssuer = { id: string; khoiId: string | null; kind: UnitKind };
type IndicatorSpec = Partial<{
  code: string;
  wording: string;
  measure: MeasureKind;
  recordKind: RecordKind | null;
  targetKind: TargetKind;
  target: number;
  minTarget: number | null;
  unitLabel: string;
  appliesTo: AppliesTo;
  period: PeriodKind;
  basedOnId: string | null;
}>;

/** A plan issued by a Khối or a cơ sở, with its indicators (each its own lineage). */
export async function makePlan(
  db: Db,
  issuer: PlanIssuer,
  opts: {
    status?: PlanStatus;
    kind?: PlanKind;
    subject?: string;
    number?: string | null;
    startYear?: number;
    endYear?: number;
    basisPlanId?: string | null;
    indicators?: IndicatorSpec[];
  } = {},
) {
  const id = crypto.randomUUID();
  const khoiId = issuer.khoiId!;
  const year = opts.startYear ?? todayInVietnam().getUTCFullYear();
  const status = opts.status ?? "DRAFT";
  await db.plan.create({
    data: {
      id,
      khoiId,
      unitId: issuer.id,
      coSoId: issuer.kind === "CO_SO" ? issuer.id : null,
      kind: opts.kind ?? "PLAN",
      status,
      seriesId: id,
      number: opts.number ?? null,
      numberKey: opts.number ? opts.number.toUpperCase().replace(/\s+/g, "") : null,
      subject: opts.subject ?? `Kế hoạch ${unique("thử")}`,
      startYear: year,
      endYear: opts.endYear ?? year,
      basisPlanId: opts.basisPlanId ?? null,
      pillars: ["Trách nhiệm với bản thân", "Trách nhiệm với công việc", "Trách nhiệm với cộng đồng"],
      sections: [],
      publishedAt: status === "DRAFT" ? null : new Date(),
    },
  });
  const indicators: { id: string; code: string }[] = [];
  for (const [position, spec] of (opts.indicators ?? []).entries()) {
    const indId = crypto.randomUUID();
    const code = spec.code ?? `CT${position + 1}`;
    await db.indicator.create({
      data: {
        id: indId,
        khoiId,
        planId: id,
        lineageId: indId,
        basedOnId: spec.basedOnId ?? null,
        code,
        position,
        wording: spec.wording ?? `Chỉ tiêu ${code}`,
        measure: spec.measure ?? "ENTERED",
        recordKind: spec.recordKind ?? null,
        targetKind: spec.targetKind ?? "AT_LEAST",
        target: spec.target ?? 10,
        minTarget: spec.minTarget ?? null,
        unitLabel: spec.unitLabel ?? "hoạt động",
        appliesTo: spec.appliesTo ?? "KHOI",
        period: spec.period ?? "YEAR",
      },
    });
    indicators.push({ id: indId, code });
  }
  return { id, khoiId, seriesId: id, version: 0, indicators };
}

/** A calendar date `days` from today in Vietnam (UTC midnight), so tests do not rot. */
export const dayFromToday = (days: number) => new Date(todayInVietnam().getTime() + days * 86_400_000);

/** A Khối activity under a plan; dates are days from today. */
export async function makeActivity(
  db: Db,
  plan: { id: string; khoiId: string },
  opts: {
    startsIn?: number;
    endsIn?: number | null;
    deadlineIn?: number | null;
    name?: string;
    indicatorIds?: string[];
    active?: boolean;
  } = {},
) {
  return db.activity.create({
    data: {
      khoiId: plan.khoiId,
      planId: plan.id,
      kind: "CONTEST",
      name: opts.name ?? `Hội thi ${unique("thử")}`,
      startsOn: dayFromToday(opts.startsIn ?? 30),
      endsOn: opts.endsIn == null ? null : dayFromToday(opts.endsIn),
      organiser: "Ban Thường vụ Đoàn Khối",
      registrationDeadline: opts.deadlineIn === null ? null : dayFromToday(opts.deadlineIn ?? 10),
      active: opts.active ?? true,
      indicators: { create: (opts.indicatorIds ?? []).map((indicatorId) => ({ indicatorId })) },
    },
    select: { id: true, khoiId: true, planId: true, version: true },
  });
}
