// The text a cơ sở plan starts from: the parts of the Khối plan addressed to cơ sở (and to their
// members), not the Khối's own tasks. A Khối plan divides its tasks by level in two ways, both
// read here: numbered parts ("1. Cấp Khối:", "2. Đối với cơ sở Đoàn:", "2.1. …") and bullet
// labels whose "+" lines follow ("· Đối với Đoàn Khối:", "· Đối với cấp cơ sở:"). Items say whose
// they are by their subject ("Ban Thường vụ Đoàn Khối …", "Các cơ sở Đoàn …", "100% cơ sở …").
// Purpose and audience sections (mục đích, yêu cầu, đối tượng) apply to every level and are kept
// but for the Khối's own items; elsewhere only what is addressed to cơ sở or members is kept.
// Pure and linear: every regex is anchored with bounded or unambiguous quantifiers.
import { formatVietnameseDate } from "./dates";
import type { PlanSection } from "./plan-model";
import { perCoSoWording } from "./co-so-plan";

type Audience = "KHOI" | "CO_SO" | "MEMBER" | null;

const END = "(?![\\p{L}\\p{N}])";
const TO = "(?:(?:đối với|về phía|nhiệm vụ của|trách nhiệm của)\\s+)?(?:các\\s+|mỗi\\s+|từng\\s+)?";
/** "Đối với cơ sở Đoàn", "Các cơ sở Đoàn…", "Cấp cơ sở", "Mỗi cơ sở …", "100% cơ sở Đoàn …". */
const CO_SO = new RegExp(`^(?:\\d{1,3}\\s?%\\s*)?${TO}(?:cấp cơ sở|cơ sở đoàn|đoàn cơ sở|chi đoàn cơ sở|cơ sở)${END}`, "iu");
/** "Đối với cá nhân đoàn viên…", "Đoàn viên, thanh niên …" (only as a label: see audienceOf). */
const MEMBER = new RegExp(`^${TO}(?:cá nhân|đoàn viên|chi đoàn)${END}`, "iu");
/** "Cấp Khối", "Đối với Đoàn Khối", "Ban Thường vụ Đoàn Khối …", "Văn phòng Đoàn Khối …", "Tổ công tác …". */
const KHOI = new RegExp(
  `^${TO}(?:cấp khối|đoàn khối|tổ công tác|(?:ban thường vụ|ban chấp hành|bch|văn phòng|ủy ban kiểm tra|uỷ ban kiểm tra|thường trực|các ban(?:,\\s?văn phòng)?|ban [^,:;.]{1,40}?)\\s+đoàn khối)${END}`,
  "iu",
);
/** A sentence that hands work to the cơ sở, whoever its subject: "… đề nghị các cơ sở Đoàn …". */
const ASKS_CO_SO = /(?:đề nghị|yêu cầu|giao)\s+(?:các\s+|mỗi\s+|từng\s+)?cơ sở Đoàn/iu;
/** Sections every level shares: kept, without the Khối's own items. */
const SHARED_SECTION = /MỤC ĐÍCH|YÊU CẦU|ĐỐI TƯỢNG|PHẠM VI|QUAN ĐIỂM/iu;
const ORGANISING = /TỔ CHỨC THỰC HIỆN/iu;

/** "2.1. Đẩy mạnh …" (a chain of numbers, the last dot optional past one level); not "1.000 ý tưởng". */
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)(?:[.)]\s*|\s+)(\S.*)$/u;
const BULLET = /^([·•\-–+*])\s*(.*)$/u;

type Node = {
  /** 1, 2… for numbered parts by their depth; 10 for items and paragraphs; 11 for "+" lines. */
  level: number;
  /** The line without its number (parts) or as written (items). */
  text: string;
  kind: "part" | "item";
  children: Node[];
};

function readLine(line: string): Omit<Node, "children"> {
  const n = NUMBERED.exec(line);
  // "1.000 ý tưởng", "04 hoạt động", "2019 …": numbers, not part numbers.
  const count = n && (/^\d+[.,]\d{3}/.test(line) || (!n[1].includes(".") && !/^\d{1,2}[.)]/.test(line)));
  if (n && !count) return { level: n[1].split(".").length, text: n[2].trim(), kind: "part" };
  const b = BULLET.exec(line);
  return { level: b?.[1] === "+" ? 11 : 10, text: line, kind: "item" };
}

