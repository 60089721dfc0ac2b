// The plan-text extraction read against the two real seeds (copied into tests/fixtures so that CI
// on a clean clone has them), a synthetic 2020 plan with other phrasings and distractors, and
// hostile input: it proposes exactly the targets a secretary would, and never throws.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  APPLIES_TO,
  HONOUR_LEVELS,
  MEASURE_KINDS,
  PERIOD_KINDS,
  RECORD_KINDS,
  TARGET_KINDS,
  type ExtractedPlan,
  type ProposedIndicator,
} from "@/lib/domain/plan-model";
import {
  DOCUMENT_NUMBER_PATTERN,
  emptyExtractedPlan,
  extractPlanText,
  normalizeDocumentNumber,
  parseVietnameseNumber,
} from "@/lib/domain/plan-text";

const fixture = (name: string) => fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures", name), "utf8");
const PLAN_000 = fixture("plan-000.txt");
const PLAN_001 = fixture("plan-001.txt");
const SYNTHETIC = fixture("plan-synthetic.txt");

type Row = [
  string,
  ProposedIndicator["measure"],
  ProposedIndicator["recordKind"],
  ProposedIndicator["targetKind"],
  number,
  string,
  ProposedIndicator["appliesTo"],
  ProposedIndicator["period"],
  number[],
  ProposedIndicator["honourLevel"],
];
const rows = (plan: ExtractedPlan): Row[] =>
  plan.indicators.map((i) => [
    i.wording,
    i.measure,
    i.recordKind,
    i.targetKind,
    i.target,
    i.unitLabel,
    i.appliesTo,
    i.period,
    i.months,
    i.honourLevel,
  ]);

/** Every field within its vocabulary and bounds, whatever the input was. */
function expectValidPlan(plan: ExtractedPlan) {
  expect(["PLAN", "PROGRAMME"]).toContain(plan.kind);
  expect(typeof plan.subject).toBe("string");
  for (const s of plan.sections) expect(typeof s.heading === "string" && typeof s.body === "string").toBe(true);
  for (const i of plan.indicators) {
    expect(MEASURE_KINDS).toContain(i.measure);
    if (i.recordKind !== null) expect(RECORD_KINDS).toContain(i.recordKind);
    expect(TARGET_KINDS).toContain(i.targetKind);
    expect(APPLIES_TO).toContain(i.appliesTo);
    expect(PERIOD_KINDS).toContain(i.period);
    if (i.honourLevel !== null) expect(HONOUR_LEVELS).toContain(i.honourLevel);
    expect(Number.isFinite(i.target) && i.target > 0).toBe(true);
    expect(i.wording.length).toBeGreaterThan(0);
    expect(i.wording.length).toBeLessThanOrEqual(300);
    expect(i.source.length).toBeLessThanOrEqual(500);
    expect(i.months.every((m) => Number.isInteger(m) && m >= 1 && m <= 12)).toBe(true);
    expect(i.period === "MONTHS").toBe(i.months.length > 0);
  }
}

describe("Vietnamese numbers", () => {
  it("reads a dot as the thousands separator, a comma as the decimal one, and drops zero padding", () => {
    const cases: [string, number][] = [
      ["1.000", 1000],
      ["8.964", 8964],
      ["1.000.000", 1_000_000],
      ["2,5", 2.5],
      ["12,5", 12.5],
      ["04", 4],
      ["05", 5],
      ["100%", 100],
      [" 100 % ", 100],
      ["0", 0],
    ];
    for (const [text, value] of cases) expect(parseVietnameseNumber(text), text).toBe(value);
  });

  it("refuses what is not a number in that notation", () => {
    for (const bad of ["", "abc", "1.5", "1.0000", "1,2,3", "12.5.2019", "07-CT", "1 000", "%"])
      expect(parseVietnameseNumber(bad), bad).toBeNull();
  });
});

