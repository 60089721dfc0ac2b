// Proposes indicators (chỉ tiêu) from the body of a plan: a quantity is a target when it is
// followed by a countable noun from a known vocabulary ("04 hoạt động cao điểm", "100% cơ sở
// Đoàn") and governed by a target verb or marker (tổ chức, đề xuất, có, ít nhất…), or opens its
// clause. Quantities in parentheses or quotes, after "số"/"Chỉ thị"/"năm"/"tháng"…, years, dates
// and document numbers are never targets. Staff confirm each proposal, so the rules favour
// missing a target over inventing one. All regexes are linear; look-behind windows are bounded.
import type { AppliesTo, HonourLevel, MeasureKind, PeriodKind, PlanKind, ProposedIndicator, RecordKind } from "./plan-model";
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
const MOBILISE_VERBS = word("vận động|thu hút|huy động|tập hợp|cử|kết nạp|tham gia");
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
    re: sticky("hội thi|cuộc thi|hội thao|hội diễn|diễn đàn|tọa đàm|toạ đàm|hội thảo|chiến dịch|ngày hội"),
    measure: "RECORD_COUNT",
    record: "ACTIVITY",
  },
  {
    re: sticky(
      "bộ sản phẩm|sản phẩm|phóng sự|video clip|video|clip|bài viết|tin,? bài|ấn phẩm|tờ rơi|tờ gấp|áp phích|cẩm nang|sổ tay|bản tin",
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
  [word("giải pháp|công trình|phần việc|mô hình"), "PROJECT"],
  [word("ý tưởng|sáng kiến|hiến kế"), "IDEA"],
  [word("sản phẩm|phóng sự"), "PRODUCT"],
  [word("gương|tuyên dương"), "HONOUR"],
  [word("tổ chức|hoạt động|hội thi|tập huấn"), "ACTIVITY"],
  [word("tham gia"), "PARTICIPATION"],
];

const VERBS = word(
  "tổ chức|thực hiện|đề xuất|tuyên dương|biểu dương|khen thưởng|giới thiệu|có|phấn đấu|đạt|xây dựng|triển khai|vận động|quyên góp|huy động|thu hút|tập hợp|phát hành|sản xuất|đăng ký|hoàn thành|mở|duy trì|ra mắt|hỗ trợ|trao|tặng|kết nạp|cử|thành lập|biên soạn|thiết kế|phát động|bình chọn|nhân rộng|vinh danh|đề cử|tham gia",
  true,
);
/** "ít nhất" right before the number; it then governs the rest of a list sharing the verb. */
const AT_LEAST = /(?<![\p{L}])(ít nhất|tối thiểu|không dưới|không ít hơn|trên|hơn)\s?$/iu;
/** "phấn đấu" (strive for) anywhere earlier in the clause reads as a floor: AT_LEAST. */
const STRIVE = /(?<![\p{L}])phấn đấu(?![\p{L}])/iu;
/** A number right after these is a reference, an ordinal or a date part, not a target. */
const REFERENCE =
  /(?<![\p{L}\p{N}])(?:số|chỉ thị|nghị quyết|quyết định|nghị định|thông tư|kế hoạch|chương trình|hướng dẫn|công văn|thông báo|báo cáo|điều|khoản|mục|lần thứ|thứ|tháng|ngày|năm|giai đoạn|nhiệm kỳ|khóa|khoá|đại hội|lần|tuổi|quận|phường|kỳ)\s?[:.]?\s?$/iu;
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
const STOP_WORDS = new Set(["là", "trong", "cho", "nhằm", "để", "với", "của", "tại", "và", "hoặc", "được", "đạt", "vào"]);

type Context = { appliesTo: AppliesTo; depth: number } | null;
type Previous = { end: number; verb: string; marker: string };

export function extractIndicators(lines: string[], kind: PlanKind): ProposedIndicator[] {
  const out: ProposedIndicator[] = [];
  let context: Context = null;
  for (const line of lines) {
    if (!line) continue;
    if (ROMAN_LINE.test(line)) context = null;
    const bullet = BULLET.exec(line);
    const depth = bullet?.[1] ? bullet[1].split(".").length : null;
    if (context && depth !== null && depth <= context.depth) context = null;
    const content = bullet ? line.slice(bullet[0].length) : line;
    context = levelHeading(content, depth) ?? context;
    for (const clause of splitClauses(content)) readClause(clause, kind, context?.appliesTo ?? "KHOI", out);
  }
  return out;
}

/** "2. Đối với cơ sở Đoàn:", "· Đối với Đoàn Khối:", "1. Cấp Khối:": whom the targets below bind. */
function levelHeading(content: string, depth: number | null): Context {
  const m = /^(?:Đối với|Cấp)\s([^:]{1,60}):/iu.exec(content);
  if (!m) return null;
  const who = m[1];
  const appliesTo: AppliesTo = /cá nhân|đoàn viên|thanh niên|hội viên/iu.test(who)
    ? "EACH_MEMBER"
    : /cơ sở|chi đoàn|đơn vị/iu.test(who)
      ? "EACH_CO_SO"
      : "KHOI";
  return { appliesTo, depth: depth ?? 99 };
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
  /** "Mỗi cơ sở Đoàn …" / "mỗi đoàn viên …" in the clause. */
  each: { text: string; index: number; appliesTo: AppliesTo } | null;
  sectionAppliesTo: AppliesTo;
  period: PeriodKind;
  months: number[];
};
type Governance = { verb: string; marker: string; atLeast: boolean };

function readClause(text: string, kind: PlanKind, sectionAppliesTo: AppliesTo, out: ProposedIndicator[]) {
  const eachOf = (re: RegExp, appliesTo: AppliesTo) => {
    const m = re.exec(text);
    return m ? { text: m[0], index: m.index, appliesTo } : null;
  };
  const each =
    [eachOf(EACH_CO_SO, "EACH_CO_SO"), eachOf(EACH_MEMBER, "EACH_MEMBER")]
      .filter((e) => e !== null)
      .sort((a, b) => a.index - b.index)[0] ?? null;
  const clause: Clause = {
    text,
    source: text.slice(0, 500),
    strive: STRIVE.exec(text)?.index ?? -1,
    each,
    sectionAppliesTo,
    ...clausePeriod(text, kind),
  };
  const mask = maskedPositions(text);
  let prev: Previous | null = null;
  for (const q of text.matchAll(QUANTITY)) {
    const at = q.index!;
    if (mask[at] > 0) continue;
    const raw = q[0].replace(/\s?%$/, "");
    const value = parseVietnameseNumber(raw);
    if (value === null || value <= 0 || value > Number.MAX_SAFE_INTEGER) continue;
    if (!q[3] && /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100) continue; // a year
    if (REFERENCE.test(text.slice(Math.max(0, at - 30), at))) continue;
    const gov = governance(clause, at, prev);
    if (!gov) continue;
    const after = at + q[0].length;
    const spaced = after + (text[after] === " " ? 1 : 0);
    const read = q[3] ? readPercent(clause, gov, raw, value, at, after, spaced) : readCount(clause, gov, raw, value, at, spaced);
    if (!read) continue;
    out.push(read.indicator);
    prev = { end: read.end, verb: gov.verb, marker: gov.marker };
  }
}

/** The verb and "ít nhất" governing a quantity; null when nothing makes it a target. */
function governance(clause: Clause, at: number, prev: Previous | null): Governance | null {
  const before = clause.text.slice(Math.max(prev?.end ?? 0, at - 200), at);
  // A list item right after the previous target ("02 …, 01 …") shares its verb and "ít nhất".
  if (prev && /^(?:\s|,|và|hoặc)*$/u.test(before))
    return { verb: prev.verb, marker: prev.marker, atLeast: Boolean(prev.marker) || (clause.strive >= 0 && clause.strive < at) };
  const found = lastMatch(VERBS, before);
  if (found && /(?<![\p{L}])đã\s$/iu.test(before.slice(0, found.index))) return null; // "đã tổ chức": a report, not a target
  const verb = found?.text ?? "";
  const marker = AT_LEAST.exec(before)?.[1] ?? "";
  const opensClause = prev === null && /^\s*$|:\s*$/u.test(before);
  if (!verb && !marker && !opensClause) return null;
  return { verb, marker, atLeast: Boolean(marker) || (clause.strive >= 0 && clause.strive < at) };
}

function indicator(clause: Clause, gov: Governance, wording: string, start: number, end: number) {
  const text = capitalise(wording.replace(/\s+/g, " ").trim()).slice(0, 300);
  return {
    source: clause.source,
    wording: text,
    targetKind: gov.atLeast ? "AT_LEAST" : "EXACT",
    period: clause.period,
    months: clause.months,
    honourLevel: null,
    highlight: { start: Math.min(start, clause.source.length), end: Math.min(end, clause.source.length) },
    reason: "",
    inTargets: false,
  } as const;
}

/** "100% cơ sở Đoàn có …" (UNIT_SHARE), "80% đoàn viên tham gia …" or "đạt 95%" (ENTERED). */
function readPercent(clause: Clause, gov: Governance, raw: string, value: number, at: number, end: number, spaced: number) {
  const share = readShare(clause.text, spaced);
  // A bare "95%" is a target only after "đạt"/"phấn đấu"/"ít nhất…": "có … 100%" is a description.
  if (!share && !gov.marker && !/^(?:đạt|phấn đấu)$/iu.test(gov.verb)) return null;
  const wording = share
    ? `${gov.marker} ${raw}% ${share.text}`
    : clause.text.slice(Math.max(0, end - 120), end).replace(end > 120 ? /^\S*\s/u : /^/u, "");
  const base = indicator(clause, gov, wording, at, share?.end ?? end);
  return {
    indicator: {
      ...base,
      measure: share?.measure ?? "ENTERED",
      recordKind: share?.record ?? null,
      targetKind: "PERCENT",
      target: value,
      unitLabel: "%",
      appliesTo: "KHOI",
    } satisfies ProposedIndicator,
    end: share?.end ?? end,
  };
}

/** "04 hoạt động cao điểm", "150 gương … cấp Khối", "50.000.000 đồng": a count of a known noun. */
function readCount(clause: Clause, gov: Governance, raw: string, value: number, at: number, spaced: number) {
  const text = clause.text;
  const noun = NOUNS.find((n) => ((n.re.lastIndex = spaced), n.re.test(text)));
  if (!noun) return null; // "04 xin (…)", "50 năm", "7 chương trình đột phá": not countable targets
  if (noun.needs && !noun.needs.test(gov.verb)) return null;
  noun.re.lastIndex = spaced;
  const m = noun.re.exec(text)!;
  let end = spaced + m[0].length;
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
  // "01 công trình/cơ sở" beats "mỗi cơ sở" in the clause, which beats the "Đối với …" heading.
  const per = PER.exec(text.slice(end, end + 30))?.[1].toLowerCase();
  const appliesTo: AppliesTo = per
    ? /đoàn viên|người|cá nhân/u.test(per)
      ? "EACH_MEMBER"
      : "EACH_CO_SO"
    : (clause.each?.appliesTo ?? clause.sectionAppliesTo);
  const tail = noun.people ? wordsUntilStop(text.slice(end, end + 160), 8, new Set()).text : "";
  const subject = clause.each && clause.each.index <= 2 ? `${clause.each.text} ` : "";
  const verb = subject ? gov.verb.toLowerCase() : gov.verb;
  const months = clause.period === "MONTHS" ? ` (tháng ${clause.months.join(", ")})` : "";
  const wording =
    `${subject}${verb} ${gov.marker} ${raw} ${noun.money ? m[0] : label} ${level?.[1] ?? ""} ${tail}`.trim() + months;
  const base = indicator(clause, gov, wording, at, end);
  return {
    indicator: {
      ...base,
      honourLevel,
      measure: noun.measure,
      recordKind: noun.record,
      target,
      unitLabel: label,
      appliesTo,
    } satisfies ProposedIndicator,
    end,
  };
}

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
    const tail = wordsUntilStop(rest, 25, SHARE_STOPS, true).text;
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

/** "(tháng 3, 5, 7, 9)" → MONTHS; "trong nhiệm kỳ" → TERM; "hàng năm" → YEAR; else by kind. */
export function clausePeriod(clause: string, kind: PlanKind): { period: PeriodKind; months: number[] } {
  const m = MONTHS.exec(clause);
  const months = m
    ? [...new Set(Array.from(m[1].matchAll(/\d{1,2}/g), (d) => Number(d[0])))].filter((n) => n >= 1 && n <= 12)
    : [];
  if (months.length) return { period: "MONTHS", months };
  if (/nhiệm kỳ|giai đoạn/iu.test(clause)) return { period: "TERM", months: [] };
  if (/hàng năm|hằng năm|mỗi năm|trong năm|năm \d{4}/iu.test(clause)) return { period: "YEAR", months: [] };
  return { period: kind === "PROGRAMME" ? "TERM" : "YEAR", months: [] };
}

function lastMatch(re: RegExp, s: string): { text: string; index: number } | null {
  const all = Array.from(s.matchAll(re));
  return all.length ? { text: all[all.length - 1][0], index: all[all.length - 1].index! } : null;
}

const capitalise = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);