/** The lines of a section body as a tree: parts hold their items, items their "+" lines. */
function readTree(body: string): Node[] {
  const root: Node = { level: 0, text: "", kind: "part", children: [] };
  const stack = [root];
  for (const raw of body.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    const node: Node = { ...readLine(line), children: [] };
    while (stack.length > 1 && stack[stack.length - 1].level >= node.level) stack.pop();
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  }
  return root.children;
}

/** The words before a colon, the line's own label: "Đối với cơ sở Đoàn" of "· Đối với cơ sở Đoàn:". */
function labelOf(node: Node): { label: string; rest: string } | null {
  const text = node.kind === "item" ? node.text.replace(BULLET, "$2") : node.text;
  const colon = text.indexOf(":");
  if (node.kind === "item" && colon < 0) return null;
  const label = (colon < 0 ? text : text.slice(0, colon)).trim();
  if (label.split(/\s+/).length > 10) return null;
  return { label, rest: colon < 0 ? "" : text.slice(colon + 1).trim() };
}

/** Whose a part or item is, from its label or its subject; null: not said (the context's). */
function audienceOf(node: Node): Audience {
  const label = labelOf(node);
  const text = node.kind === "item" ? node.text.replace(BULLET, "$2") : node.text;
  if (ASKS_CO_SO.test(text)) return "CO_SO";
  if (KHOI.test(text)) return "KHOI";
  if (CO_SO.test(text)) return "CO_SO";
  // "Đoàn viên, thanh niên đề xuất…" is a target of the whole Khối; "Đối với cá nhân:" a part.
  if (label && MEMBER.test(label.label)) return "MEMBER";
  return null;
}

/** A label that only names the cơ sở ("2. Đối với cơ sở Đoàn:"): redundant in the cơ sở's own plan. */
function isCoSoLabel(node: Node): boolean {
  const label = labelOf(node);
  return !!label && CO_SO.test(label.label) && !/\d\s?%/u.test(label.label) && label.label.split(/\s+/).length <= 6;
}

type Out = { depth: number; text: string } | { depth: 0; text: string; item: true };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The kept lines of a subtree. `keep`: the context is addressed to cơ sở (or members, or shared);
 * a part is kept with whatever it keeps inside; the cơ sở's own label gives way to its content.
 */
function keepLines(nodes: Node[], keep: boolean, depth: number, promote: boolean): { lines: Out[]; found: boolean } {
  const lines: Out[] = [];
  let found = false;
  for (const node of nodes) {
    const audience = audienceOf(node);
    if (audience === "KHOI") continue;
    found ||= audience === "CO_SO";
    const inside = keep || audience === "CO_SO" || audience === "MEMBER";
    if (node.kind === "part") {
      const dropLabel = isCoSoLabel(node);
      const sub = keepLines(node.children, inside, dropLabel ? depth : depth + 1, false);
      found ||= sub.found;
      const rest = dropLabel ? labelOf(node)?.rest : "";
      if (dropLabel) {
        if (inside && rest) lines.push({ depth: 0, text: capitalise(rest), item: true });
        lines.push(...sub.lines);
      } else if (inside || sub.lines.length) {
        lines.push({ depth, text: adaptTarget(node.text) }, ...sub.lines);
      }
      continue;
    }
    const label = isCoSoLabel(node) ? labelOf(node) : null;
    const sub = keepLines(node.children, inside, depth, !!label);
    found ||= sub.found;
    if (label) {
      // "· Đối với cơ sở Đoàn:" with its "+" lines: the lines, as the plan's own items.
      if (label.rest) lines.push({ depth: 0, text: `· ${capitalise(label.rest)}`, item: true });
      lines.push(...sub.lines);
    } else if (inside) {
      const text = promote ? node.text.replace(/^\+\s*/u, "· ") : node.text;
      lines.push({ depth: 0, text: adaptTarget(text), item: true }, ...sub.lines);
    } else if (sub.lines.length) {
      lines.push(...sub.lines);
    }
  }
  return { lines, found };
}

/** "· 100% cơ sở Đoàn trực thuộc có giải pháp …" → "· Cơ sở có giải pháp …": the target for one cơ sở. */
function adaptTarget(line: string): string {
  const b = BULLET.exec(line);
  const text = b ? b[2] : line;
  if (!/^\d{1,3}\s?%\s*(?:các\s+)?cơ sở/iu.test(text)) return line;
  const own = perCoSoWording(text);
  return b ? `${b[1]} ${own}` : own;
}