describe("document numbers (số và ký hiệu)", () => {
  it("accepts the union's shapes and refuses others", () => {
    for (const ok of ["126-KH/TĐTN-BCNLĐ", "07-CT/ĐTN", "44A BC/TĐTN", "05-CT/TW", "12-HD/TĐTN-VP", "3-QĐ/ĐTN"])
      expect(DOCUMENT_NUMBER_PATTERN.test(ok), ok).toBe(true);
    for (const bad of ["6506/QĐ-UBND", "54/2017/QH14", "07", "KH/TĐTN", "07-CT", "07-ct/đtn", " 07-CT/ĐTN"])
      expect(DOCUMENT_NUMBER_PATTERN.test(bad), bad).toBe(false);
  });

  it("normalizes what was typed before validating it", () => {
    expect(normalizeDocumentNumber("Số:  07 – ct / đtn ")).toBe("07-CT/ĐTN");
    expect(normalizeDocumentNumber("44A  BC/TĐTN")).toBe("44A BC/TĐTN");
    expect(normalizeDocumentNumber("126-KH/TÐTN-BCNLÐ".normalize("NFD"))).toBe("126-KH/TÐTN-BCNLÐ");
    expect(DOCUMENT_NUMBER_PATTERN.test(normalizeDocumentNumber("số 126 - kh/tđtn - bcnlđ"))).toBe(true);
  });
});

describe("seed 000: the Khối's 2019 plan", () => {
  const plan = extractPlanText(PLAN_000);

  it("reads the kind, subject, years, basis and closing; a plan without a header block has null header fields", () => {
    expect(plan).toMatchObject({
      kind: "PLAN",
      subject: "Thực hiện phong trào “3 trách nhiệm” trong đoàn viên, thanh niên cán bộ, công chức, viên chức trẻ năm 2019",
      number: null,
      superiorName: null,
      issuerName: null,
      place: null,
      issueDate: null,
      startYear: 2019,
      endYear: 2019,
      basisNumber: "126-KH/TĐTN-BCNLĐ",
    });
    expect(plan.basisText).toMatch(/^Căn cứ Kế hoạch số 126-KH\/TĐTN-BCNLĐ ngày 17\/5\/2019 .* cụ thể như sau:$/);
    expect(plan.closing).toMatch(/^Trên đây là nội dung kế hoạch .* nội dung của phong trào\.$/);
  });

  it("splits the Roman-numbered sections, keeping bullets and sub-numbering at line start", () => {
    expect(plan.sections.map((s) => s.heading)).toEqual(["MỤC ĐÍCH - YÊU CẦU", "ĐỐI TƯỢNG THỰC HIỆN", "NỘI DUNG THỰC HIỆN"]);
    const [purpose, , content] = plan.sections;
    expect(purpose.body.split("\n").slice(0, 2)).toEqual(["1. Mục đích:", expect.stringMatching(/^· Tạo môi trường rèn luyện/)]);
    expect(purpose.body).not.toMatch(/\n\n|^\s|\s$/);
    expect(content.body).toContain("\n2.1. Đẩy mạnh phong trào thi đua học tập");
    expect(content.body).toContain("\n- Tham gia đầy đủ các hoạt động cấp Khối, hoạt động cao điểm");
    expect(content.body).not.toContain("Trên đây là");
  });

  it("proposes exactly the seven targets, in document order", () => {
    expect(rows(plan)).toEqual<Row[]>([
      [
        "100% cơ sở Đoàn có giải pháp khuyến khích, phát huy ý tưởng, sáng kiến",
        "UNIT_SHARE",
        "PROJECT",
        "PERCENT",
        100,
        "%",
        "KHOI",
        "YEAR",
        [],
        null,
      ],
      [
        "Đề xuất ít nhất 1.000 ý tưởng, sáng kiến",
        "RECORD_COUNT",
        "IDEA",
        "AT_LEAST",
        1000,
        "ý tưởng, sáng kiến",
        "KHOI",
        "YEAR",
        [],
        null,
      ],
      [
        "Tổ chức 04 hoạt động cao điểm (tháng 3, 5, 7, 9)",
        "RECORD_COUNT",
        "ACTIVITY",
        "EXACT",
        4,
        "hoạt động cao điểm",
        "KHOI",
        "MONTHS",
        [3, 5, 7, 9],
        null,
      ],
      [
        "Thực hiện ít nhất 02 sản phẩm phóng sự",
        "RECORD_COUNT",
        "PRODUCT",
        "AT_LEAST",
        2,
        "sản phẩm phóng sự",
        "KHOI",
        "YEAR",
        [],
        null,
      ],
      [
        "Thực hiện ít nhất 01 bộ sản phẩm tuyên truyền dịch vụ công trực tuyến",
        "RECORD_COUNT",
        "PRODUCT",
        "AT_LEAST",
        1,
        "bộ sản phẩm tuyên truyền dịch vụ công trực tuyến",
        "KHOI",
        "YEAR",
        [],
        null,
      ],
      [
        "Thực hiện ít nhất 01 bộ sản phẩm giới thiệu điển hình tiêu biểu",
        "RECORD_COUNT",
        "PRODUCT",
        "AT_LEAST",
        1,
        "bộ sản phẩm giới thiệu điển hình tiêu biểu",
        "KHOI",
        "YEAR",
        [],
        null,
      ],
      [
        "Tổ chức 04 chương trình tập huấn",
        "RECORD_COUNT",
        "ACTIVITY",
        "EXACT",
        4,
        "chương trình tập huấn",
        "KHOI",
        "YEAR",
        [],
        null,
      ],
    ]);
    expectValidPlan(plan);
  });

  it("shows each proposal beside the clause it was read from", () => {
    const [share, ideas, peaks] = plan.indicators;
    expect(share.source).toBe(
      "100% cơ sở Đoàn trực thuộc có giải pháp khuyến khích, phát huy ý tưởng, sáng kiến trong đoàn viên, thanh niên đơn vị",
    );
    expect(ideas.source).toBe("đoàn viên, thanh niên đề xuất ít nhất 1.000 ý tưởng, sáng kiến.");
    expect(peaks.source).toMatch(/^Tổ chức 04 hoạt động cao điểm .*\(tháng 3, 5, 7, 9\)\.$/);
  });
});

