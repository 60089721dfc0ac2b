// Resolving the rows of a member sheet against what lib/data found, with no I/O. Three steps, so
// that lib/data asks the database once per question for the whole file, never once per row:
//   placeMemberRows  — the chi đoàn each row names, only among those the viewer may import into;
//   lookupKeys       — what to look up: e-mails in the Khối, same-name members in the chi đoàn;
//   judgeMemberRows  — the rows ready to insert, and the rejected ones with their reasons.
import type { MemberSheetFields } from "@/lib/domain/member-columns";
import { quote, type MemberSheet, type SheetRow } from "@/lib/domain/member-sheet";
import { foldVietnamese, hasUnstorableCharacters, memberNameFields } from "@/lib/domain/text";

/** A chi đoàn the viewer may import into, as lib/data found it. */
export type ChiDoanChoice = { id: string; name: string; khoiId: string; coSoId: string; coSoName: string };

/** A row ready for `createMany`: tenant and tree columns come from the chi đoàn, never the file. */
export type MemberImportRow = MemberSheetFields & {
  row: number;
  khoiId: string;
  coSoId: string;
  chiDoanId: string;
  searchName: string;
  sortName: string;
};

export type RejectedRow = { row: SheetRow; reasons: string[] };

/** A row with the chi đoàn it names (null when none or several match), and its problems so far. */
export type PlacedRow = { row: SheetRow; searchName: string; chiDoan: ChiDoanChoice | null; reasons: string[] };

/** An active member already in one of the file's chi đoàn, with a name the file also has. */
export type ExistingPerson = { chiDoanId: string; searchName: string; birthDate: Date | null };

/** What lib/data found for the file's lookupKeys. */
export type ExistingMembers = {
  /** emailKey(khoiId, email) of members holding the file's e-mails, archived ones included. */
  emails: ReadonlySet<string>;
  /** Active members of the rows' chi đoàn whose folded name (searchName) the file has. */
  people: readonly ExistingPerson[];
};

/** The key of `ExistingMembers.emails`: e-mails are unique per Khối. */
export const emailKey = (khoiId: string, email: string) => `${khoiId} ${email}`;

export function placeMemberRows(sheet: MemberSheet, choices: ChiDoanChoice[]): PlacedRow[] {
  const byName = new Map<string, ChiDoanChoice[]>();
  for (const c of choices) {
    const key = foldVietnamese(c.name);
    byName.set(key, [...(byName.get(key) ?? []), c]);
  }
  return sheet.rows.map((row) => {
    const reasons = [...row.errors];
    const chiDoan = row.chiDoanName ? pickChiDoan(row, byName, reasons) : null;
    return { row, searchName: foldVietnamese(row.fullName), chiDoan, reasons };
  });
}

function pickChiDoan(r: SheetRow, byName: Map<string, ChiDoanChoice[]>, reasons: string[]): ChiDoanChoice | null {
  let found = byName.get(foldVietnamese(r.chiDoanName)) ?? [];
  if (r.coSoName) found = found.filter((c) => foldVietnamese(c.coSoName) === foldVietnamese(r.coSoName));
  if (found.length === 1) return found[0];
  if (found.length === 0) {
    // Out of scope and non-existent read the same: another unit's names are not revealed.
    reasons.push(
      r.coSoName
        ? `Không có chi đoàn ${quote(r.chiDoanName)} thuộc cơ sở Đoàn ${quote(r.coSoName)} trong các chi đoàn bạn được nhập`
        : `Không có chi đoàn ${quote(r.chiDoanName)} trong các chi đoàn bạn được nhập (xem danh sách ở tệp mẫu)`,
    );
  } else {
    reasons.push(`Có nhiều chi đoàn tên ${quote(r.chiDoanName)}: ghi tên cơ sở Đoàn vào cột “Cơ sở Đoàn” để phân biệt`);
  }
  return null;
}

/** What lib/data looks up for the placed rows, each in one query for the whole file. */
export function lookupKeys(placed: PlacedRow[]) {
  const khoiIds = new Set<string>();
  const chiDoanIds = new Set<string>();
  const emails = new Set<string>();
  const searchNames = new Set<string>();
  for (const p of placed) {
    if (!p.chiDoan) continue;
    khoiIds.add(p.chiDoan.khoiId);
    chiDoanIds.add(p.chiDoan.id);
    if (p.row.email) emails.add(p.row.email);
    // A name with a NUL is already a rejected row, and would fail the lookup in PostgreSQL.
    if (p.searchName && !hasUnstorableCharacters(p.searchName)) searchNames.add(p.searchName);
  }
  return { khoiIds: [...khoiIds], chiDoanIds: [...chiDoanIds], emails: [...emails], searchNames: [...searchNames] };
}

