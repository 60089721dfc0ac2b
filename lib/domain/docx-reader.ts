// Reads a plan's .docx into the text a user's paste from Word would give, so that extractPlanText
// (plan-text.ts) reads an upload exactly as it reads a paste (issue 17). No npm package renders
// Word's automatic numbering as text (mammoth drops number formats and starts, and flattens
// tables), yet "I.", "1.2." and "a)" are what the extractor hangs sections and targets on. So this
// reads word/document.xml with word/numbering.xml and word/styles.xml itself:
// - one line per paragraph; a list paragraph gets its rendered marker ("1.", "1.2.", "a)", "-",
//   "I."), counted per numId and level, restarts honoured;
// - a table is one line per row, cells joined by a TAB (a cell's paragraphs joined by a space),
//   except the two-column header block above the title (issuer | "CỘNG HÒA…", number | place and
//   date), read line by line side by side as a paste does, for readHeader's tab-split cells;
// - w:tab → TAB, w:br → new line, no-break and soft hyphens, no-break spaces made plain; tracked
//   deletions skipped, insertions kept; fields show their displayed result.
// Only parts checked by docx-guard.ts arrive here. The XML is parsed by saxes (strict, no DTD:
// Word never writes one, so a DOCTYPE is refused and no entity is ever expanded).
import { SaxesParser } from "saxes";
import { checkDocxUpload, DocxGuardError, type DocxLimits } from "./docx-guard";

type El = { name: string; attrs: Record<string, string>; children: Node[] };
type Node = El | string;

/** Bounds of the parsed tree: the zip guard bounds bytes, these bound the work done on them. */
const MAX_ELEMENTS = 1_000_000;
const MAX_DEPTH = 256;
/** The extractor takes ≤ 200 KB of text (plan-text.ts); a plan is far shorter. */
const MAX_TEXT = 400_000;

/** Elements whose text is not the document's: deleted runs, field codes, drawings' alternates. */
const SKIP = new Set([
  "del",
  "moveFrom",
  "delText",
  "instrText",
  "Fallback",
  "pPr",
  "rPr",
  "tblPr",
  "trPr",
  "tcPr",
  "sectPr",
  "drawing",
  "pict",
  "object",
]);

