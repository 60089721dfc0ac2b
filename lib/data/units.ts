import "server-only";
// Units of the tree: read the tree with counts, create, rename, move, cluster, deactivate.
// Every lookup carries the viewer's scope in its `where`: a unit of another tenant is not found.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { unitScope, type Viewer } from "@/lib/authz";
import { unitClusterInput, unitCreateInput, unitDeactivateInput, unitMoveInput, unitRenameInput } from "@/lib/validation/units";
import type { z } from "zod";
import { foldVietnamese } from "@/lib/domain/text";
import { recordAudit } from "./audit";
import { conflict, invalid, notFound } from "./errors";
import { createOnce } from "./create-once";
import { cachedRead } from "./read-cache";

export type ChiDoanNode = { id: string; name: string; memberCount: number; version: number };
export type CoSoNode = {
  id: string;
  name: string;
  clusterId: string | null;
  clusterName: string | null;
  memberCount: number;
  version: number;
  chiDoan: ChiDoanNode[];
};
export type KhoiTree = {
  id: string;
  name: string;
  memberCount: number;
  coSo: CoSoNode[];
  clusters: { id: string; name: string }[];
};

const CHILD_KIND: Partial<Record<UnitKind, UnitKind>> = { KHOI: "CO_SO", CO_SO: "CHI_DOAN" };

/**
 * The Khối trees the viewer may read (one for Khối and cơ sở roles), with active member counts.
 * Kept under the data versions: /khoi and /co-so draw it at every visit, and counting the members
 * of the largest Khối (103,764 in 3,116 chi đoàn) took 65 ms of PostgreSQL each time.
 */
export function getUnitTrees(viewer: Viewer): Promise<KhoiTree[]> {
  return cachedRead("unitTrees", viewer, [], () => readUnitTrees(viewer));
}

async function readUnitTrees(viewer: Viewer): Promise<KhoiTree[]> {
  const scope = unitScope(viewer, "unit.read");
  const units = await db().unit.findMany({
    where: { AND: [scope, { active: true, kind: { in: ["CO_SO", "CHI_DOAN"] } }] },
    select: { id: true, kind: true, name: true, khoiId: true, parentId: true, clusterId: true, version: true },
    orderBy: { name: "asc" },
  });
  // A chi đoàn secretary sees their chi đoàn under its cơ sở: add the parent as a container.
  const present = new Set(units.map((u) => u.id));
  const missingParents = [
    ...new Set(units.filter((u) => u.kind === "CHI_DOAN" && u.parentId && !present.has(u.parentId)).map((u) => u.parentId!)),
  ];
  if (missingParents.length) {
    units.push(
      ...(await db().unit.findMany({
        where: { id: { in: missingParents }, kind: "CO_SO", khoiId: { in: viewer.grants.flatMap((g) => g.khoiIds) } },
        select: { id: true, kind: true, name: true, khoiId: true, parentId: true, clusterId: true, version: true },
      })),
    );
  }
  const khoiIds = [...new Set(units.map((u) => u.khoiId!).filter(Boolean))];
  const [khois, clusters, counts] = await Promise.all([
    db().unit.findMany({ where: { id: { in: khoiIds }, kind: "KHOI" }, select: { id: true, name: true } }),
    db().cluster.findMany({
      where: { khoiId: { in: khoiIds } },
      select: { id: true, name: true, khoiId: true },
      orderBy: { name: "asc" },
    }),
    db().member.groupBy({
      by: ["chiDoanId"],
      where: {
        khoiId: { in: khoiIds },
        active: true,
        chiDoanId: { in: units.filter((u) => u.kind === "CHI_DOAN").map((u) => u.id) },
      },
      _count: { _all: true },
    }),
  ]);
  const countOf = new Map(counts.map((c) => [c.chiDoanId, c._count._all]));
  const clusterName = new Map(clusters.map((c) => [c.id, c.name]));

  // Each cơ sở's chi đoàn, in the units' order (by name), gathered in one pass.
  const chiDoanOf = new Map<string | null, typeof units>();
  for (const u of units) {
    if (u.kind !== "CHI_DOAN") continue;
    const list = chiDoanOf.get(u.parentId);
    if (list) list.push(u);
    else chiDoanOf.set(u.parentId, [u]);
  }

  return khois.map((khoi) => {
    const coSo = units
      .filter((u) => u.kind === "CO_SO" && u.khoiId === khoi.id)
      .map((c) => {
        const chiDoan = (chiDoanOf.get(c.id) ?? []).map((d) => ({
          id: d.id,
          name: d.name,
          version: d.version,
          memberCount: countOf.get(d.id) ?? 0,
        }));
        return {
          id: c.id,
          name: c.name,
          clusterId: c.clusterId,
          clusterName: c.clusterId ? (clusterName.get(c.clusterId) ?? null) : null,
          version: c.version,
          chiDoan,
          memberCount: chiDoan.reduce((n, d) => n + d.memberCount, 0),
        };
      });
    return {
      id: khoi.id,
      name: khoi.name,
      coSo,
      clusters: clusters.filter((c) => c.khoiId === khoi.id).map(({ id, name }) => ({ id, name })),
      memberCount: coSo.reduce((n, c) => n + c.memberCount, 0),
    };
  });
}