describe("seed 001: the 2018–2022 programme 07-CT/ĐTN", () => {
  const plan = extractPlanText(PLAN_001);

  it("reads the header block, skipping “ĐOÀN TNCS HỒ CHÍ MINH” and “***”", () => {
    expect(plan).toMatchObject({
      kind: "PROGRAMME",
      subject:
        "Đoàn xung kích tham gia cải cách thủ tục hành chính, xây dựng đội ngũ cán bộ, công chức, viên chức trẻ, giỏi, thân thiện giai đoạn 2018 - 2022",
      superiorName: "THÀNH ĐOÀN TP. HỒ CHÍ MINH",
      issuerName: "BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP",
      number: "07-CT/ĐTN",
      place: "TP. Hồ Chí Minh",
      issueDate: "2018-05-25",
      startYear: 2018,
      endYear: 2022,
      basisNumber: null,
    });
    expect(plan.basisText).toMatch(/^Thực hiện Nghị quyết Đại hội .* với nội dung cụ thể như sau:$/);
    expect(plan.closing).toMatch(/^Trên đây là Chương trình hành động/);
  });

  it("splits four sections and collapses the blank lines of the task-force list", () => {
    expect(plan.sections.map((s) => s.heading)).toEqual([
      "MỤC ĐÍCH - YÊU CẦU",
      "HỆ THỐNG CHỈ TIÊU",
      "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
      "TỔ CHỨC THỰC HIỆN",
    ]);
    expect(plan.sections[1].body.split("\n").map((l) => l.slice(0, 3))).toEqual(["1. ", "2. ", "3. "]);
    const tasks = plan.sections[3].body;
    expect(tasks).not.toMatch(/\n\n/);
    expect(tasks).toContain("· Đ/c Tống Thị Thùy Dương\n- UVBTV, Chánh Văn phòng Đoàn Khối\n- Thành viên");
    expect(tasks).not.toContain("Trên đây là");
  });

  it("proposes exactly the five targets, over the term, with honour levels", () => {
    expect(rows(plan)).toEqual<Row[]>([
      [
        "100% cơ sở Đoàn có công trình, phần việc tham gia cải cách thủ tục hành chính",
        "UNIT_SHARE",
        "PROJECT",
        "PERCENT",
        100,
        "%",
        "KHOI",
        "TERM",
        [],
        null,
      ],
      [
        "Có ít nhất 100 công trình thanh niên",
        "RECORD_COUNT",
        "PROJECT",
        "AT_LEAST",
        100,
        "công trình thanh niên",
        "KHOI",
        "TERM",
        [],
        null,
      ],
      // "phấn đấu" (strive for) earlier in the clause reads as a floor for the whole list: AT_LEAST.
      ["Tuyên dương 150 gương cấp Khối", "RECORD_COUNT", "HONOUR", "AT_LEAST", 150, "gương", "KHOI", "TERM", [], "KHOI"],
      ["Tuyên dương 25 gương cấp Thành", "RECORD_COUNT", "HONOUR", "AT_LEAST", 25, "gương", "KHOI", "TERM", [], "CITY"],
      ["Tuyên dương 05 gương cấp Trung ương", "RECORD_COUNT", "HONOUR", "AT_LEAST", 5, "gương", "KHOI", "TERM", [], "NATIONAL"],
    ]);
    expectValidPlan(plan);
  });
});

