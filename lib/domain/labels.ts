// Vietnamese labels for enum values shown in the UI and in exports.
import type { Gender, UnitKind } from "@/lib/generated/prisma/enums";

export const GENDER_LABELS: Record<Gender, string> = { NAM: "Nam", NU: "Nữ", KHAC: "Khác" };

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  CITY: "Thành Đoàn",
  KHOI: "Đoàn Khối",
  CO_SO: "Cơ sở Đoàn",
  CHI_DOAN: "Chi đoàn",
};

/** "Nam", "nữ", "NỮ", "nu" → the enum; null when unknown. */
export function parseGender(text: string): Gender | null {
  const folded = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase();
  if (folded === "nam") return "NAM";
  if (folded === "nu") return "NU";
  if (folded === "khac") return "KHAC";
  return null;
}

/** How a unit reads in a select: "Chi đoàn Văn phòng Sở – Đoàn Sở Tài chính" (names repeat across cơ sở). */
export function unitOptionLabel(unit: { name: string; kind: UnitKind; parentName: string | null }): string {
  return unit.parentName && unit.kind !== "KHOI" ? `${unit.name} – ${unit.parentName}` : unit.name;
}

/** The chi đoàn filter of a large Khối before a cơ sở is chosen (chiDoanPicker, lib/data/units.ts). */
export const CHI_DOAN_AFTER_CO_SO = "Chi đoàn: chọn cơ sở rồi bấm Lọc";
