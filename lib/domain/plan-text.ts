// Reads the text of a Đoàn plan (Kế hoạch) or programme (Chương trình) pasted from Word into a
// draft: header block, subject, basis ("Căn cứ …"), Roman-numbered sections, closing, and the
// proposed indicators (chỉ tiêu). Rule-based and forgiving: any string gives a valid result.
// Every regex here is linear (no nested unbounded quantifiers): the text is user input, ≤ 200 KB.
import type { ExtractedPlan, PlanKind, PlanSection } from "./plan-model";
import { extractIndicators } from "./plan-indicators";
import { extractDeadlines } from "./plan-deadlines";
import { documentType, findDocumentNumbers, findVietnameseDate, normalizeDocumentNumber } from "./vietnamese-numbers";

export { DOCUMENT_NUMBER_PATTERN, normalizeDocumentNumber, parseVietnameseNumber } from "./vietnamese-numbers";

/** "KẾ HOẠCH" / "CHƯƠNG TRÌNH" on a line of its own (maybe "CHƯƠNG TRÌNH HÀNH ĐỘNG"). */
const TITLE = /^(KẾ HOẠCH|CHƯƠNG TRÌNH)(?:\s+(.*))?$/u;
/** Lacking a capitals title, the bare words alone on a line ("Kế hoạch") will do. */
const LOOSE_TITLE = /^(kế hoạch|chương trình)$/iu;
/** The rule under the subject: "--------". */
const RULE = /^[-–—_=]{3,}$/;
/** "I. MỤC ĐÍCH - YÊU CẦU:", "IV- TỔ CHỨC THỰC HIỆN". */
const ROMAN = /^(?=[IVX])(X{0,3}(?:IX|IV|V?I{0,3}))\s?([.)\-–])\s*(\S.*)$/u;
const BASIS = /^(Căn cứ|Thực hiện)(?![\p{L}])/iu;
const CLOSING = /^Trên đây là(?![\p{L}])/iu;
/** Header cells that carry no data: the union's own name, the state motto, the "***" rule. */
const HEADER_NOISE =
  /^(?:[*\-–—_=·]+|ĐOÀN TNCS HỒ CHÍ MINH|ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s?-\s?Tự do\s?-\s?Hạnh phúc)$/iu;
/** How far down the title may be: past that, a capitals line is body text, not the title. */
const TITLE_WINDOW = 60;

export function emptyExtractedPlan(): ExtractedPlan {
  return {
    kind: "PLAN",
    subject: "",
    number: null,
    superiorName: null,
    issuerName: null,
    place: null,
    issueDate: null,
    startYear: null,
    endYear: null,
    basisText: null,
    basisNumber: null,
    sections: [],
    closing: null,
    indicators: [],
    deadlines: [],
  };
}

/** One line as read: tabs, no-break and zero-width spaces made plain, runs of spaces collapsed. */
function tidyLine(line: string): string {
  return line.replace(/[\s\u200b\ufeff]+/gu, " ").trim();
}

export function isCapitals(s: string): boolean {
  return s === s.toUpperCase() && /\p{Lu}/u.test(s);
}

export function extractPlanText(text: string): ExtractedPlan {
  const plan = emptyExtractedPlan();
  if (typeof text !== "string" || !text.trim()) return plan;
  const rawLines = text.normalize("NFC").split(/\r\n?|\n|\u2028|\u2029/);
  const lines = rawLines.map(tidyLine);

  const head = lines.slice(0, TITLE_WINDOW);
  const strict = head.findIndex((l) => TITLE.test(l));
  const titleAt = strict >= 0 ? strict : head.findIndex((l) => LOOSE_TITLE.test(l));
  let bodyStart = 0;
  if (titleAt >= 0) {
    const m = (TITLE.exec(lines[titleAt]) ?? LOOSE_TITLE.exec(lines[titleAt]))!;
    plan.kind = m[1].toUpperCase() === "CHƯƠNG TRÌNH" ? "PROGRAMME" : "PLAN";
    readHeader(rawLines.slice(0, titleAt), plan);
    // "KẾ HOẠCH Thực hiện …" on one line: the lower-case rest starts the subject.
    const inline = m[2] && !isCapitals(m[2]) ? m[2] : "";
    const subject = readSubject(lines, titleAt + 1, inline);
    plan.subject = subject.text;
    bodyStart = subject.end;
    Object.assign(plan, readYears(plan.subject));
  }

  const { basisLines, basisEnd } = readBasis(lines, bodyStart);
  if (basisLines.length) {
    plan.basisText = basisLines.join("\n");
    plan.basisNumber = findDocumentNumbers(plan.basisText).find((n) => ["KH", "CT"].includes(documentType(n) ?? "")) ?? null;
  }

  const closingAt = lines.findIndex((l, i) => i >= basisEnd && CLOSING.test(l));
  const bodyEnd = closingAt >= 0 ? closingAt : lines.length;
  if (closingAt >= 0) plan.closing = lines[closingAt];

  const body = lines.slice(basisEnd, bodyEnd);
  plan.sections = readSections(body);
  // Table rows keep their cells (Word puts a tab between them), which tidy lines lose.
  const cells = rawLines.slice(basisEnd, bodyEnd).map((l) => l.split("\t").map(tidyLine));
  plan.indicators = extractIndicators(body, plan.kind, cells);
  plan.deadlines = extractDeadlines(body, plan.kind, plan.startYear);
  return plan;
}