describe("a synthetic 2020 plan phrased differently", () => {
  const plan = extractPlanText(SYNTHETIC);

  it("reads a header with both columns on one line and a dd/mm/yyyy date", () => {
    expect(plan).toMatchObject({
      kind: "PLAN",
      subject: "Thực hiện phong trào “3 trách nhiệm” trong cán bộ, công chức, viên chức trẻ năm 2020",
      superiorName: "THÀNH ĐOÀN TP. HỒ CHÍ MINH",
      issuerName: "BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP",
      number: "15-KH/ĐTN-BPT",
      place: "TP. Hồ Chí Minh",
      issueDate: "2020-03-10",
      startYear: 2020,
      endYear: 2020,
      basisNumber: "20-KH/TĐTN-BCNLĐ",
    });
    expect(plan.sections.map((s) => s.heading)).toEqual([
      "MỤC ĐÍCH - YÊU CẦU",
      "CHỈ TIÊU",
      "NỘI DUNG THỰC HIỆN",
      "TỔ CHỨC THỰC HIỆN",
    ]);
    expect(plan.sections[3].body).not.toMatch(/BAN THƯỜNG VỤ|Trên đây/);
  });

  it("proposes the targets and none of the distractors", () => {
    expect(rows(plan)).toEqual<Row[]>([
      [
        "Ít nhất 80% đoàn viên tham gia học tập các chuyên đề về cải cách hành chính",
        "ENTERED",
        null,
        "PERCENT",
        80,
        "%",
        "KHOI",
        "YEAR",
        [],
        null,
      ],
      [
        "Mỗi cơ sở Đoàn có ít nhất 01 công trình thanh niên",
        "RECORD_COUNT",
        "PROJECT",
        "AT_LEAST",
        1,
        "công trình thanh niên",
        "EACH_CO_SO",
        "YEAR",
        [],
        null,
      ],
      [
        "Vận động 1.500 lượt đoàn viên tham gia hiến máu tình nguyện",
        "RECORD_COUNT",
        "PARTICIPATION",
        "EXACT",
        1500,
        "lượt đoàn viên",
        "KHOI",
        "YEAR",
        [],
        null,
      ],
      ["Quyên góp ít nhất 50.000.000 đồng", "MONEY", null, "AT_LEAST", 50_000_000, "đồng", "KHOI", "YEAR", [], null],
      ["Tuyên dương 10 tập thể", "RECORD_COUNT", "HONOUR", "EXACT", 10, "tập thể", "KHOI", "YEAR", [], null],
      ["Tuyên dương 30 cá nhân tiêu biểu", "RECORD_COUNT", "HONOUR", "EXACT", 30, "cá nhân tiêu biểu", "KHOI", "YEAR", [], null],
      ["Tổ chức 02 lớp tập huấn", "RECORD_COUNT", "ACTIVITY", "EXACT", 2, "lớp tập huấn", "KHOI", "YEAR", [], null],
      [
        "Tổ chức 04 hoạt động cao điểm (tháng 3, 5, 7, 9)",
        "RECORD_COUNT",
        "ACTIVITY",
        "EXACT",
        4,
        "hoạt động cao điểm",
        "KHOI",
        "MONTHS",
        [3, 5, 7, 9],
        null,
      ],
      // Under "2. Đối với cơ sở Đoàn:" a target binds each cơ sở.
      [
        "Tổ chức ít nhất 01 buổi sinh hoạt chuyên đề",
        "RECORD_COUNT",
        "ACTIVITY",
        "AT_LEAST",
        1,
        "buổi sinh hoạt chuyên đề",
        "EACH_CO_SO",
        "YEAR",
        [],
        null,
      ],
    ]);
    expectValidPlan(plan);
  });
});