function parseXml(xml: Buffer): El {
  const root: El = { name: "#root", attrs: {}, children: [] };
  const stack: El[] = [root];
  let count = 0;
  const parser = new SaxesParser({ xmlns: false });
  parser.on("doctype", () => {
    throw new DocxGuardError("corrupt");
  });
  parser.on("opentag", (tag) => {
    if (++count > MAX_ELEMENTS || stack.length > MAX_DEPTH) throw new DocxGuardError("tooMuch");
    const el: El = { name: localName(tag.name), attrs: {}, children: [] };
    for (const [k, v] of Object.entries(tag.attributes)) el.attrs[localName(k)] = String(v);
    stack[stack.length - 1].children.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const onText = (text: string) => {
    // Only w:t (and w:instrText, skipped later) hold text that counts; whitespace between tags does not.
    const top = stack[stack.length - 1];
    if (top.name === "t" || top.name === "delText" || top.name === "instrText") top.children.push(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("error", (error) => {
    throw error instanceof DocxGuardError ? error : new DocxGuardError("corrupt");
  });
  try {
    parser.write(xml.toString("utf8")).close();
  } catch (error) {
    throw error instanceof DocxGuardError ? error : new DocxGuardError("corrupt");
  }
  return root;
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);
const elements = (el: El, name?: string) =>
  el.children.filter((c): c is El => typeof c !== "string" && (!name || c.name === name));
const child = (el: El | undefined, name: string) => el && elements(el, name)[0];
const val = (el: El | undefined) => el?.attrs.val;
const isOn = (el: El | undefined) => !!el && !["0", "false", "off"].includes(el.attrs.val ?? "");

function find(el: El, name: string): El | undefined {
  for (const c of elements(el)) {
    if (c.name === name) return c;
    const found = find(c, name);
    if (found) return found;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Numbering: w:abstractNum holds the levels, w:num points at one and may override starts/levels.

type Level = { start: number; numFmt: string; lvlText: string; isLgl: boolean; restart: number | null; suffix: string };
type Num = { levels: Map<number, Level> };
type NumberingDef = Map<string, Num>;

function readLevel(lvl: El, base?: Level): Level {
  const start = val(child(lvl, "start"));
  const restart = val(child(lvl, "lvlRestart"));
  const suff = val(child(lvl, "suff"));
  return {
    start: start !== undefined ? Number(start) || 0 : (base?.start ?? 1),
    numFmt: val(child(lvl, "numFmt")) ?? base?.numFmt ?? "decimal",
    lvlText: val(child(lvl, "lvlText")) ?? base?.lvlText ?? "",
    isLgl: child(lvl, "isLgl") ? isOn(child(lvl, "isLgl")) : (base?.isLgl ?? false),
    restart: restart !== undefined ? Number(restart) : (base?.restart ?? null),
    suffix: suff === "nothing" ? "" : " ",
  };
}

function readNumbering(xml: Buffer | null): NumberingDef {
  const out: NumberingDef = new Map();
  if (!xml) return out;
  const root = find(parseXml(xml), "numbering");
  if (!root) return out;
  const abstracts = new Map<string, Map<number, Level>>();
  for (const a of elements(root, "abstractNum")) {
    const levels = new Map<number, Level>();
    for (const lvl of elements(a, "lvl")) levels.set(Number(lvl.attrs.ilvl ?? 0), readLevel(lvl));
    abstracts.set(a.attrs.abstractNumId ?? "", levels);
  }
  for (const n of elements(root, "num")) {
    const levels = new Map(abstracts.get(val(child(n, "abstractNumId")) ?? "") ?? []);
    for (const o of elements(n, "lvlOverride")) {
      const ilvl = Number(o.attrs.ilvl ?? 0);
      const lvl = child(o, "lvl");
      let level = lvl ? readLevel(lvl, levels.get(ilvl)) : levels.get(ilvl);
      const startOverride = val(child(o, "startOverride"));
      if (level && startOverride !== undefined) level = { ...level, start: Number(startOverride) || 0 };
      if (level) levels.set(ilvl, level);
    }
    out.set(n.attrs.numId ?? "", { levels });
  }
  return out;
}

/** A paragraph style's own numbering (Heading 1 linked to "I."), through its basedOn chain. */
function readStyleNumbering(xml: Buffer | null): Map<string, { numId?: string; ilvl?: number }> {
  const out = new Map<string, { numId?: string; ilvl?: number }>();
  if (!xml) return out;
  const root = find(parseXml(xml), "styles");
  if (!root) return out;
  const own = new Map<string, { numId?: string; ilvl?: number; basedOn?: string }>();
  for (const s of elements(root, "style")) {
    if (s.attrs.type && s.attrs.type !== "paragraph") continue;
    const numPr = child(child(s, "pPr"), "numPr");
    own.set(s.attrs.styleId ?? "", {
      numId: val(child(numPr, "numId")),
      ilvl: val(child(numPr, "ilvl")) !== undefined ? Number(val(child(numPr, "ilvl"))) : undefined,
      basedOn: val(child(s, "basedOn")),
    });
  }
  for (const id of own.keys()) {
    const result: { numId?: string; ilvl?: number } = {};
    const seen = new Set<string>();
    for (let s = own.get(id), sid = id; s && !seen.has(sid); sid = s.basedOn ?? "", s = own.get(sid)) {
      seen.add(sid);
      result.numId ??= s.numId;
      result.ilvl ??= s.ilvl;
    }
    out.set(id, result);
  }
  return out;
}

const ROMAN: [number, string][] = [
  [1000, "M"],
  [900, "CM"],
  [500, "D"],
  [400, "CD"],
  [100, "C"],
  [90, "XC"],
  [50, "L"],
  [40, "XL"],
  [10, "X"],
  [9, "IX"],
  [5, "V"],
  [4, "IV"],
  [1, "I"],
];

function roman(n: number): string {
  let out = "";
  for (let rest = Math.min(Math.max(n, 1), 3999); rest > 0;) {
    const [v, s] = ROMAN.find(([v]) => v <= rest)!;
    out += s;
    rest -= v;
  }
  return out;
}

/** Word's letters: a…z, then aa…zz, aaa… (not spreadsheet columns). */
function letters(n: number): string {
  if (n < 1) return "";
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.min(Math.floor((n - 1) / 26) + 1, 10));
}

export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case "decimalZero":
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case "lowerLetter":
      return letters(n);
    case "upperLetter":
      return letters(n).toUpperCase();
    case "upperRoman":
      return roman(n);
    case "lowerRoman":
      return roman(n).toLowerCase();
    case "none":
    case "bullet":
      return "";
    default:
      return String(n);
  }
}

/** Symbol and Wingdings bullets are private-use characters: the glyph a paste from Word gives. */
function plainBullet(text: string): string {
  return text.replace(/[\uf000-\uf0ff]/gu, (c) => (c === "\uf0b7" ? "·" : c === "\uf0d8" ? "➢" : c === "\uf0a7" ? "▪" : "•"));
}

/** The running counters of each list, and the marker of the next paragraph of it. */
class ListCounter {
  private counters = new Map<string, (number | undefined)[]>();
  constructor(private readonly numbering: NumberingDef) {}

  marker(numId: string, ilvl: number): string {
    const num = this.numbering.get(numId);
    // numId 0 takes the numbering off (a style's list switched off on one paragraph).
    if (!num || numId === "0") return "";
    const level = num.levels.get(ilvl);
    if (!level) return "";
    const counts: (number | undefined)[] = this.counters.get(numId) ?? [];
    this.counters.set(numId, counts);
    const current = counts[ilvl];
    counts[ilvl] = current === undefined ? level.start : current + 1;
    // A level restarts after any higher level is used (or only after lvlRestart's level).
    for (let deeper = ilvl + 1; deeper < 10; deeper++) {
      const d = num.levels.get(deeper);
      if (!d || d.restart === null || d.restart === 0 || d.restart > ilvl) counts[deeper] = undefined;
    }
    if (level.numFmt === "bullet") return plainBullet(level.lvlText) + (level.lvlText ? level.suffix : "");
    const text = level.lvlText.replace(/%([1-9])/g, (_m, k: string) => {
      const at = Number(k) - 1;
      const l = num.levels.get(at);
      const n = counts[at] ?? l?.start ?? 1;
      return formatNumber(n, level.isLgl && at < ilvl ? "decimal" : (l?.numFmt ?? "decimal"));
    });
    return text ? text + level.suffix : "";
  }
}

// ---------------------------------------------------------------------------------------------
// Text.

type Ctx = { styles: Map<string, { numId?: string; ilvl?: number }>; lists: ListCounter };

/** The displayed text of a paragraph's content, runs in order. */
function runsText(el: El): string {
  let out = "";
  for (const c of el.children) {
    if (typeof c === "string") {
      out += c;
      continue;
    }
    if (SKIP.has(c.name)) continue;
    // Hidden text (w:vanish) is not displayed, so not pasted either.
    if (c.name === "r" && isOn(child(child(c, "rPr"), "vanish"))) continue;
    switch (c.name) {
      case "tab":
      case "ptab":
        out += "\t";
        break;
      case "br":
      case "cr":
        // A page or column break ends nothing in a paste; a line break starts a new line.
        if (c.attrs.type !== "page" && c.attrs.type !== "column") out += "\n";
        break;
      case "noBreakHyphen":
        out += "-";
        break;
      case "softHyphen":
        break;
      case "sym":
        out += plainBullet(String.fromCharCode(parseInt(c.attrs.char ?? "20", 16) || 0x20));
        break;
      case "p":
      case "tbl":
      case "txbxContent":
        // A paragraph inside a run (a text box) is not in a paste's line flow.
        break;
      default:
        out += runsText(c);
    }
  }
  return out;
}

function paragraphText(p: El, ctx: Ctx): string {
  const pPr = child(p, "pPr");
  const numPr = child(pPr, "numPr");
  const style = ctx.styles.get(val(child(pPr, "pStyle")) ?? "");
  const numId = val(child(numPr, "numId")) ?? style?.numId;
  const ilvlRaw = val(child(numPr, "ilvl"));
  const ilvl = ilvlRaw !== undefined ? Number(ilvlRaw) : (style?.ilvl ?? 0);
  const marker = numId ? ctx.lists.marker(numId, Math.min(Math.max(ilvl, 0), 8)) : "";
  return plain(marker + runsText(p));
}

/** No-break spaces and the like made plain, soft hyphens and zero-width marks dropped. */
function plain(s: string): string {
  return s.replace(/[\u00a0\u2007\u202f]/gu, " ").replace(/[\u00ad\u200b\u200c\u200d\ufeff]/gu, "");
}

/** The block-level children of the body or a cell, through content controls and custom XML. */
function blocks(el: El): El[] {
  return elements(el).flatMap((c) => {
    if (c.name === "p" || c.name === "tbl") return [c];
    if (c.name === "sdt") return blocks(child(c, "sdtContent") ?? c);
    if (c.name === "customXml" || c.name === "ins" || c.name === "smartTag") return blocks(c);
    return [];
  });
}

/** Rows and cells, through content controls and custom XML around them. */
const rows = (tbl: El): El[] =>
  elements(tbl).flatMap((c) =>
    c.name === "tr" ? [c] : c.name === "sdt" || c.name === "customXml" ? rows(child(c, "sdtContent") ?? c) : [],
  );
const cells = (tr: El): El[] =>
  elements(tr).flatMap((c) =>
    c.name === "tc" ? [c] : c.name === "sdt" || c.name === "customXml" ? cells(child(c, "sdtContent") ?? c) : [],
  );

/** A cell's lines: its paragraphs (and any nested table's rows, flattened). */
function cellLines(tc: El, ctx: Ctx): string[] {
  return blocks(tc).flatMap((b) => (b.name === "p" ? paragraphText(b, ctx).split("\n") : tableLines(b, ctx, false)));
}

const oneLine = (s: string) =>
  s
    .replace(/[\t\n]+/g, " ")
    .replace(/ {2,}/g, " ")
    .trim();

function tableLines(tbl: El, ctx: Ctx, sideBySide: boolean): string[] {
  const out: string[] = [];
  for (const tr of rows(tbl)) {
    const texts = cells(tr).map((tc) => cellLines(tc, ctx));
    if (sideBySide) {
      // The header block: the left and right columns' lines side by side, as Word pastes them.
      const height = Math.max(0, ...texts.map((t) => t.length));
      for (let i = 0; i < height; i++)
        out.push(
          texts
            .map((t) => oneLine(t[i] ?? ""))
            .join("\t")
            .replace(/\t+$/, ""),
        );
    } else {
      out.push(texts.map((t) => oneLine(t.filter((l) => l.trim()).join(" "))).join("\t"));
    }
  }
  return out;
}

/** "KẾ HOẠCH" / "CHƯƠNG TRÌNH" (the title): tables above it are the header block. */
const TITLE = /^\s*(KẾ HOẠCH|CHƯƠNG TRÌNH)(?![\p{L}])/u;

function documentLines(body: El, ctx: Ctx): string[] {
  const all = blocks(body);
  // The header block is a table of one or two columns above the title: staff paste it side by
  // side. Any other table (and every table of a text without a title) is read a row a line.
  const titleAt = all.findIndex((b) => b.name === "p" && TITLE.test(runsText(b).normalize("NFC")));
  const out: string[] = [];
  all.forEach((b, i) => {
    if (b.name === "p") out.push(...paragraphText(b, ctx).split("\n"));
    else out.push(...tableLines(b, ctx, i < titleAt && rows(b).every((tr) => cells(tr).length <= 2)));
  });
  return out;
}

/** The plan's text as a paste from Word gives it. Throws DocxGuardError on a bad upload. */
export function docxToPlanText(buf: Uint8Array, limits?: DocxLimits): string {
  const parts = checkDocxUpload(buf, limits);
  const ctx: Ctx = { styles: readStyleNumbering(parts.styles), lists: new ListCounter(readNumbering(parts.numbering)) };
  const body = find(parseXml(parts.document), "body");
  if (!body) throw new DocxGuardError("notDocx");
  const text = documentLines(body, ctx)
    .map((l) => l.replace(/[ ]+$/u, ""))
    .join("\n")
    .normalize("NFC")
    .replace(/^\n+|\n+$/g, "");
  if (text.length > MAX_TEXT) throw new DocxGuardError("tooMuch");
  return text;
}