/**
 * The block above the title, laid out in two columns in Word: a pasted line may hold both columns
 * separated by tabs, so each line is split into cells first.
 */
function readHeader(rawLines: string[], plan: ExtractedPlan) {
  const names: string[] = [];
  for (const raw of rawLines) {
    for (const cell of raw.split(/\t+|\s{3,}/).map(tidyLine)) {
      if (!cell || cell.length > 200 || HEADER_NOISE.test(cell)) continue;
      if (/^Số(?![\p{L}])/iu.test(cell)) {
        const rest = cell.replace(/^Số\s*:?\s*/iu, "");
        plan.number ??= findDocumentNumbers(rest)[0] ?? (rest && rest.length <= 60 ? normalizeDocumentNumber(rest) : null);
        continue;
      }
      const date = findVietnameseDate(cell);
      if (date) {
        plan.issueDate ??= date.iso;
        plan.place ??= date.before.replace(/[\s,]+$/u, "") || null;
        continue;
      }
      if (isCapitals(cell)) names.push(cell);
    }
  }
  // Superior union first, then the issuing committee; a lone name is the issuer's own.
  if (names.length === 1) plan.issuerName = names[0];
  if (names.length >= 2) {
    plan.superiorName = names[0];
    plan.issuerName = names.slice(1).join(" ");
  }
}

/** The lines under the title up to the "-----" rule (or, lacking one, a short guess). */
function readSubject(lines: string[], from: number, inline: string): { text: string; end: number } {
  const parts = inline ? [inline] : [];
  let ruleAt = -1;
  for (let i = from, seen = 0; i < lines.length && seen < 8; i++) {
    if (RULE.test(lines[i])) {
      ruleAt = i;
      break;
    }
    if (lines[i]) seen++;
  }
  let end = from;
  if (ruleAt >= 0) {
    parts.push(...lines.slice(from, ruleAt).filter(Boolean));
    end = ruleAt + 1;
  } else {
    // No rule: take up to three lines, stopping at the basis or a section (not at the first
    // line, which itself often starts "Thực hiện …").
    for (let i = from; i < lines.length && parts.length < 3; i++, end = i) {
      const l = lines[i];
      if (!l) continue;
      if (ROMAN.test(l) || (parts.length > 0 && BASIS.test(l))) break;
      parts.push(l);
    }
  }
  return { text: parts.join(" ").trim().slice(0, 1000), end };
}

/** "giai đoạn 2018 - 2022" / "nhiệm kỳ 2017-2022" → the term; "năm 2019" → that year. */
export function readYears(subject: string): { startYear: number | null; endYear: number | null } {
  const ok = (y: number) => y >= 1900 && y <= 2200;
  const range = /(?:giai đoạn|nhiệm kỳ)?\s?\(?(\d{4})\s?[-–—]\s?(\d{4})(?!\d)/iu.exec(subject);
  if (range) {
    const [start, end] = [Number(range[1]), Number(range[2])];
    if (ok(start) && ok(end) && start <= end) return { startYear: start, endYear: end };
  }
  const year = /năm\s(\d{4})(?!\d)/iu.exec(subject);
  if (year && ok(Number(year[1]))) return { startYear: Number(year[1]), endYear: Number(year[1]) };
  return { startYear: null, endYear: null };
}

/** The opening "Căn cứ …" / "Thực hiện …" paragraph(s), up to a blank line or section I. */
function readBasis(lines: string[], from: number): { basisLines: string[]; basisEnd: number } {
  let i = from;
  while (i < lines.length && !lines[i]) i++;
  if (i >= lines.length || !BASIS.test(lines[i]) || ROMAN.test(lines[i])) return { basisLines: [], basisEnd: from };
  const basisLines: string[] = [];
  for (; i < lines.length && lines[i] && !ROMAN.test(lines[i]) && basisLines.length < 10; i++) basisLines.push(lines[i]);
  return { basisLines, basisEnd: i };
}

/** A Roman-numbered heading: "II. HỆ THỐNG CHỈ TIÊU" → heading and any text after its colon. */
export function romanHeading(line: string): { heading: string; rest: string } | null {
  const m = ROMAN.exec(line);
  if (!m || !m[1] || line.length > 300) return null;
  const text = m[3].trim();
  const colon = text.indexOf(":");
  // "II. ĐỐI TƯỢNG: Đoàn viên…": a capitals heading with its body on the same line.
  if (colon > 0 && colon < text.length - 1 && isCapitals(text.slice(0, colon))) {
    return { heading: text.slice(0, colon).trim(), rest: text.slice(colon + 1).trim() };
  }
  const heading = text.replace(/[\s:]+$/u, "");
  // A lower-case line ending in "." is a sentence that happens to start with "I.", not a heading.
  if (!heading || heading.length > 150 || (!isCapitals(heading) && (m[2] !== "." || heading.endsWith(".")))) return null;
  return { heading, rest: "" };
}

function readSections(body: string[]): PlanSection[] {
  const sections: { heading: string; lines: string[] }[] = [];
  for (const line of body) {
    const h = romanHeading(line);
    if (h) sections.push({ heading: h.heading, lines: h.rest ? [h.rest] : [] });
    else if (line && sections.length) sections[sections.length - 1].lines.push(line);
  }
  return sections.map((s) => ({ heading: s.heading, body: s.lines.join("\n") }));
}

export type { ExtractedPlan, PlanKind };