/** Parts numbered again in the order kept: 1., 1.1., 2. … */
function renumber(lines: Out[]): string {
  const counters: number[] = [];
  return lines
    .map((l) => {
      if ("item" in l) return l.text;
      counters.length = l.depth;
      counters[l.depth - 1] = (counters[l.depth - 1] ?? 0) + 1;
      for (let i = 0; i < l.depth; i++) counters[i] ??= 1;
      return `${counters.join(".")}. ${l.text}`;
    })
    .join("\n");
}

/** What a cơ sở plan holds when the Khối plan names nothing for cơ sở: headings to fill in. */
export function coSoPlanSkeleton(): PlanSection[] {
  return [
    { heading: "MỤC ĐÍCH - YÊU CẦU", body: "1. Mục đích:\n· …\n2. Yêu cầu:\n· …" },
    { heading: "ĐỐI TƯỢNG THỰC HIỆN", body: "· Đoàn viên, thanh niên là cán bộ, công chức, viên chức trẻ tại đơn vị." },
    { heading: "CHỈ TIÊU", body: "· …" },
    { heading: "NỘI DUNG THỰC HIỆN", body: "· Tham gia đầy đủ các hoạt động cấp Khối.\n· …" },
    ORGANISING_SKELETON,
  ];
}

const ORGANISING_SKELETON: PlanSection = {
  heading: "TỔ CHỨC THỰC HIỆN",
  body: "· Ban Chấp hành phân công đồng chí phụ trách, hướng dẫn các chi đoàn triển khai thực hiện.\n· Định kỳ 6 tháng, 1 năm báo cáo kết quả về Ban Thường vụ Đoàn Khối.",
};

/** The sections of a Khối plan that are addressed to cơ sở, or null when none is. */
export function coSoSections(sections: PlanSection[]): PlanSection[] | null {
  let found = false;
  const kept: PlanSection[] = [];
  for (const s of sections) {
    const heading = { level: 1, text: s.heading, kind: "part" as const, children: [] };
    const audience = audienceOf(heading);
    if (audience === "KHOI") continue;
    found ||= audience === "CO_SO";
    const keep = audience !== null || SHARED_SECTION.test(s.heading);
    const { lines, found: inside } = keepLines(readTree(s.body), keep, 1, false);
    found ||= inside;
    if (lines.length) kept.push({ heading: s.heading, body: renumber(lines) });
  }
  if (!found) return null;
  if (!kept.some((s) => ORGANISING.test(s.heading))) kept.push(ORGANISING_SKELETON);
  return kept;
}

export type KhoiPlanText = {
  kind: "PLAN" | "PROGRAMME";
  number: string | null;
  issueDate: Date | null;
  subject: string;
  /** The Khối's name: "Đoàn Khối Dân - Chính - Đảng Thành phố". */
  issuer: string;
  sections: PlanSection[];
};

/**
 * The draft of a cơ sở's plan on a Khối plan: its basis ("Căn cứ Kế hoạch số … của Ban Thường vụ
 * …, {cơ sở} xây dựng kế hoạch …"), the sections addressed to cơ sở (or, lacking any, headings to
 * fill in — never the whole Khối text) and its own closing.
 */
export function coSoPlanDraft(khoi: KhoiPlanText, coSoName: string) {
  const subject = `${khoi.subject.charAt(0).toLowerCase()}${khoi.subject.slice(1)}`;
  const dated = khoi.issueDate ? ` ngày ${formatVietnameseDate(khoi.issueDate)}` : "";
  const kind = khoi.kind === "PROGRAMME" ? "Chương trình" : "Kế hoạch";
  return {
    basisText: `Căn cứ ${kind}${khoi.number ? ` số ${khoi.number}` : ""}${dated} của Ban Thường vụ ${khoi.issuer} về ${subject}, ${coSoName} xây dựng kế hoạch thực hiện tại đơn vị như sau:`,
    sections: coSoSections(khoi.sections) ?? coSoPlanSkeleton(),
    closing: `Trên đây là Kế hoạch ${subject} của ${coSoName}, đề nghị các chi đoàn và đoàn viên, thanh niên tại đơn vị căn cứ tình hình thực tế tổ chức triển khai thực hiện hiệu quả.`,
  };
}