const personKey = (chiDoanId: string, searchName: string) => `${chiDoanId} ${searchName}`;
/** A calendar date (UTC midnight) as yyyy-mm-dd; "" for none. */
const dayOf = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
const listRows = (rows: number[]) => rows.slice(0, 3).join(", ") + (rows.length > 3 ? "…" : "");

export function judgeMemberRows(
  placed: PlacedRow[],
  existing: ExistingMembers,
): { valid: MemberImportRow[]; rejected: RejectedRow[] } {
  const rowsByEmail = new Map<string, number[]>();
  // The same person twice: same folded name in the same chi đoàn (then compared by birth date).
  const rowsByPerson = new Map<string, { row: number; day: string }[]>();
  for (const p of placed) {
    if (p.row.email) rowsByEmail.set(p.row.email, [...(rowsByEmail.get(p.row.email) ?? []), p.row.row]);
    if (p.chiDoan && p.searchName) {
      const key = personKey(p.chiDoan.id, p.searchName);
      rowsByPerson.set(key, [...(rowsByPerson.get(key) ?? []), { row: p.row.row, day: dayOf(p.row.birthDate) }]);
    }
  }
  const existingDays = new Map<string, Set<string>>();
  for (const m of existing.people) {
    const key = personKey(m.chiDoanId, m.searchName);
    existingDays.set(key, (existingDays.get(key) ?? new Set()).add(dayOf(m.birthDate)));
  }

  const valid: MemberImportRow[] = [];
  const rejected: RejectedRow[] = [];
  for (const { row: r, searchName, chiDoan, reasons: placeReasons } of placed) {
    const reasons = [...placeReasons];
    if (r.email) {
      const others = rowsByEmail.get(r.email)!.filter((n) => n !== r.row);
      if (others.length) reasons.push(`Email trùng với dòng ${listRows(others)} của tệp`);
      if (chiDoan && existing.emails.has(emailKey(chiDoan.khoiId, r.email))) {
        reasons.push("Email đã được dùng cho một đoàn viên khác trong Đoàn Khối");
      }
    }
    if (chiDoan && searchName) reasons.push(...personReasons(r, personKey(chiDoan.id, searchName), rowsByPerson, existingDays));
    if (reasons.length || !chiDoan) {
      rejected.push({ row: r, reasons });
      continue;
    }
    valid.push({
      row: r.row,
      khoiId: chiDoan.khoiId,
      coSoId: chiDoan.coSoId,
      chiDoanId: chiDoan.id,
      ...memberNameFields(r.fullName),
      birthDate: r.birthDate,
      gender: r.gender,
      position: r.position,
      agency: r.agency ?? chiDoan.coSoName,
      joinedUnionAt: r.joinedUnionAt,
      email: r.email,
      phone: r.phone,
    });
  }
  return { valid, rejected };
}

/**
 * Re-importing a list must not add its members twice, and most rows have no e-mail to tell. So a
 * row is rejected when the chi đoàn already has an active member with the same folded name and
 * the same birth date — or the same name at all when the row has no birth date. Rows of the file
 * are compared with each other the same way, so importing a list at once or in two halves agrees.
 */
function personReasons(
  r: SheetRow,
  key: string,
  rowsByPerson: Map<string, { row: number; day: string }[]>,
  existingDays: Map<string, Set<string>>,
): string[] {
  const reasons: string[] = [];
  const day = dayOf(r.birthDate);
  const others = rowsByPerson.get(key)!.filter((o) => o.row !== r.row && (!day || !o.day || o.day === day));
  if (others.length) {
    reasons.push(
      day && others.every((o) => o.day === day)
        ? `Trùng họ tên và ngày sinh với dòng ${listRows(others.map((o) => o.row))} của tệp (cùng chi đoàn)`
        : `Trùng họ tên với dòng ${listRows(others.map((o) => o.row))} của tệp (cùng chi đoàn; nếu là hai người khác nhau, hãy ghi ngày sinh)`,
    );
  }
  const days = existingDays.get(key);
  if (days && (day ? days.has(day) : true)) {
    reasons.push(
      day
        ? "Có thể trùng với đoàn viên đã có trong chi đoàn (cùng họ tên và ngày sinh)"
        : "Có thể trùng với đoàn viên đã có trong chi đoàn (cùng họ tên; dòng này không ghi ngày sinh)",
    );
  }
  return reasons;
}

/** Placing and judging at once, when the database's answers are already known (tests). */
export function resolveMemberRows(sheet: MemberSheet, choices: ChiDoanChoice[], existing: ExistingMembers) {
  return judgeMemberRows(placeMemberRows(sheet, choices), existing);
}
