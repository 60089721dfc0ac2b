// Numbers, dates and document numbers as Vietnamese documents write them: "1.000" (dot for
// thousands), "2,5" (comma for decimals), "04" (zero padding), "ngày 25 tháng 5 năm 2018",
// "07-CT/ĐTN". Pure functions, reused by the plan-text extraction and the validation layer.

/**
 * A Đoàn document number (số và ký hiệu): number with an optional letter, "-" or a space, the
 * document type (KH, CT, TB, BC, HD, QĐ…), "/", the issuer's abbreviation, optional departments:
 * "126-KH/TĐTN-BCNLĐ", "07-CT/ĐTN", "44A BC/TĐTN". Anchored: test a normalized string with it.
 * Government style "6506/QĐ-UBND" (no type before the slash) is deliberately not matched.
 */
export const DOCUMENT_NUMBER_PATTERN = /^\d{1,5}\p{Lu}?[- ]\p{Lu}{1,6}\/[\p{Lu}\d]{1,15}(?:-[\p{Lu}\d]{1,15}){0,3}$/u;

/** The same shape, unanchored, for finding numbers inside running text. */
const DOCUMENT_NUMBER_SEARCH =
  /(?<![\p{L}\p{N}])\d{1,5}\p{Lu}?[- ]\p{Lu}{1,6}\/[\p{Lu}\d]{1,15}(?:-[\p{Lu}\d]{1,15}){0,3}(?![\p{L}\p{N}])/gu;

/**
 * Tidies a document number as typed or pasted: composed Unicode, "Số:" dropped, any dash made "-",
 * no spaces around "/" and "-", single spaces, upper case ("07 - ct / đtn" → "07-CT/ĐTN").
 * It does not validate: test the result with DOCUMENT_NUMBER_PATTERN.
 */
export function normalizeDocumentNumber(s: string): string {
  return s
    .normalize("NFC")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^số\s*:?\s*/iu, "")
    .replace(/\s*([/-])\s*/g, "$1")
    .toUpperCase();
}

/** Document numbers found in running text, normalized, in order. */
export function findDocumentNumbers(text: string): string[] {
  return Array.from(text.normalize("NFC").matchAll(DOCUMENT_NUMBER_SEARCH), (m) => normalizeDocumentNumber(m[0]));
}

/** The type part of a document number: "126-KH/TĐTN-BCNLĐ" → "KH". */
export function documentType(number: string): string | null {
  return /^\d{1,5}\p{Lu}?[- ](\p{Lu}{1,6})\//u.exec(number)?.[1] ?? null;
}

/**
 * "1.000" → 1000, "1.000.000" → 1000000, "12,5" → 12.5, "04" → 4, "100%" → 100; null when the
 * text is not a number in Vietnamese notation (a dot must group exactly three digits, so "1.5" is
 * refused rather than read as 1,5 or 15).
 */
export function parseVietnameseNumber(s: string): number | null {
  const m = /^\s*(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*%?\s*$/.exec(s);
  if (!m) return null;
  const value = Number(`${m[2].replace(/\./g, "")}${m[3] ? `.${m[3]}` : ""}`);
  if (!Number.isFinite(value)) return null;
  return m[1] ? -value : value;
}

/** yyyy-mm-dd when day, month and year make a real date, else null. */
export function isoDate(day: number, month: number, year: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCDate() !== day || d.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The first date in a line: "ngày 25 tháng 5 năm 2018" or "ngày 17/5/2019" (also "-" or "."),
 * with what precedes "ngày" (the place: "TP. Hồ Chí Minh"). Null when there is no valid date.
 */
export function findVietnameseDate(line: string): { iso: string; before: string } | null {
  const long = /ngày\s{0,3}(\d{1,2})\s{1,3}tháng\s{1,3}(\d{1,2})\s{1,3}năm\s{1,3}(\d{4})/iu.exec(line);
  const short = /ngày\s{0,3}(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})/iu.exec(line);
  for (const m of [long, short]) {
    if (!m) continue;
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) return { iso, before: line.slice(0, m.index) };
  }
  return null;
}