describe("layout variants", () => {
  it("takes a lower-case title, a subject without a rule, and a heading with its body on the same line", () => {
    const plan = extractPlanText(
      "Chương trình\nTham gia cải cách hành chính\nnhiệm kỳ 2017-2022\nCăn cứ Chương trình số 3-CT/TĐTN ngày 1/2/2018\nI. MỤC ĐÍCH\nII. ĐỐI TƯỢNG: Đoàn viên, thanh niên\nIII. Chỉ tiêu\n- Tổ chức 02 hội thi",
    );
    expect(plan).toMatchObject({
      kind: "PROGRAMME",
      subject: "Tham gia cải cách hành chính nhiệm kỳ 2017-2022",
      startYear: 2017,
      endYear: 2022,
      basisNumber: "3-CT/TĐTN",
    });
    expect(plan.sections).toEqual([
      { heading: "MỤC ĐÍCH", body: "" },
      { heading: "ĐỐI TƯỢNG", body: "Đoàn viên, thanh niên" },
      { heading: "Chỉ tiêu", body: "- Tổ chức 02 hội thi" },
    ]);
    expect(rows(plan)).toEqual([
      ["Tổ chức 02 hội thi", "RECORD_COUNT", "ACTIVITY", "EXACT", 2, "hội thi", "KHOI", "TERM", [], null],
    ]);
  });

  it("takes a lone capitals name above the title as the issuer, and refuses an impossible date", () => {
    const plan = extractPlanText(
      "BAN CHẤP HÀNH ĐOÀN SỞ TÀI CHÍNH\nSố 12-KH/ĐTN\tQuận 1, ngày 31/02/2021\nKẾ HOẠCH\nnăm 2021\n---",
    );
    expect(plan).toMatchObject({
      superiorName: null,
      issuerName: "BAN CHẤP HÀNH ĐOÀN SỞ TÀI CHÍNH",
      number: "12-KH/ĐTN",
      issueDate: null,
      place: null,
      startYear: 2021,
    });
  });
});

describe("what is not a target", () => {
  const none = [
    "· Triển khai cuộc vận động “Nụ cười công chức” với các nội dung 04 xin (xin chào, xin lỗi, xin cám ơn, xin phép) và 04 biết (biết chào, biết cười).",
    "· Gắn với 50 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh, Chỉ thị 05-CT/TW của Bộ Chính trị.",
    "· Thực hiện theo Quyết định số 6506/QĐ-UBND ngày 13/12/2016 và Nghị quyết số 54/2017/QH14.",
    "- Tham gia đầy đủ các hoạt động cấp Khối, hoạt động cao điểm “Giờ thứ 9” (tháng 3, 5, 7, 9).",
    "· Tuyên truyền 7 chương trình đột phá của Thành phố.",
    "+ Tổ chức Hội thi “Đoàn xung kích tham gia cải cách hành chính” (02 năm tổ chức 01 lần).",
    "+ Cấp Khối hàng năm tổ chức giao lưu, tuyên dương các gương (tháng 10 hàng năm).",
    "Thực hiện Nghị quyết Đại hội lần thứ X, nhiệm kỳ III (2017 - 2022).",
    "· Nhân rộng mô hình “4 công khai: công khai trình tự, thủ tục”.",
    "· Định kỳ 6 tháng, 1 năm báo cáo kết quả.",
    "· Năm 2019 Đoàn Khối đã tổ chức 12 hội thi và có 4.000 đoàn viên.",
    "· Qua đó, có 2.179 cán bộ biết sử dụng 100% thành thạo máy vi tính.",
  ];
  it.each(none)("proposes nothing from: %s", (line) => {
    expect(extractPlanText(`KẾ HOẠCH\nThực hiện năm 2019\n-----\n${line}`).indicators).toEqual([]);
  });

  it("shares one verb and “ít nhất” across a list, and reads “/cơ sở”, “mỗi đoàn viên” and money units", () => {
    const plan = extractPlanText(
      "· Tổ chức ít nhất 02 hội thi, 03 tọa đàm và 01 ngày hội.\n· Mỗi đoàn viên có ít nhất 01 sáng kiến; vận động 2,5 tỷ đồng; thực hiện 01 công trình/cơ sở.",
    );
    expect(rows(plan).map(([w, m, r, t, n, u, a]) => [w, m, r, t, n, u, a])).toEqual([
      ["Tổ chức ít nhất 02 hội thi", "RECORD_COUNT", "ACTIVITY", "AT_LEAST", 2, "hội thi", "KHOI"],
      ["Tổ chức ít nhất 03 tọa đàm", "RECORD_COUNT", "ACTIVITY", "AT_LEAST", 3, "tọa đàm", "KHOI"],
      ["Tổ chức ít nhất 01 ngày hội", "RECORD_COUNT", "ACTIVITY", "AT_LEAST", 1, "ngày hội", "KHOI"],
      ["Mỗi đoàn viên có ít nhất 01 sáng kiến", "RECORD_COUNT", "IDEA", "AT_LEAST", 1, "sáng kiến", "EACH_MEMBER"],
      ["Vận động 2,5 tỷ đồng", "MONEY", null, "EXACT", 2_500_000_000, "đồng", "KHOI"],
      ["Thực hiện 01 công trình", "RECORD_COUNT", "PROJECT", "EXACT", 1, "công trình", "EACH_CO_SO"],
    ]);
    expect(rows(extractPlanText("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95%."))[0].slice(0, 6)).toEqual([
      "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95%",
      "ENTERED",
      null,
      "PERCENT",
      95,
      "%",
    ]);
  });
});

