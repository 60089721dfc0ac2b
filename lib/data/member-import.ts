import "server-only";
// Importing đoàn viên from Excel: preview (what would be imported, what is wrong with each bad
// row) and commit (the valid rows, all in one transaction). The file is parsed again on commit:
// a preview sent back by the client is never trusted. Chi đoàn names resolve only among the chi
// đoàn the viewer may import into, so a name from another unit or tenant is simply unknown.
import { db } from "@/lib/db/client";
import { canSomewhere, unitScope, type Viewer } from "@/lib/authz";
import { buildMemberTemplate, buildRejectedRows } from "@/lib/domain/member-workbooks";
import {
  emailKey,
  judgeMemberRows,
  lookupKeys,
  placeMemberRows,
  type ChiDoanChoice,
  type MemberImportRow,
} from "@/lib/domain/member-rows";
import { readMemberSheet, SheetError } from "@/lib/domain/member-sheet";
import { BULK_ACCOUNT_LIMIT } from "@/lib/validation/bulk-accounts";
import { recordAudit } from "./audit";
import { createMemberAccounts, importedMemberIds } from "./bulk-accounts";
import { AppError, forbidden, isUniqueViolation } from "./errors";

/** createMany batch: 1,000 rows × 16 columns stays well under PostgreSQL's 65,535 parameters. */
const BATCH = 1_000;

export type ImportPreview = { total: number; validCount: number; errors: { row: number; name: string; reason: string }[] };
export type ImportResult = {
  imported: number;
  rejected: number;
  rejectedFile?: string;
  /** With “Tạo tài khoản cho đoàn viên có email”: the accounts made, and the members left out. */
  accountsCreated?: number;
  accountsSkipped?: { name: string; reason: string }[];
  accountsError?: string;
};

function assertMayImport(viewer: Viewer) {
  if (!canSomewhere(viewer, "member.import")) throw forbidden();
}

/** The active chi đoàn the viewer may create members in by import (one query). */
export async function importableChiDoan(viewer: Viewer): Promise<ChiDoanChoice[]> {
  const units = await db().unit.findMany({
    where: { AND: [unitScope(viewer, "member.import"), { kind: "CHI_DOAN", active: true }] },
    select: { id: true, name: true, khoiId: true, coSoId: true, parent: { select: { name: true } } },
    orderBy: [{ parent: { name: "asc" } }, { name: "asc" }],
  });
  return units
    .filter((u) => u.khoiId && u.coSoId)
    .map((u) => ({ id: u.id, name: u.name, khoiId: u.khoiId!, coSoId: u.coSoId!, coSoName: u.parent?.name ?? "" }));
}

async function analyse(viewer: Viewer, file: Uint8Array) {
  let sheet;
  try {
    sheet = await readMemberSheet(file);
  } catch (error) {
    if (error instanceof SheetError) throw new AppError("INVALID", error.message);
    throw error;
  }
  if (sheet.rows.length === 0) throw new AppError("INVALID", "Tệp không có dòng đoàn viên nào dưới dòng tiêu đề.");
  const choices = await importableChiDoan(viewer);
  const placed = placeMemberRows(sheet, choices);
  const keys = lookupKeys(placed);
  // One query per question for the whole file, each carrying the tenant. E-mails are unique per
  // Khối, archived members included; a possible duplicate is an active member of the same chi
  // đoàn with the same folded name (judgeMemberRows compares the birth dates).
  const [taken, people] = await Promise.all([
    keys.emails.length
      ? db().member.findMany({
          where: { khoiId: { in: keys.khoiIds }, email: { in: keys.emails } },
          select: { khoiId: true, email: true },
        })
      : [],
    keys.searchNames.length
      ? db().member.findMany({
          where: {
            khoiId: { in: keys.khoiIds },
            chiDoanId: { in: keys.chiDoanIds },
            active: true,
            searchName: { in: keys.searchNames },
          },
          select: { chiDoanId: true, searchName: true, birthDate: true },
        })
      : [],
  ]);
  const emails = new Set(taken.map((m) => emailKey(m.khoiId, m.email!)));
  const khoiIds = [...new Set(choices.map((c) => c.khoiId))];
  return { sheet, khoiIds, ...judgeMemberRows(placed, { emails, people }) };
}

/** What an import of this file would do; writes nothing. */
export async function previewMemberImport(viewer: Viewer, file: Uint8Array): Promise<ImportPreview> {
  assertMayImport(viewer);
  const { sheet, valid, rejected } = await analyse(viewer, file);
  return {
    total: sheet.rows.length,
    validCount: valid.length,
    errors: rejected.map(({ row, reasons }) => ({ row: row.row, name: row.fullName, reason: reasons.join("; ") })),
  };
}

