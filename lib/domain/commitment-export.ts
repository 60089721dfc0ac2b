// The commitments export: one row per member, what they pledged under each pillar, their
// self-assessment and rating. Pure: rows in, header and cells out (the workbook neutralises
// every string against formula injection, SECURITY.md #20).
import type { AssessmentRating, EntryStatus } from "@/lib/generated/prisma/enums";
import type { ColumnHeader, OutCell } from "./workbook";
import { ASSESSMENT_RATING_LABELS, ENTRY_STATUS_LABELS } from "./work-labels";

export type CommitmentExportRow = {
  memberName: string;
  chiDoanName: string;
  coSoName: string;
  year: number;
  status: EntryStatus;
  pillars: string[];
  pledges: string[];
  assessments: string[];
  assessmentStatus: EntryStatus | null;
  rating: AssessmentRating | null;
};

/**
 * A column per pillar position, named after the pillar when every row agrees on it (one plan a
 * year, the usual case), else "Trách nhiệm 1, 2, 3…" with the pillar named in the cell.
 */
function pillarNames(rows: CommitmentExportRow[]): { names: string[]; shared: boolean[] } {
  const count = Math.max(3, ...rows.map((r) => r.pillars.length));
  const names: string[] = [];
  const shared: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const distinct = new Set(rows.map((r) => r.pillars[i]).filter((p) => p !== undefined));
    shared.push(distinct.size <= 1);
    names.push(distinct.size === 1 ? [...distinct][0] : `Trách nhiệm ${i + 1}`);
  }
  return { names, shared };
}

export function commitmentSheet(rows: CommitmentExportRow[]): { headers: ColumnHeader[]; cells: OutCell[][] } {
  const { names, shared } = pillarNames(rows);
  const headers: ColumnHeader[] = [
    { header: "STT", width: 6 },
    { header: "Họ và tên", width: 26 },
    { header: "Chi đoàn", width: 24 },
    { header: "Cơ sở Đoàn", width: 26 },
    { header: "Năm", width: 8 },
    { header: "Trạng thái đăng ký", width: 18 },
    ...names.map((n) => ({ header: `Đăng ký: ${n}`, width: 40 })),
    { header: "Trạng thái tự đánh giá", width: 20 },
    ...names.map((n) => ({ header: `Tự đánh giá: ${n}`, width: 40 })),
    { header: "Tự xếp loại", width: 22 },
  ];
  const perPillar = (r: CommitmentExportRow, texts: string[]) =>
    names.map((_, i) => (texts[i] === undefined ? "" : shared[i] ? texts[i] : `${r.pillars[i]}: ${texts[i]}`));
  const cells = rows.map((r, index): OutCell[] => [
    index + 1,
    r.memberName,
    r.chiDoanName,
    r.coSoName,
    r.year,
    ENTRY_STATUS_LABELS[r.status],
    ...perPillar(r, r.pledges),
    r.assessmentStatus ? ENTRY_STATUS_LABELS[r.assessmentStatus] : "Chưa tự đánh giá",
    ...perPillar(r, r.assessments),
    r.rating ? ASSESSMENT_RATING_LABELS[r.rating] : "",
  ]);
  return { headers, cells };
}
