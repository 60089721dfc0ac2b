// Proposes indicators (chỉ tiêu) from the body of a plan: a quantity is a target when it is
// followed by a countable noun from a known vocabulary ("04 hoạt động cao điểm", "100% cơ sở
// Đoàn") and governed by a target verb or marker (tổ chức, đề xuất, có, ít nhất…), or opens its
// clause. Quantities in parentheses or quotes, after "số"/"Chỉ thị"/"năm"/"tháng"…, years, dates
// and document numbers are never targets. Staff confirm each proposal, so the rules favour
// missing a target over inventing one. All regexes are linear; look-behind windows are bounded.
import type { AppliesTo, HonourLevel, MeasureKind, PeriodKind, PlanKind, ProposedIndicator, RecordKind } from "./plan-model";
import { foldVietnamese } from "./text";
import { parseVietnameseNumber } from "./vietnamese-numbers";

const END = "(?![\\p{L}\\p{N}])";
/** Whole Vietnamese words (JS's \b only knows ASCII letters). `global` for matchAll. */
const word = (alternatives: string, global = false) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})${END}`, global ? "giu" : "iu");
const sticky = (src: string) => new RegExp(`(?:${src})${END}`, "iuy");

type Noun = {
  re: RegExp;
  measure: MeasureKind;
  record: RecordKind | null;
  extend?: boolean;
  needs?: RegExp;
  money?: boolean;
  people?: boolean;
};
const LIST = "(?:\\s?,\\s?|\\s(?:và|hoặc)\\s)";
const HONOUR_VERBS = word("tuyên dương|biểu dương|khen thưởng|giới thiệu|bình chọn|vinh danh|đề cử|trao|tặng");
// Not "kết nạp": members admitted are a figure to enter, not participations.
const MOBILISE_VERBS = word("vận động|thu hút|huy động|tập hợp|cử|tham gia");
/** "400 lượt cán bộ được bồi dưỡng": trainings, not participations. */
const TRAINED = word("bồi dưỡng|tập huấn|học tập|đào tạo");
const TURNS_OF_A_THING = /^\s(?!(?:cho|tham|trong|tại|về|của|và|được|đến|từ|mỗi)(?![\p{L}]))\p{L}/iu;
/** Countable nouns after a plain number, longest first. */
const NOUNS: Noun[] = [
  {
    re: sticky(`(?:ý tưởng|sáng kiến|hiến kế)(?:${LIST}(?:ý tưởng|sáng kiến|hiến kế)){0,3}(?:\\ssáng tạo)?`),
    measure: "RECORD_COUNT",
    record: "IDEA",
  },
  {
    re: sticky(`(?:công trình|phần việc)(?:${LIST}(?:công trình|phần việc)){0,2}(?:\\sthanh niên)?`),
    measure: "RECORD_COUNT",
    record: "PROJECT",
  },
  { re: sticky(`(?:mô hình|giải pháp)(?:${LIST}(?:mô hình|giải pháp)){0,2}`), measure: "RECORD_COUNT", record: "PROJECT" },
  { re: sticky("gương(?:\\s(?:điển hình|tiêu biểu))?"), measure: "RECORD_COUNT", record: "HONOUR" },
  {
    re: sticky("(?:tập thể|cá nhân)(?:\\s(?:điển hình|tiêu biểu|xuất sắc))?"),
    measure: "RECORD_COUNT",
    record: "HONOUR",
    needs: HONOUR_VERBS,
  },
  { re: sticky("(?:chương trình|lớp|khóa|khoá)\\s(?:tập huấn|bồi dưỡng|đào tạo)"), measure: "RECORD_COUNT", record: "ACTIVITY" },
  { re: sticky("hoạt động(?:\\s(?:cao điểm|tình nguyện|chuyên đề))?"), measure: "RECORD_COUNT", record: "ACTIVITY" },
  {
    re: sticky(
      "buổi(?:\\s(?:tọa đàm|toạ đàm|sinh hoạt chuyên đề|sinh hoạt|tập huấn|nói chuyện|giao lưu|chuyên đề|tuyên truyền|kiểm tra))?",
    ),
    measure: "RECORD_COUNT",
    record: "ACTIVITY",
  },
  {
    re: sticky("đợt(?:\\s(?:hoạt động|cao điểm|tình nguyện|thi đua|sinh hoạt|ra quân|hiến máu))?"),
    measure: "RECORD_COUNT",
    record: "ACTIVITY",
  },
  {
    re: sticky(
      "hội thi|cuộc thi|hội thao|hội diễn|diễn đàn|tọa đàm|toạ đàm|hội thảo|chiến dịch|ngày hội|chuyến(?:\\s(?:đi|công tác|thăm))?|chương trình(?=\\s?“)|lớp(?:\\s(?:học kỹ năng|học|kỹ năng))?",
    ),
    measure: "RECORD_COUNT",
    record: "ACTIVITY",
  },
  {
    re: sticky(
      "bộ sản phẩm|sản phẩm|phóng sự|video clip|video|clip|bài viết|tin,? bài|bài|chuyên mục|ấn phẩm|tờ rơi|tờ gấp|áp phích|cẩm nang|sổ tay|bản tin|tiểu phẩm",
    ),
    measure: "RECORD_COUNT",
    record: "PRODUCT",
    extend: true,
  },
  {
    re: sticky("lượt(?:\\s(?:đoàn viên, thanh niên|đoàn viên|thanh niên|người dân|người|cán bộ|ĐVTN))?"),
    measure: "RECORD_COUNT",
    record: "PARTICIPATION",
    people: true,
  },
  {
    re: sticky("đoàn viên, thanh niên|đoàn viên|thanh niên|ĐVTN|tình nguyện viên|người"),
    measure: "RECORD_COUNT",
    record: "PARTICIPATION",
    needs: MOBILISE_VERBS,
    people: true,
  },
  {
    re: sticky("cơ sở Đoàn|cơ sở|đơn vị|chi đoàn"),
    measure: "RECORD_COUNT",
    record: "INSPECTION",
  },
  {
    re: sticky(
      "(?:(triệu|tỷ|tỉ|nghìn|ngàn)\\s)?(?:đồng|VNĐ|VND)(?!\\s(?:chí|thời|nghiệp|bào|hành|ý|tâm|đội|phục|bộ|hồ|đều|loạt|lòng))",
    ),
    measure: "MONEY",
    record: null,
    money: true,
  },
];
/** After "N%": units (a share of cơ sở having records) or people (a share the unit reports). */
const UNIT_NOUN = sticky("tổ chức cơ sở Đoàn|cơ sở Đoàn|Đoàn cơ sở|chi đoàn cơ sở|chi đoàn|cơ sở|đơn vị");
const MEMBER_NOUN = sticky(
  "đoàn viên, thanh niên|đoàn viên|thanh niên|ĐVTN|hội viên|cán bộ, công chức, viên chức trẻ|cán bộ, công chức, viên chức|cán bộ Đoàn|cán bộ",
);
/** What "100% cơ sở … có X" counts, by the first of these words after the unit. */
const SHARE_RECORDS: [RegExp, RecordKind][] = [
  [word("được kiểm tra|được giám sát"), "INSPECTION"],
  [word("giải pháp|công trình|phần việc|mô hình"), "PROJECT"],
  [word("ý tưởng|sáng kiến|hiến kế"), "IDEA"],
  [word("sản phẩm|phóng sự"), "PRODUCT"],
  [word("gương|tuyên dương"), "HONOUR"],
  [word("tổ chức|hoạt động|hội thi|tập huấn"), "ACTIVITY"],
  [word("tham gia"), "PARTICIPATION"],
];

const VERBS = word(
  "tổ chức|thực hiện|đề xuất|đưa|trồng|hiến|khám|cấp phát|tiếp nhận|dàn dựng|đăng tải|chăm lo|thăm hỏi|sửa chữa|tuyên dương|biểu dương|khen thưởng|giới thiệu|có|phấn đấu|đạt|xây dựng|triển khai|vận động|quyên góp|huy động|thu hút|tập hợp|phát hành|sản xuất|đăng ký|hoàn thành|mở|duy trì|ra mắt|hỗ trợ|trao|tặng|kết nạp|cử|thành lập|biên soạn|thiết kế|phát động|bình chọn|nhân rộng|vinh danh|đề cử|tham gia",
  true,
);
/** "ít nhất" right before the number; it then governs the rest of a list sharing the verb. */
const AT_LEAST = /(?<![\p{L}])(ít nhất|tối thiểu|không dưới|không ít hơn|trên|hơn)\s?$/iu;
/** "phấn đấu" (strive for) anywhere earlier in the clause reads as a floor: AT_LEAST. */
const STRIVE = /(?<![\p{L}])phấn đấu(?![\p{L}])/iu;
/** A number right after these is a reference, an ordinal or a date part, not a target. */
const REFERENCE =
  /(?<![\p{L}\p{N}])(?:(?<!tổng\s)số|chỉ thị|nghị quyết|quyết định|nghị định|thông tư|kế hoạch|chương trình|hướng dẫn|công văn|thông báo|báo cáo|điều|khoản|mục|lần thứ|thứ|(?<!(?:mỗi|hằng|hàng|từng)\s)tháng|ngày|năm|giai đoạn|nhiệm kỳ|khóa|khoá|đại hội|lần|tuổi|quận|phường|kỳ)\s?[:.]?\s?$/iu;
const QUANTITY = /(?<![\p{L}\p{N}/.,\-–])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?![\p{L}\p{N}/\-–]|[.,]\d)(\s?%)?/gu;
const MONTHS = /tháng\s{1,3}(\d{1,2}(?:\s?(?:,|và|;)\s?(?:tháng\s)?\d{1,2}){0,11})(?!\s?(?:năm|\/|\d))/iu;
const EACH_CO_SO = word("(?:mỗi|từng)\\s(?:tổ chức cơ sở Đoàn|cơ sở Đoàn|tổ chức cơ sở|cơ sở|đoàn cơ sở|chi đoàn|đơn vị)");
const EACH_MEMBER = word("(?:mỗi|từng)\\s(?:đoàn viên|cá nhân|cán bộ|thanh niên|hội viên|ĐVTN|người)");
const MONEY_SCALE: Record<string, number> = { triệu: 1e6, tỷ: 1e9, tỉ: 1e9, nghìn: 1e3, ngàn: 1e3 };
const PER = /^\s?\/\s?(cơ sở|đơn vị|chi đoàn|đoàn viên|người|cá nhân)/iu;
const HONOUR_LEVEL = /^\s?(?:[“"][^”"]{0,200}[”"]\s?)?(cấp\s(?:Khối|Thành phố|Thành|Tỉnh|Trung ương|TW)|toàn quốc)(?![\p{L}])/iu;
const BULLET = /^(?:[·•●○◦▪■□➢➤►❖✓\-–—+*]+\s?|\(?(\d{1,2}(?:\.\d{1,2}){0,3})[.)]\s|[a-zđ][.)]\s)/iu;
const ROMAN_LINE = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})\s?[.)\-–]\s/u;
const SHARE_STOPS = new Set(["trong", "của", "tại", "nhằm", "để", "góp"]);
const STOP_WORDS = new Set([
  "về",
  "mỗi",
  "hằng",
  "hàng",
  "là",
  "trong",
  "cho",
  "nhằm",
  "để",
  "với",
  "của",
  "tại",
  "và",
  "hoặc",
  "được",
  "đạt",
  "vào",
]);

type Context = { appliesTo: AppliesTo; depth: number; style: string } | null;

/** "2. " → "9.", "(1) " → "(9)", "b) " → "a)": the shape of a list marker, whatever its number. */
const numberingStyle = (marker: string) =>
  marker
    .trim()
    .replace(/\d+/gu, "9")
    .replace(/^[a-zđ]/iu, "a");
type Previous = { at: number; end: number; verb: string; marker: string; share: boolean };
/** A section headed as targets; it ends at the next heading of its depth or above. */
type Targets = { depth: number; style: string } | null;
/** Overrides from a row of an indicator table: who does it, when. */
type RowFacts = {
  appliesTo: AppliesTo | null;
  period: { period: PeriodKind; months: number[] } | null;
  /** The quantity column is headed "Mức phấn đấu": its figures are floors. */
  atLeast: boolean;
  reason: string;
};

const LOOKS_BACK = /(?<![\p{L}])(?:thực trạng|tình hình|kết quả|đánh giá)(?![\p{L}])/iu;
/** "II. CHỈ TIÊU", "2. Mục tiêu cụ thể:", "MỘT SỐ CHỈ TIÊU CHỦ YẾU", "b) Chỉ tiêu phấn đấu:". */
const TARGETS_HEADING = /(?<![\p{L}])(?:chỉ tiêu|mục tiêu cụ thể)(?![\p{L}])/iu;

function isTargetsHeading(content: string): boolean {
  if (content.length > 120 || !TARGETS_HEADING.test(content)) return false;
  const head = content.split(":")[0];
  // A heading: capitals, or short and not a sentence ("Các đợt thi đua phải xác lập … chỉ tiêu …" is one).
  return TARGETS_HEADING.test(head) && (isCapitalsText(head) || (head.length <= 60 && !/[.;]/u.test(head)));
}

const isCapitalsText = (s: string) => s === s.toUpperCase() && /\p{Lu}/u.test(s);

/**
 * `lines` are the body's tidy lines; `cells`, when given, the same lines split at Word's table
 * tabs (a pasted or uploaded table row), which tidy lines lose.
 */
export function extractIndicators(lines: string[], kind: PlanKind, cells?: string[][]): ProposedIndicator[] {
  const out: ProposedIndicator[] = [];
  let context: Context = null;
  let targets: Targets = null;
  let table: TableColumns | null = null;
  let looksBack = false;
  for (const [i, line] of lines.entries()) {
    if (!line) continue;
    const row = cells?.[i] ?? [];
    const filled = row.filter(Boolean).length;
    if (filled >= 3 || (table && filled >= 2)) {
      // A table: its header names the columns; a targets table makes its rows targets. A group
      // row ("I | Trách nhiệm với bản thân") stays inside the table.
      const header = filled >= 3 ? tableColumns(row) : null;
      if (header) {
        table = header;
        continue;
      }
      if (table) {
        if (filled >= 3) readTableRow(row, table, kind, context?.appliesTo ?? "KHOI", out);
        continue;
      }
    } else table = null;
    const roman = ROMAN_LINE.test(line);
    if (roman) context = null;
    // "II. THỰC TRẠNG", "KẾT QUẢ NĂM 2026": what was done, never a target.
    if (roman) looksBack = LOOKS_BACK.test(line) && !TARGETS_HEADING.test(line);
    if (looksBack) {
      targets = null;
      continue;
    }
    const bullet = BULLET.exec(line);
    const depth = roman ? 0 : bullet?.[1] ? bullet[1].split(".").length : null;
    // "(1)" items under "2. Chỉ tiêu" are its items, not its siblings: only the heading's own
    // numbering style ("3.") ends it.
    const style = bullet ? numberingStyle(bullet[0]) : "";
    const ends = (h: { depth: number; style: string }) =>
      depth !== null && depth <= h.depth && (depth === 0 || style === h.style);
    if (context && ends(context)) context = null;
    const content = roman ? line.replace(ROMAN_LINE, "") : bullet ? line.slice(bullet[0].length) : line;
    if (targets && (roman || ends(targets) || (depth === null && isCapitalsText(content)))) targets = null;
    if (isTargetsHeading(content)) targets = { depth: depth ?? 99, style };
    context = levelHeading(content, depth, style) ?? context;
    const body = isTargetsHeading(content) ? content.slice(content.indexOf(":") + 1) : content;
    if (isTargetsHeading(content) && !content.includes(":")) continue;
    for (const clause of splitClauses(body)) readClause(clause, kind, context?.appliesTo ?? "KHOI", Boolean(targets), null, out);
  }
  return out;
}

type TableColumns = { content: number; quantity: number; unit: number; who: number; when: number; strive: boolean };

/** A header row naming a targets table's columns (STT | Nội dung chỉ tiêu | Số lượng | ĐVT | …). */
function tableColumns(row: string[]): TableColumns | null {
  const folded = row.map((c) => foldVietnamese(c));
  const find = (re: RegExp, not: number[] = []) => folded.findIndex((c, i) => !not.includes(i) && c.length <= 60 && re.test(c));
  const content = find(/noi dung|ten chi tieu|^chi tieu$|^muc tieu$/);
  if (content < 0) return null;
  const quantity = find(/so luong|chi tieu|muc phan dau|ket qua phan dau|so lieu/, [content]);
  if (quantity < 0) return null;
  const unit = find(/don vi tinh|^dvt$/, [content, quantity]);
  const who = find(/thuc hien|chu tri|phu trach|doi tuong|ap dung/, [content, quantity, unit]);
  const when = find(/thoi gian|thoi han|thoi diem|tien do|hoan thanh/, [content, quantity, unit, who]);
  return { content, quantity, unit, who, when, strive: /phan dau|toi thieu|it nhat/.test(folded[quantity]) };
}

/** One row of a targets table, read as the sentence it stands for. */
function readTableRow(
  row: string[],
  columns: TableColumns,
  kind: PlanKind,
  sectionAppliesTo: AppliesTo,
  out: ProposedIndicator[],
) {
  const cell = (i: number) => (i >= 0 ? (row[i] ?? "").trim() : "");
  const content = cell(columns.content).replace(BULLET, "");
  const quantity = cell(columns.quantity);
  const unit = cell(columns.unit);
  const who = cell(columns.who);
  const when = cell(columns.when);
  const facts: RowFacts = {
    appliesTo: whoAppliesTo(who),
    period: when ? rowPeriod(when, kind) : null,
    atLeast: columns.strive,
    reason: "",
  };
  if (!/\d/.test(quantity)) {
    for (const clause of splitClauses(content)) readClause(clause, kind, sectionAppliesTo, true, facts, out);
    return;
  }
  // The quantity cell as a phrase: "Từ 20 trở lên" → "ít nhất 20"; "70" with the unit "%" → "70%".
  const found = /(\d[\d.,]*)(\s?(?:triệu|tỷ|tỉ|nghìn|ngàn)(?![\p{L}]))?/iu.exec(quantity)!;
  const number = found[1].replace(/[.,]$/u, "") + (found[2] ?? "");
  const percent = quantity.includes("%") || unit === "%";
  // Words after the number stay: "05 cây", "01 mô hình/cơ sở".
  const rest = quantity
    .slice(found.index + found[0].length)
    .replace(/^\s?%/u, "")
    .replace(/(?<![\p{L}])trở lên(?![\p{L}])/iu, "")
    .trim();
  const stated = EVERY.test(quantity)
    ? quantity
    : `${CELL_FLOOR.test(quantity) ? "ít nhất " : ""}${number}${percent ? "%" : ""}${rest ? ` ${rest}` : ""}`;
  const unitWords = unit && unit !== "%" && !quantity.includes(unit) ? ` ${unit}` : "";
  // "100%" before a unit noun reads as a share: "100% cơ sở Đoàn có …"; else "<content>: 05 tiểu phẩm".
  const share = percent && /^(?:các\s)?(?:cơ sở|chi đoàn|đoàn viên|đơn vị|tổ chức cơ sở)/iu.test(content);
  const sentence = share ? `${stated} ${content.replace(/^các\s/iu, "")}` : `${content}: ${stated}${unitWords}`;
  const before = out.length;
  // Numbers inside the content ("bậc 3 trở lên") are not the row's target: read from the quantity on.
  readClause(sentence, kind, sectionAppliesTo, true, facts, out, share ? 0 : content.length + 1);
  // A row states one target: keep the first read of its quantity cell, worded as the row is.
  if (out.length > before + 1) out.splice(before + 1);
  if (out[before]) out[before].wording = capitalise(sentence.replace(/\s+/gu, " ").trim()).slice(0, 300);
}
const CELL_FLOOR = /trở lên|tối thiểu|ít nhất|không dưới|trên|≥|>=|>/iu;

/** "Cơ sở Đoàn", "Mỗi chi đoàn" → each cơ sở; "Đoàn viên" → each member; "Đoàn Khối", "Ban Thường vụ" → the Khối. */
function whoAppliesTo(who: string): AppliesTo | null {
  const f = foldVietnamese(who);
  if (!f) return null;
  // Only "mỗi/từng …" binds each one; "Các cơ sở Đoàn" names who does a Khối-wide target.
  if (!/^(?:moi|tung)\s/.test(f)) return /doan khoi|ban thuong vu|toan khoi/.test(f) ? "KHOI" : null;
  if (/co so|chi doan|don vi/.test(f)) return "EACH_CO_SO";
  if (/doan vien|ca nhan|thanh nien|hoi vien/.test(f)) return "EACH_MEMBER";
  return null;
}

function rowPeriod(when: string, kind: PlanKind) {
  const read = clausePeriod(when, kind);
  return read.period === "MONTHS" || /nhiệm kỳ|giai đoạn|năm/iu.test(when) ? read : null;
}

/** "2. Đối với cơ sở Đoàn:", "· Đối với Đoàn Khối:", "1. Cấp Khối:": whom the targets below bind. */
function levelHeading(content: string, depth: number | null, style: string): Context {
  // "2. Đối với mỗi cơ sở Đoàn" needs no colon when it is the whole line.
  const m = /^(?:Đối với|Cấp)\s([^:]{1,60})(?::|$)/iu.exec(content);
  if (!m) return null;
  const who = m[1].trim();
  // "Đối với Đoàn cơ sở" in a cơ sở's own plan: the issuer itself, not each cơ sở.
  const appliesTo: AppliesTo = /cá nhân|đoàn viên|thanh niên|hội viên/iu.test(who)
    ? "EACH_MEMBER"
    : /cơ sở|chi đoàn|đơn vị/iu.test(who) && !/^(?:Ban Chấp hành\s)?Đoàn cơ sở$/iu.test(who)
      ? "EACH_CO_SO"
      : "KHOI";
  return { appliesTo, depth: depth ?? 99, style };
}

/** Sentences, then ";" clauses, never cutting inside (…) or “…” (a quoted name may hold ";"). */
export function splitClauses(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  let depth = 0;
  let openedAt = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(" || c === "“") {
      if (depth++ === 0) openedAt = i;
    } else if (c === ")" || c === "”") depth = Math.max(0, depth - 1);
    else if (depth > 0 && i - openedAt > 400) depth = 0; // an unclosed bracket stops hiding breaks
    if (depth > 0) continue;
    const next = s.slice(i + 1, i + 3);
    const sentenceEnd =
      ".!?".includes(c) &&
      /^\s\P{Ll}/u.test(next) &&
      !/(?:^|\s)(?:TP|Tp|Q|P|TS|ThS|PGS|GS|Đ\/c)$/u.test(s.slice(Math.max(0, i - 4), i));
    if (c === ";" || sentenceEnd) {
      out.push(s.slice(start, i + 1));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out.map((c) => c.trim().replace(/[;,\s]+$/u, "")).filter((c) => /\d/.test(c));
}

/**
 * Positions inside closed (…), “…” or "…" spans: quantities there are asides or names. Spans are
 * summed through a difference array so that deep nesting stays linear.
 */
function maskedPositions(s: string): Int32Array {
  const depth = new Int32Array(s.length + 1);
  const opens: number[] = [];
  let straight = -1;
  const span = (from: number, to: number) => (depth[from]++, depth[to + 1]--);
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(" || c === "“") opens.push(i);
    else if ((c === ")" || c === "”") && opens.length) span(opens.pop()!, i);
    else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        span(straight, i);
        straight = -1;
      }
    }
  }
  for (let i = 1; i < depth.length; i++) depth[i] += depth[i - 1];
  return depth;
}

type Clause = {
  text: string;
  source: string;
  /** Where "phấn đấu" stands, -1 when absent. */
  strive: number;
  /** "Mỗi cơ sở Đoàn …", "mỗi đoàn viên …", "toàn Khối …" in the clause, in order. */
  scopes: { text: string; index: number; appliesTo: AppliesTo }[];
  sectionAppliesTo: AppliesTo;
  period: PeriodKind;
  months: number[];
  /** Inside a section headed as targets: every stated quantity is proposed, whatever it counts. */
  inTargets: boolean;
  facts: RowFacts | null;
  /** Where the first "đã", "hiện nay", "khuyến khích" … stands (Infinity when none): read once, not per quantity. */
  factAt: number;
  /** Where "kiểm tra"/"giám sát" first stands: what follows counts cơ sở inspected. */
  inspectAt: number;
  /** "bồi dưỡng", "tập huấn" … in the clause: people counted are trained. */
  trained: boolean;
};
type Governance = { verb: string; marker: string; atLeast: boolean };

const INSPECTED = word("kiểm tra|giám sát");
/** "toàn Khối có ít nhất 60 …": the Khối total restated after a per-cơ sở target. */
const WHOLE_KHOI = word("toàn Khối|cả Khối|toàn Đoàn Khối|toàn Đoàn", true);
/** "góp phần … đạt trên 95%": a goal of the agency or the province the union contributes to. */
const CONTRIBUTES = word("góp phần");
const SPELLED = /^\((?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|lăm|mốt|tư|linh|lẻ|\s)+\)\s?/iu;
/** A unit price, not a target: "mỗi suất trị giá 1.000.000 đồng". */
const PRICE = /(?<![\p{L}])(?:trị giá|giá trị|định mức|mỗi suất|mức hỗ trợ)\s?(?:là\s)?$/iu;
const PLACE = /(?<![\p{L}])(?:trong|của|gồm)\s$/iu;
const WITH = /(?<![\p{L}])với\s$/iu;
/** Between two targets of one clause: a list, or a total of the first ("10 tủ sách với tổng số 3.000 đầu sách"). */
const JOINED = /[,;]|(?<![\p{L}])(?:và|hoặc|với|tổng số|trong đó)(?![\p{L}])/iu;
/** A statement of fact or a wish, not a target: "hiện nay có 75 cơ sở", "năm 2026 đã tổ chức 12 …", "khuyến khích …". */
const FACT = word("đã|hiện nay|hiện có|hiện tại|tính đến|đạt được|khuyến khích");
/** After the number, a span of time or an age, not a thing to count: "02 năm", "35 tuổi". */
const NOT_A_THING = sticky(
  "tuổi|năm|tháng|ngày(?!\\scông)|giờ|phút|tuần|quý|giai đoạn|nhiệm kỳ|(?:khóa|khoá)(?!\\s(?:học|đào tạo|tập huấn|bồi dưỡng))|lần thứ|kỳ",
);
/** "mỗi quý 01 buổi" → 04 in the year; "hằng tháng 01 …" → 12. */
const EVERY = /(?<![\p{L}])(?:mỗi|hằng|hàng)\s(quý|tháng)(?![\p{L}])/iu;
const OR_MORE = /^[^;,]{0,60}?(?<![\p{L}])trở lên(?![\p{L}])/iu;

function readClause(
  text: string,
  kind: PlanKind,
  sectionAppliesTo: AppliesTo,
  inTargets: boolean,
  facts: RowFacts | null,
  out: ProposedIndicator[],
  from = 0,
) {
  const scopes = [
    ...Array.from(text.matchAll(new RegExp(EACH_CO_SO.source, "giu")), (m) => ({
      text: m[0],
      index: m.index!,
      appliesTo: "EACH_CO_SO" as const,
    })),
    ...Array.from(text.matchAll(new RegExp(EACH_MEMBER.source, "giu")), (m) => ({
      text: m[0],
      index: m.index!,
      appliesTo: "EACH_MEMBER" as const,
    })),
    ...Array.from(text.matchAll(WHOLE_KHOI), (m) => ({ text: m[0], index: m.index!, appliesTo: "KHOI" as const })),
  ].sort((a, b) => a.index - b.index);
  const clause: Clause = {
    text,
    source: text.slice(0, 500),
    strive: STRIVE.exec(text)?.index ?? -1,
    scopes,
    sectionAppliesTo,
    ...(facts?.period ?? clausePeriod(text, kind)),
    inTargets,
    facts,
    factAt: Math.min(FACT.exec(text)?.index ?? Infinity, CONTRIBUTES.exec(text)?.index ?? Infinity),
    inspectAt: INSPECTED.exec(text)?.index ?? Infinity,
    trained: TRAINED.test(text),
  };
  const mask = maskedPositions(text);
  const first = out.length;
  let prev: Previous | null = null;
  for (const q of text.matchAll(QUANTITY)) {
    const at = q.index!;
    if (mask[at] > 0 || at < from) continue;
    const raw = q[0].replace(/\s?%$/, "");
    const value = parseVietnameseNumber(raw);
    if (value === null || value <= 0 || value > Number.MAX_SAFE_INTEGER) continue;
    if (!q[3] && /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100) continue; // a year
    // A table's quantity cell follows its content ("… chuyển đổi số: 10"), never a reference.
    if (!(from > 0 && at >= from) && REFERENCE.test(text.slice(Math.max(0, at - 30), at))) continue;
    const gov = governance(clause, at, prev);
    if (!gov) continue;
    const after = at + q[0].length;
    let spaced = after + (text[after] === " " ? 1 : 0);
    // "02 (hai) hội thi": the number spelled out in brackets.
    const spelled = SPELLED.exec(text.slice(spaced, spaced + 30));
    if (spelled && !q[3]) spaced += spelled[0].length;
    // "100% cơ sở Đoàn có ít nhất 01 công trình": the per-cơ sở restatement of the share.
    if (
      prev?.share &&
      !q[3] &&
      value === 1 &&
      !scopes.some((s) => s.appliesTo === "KHOI" && s.index > prev!.end && s.index < at)
    ) {
      const restated = readCount(clause, gov, raw, value, at, spaced) ?? readEntered(clause, gov, raw, value, at, spaced);
      const share = out[out.length - 1];
      if (restated) share.wording = capitalise(text.slice(prev.at, restated.end)).slice(0, 300);
      prev = { at: prev.at, end: restated?.end ?? prev.end, verb: prev.verb, marker: prev.marker, share: true };
      continue;
    }
    const read = q[3]
      ? readPercent(clause, gov, raw, value, at, after, spaced)
      : (readCount(clause, gov, raw, value, at, spaced) ?? (inTargets ? readEntered(clause, gov, raw, value, at, spaced) : null));
    if (!read) continue;
    // "12 lớp …, mỗi quý 03 lớp": the same total stated twice.
    const i = read.indicator;
    if (
      i.target !== value &&
      out
        .slice(first)
        .some(
          (o) => o.target === i.target && o.appliesTo === i.appliesTo && o.unitLabel.split(" ")[0] === i.unitLabel.split(" ")[0],
        )
    )
      continue;
    out.push(i);
    prev = { at, end: read.end, verb: gov.verb, marker: gov.marker, share: read.indicator.measure === "UNIT_SHARE" };
  }
}

/** The verb and "ít nhất" governing a quantity; null when nothing makes it a target. */
function governance(clause: Clause, at: number, prev: Previous | null): Governance | null {
  const before = clause.text.slice(Math.max(prev?.end ?? 0, at - 200), at);
  if (clause.factAt < at || PRICE.test(before)) return null;
  // A list item right after the previous target ("02 …, 01 …") shares its verb and "ít nhất".
  if (prev && /^(?:\s|,|và|hoặc)*$/u.test(before))
    return { verb: prev.verb, marker: prev.marker, atLeast: Boolean(prev.marker) || (clause.strive >= 0 && clause.strive < at) };
  const found = lastMatch(VERBS, before);
  if (found && /(?<![\p{L}])đã\s$/iu.test(before.slice(0, found.index))) return null; // "đã tổ chức": a report, not a target
  const verb = found?.text ?? "";
  const marker = AT_LEAST.exec(before)?.[1] ?? "";
  const atLeast = Boolean(marker) || (clause.strive >= 0 && clause.strive < at);
  // In a targets section a quantity needs no verb; but "trong 9 chi đoàn", "với 210 đoàn viên" place
  // a target, and a quantity after another one with no verb or list between qualifies it ("50
  // sáng kiến làm lợi từ 100 triệu đồng").
  if (clause.inTargets) {
    if (!marker && (PLACE.test(before) || (!prev && WITH.test(before)))) return null;
    if (prev && !found && !marker && !JOINED.test(before)) return null;
    return { verb, marker, atLeast };
  }
  const opensClause = prev === null && /^\s*$|:\s*$/u.test(before);
  if (!verb && !marker && !opensClause) return null;
  return { verb, marker, atLeast };
}

/** Whom a quantity binds: the nearest "mỗi …"/"toàn Khối" before it, else a "mỗi …" after it. */
function scopeOf(clause: Clause, at: number) {
  const before = clause.scopes.filter((s) => s.index < at).pop();
  return before ?? clause.scopes.find((s) => s.appliesTo !== "KHOI") ?? null;
}

/**
 * In a targets section, a quantity of a noun outside the known vocabulary ("05 tiểu phẩm",
 * "500 cây xanh"): a figure staff enter, its noun phrase the unit.
 */
function readEntered(clause: Clause, gov: Governance, raw: string, value: number, at: number, spaced: number) {
  const text = clause.text;
  NOT_A_THING.lastIndex = spaced;
  if (NOT_A_THING.test(text)) return null;
  const phrase = /^\p{L}[\p{L}\p{M} ]*/u.exec(text.slice(spaced, spaced + 120))?.[0] ?? "";
  const unit = wordsUntilStop(phrase, 4, UNIT_STOPS).text;
  if (!unit || unit.length < 2) return null;
  const end = spaced + text.slice(spaced).indexOf(unit) + unit.length;
  const applies = appliesAt(clause, at, end);
  const subject = applies.subject;
  const verb = subject ? gov.verb.toLowerCase() : gov.verb;
  const base = indicator(clause, gov, `${subject}${verb} ${gov.marker} ${raw} ${unit}`, at, end);
  const per = perPeriod(clause, at, value, end);
  return {
    indicator: {
      ...base,
      measure: "ENTERED",
      recordKind: null,
      target: per.target,
      targetKind: base.targetKind === "EXACT" && OR_MORE.test(text.slice(end)) ? "AT_LEAST" : base.targetKind,
      unitLabel: unit,
      appliesTo: applies.appliesTo,
      ...(per.period ?? {}),
      reason: joinReasons(base.reason, `đơn vị tính ngoài danh mục: “${unit}”, nhập số liệu`, per.reason),
    } satisfies ProposedIndicator,
    end,
  };
}

const UNIT_STOPS = new Set([
  ...STOP_WORDS,
  "về",
  "tại",
  "trên",
  "theo",
  "thuộc",
  "gắn",
  "từ",
  "trở",
  "nhân",
  "hướng",
  "phục",
  "góp",
]);

/** "01 công trình/cơ sở" beats the nearest "mỗi …", which beats the table's who, then the heading. */
function appliesAt(clause: Clause, at: number, end: number): { appliesTo: AppliesTo; subject: string } {
  const per = PER.exec(clause.text.slice(end, end + 30))?.[1].toLowerCase();
  if (per) return { appliesTo: /đoàn viên|người|cá nhân/u.test(per) ? "EACH_MEMBER" : "EACH_CO_SO", subject: "" };
  const scope = scopeOf(clause, at);
  if (scope)
    return { appliesTo: scope.appliesTo, subject: scope.index <= 2 && scope.appliesTo !== "KHOI" ? `${scope.text} ` : "" };
  return { appliesTo: clause.facts?.appliesTo ?? clause.sectionAppliesTo, subject: "" };
}

/**
 * "mỗi quý 01 buổi", "tổ chức 01 … mỗi tháng" in a year's plan: 04 (12) in the year. Only right
 * before the number or right after its noun: "04 buổi (mỗi quý 01 buổi)" is already a total.
 */
function perPeriod(clause: Clause, at: number, value: number, end: number) {
  const before = clause.text.slice(Math.max(0, at - 40), at);
  const every = EVERY_BEFORE.exec(before) ?? EVERY_AFTER.exec(clause.text.slice(end, end + 20));
  if (!every || clause.period === "MONTHS") return { target: value, period: null, reason: "" };
  const times = /quý/iu.test(every[1]) ? 4 : 12;
  return {
    target: value * times,
    period: { period: "YEAR" as const, months: [] },
    reason: `${EVERY.exec(every[0])![0].toLowerCase()} ${value} → ${value * times} trong năm`,
  };
}
const EVERY_BEFORE = new RegExp(`${EVERY.source}[^\\d()“”"]*$`, "iu");
const EVERY_AFTER = new RegExp(`^\\s?${EVERY.source}`, "iu");

const joinReasons = (...parts: string[]) => parts.filter(Boolean).join("; ");

function indicator(clause: Clause, gov: Governance, wording: string, start: number, end: number) {
  const text = capitalise(wording.replace(/\s+/g, " ").trim()).slice(0, 300);
  return {
    source: clause.source,
    wording: text,
    targetKind: gov.atLeast || clause.facts?.atLeast ? "AT_LEAST" : "EXACT",
    period: clause.period,
    months: clause.months,
    honourLevel: null,
    highlight: { start: Math.min(start, clause.source.length), end: Math.min(end, clause.source.length) },
    reason: clause.facts?.reason ?? "",
    inTargets: clause.inTargets,
  } as const;
}

/** "100% cơ sở Đoàn có …" (UNIT_SHARE), "80% đoàn viên tham gia …" or "đạt 95%" (ENTERED). */
function readPercent(clause: Clause, gov: Governance, raw: string, value: number, at: number, end: number, spaced: number) {
  const share = readShare(clause.text, spaced);
  // A bare "95%" is a target only after "đạt"/"phấn đấu"/"ít nhất…": "có … 100%" is a description.
  if (!share && !gov.marker && !/^(?:đạt|phấn đấu)$/iu.test(gov.verb) && !clause.inTargets) return null;
  const wording = share
    ? `${gov.marker} ${raw}% ${share.text}`
    : clause.text.slice(Math.max(0, end - 120), end).replace(end > 120 ? /^\S*\s/u : /^/u, "");
  const base = indicator(clause, gov, wording, at, share?.end ?? end);
  return {
    indicator: {
      ...base,
      measure: share?.measure ?? "ENTERED",
      recordKind: share?.measure === "UNIT_SHARE" && clause.inspectAt < at ? "INSPECTION" : (share?.record ?? null),
      targetKind: "PERCENT",
      target: value,
      unitLabel: "%",
      // A share is measured over the Khối, unless the clause says "mỗi cơ sở có 100% đoàn viên …".
      // A share of members under "Đối với mỗi cơ sở Đoàn" binds each cơ sở; a share of cơ sở is the Khối's.
      appliesTo:
        clause.scopes.filter((x) => x.index < at).pop()?.appliesTo ??
        (share?.measure === "UNIT_SHARE" ? "KHOI" : clause.sectionAppliesTo),
    } satisfies ProposedIndicator,
    end: share?.end ?? end,
  };
}

/** "04 hoạt động cao điểm", "150 gương … cấp Khối", "50.000.000 đồng": a count of a known noun. */
function readCount(clause: Clause, gov: Governance, raw: string, value: number, at: number, spaced: number) {
  const text = clause.text;
  if (/^[“"]/u.test(text.slice(spaced, spaced + 1))) return readNamed(clause, gov, raw, value, at, spaced);
  const noun = NOUNS.find((n) => ((n.re.lastIndex = spaced), n.re.test(text)));
  if (!noun) return null; // "04 xin (…)", "50 năm", "7 chương trình đột phá": not countable targets
  // "300 đoàn viên được bồi dưỡng": people trained need no verb of mobilising.
  const trained = noun.people && clause.trained;
  if (noun.needs && !noun.needs.test(gov.verb) && !trained) return null;
  if (noun.record === "INSPECTION" && !(clause.inspectAt < at)) return null; // "Kiểm tra … tại 10 cơ sở Đoàn"
  noun.re.lastIndex = spaced;
  const m = noun.re.exec(text)!;
  let end = spaced + m[0].length;
  // "1.500 lượt khám": turns of something else than people taking part.
  if (noun.people && /^lượt$/iu.test(m[0]) && TURNS_OF_A_THING.test(text.slice(end))) return null;
  const record: RecordKind | null = trained ? "TRAINING" : noun.record;
  let label = m[0];
  let target = value;
  if (noun.money) {
    target = value * (MONEY_SCALE[m[1]?.toLowerCase() ?? ""] ?? 1);
    if (target > Number.MAX_SAFE_INTEGER) return null;
    label = "đồng";
  }
  if (noun.extend) ({ label, end } = extendLabel(text, label, end));
  let honourLevel: HonourLevel | null = null;
  const level = noun.record === "HONOUR" ? HONOUR_LEVEL.exec(text.slice(end, end + 260)) : null;
  if (level) {
    honourLevel = /Khối/iu.test(level[1]) ? "KHOI" : /Thành|Tỉnh/iu.test(level[1]) ? "CITY" : "NATIONAL";
    end += level[0].length;
  }
  if (noun.record === "HONOUR" && !honourLevel) honourLevel = honourIssuer(text, at, end);
  const { appliesTo, subject } = appliesAt(clause, at, end);
  const tail = noun.people ? wordsUntilStop(text.slice(end, end + 160), 8, new Set()).text : "";
  const verb = subject ? gov.verb.toLowerCase() : gov.verb;
  const months = clause.period === "MONTHS" ? ` (tháng ${clause.months.join(", ")})` : "";
  const wording =
    `${subject}${verb} ${gov.marker} ${raw} ${noun.money ? m[0] : label} ${level?.[1] ?? ""} ${tail}`.trim() + months;
  const base = indicator(clause, gov, wording, at, end);
  const per = noun.money ? { target, period: null, reason: "" } : perPeriod(clause, at, target, end);
  return {
    indicator: {
      ...base,
      honourLevel,
      measure: noun.measure,
      recordKind: record,
      target: per.target,
      targetKind: base.targetKind === "EXACT" && OR_MORE.test(text.slice(end)) ? "AT_LEAST" : base.targetKind,
      unitLabel: label,
      appliesTo,
      ...(per.period ?? {}),
      reason: joinReasons(base.reason, per.reason),
    } satisfies ProposedIndicator,
    end,
  };
}

/**
 * A quantity of a named thing: "08 “Bữa cơm công nhân”", "50 “Thợ trẻ giỏi” cấp Khối", "01 “Công
 * trình thanh niên …”". The name is the unit; what it counts comes from its first words or the verb.
 */
function readNamed(clause: Clause, gov: Governance, raw: string, value: number, at: number, spaced: number) {
  const text = clause.text;
  const closing = text[spaced] === "“" ? "”" : '"';
  const close = text.slice(0, spaced + 101).indexOf(closing, spaced + 1);
  if (close < 0 || close - spaced > 100 || (!gov.verb && !clause.inTargets)) return null;
  const name = text.slice(spaced + 1, close).trim();
  if (!/^\p{L}/u.test(name)) return null;
  let end = close + 1;
  const inner = NOUNS.find((n) => !n.needs && n.record !== "INSPECTION" && !n.money && ((n.re.lastIndex = 0), n.re.test(name)));
  const honoured = HONOUR_VERBS.test(clause.text.slice(Math.max(0, at - 80), at));
  const record: RecordKind | null =
    inner?.record ?? (honoured ? "HONOUR" : /(?<![\p{L}])tổ chức(?![\p{L}])/iu.test(gov.verb) ? "ACTIVITY" : null);
  let honourLevel: HonourLevel | null = null;
  const level = record === "HONOUR" ? HONOUR_LEVEL.exec(text.slice(end, end + 60)) : null;
  if (level) {
    honourLevel = /Khối/iu.test(level[1]) ? "KHOI" : /Thành|Tỉnh/iu.test(level[1]) ? "CITY" : "NATIONAL";
    end += level[0].length;
  }
  if (record === "HONOUR" && !honourLevel) honourLevel = honourIssuer(text, at, end);
  const { appliesTo, subject } = appliesAt(clause, at, end);
  const verb = subject ? gov.verb.toLowerCase() : gov.verb;
  const base = indicator(clause, gov, `${subject}${verb} ${gov.marker} ${raw} “${name}” ${level?.[1] ?? ""}`, at, end);
  const per = perPeriod(clause, at, value, end);
  return {
    indicator: {
      ...base,
      honourLevel,
      measure: record ? "RECORD_COUNT" : "ENTERED",
      recordKind: record,
      target: per.target,
      unitLabel: `“${name}”`.slice(0, 100),
      appliesTo,
      ...(per.period ?? {}),
      reason: joinReasons(base.reason, record ? "" : `đếm “${name}”, nhập số liệu`, per.reason),
    } satisfies ProposedIndicator,
    end,
  };
}

/** "đề nghị Thành Đoàn tuyên dương", "Trung ương Đoàn …": the honour's level by who gives it, near the number. */
function honourIssuer(text: string, at: number, end: number): HonourLevel | null {
  const after = text.slice(end, end + 100).split(/\d/u)[0];
  const before = text.slice(Math.max(0, at - 60), at);
  for (const near of [after, before]) {
    const levels = Array.from(near.matchAll(ISSUER), (m) =>
      /trung ương|tw|toàn quốc/iu.test(m[0]) ? "NATIONAL" : /khối/iu.test(m[0]) ? "KHOI" : "CITY",
    );
    if (levels.length) return near === after ? levels[0] : levels[levels.length - 1];
  }
  return null;
}
const ISSUER =
  /(?<![\p{L}])(?:Trung ương Đoàn|TW Đoàn|cấp Trung ương|toàn quốc|Thành Đoàn|Tỉnh Đoàn|cấp Thành|cấp Tỉnh|Đoàn Khối|cấp Khối)(?![\p{L}])/giu;

/** "cơ sở Đoàn trực thuộc có giải pháp …" → the share's unit, what it counts and a short text. */
function readShare(clause: string, at: number) {
  for (const [re, measure] of [
    [UNIT_NOUN, "UNIT_SHARE"],
    [MEMBER_NOUN, "ENTERED"],
  ] as const) {
    re.lastIndex = at;
    const m = re.exec(clause);
    if (!m) continue;
    const end = at + m[0].length;
    const rest = clause.slice(end, end + 400).replace(/^\s?(?:trực thuộc|thuộc(?:\s(?:Đoàn\s)?Khối)?)(?![\p{L}])/iu, "");
    // "… có ít nhất 01 công trình": the words stop at the number; the floor before it is not the share's.
    const tail = wordsUntilStop(rest, 25, SHARE_STOPS, true).text.replace(/\s(?:ít nhất|tối thiểu|từ)$/iu, "");
    // The earliest counted word names the records: "có giải pháp … ý tưởng" → PROJECT.
    let record: RecordKind | null = null;
    let first = Infinity;
    for (const [w, k] of measure === "UNIT_SHARE" ? SHARE_RECORDS : []) {
      const i = w.exec(rest)?.index ?? Infinity;
      if (i < first) [first, record] = [i, k];
    }
    return { measure: measure as MeasureKind, record, end, text: `${m[0]} ${tail}`.trim() };
  }
  return null;
}

/** Products are named by the words after the noun: "sản phẩm là phóng sự" → "sản phẩm phóng sự". */
function extendLabel(clause: string, head: string, end: number): { label: string; end: number } {
  const ahead = clause.slice(end, end + 200);
  // "01 bài mỗi tháng", "05 tiểu phẩm về …": nothing names the product further.
  const next = /^\s(\p{L}+)/u.exec(ahead)?.[1].toLowerCase() ?? "";
  if (next !== "là" && STOP_WORDS.has(next)) return { label: head, end };
  const isA = /^\slà\s/u.test(ahead);
  const { text, length } = wordsUntilStop(isA ? ahead.slice(3) : ahead, isA ? 4 : 8, STOP_WORDS);
  return text ? { label: `${head} ${text}`, end: end + (isA ? 3 : 0) + length } : { label: head, end };
}

/** Up to `max` words before punctuation, a number or a stop word; with the length consumed. */
function wordsUntilStop(s: string, max: number, stops: Set<string>, commas = false): { text: string; length: number } {
  // A share's object may list with commas ("có công trình, phần việc"); a noun phrase may not.
  const segment = (commas ? /^[^;.:()“”"]*/u : /^[^,;.:()“”"]*/u).exec(s)![0];
  const taken: string[] = [];
  let length = 0;
  for (const w of segment.matchAll(/\S+/gu)) {
    if (taken.length >= max || stops.has(w[0].toLowerCase()) || /^\d/.test(w[0])) break;
    taken.push(w[0]);
    length = w.index! + w[0].length;
  }
  // Cut before a stop word only when something is left ("trong Khối tham gia…" keeps going).
  if (!taken.length && stops.size && segment.trim()) return wordsUntilStop(s, max, new Set(), commas);
  return { text: taken.join(" ").replace(/,$/u, ""), length };
}

/** "quý III", "quý I và quý II" (not "mỗi quý"): the quarter's months. */
const QUARTERS =
  /(?<!(?:mỗi|hằng|hàng|từng)\s)(?<![\p{L}])quý\s(?:IV|I{1,3}|[1-4])(?![\p{L}\p{N}])(?:\s?(?:,|và|-|–)\s?(?:quý\s)?(?:IV|I{1,3}|[1-4])(?![\p{L}\p{N}])){0,3}/iu;
/** "tháng 4 - tháng 6", "từ tháng 3 đến tháng 5". */
const MONTH_RANGE = /(?<![\p{L}])tháng\s(\d{1,2})\s?(?:-|–|đến)\s?(?:tháng\s)?(\d{1,2})(?![\d/])/iu;
/** "vào tháng 8/2027", "tháng 8 năm 2027" (not "ngày 15 tháng 8 năm 2027", a date). */
const MONTH_OF_YEAR = /(?<!ngày\s\d{1,2}\s)(?<![\p{L}])tháng\s(\d{1,2})\s?(?:\/|năm\s)\s?\d{4}/iu;
const QUARTER_NUMBER: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

/** "(tháng 3, 5, 7, 9)" → MONTHS; "trong nhiệm kỳ" → TERM; "hàng năm" → YEAR; else by kind. */
export function clausePeriod(clause: string, kind: PlanKind): { period: PeriodKind; months: number[] } {
  const range = MONTH_RANGE.exec(clause);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    if (from >= 1 && to <= 12 && from < to)
      return { period: "MONTHS", months: Array.from({ length: to - from + 1 }, (_, i) => from + i) };
  }
  const dated = MONTH_OF_YEAR.exec(clause);
  if (dated && Number(dated[1]) >= 1 && Number(dated[1]) <= 12) return { period: "MONTHS", months: [Number(dated[1])] };
  const m = MONTHS.exec(clause);
  const months = m
    ? [...new Set(Array.from(m[1].matchAll(/\d{1,2}/g), (d) => Number(d[0])))].filter((n) => n >= 1 && n <= 12)
    : [];
  if (months.length) return { period: "MONTHS", months };
  const quarters = QUARTERS.exec(clause);
  if (quarters) {
    const named = Array.from(quarters[0].matchAll(/IV|I{1,3}|[1-4]/gu), (q) => QUARTER_NUMBER[q[0]] ?? Number(q[0]));
    return { period: "MONTHS", months: [...new Set(named)].sort((a, b) => a - b).flatMap((n) => [n * 3 - 2, n * 3 - 1, n * 3]) };
  }
  if (/nhiệm kỳ|giai đoạn/iu.test(clause)) return { period: "TERM", months: [] };
  if (/hàng năm|hằng năm|mỗi năm|trong năm|năm \d{4}/iu.test(clause)) return { period: "YEAR", months: [] };
  return { period: kind === "PROGRAMME" ? "TERM" : "YEAR", months: [] };
}

function lastMatch(re: RegExp, s: string): { text: string; index: number } | null {
  const all = Array.from(s.matchAll(re));
  return all.length ? { text: all[all.length - 1][0], index: all[all.length - 1].index! } : null;
}

const capitalise = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);