const alreadyImported = () =>
  new AppError("CONFLICT", "Tệp này vừa được nhập rồi. Hãy xem danh sách đoàn viên trước khi nhập lại.");
const emailTakenMeanwhile = () =>
  new AppError(
    "CONFLICT",
    "Trong lúc nhập, một số email vừa được dùng cho đoàn viên khác. Chưa có đoàn viên nào được nhập; vui lòng kiểm tra tệp rồi nhập lại.",
  );

/**
 * Imports the valid rows in one transaction (any failure writes nothing) and returns the
 * rejected rows as a base64 .xlsx. `requestKey` (one per chosen file) makes a retry or a double
 * click import the rows once: each member carries `${requestKey}:${row}`, which is unique.
 */
export async function commitMemberImport(
  viewer: Viewer,
  file: Uint8Array,
  opts: { requestKey: string; createAccounts?: boolean },
): Promise<ImportResult> {
  assertMayImport(viewer);
  // Asked for before anything is written: whoever may not make accounts imports nothing either.
  if (opts.createAccounts && !canSomewhere(viewer, "account.createMembers")) throw forbidden();
  const { sheet, khoiIds, valid, rejected } = await analyse(viewer, file);
  const keyOf = (row: number) => `${opts.requestKey}:${row}`;
  // Before counting valid rows: once imported, the same rows read as possible duplicates.
  if (khoiIds.length) {
    const keys = sheet.rows.map((r) => keyOf(r.row));
    const done = await db().member.findFirst({
      where: { khoiId: { in: khoiIds }, requestKey: { in: keys } },
      select: { id: true },
    });
    if (done) throw alreadyImported();
  }
  if (valid.length === 0) {
    throw new AppError("INVALID", "Không có dòng hợp lệ nào để nhập. Hãy sửa tệp theo danh sách lỗi rồi tải lên lại.");
  }

  try {
    await db().$transaction(
      async (tx) => {
        for (let i = 0; i < valid.length; i += BATCH) {
          await tx.member.createMany({ data: valid.slice(i, i + BATCH).map((r) => toMemberData(r, keyOf(r.row))) });
        }
        // One audit row per import (per Khối, in the rare case a viewer holds roles in two).
        const perKhoi = new Map<string, number>();
        for (const r of valid) perKhoi.set(r.khoiId, (perKhoi.get(r.khoiId) ?? 0) + 1);
        for (const [khoiId, count] of perKhoi) {
          await recordAudit(
            { khoiId, actorId: viewer.userId, action: "member.import", targetType: "Member", after: { count } },
            tx,
          );
        }
      },
      // 10,000 rows on the embedded database take a few seconds: Prisma's default 5 s is too short.
      { maxWait: 10_000, timeout: 120_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error, "requestKey")) throw alreadyImported();
    if (isUniqueViolation(error, "email")) throw emailTakenMeanwhile();
    throw error;
  }

  const rejectedFile = rejected.length ? (await buildRejectedRows(sheet, rejected)).toString("base64") : undefined;
  const accounts = opts.createAccounts
    ? await inviteImported(
        viewer,
        valid.map((r) => keyOf(r.row)),
      )
    : {};
  return { imported: valid.length, rejected: rejected.length, ...(rejectedFile ? { rejectedFile } : {}), ...accounts };
}

/**
 * Accounts, with first-sign-in invitations, for the members just imported that have an e-mail:
 * the same function as the member list's bulk creation, after the import has committed (the
 * members stay imported if this fails; the list can make the accounts later).
 */
async function inviteImported(viewer: Viewer, rowKeys: string[]) {
  const memberIds = await importedMemberIds(viewer, rowKeys);
  let accountsCreated = 0;
  const accountsSkipped: { name: string; reason: string }[] = [];
  try {
    for (let i = 0; i < memberIds.length; i += BULK_ACCOUNT_LIMIT) {
      const result = await createMemberAccounts(viewer, {
        memberIds: memberIds.slice(i, i + BULK_ACCOUNT_LIMIT),
        delivery: "INVITE",
        requestKey: crypto.randomUUID(),
      });
      accountsCreated += result.created.length;
      accountsSkipped.push(...result.skipped.map(({ name, reason }) => ({ name, reason })));
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { accountsCreated, accountsSkipped, accountsError: `Chưa tạo được tài khoản: ${error.message}` };
  }
  return { accountsCreated, accountsSkipped };
}

function toMemberData(r: MemberImportRow, requestKey: string) {
  const { row: _row, ...fields } = r;
  return { ...fields, requestKey };
}

/** The import template, listing the chi đoàn this viewer may import into. */
export async function memberImportTemplate(viewer: Viewer): Promise<Buffer> {
  assertMayImport(viewer);
  const choices = await importableChiDoan(viewer);
  return buildMemberTemplate(choices.map((c) => ({ name: c.name, coSoName: c.coSoName })));
}