describe("robustness", () => {
  it("returns an empty but valid draft for empty or garbage text", () => {
    for (const text of [
      "",
      "   \n\t\r\n",
      "lorem ipsum dolor",
      "\u0000\uffff\ud800",
      "I.\nII.\nKẾ HOẠCH\n-----",
      "1.000.000 %%% ((( “ ;;;",
    ]) {
      const plan = extractPlanText(text);
      expectValidPlan(plan);
      expect(plan.indicators).toEqual([]);
    }
    expect(extractPlanText("")).toEqual(emptyExtractedPlan());
    expect(extractPlanText(undefined as unknown as string)).toEqual(emptyExtractedPlan());
  });

  it("reads Windows line endings, tabs and decomposed diacritics as it reads the original", () => {
    const windows = PLAN_001.replace(/\n/g, "\r\n").replace(/^· /gm, "·\t").normalize("NFD");
    expect(extractPlanText(windows)).toEqual(extractPlanText(PLAN_001));
    expect(extractPlanText(PLAN_000.replace(/\n/g, "\r\n"))).toEqual(extractPlanText(PLAN_000));
  });

  it("copes with 200 KB of text, including pathological shapes", () => {
    // The body without its closing, 15 times: every copy is read (text after "Trên đây là" is not).
    const nfc = PLAN_000.normalize("NFC"); // the seed spells its closing with combining accents
    const body = nfc.slice(0, nfc.indexOf("Trên đây là"));
    const big = body.repeat(15);
    expect(Buffer.byteLength(big)).toBeGreaterThan(200_000);
    expect(extractPlanText(big).indicators).toHaveLength(7 * 15);
    for (const text of [
      "(".repeat(100_000) + ")".repeat(100_000),
      "1.".repeat(100_000),
      "tổ chức 04 hội thi, ".repeat(10_000),
      "“".repeat(200_000),
      "a ".repeat(100_000) + "ít nhất 5%",
    ]) {
      expectValidPlan(extractPlanText(text));
    }
    // What it proves is that the reading finishes correctly, not how fast (README, Measurements):
    // on a machine busy with other work it took over vitest's default 5 s.
  }, 60_000);

  it("never throws on any string (property)", () => {
    const pieces = fc.constantFrom(
      "KẾ HOẠCH",
      "CHƯƠNG TRÌNH",
      "\n",
      "\r\n",
      "\t",
      " ",
      "I. ",
      "2.1. ",
      "· ",
      "100%",
      "ít nhất",
      "phấn đấu",
      "04",
      "1.000",
      "2,5",
      "hoạt động",
      "gương",
      "cấp Khối",
      "đồng",
      "tỷ",
      "(",
      ")",
      "“",
      "”",
      '"',
      ";",
      ".",
      ",",
      "Số: 07-CT/ĐTN",
      "ngày 31/02/2020",
      "ngày 25 tháng 5 năm 2018",
      "tháng 3, 5",
      "mỗi cơ sở",
      "Đối với cơ sở Đoàn:",
      "Trên đây là",
      "-----",
      "Căn cứ",
      "năm 2019",
    );
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme", maxLength: 200 }),
      fc.array(pieces, { maxLength: 60 }).map((p) => p.join("")),
    );
    fc.assert(
      fc.property(text, (t) => {
        expectValidPlan(extractPlanText(t));
      }),
      { numRuns: 500 },
    );
  });
});

describe("fixtures", () => {
  // SHA-256 of ../shared/seeds/000_a67b96db25f3b70b.txt and 001_e68a5259fbe75fe0.txt, taken from
  // the shared seeds themselves: the copies here (which CI's clean clone has) must stay verbatim.
  const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
  it("are verbatim copies of the shared seeds 000 and 001", () => {
    expect(sha256(PLAN_000)).toBe("d29a86e011bd791c727bf6f96bfc28b4c400a7917198dc95c4360ae592618b25");
    expect(sha256(PLAN_001)).toBe("cd0df543a03e62ca01b73477260b1edd9c008ed1d279dca206a5c9281a8ee99e");
  });
});