export type KhoiSummary = { id: string; name: string; coSoCount: number; chiDoanCount: number; memberCount: number };

/** For Thành Đoàn: each Khối under the city with its counts (no names of people). */
export async function getKhoiSummaries(viewer: Viewer): Promise<KhoiSummary[]> {
  const scope = unitScope(viewer, "unit.read");
  const khois = await db().unit.findMany({
    where: { AND: [scope, { kind: "KHOI", active: true }] },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const ids = khois.map((k) => k.id);
  const [unitCounts, memberCounts] = await Promise.all([
    db().unit.groupBy({ by: ["khoiId", "kind"], where: { khoiId: { in: ids }, active: true }, _count: { _all: true } }),
    db().member.groupBy({ by: ["khoiId"], where: { khoiId: { in: ids }, active: true }, _count: { _all: true } }),
  ]);
  return khois.map((k) => ({
    id: k.id,
    name: k.name,
    coSoCount: unitCounts.find((c) => c.khoiId === k.id && c.kind === "CO_SO")?._count._all ?? 0,
    chiDoanCount: unitCounts.find((c) => c.khoiId === k.id && c.kind === "CHI_DOAN")?._count._all ?? 0,
    memberCount: memberCounts.find((c) => c.khoiId === k.id)?._count._all ?? 0,
  }));
}

/** `parentId`: the unit above (a chi đoàn's cơ sở), for pickers that narrow by it. */
export type UnitOption = { id: string; name: string; kind: UnitKind; parentId: string | null; parentName: string | null };

type OptionAction = "member.create" | "member.update" | "member.read" | "unit.create" | "account.manage" | "unit.read";

/**
 * Chi đoàn (or cơ sở) the viewer may act on for an action: the options of a select; `among`
 * narrows them. Kept under the data versions: the largest Khối's 617 cơ sở with their parent's
 * name took two queries and 15 ms of PostgreSQL at every view of a filtered list.
 */
export function listUnitOptions(
  viewer: Viewer,
  action: OptionAction,
  kinds: UnitKind[],
  among: Prisma.UnitWhereInput = {},
): Promise<UnitOption[]> {
  return cachedRead("unitOptions", viewer, [action, kinds, among], () => readUnitOptions(viewer, action, kinds, among));
}

async function readUnitOptions(
  viewer: Viewer,
  action: OptionAction,
  kinds: UnitKind[],
  among: Prisma.UnitWhereInput,
): Promise<UnitOption[]> {
  const units = await db().unit.findMany({
    where: { AND: [unitScope(viewer, action), { active: true, kind: { in: kinds } }, among] },
    select: { id: true, name: true, kind: true, parentId: true, parent: { select: { name: true } } },
    orderBy: [{ parent: { name: "asc" } }, { name: "asc" }],
  });
  const options = units.map((u) => ({
    id: u.id,
    name: u.name,
    kind: u.kind,
    parentId: u.parentId,
    parentName: u.kind === "KHOI" ? null : (u.parent?.name ?? null),
  }));
  // The Khối first, without a parent: its parent is the city, a row that row-level security keeps
  // from Khối users, so sorting by it would order the list differently with and without RLS.
  return [...options.filter((o) => o.kind === "KHOI"), ...options.filter((o) => o.kind !== "KHOI")];
}

/**
 * More chi đoàn than this in a picker (the largest Khối has 3,116: a 340 KB list nobody scrolls,
 * twice that again in the page's payload): the filter asks for the cơ sở first.
 */
export const CHI_DOAN_LIST_MAX = 200;

/**
 * The chi đoàn a filter offers: every one in the viewer's scope while there are at most
 * CHI_DOAN_LIST_MAX; in a larger Khối (the largest has 3,116) only those of the cơ sở chosen, or
 * of the chi đoàn `selected`'s cơ sở, and `selected` itself — read as such, never all of them.
 * `byCoSo`: the filter needs a cơ sở chosen first; `coSo`: the one it starts from.
 */
export function chiDoanPicker(
  viewer: Viewer,
  action: OptionAction,
  asked: { coSo?: string; selected?: string },
): Promise<ChiDoanPicker> {
  // Kept under the data versions, as the options it lists.
  return cachedRead("chiDoanPicker", viewer, [action, asked.coSo ?? null, asked.selected ?? null], () =>
    readChiDoanPicker(viewer, action, asked),
  );
}

type ChiDoanPicker = { options: UnitOption[]; byCoSo: boolean; coSo: string | undefined };

async function readChiDoanPicker(
  viewer: Viewer,
  action: OptionAction,
  asked: { coSo?: string; selected?: string },
): Promise<ChiDoanPicker> {
  const inScope: Prisma.UnitWhereInput = { AND: [unitScope(viewer, action), { active: true, kind: "CHI_DOAN" }] };
  if ((await db().unit.count({ where: inScope })) <= CHI_DOAN_LIST_MAX)
    return { options: await listUnitOptions(viewer, action, ["CHI_DOAN"]), byCoSo: false, coSo: asked.coSo };
  const selected = asked.selected
    ? await db().unit.findFirst({ where: { AND: [inScope, { id: asked.selected }] }, select: { parentId: true } })
    : null;
  const coSo = asked.coSo ?? selected?.parentId ?? undefined;
  const among = [...(coSo ? [{ parentId: coSo }] : []), ...(selected ? [{ id: asked.selected }] : [])];
  const options = among.length ? await listUnitOptions(viewer, action, ["CHI_DOAN"], { OR: among }) : [];
  // A cơ sở out of reach (another Khối's id in a link) is as if none were chosen, so the page
  // asks for one instead of saying it has no chi đoàn.
  const reached =
    !coSo ||
    options.some((o) => o.parentId === coSo) ||
    (await db().unit.count({ where: { AND: [unitScope(viewer, action), { id: coSo, kind: "CO_SO", active: true }] } })) > 0;
  return { options, byCoSo: true, coSo: reached ? coSo : undefined };
}

/**
 * The units an account's role may be given on: the Khối and cơ sở the viewer manages, and their
 * chi đoàn, past CHI_DOAN_LIST_MAX only those of the cơ sở chosen (chiDoanPicker). One list for
 * the new account's form and every account's "grant a role" form on the page.
 */
export async function accountUnitPicker(viewer: Viewer, asked: { coSo?: string }) {
  const [above, chiDoan] = await Promise.all([
    listUnitOptions(viewer, "account.manage", ["KHOI", "CO_SO"]),
    chiDoanPicker(viewer, "account.manage", asked),
  ]);
  return {
    units: [...above, ...chiDoan.options],
    byCoSo: chiDoan.byCoSo,
    // Only a cơ sở the list was narrowed to (and so checked) is carried in the page's links.
    coSo: chiDoan.byCoSo ? chiDoan.coSo : undefined,
    coSoOptions: above.filter((u) => u.kind === "CO_SO"),
  };
}

export async function createUnit(viewer: Viewer, input: z.output<typeof unitCreateInput>) {
  const parent = await db().unit.findFirst({
    where: { AND: [unitScope(viewer, "unit.create"), { id: input.parentId, active: true }] },
    select: { id: true, kind: true, khoiId: true, coSoId: true },
  });
  const kind = parent && CHILD_KIND[parent.kind];
  if (!parent || !kind || !parent.khoiId) throw notFound("đơn vị cấp trên");
  const khoiId = parent.khoiId;
  const made = () => db().unit.findFirst({ where: { requestKey: input.requestKey, khoiId }, select: { id: true } });
  return createOnce(made, async () => {
    if (input.clusterId) await requireCluster(khoiId, input.clusterId);
    await requireUniqueName(khoiId, parent.id, input.name);
    const id = crypto.randomUUID();
    await db().$transaction(async (tx) => {
      await tx.unit.create({
        data: {
          id,
          kind,
          name: input.name,
          parentId: parent.id,
          khoiId,
          coSoId: kind === "CO_SO" ? id : parent.id,
          clusterId: kind === "CO_SO" ? (input.clusterId ?? null) : null,
          requestKey: input.requestKey,
        },
      });
      await recordAudit(
        {
          khoiId,
          actorId: viewer.userId,
          action: "unit.create",
          targetType: "Unit",
          targetId: id,
          after: { name: input.name, kind, parentId: parent.id },
        },
        tx,
      );
    });
    return { id };
  });
}

/**
 * Two active units under one parent whose names differ only by case or diacritics would be told
 * apart by nobody (nor by an Excel import, which matches names that way). Compared in the app:
 * the database's case folding depends on its locale.
 */
async function requireUniqueName(khoiId: string, parentId: string, name: string, exceptId?: string) {
  const siblings = await db().unit.findMany({ where: { khoiId, parentId, active: true }, select: { id: true, name: true } });
  const folded = foldVietnamese(name);
  if (siblings.some((u) => u.id !== exceptId && foldVietnamese(u.name) === folded)) {
    throw invalid({ name: "Đã có đơn vị cùng tên ở cấp này" });
  }
}

async function requireCluster(khoiId: string, clusterId: string) {
  const cluster = await db().cluster.findFirst({ where: { id: clusterId, khoiId }, select: { id: true } });
  if (!cluster) throw invalid({ clusterId: "Cụm không tồn tại trong Đoàn Khối này" });
}

/** Loads a unit the viewer may update, or throws not found. */
async function unitForUpdate(viewer: Viewer, id: string) {
  const unit = await db().unit.findFirst({
    where: { AND: [unitScope(viewer, "unit.update"), { id, kind: { in: ["CO_SO", "CHI_DOAN"] } }] },
    select: { id: true, kind: true, name: true, khoiId: true, parentId: true, clusterId: true, active: true, version: true },
  });
  if (!unit || !unit.khoiId) throw notFound("đơn vị");
  return unit as typeof unit & { khoiId: string };
}

/** Optimistic locking: the update applies only if nobody saved since the form was opened. */
async function updateVersioned(
  tx: Prisma.TransactionClient,
  id: string,
  khoiId: string,
  version: number,
  data: Prisma.UnitUpdateManyMutationInput & { parentId?: string; coSoId?: string; clusterId?: string | null },
) {
  const { count } = await tx.unit.updateMany({ where: { id, khoiId, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw conflict();
}

export async function renameUnit(viewer: Viewer, input: z.output<typeof unitRenameInput>) {
  const unit = await unitForUpdate(viewer, input.id);
  if (unit.parentId) await requireUniqueName(unit.khoiId, unit.parentId, input.name, unit.id);
  await db().$transaction(async (tx) => {
    await updateVersioned(tx, unit.id, unit.khoiId, input.version, { name: input.name });
    await recordAudit(
      {
        khoiId: unit.khoiId,
        actorId: viewer.userId,
        action: "unit.rename",
        targetType: "Unit",
        targetId: unit.id,
        before: { name: unit.name },
        after: { name: input.name },
      },
      tx,
    );
  });
}

/** Moves a chi đoàn to another cơ sở of the same Khối; its members follow (ON UPDATE CASCADE). */
export async function moveUnit(viewer: Viewer, input: z.output<typeof unitMoveInput>) {
  const unit = await unitForUpdate(viewer, input.id);
  if (unit.kind !== "CHI_DOAN") throw invalid({ newParentId: "Chỉ chi đoàn mới chuyển được sang cơ sở khác" });
  // The destination must be a cơ sở of the same tenant that the viewer may create units under.
  const dest = await db().unit.findFirst({
    where: {
      AND: [unitScope(viewer, "unit.create"), { id: input.newParentId, kind: "CO_SO", active: true, khoiId: unit.khoiId }],
    },
    select: { id: true, name: true },
  });
  if (!dest) throw invalid({ newParentId: "Không tìm thấy cơ sở Đoàn nhận chi đoàn" });
  if (dest.id === unit.parentId) return;
  await db().$transaction(async (tx) => {
    await updateVersioned(tx, unit.id, unit.khoiId, input.version, { parentId: dest.id, coSoId: dest.id });
    await recordAudit(
      {
        khoiId: unit.khoiId,
        actorId: viewer.userId,
        action: "unit.move",
        targetType: "Unit",
        targetId: unit.id,
        before: { parentId: unit.parentId },
        after: { parentId: dest.id },
      },
      tx,
    );
  });
}

export async function setUnitCluster(viewer: Viewer, input: z.output<typeof unitClusterInput>) {
  const unit = await unitForUpdate(viewer, input.id);
  if (unit.kind !== "CO_SO") throw invalid({ clusterId: "Chỉ cơ sở Đoàn mới thuộc cụm" });
  if (input.clusterId) await requireCluster(unit.khoiId, input.clusterId);
  await db().$transaction(async (tx) => {
    await updateVersioned(tx, unit.id, unit.khoiId, input.version, { clusterId: input.clusterId ?? null });
    await recordAudit(
      {
        khoiId: unit.khoiId,
        actorId: viewer.userId,
        action: "unit.cluster",
        targetType: "Unit",
        targetId: unit.id,
        before: { clusterId: unit.clusterId },
        after: { clusterId: input.clusterId ?? null },
      },
      tx,
    );
  });
}

/** Deactivates (archives) a unit. Refused while it still has active chi đoàn or members. */
export async function deactivateUnit(viewer: Viewer, input: z.output<typeof unitDeactivateInput>) {
  const unit = await unitForUpdate(viewer, input.id);
  const memberWhere = unit.kind === "CO_SO" ? { coSoId: unit.id } : { chiDoanId: unit.id };
  const [children, members] = await Promise.all([
    db().unit.count({ where: { khoiId: unit.khoiId, parentId: unit.id, active: true } }),
    db().member.count({ where: { khoiId: unit.khoiId, active: true, ...memberWhere } }),
  ]);
  if (children > 0)
    throw invalid({}, `Đơn vị còn ${children} chi đoàn đang hoạt động: hãy chuyển hoặc lưu trữ các chi đoàn trước.`);
  if (members > 0) throw invalid({}, `Đơn vị còn ${members} đoàn viên: hãy chuyển sinh hoạt các đoàn viên trước.`);
  await db().$transaction(async (tx) => {
    await updateVersioned(tx, unit.id, unit.khoiId, input.version, { active: false });
    await recordAudit(
      {
        khoiId: unit.khoiId,
        actorId: viewer.userId,
        action: "unit.deactivate",
        targetType: "Unit",
        targetId: unit.id,
        before: { active: true },
        after: { active: false },
      },
      tx,
    );
  });
}
