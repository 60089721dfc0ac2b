// Inside a section headed as targets (CHỈ TIÊU, Mục tiêu cụ thể, a table of targets) every stated
// quantity is proposed, whatever it counts; outside, the careful rules of plan-text.test.ts hold.
// The corpus (tests/fixtures/plans, plan-corpus.test.ts) measures the whole; these pin each rule.
import { describe, expect, it } from "vitest";
import { extractPlanText } from "@/lib/domain/plan-text";
import type { ProposedIndicator } from "@/lib/domain/plan-model";

const read = (targets: string, heading = "II. CHỈ TIÊU") =>
  extractPlanText(`KẾ HOẠCH\nThực hiện phong trào năm 2027\n-----\nI. MỤC ĐÍCH\n- Nâng cao chất lượng.\n${heading}\n${targets}`)
    .indicators;
const brief = (i: ProposedIndicator) => [i.target, i.measure, i.recordKind, i.unitLabel, i.appliesTo] as const;
const mark = (i: ProposedIndicator) => i.source.slice(i.highlight.start, i.highlight.end);

describe("a targets section", () => {
  it("proposes a quantity of any noun, as a figure to enter with its noun as the unit, and says why", () => {
    const [plays, trees, gifts] = read(
      "1. Dàn dựng 05 tiểu phẩm về cải cách hành chính.\n2. Trồng 500 cây xanh; trao 200 suất quà cho thiếu nhi.",
    );
    expect(brief(plays)).toEqual([5, "RECORD_COUNT", "PRODUCT", "tiểu phẩm", "KHOI"]);
    expect([brief(trees), brief(gifts)]).toEqual([
      [500, "ENTERED", null, "cây xanh", "KHOI"],
      [200, "ENTERED", null, "suất quà", "KHOI"],
    ]);
    expect(trees.reason).toContain("ngoài danh mục");
    expect(trees.inTargets).toBe(true);
    expect(mark(gifts)).toBe("200 suất quà");
    // The same sentences outside a targets section: the careful rules propose none of them.
    expect(read("- Trồng 500 cây xanh; trao 200 suất quà cho thiếu nhi.", "III. NỘI DUNG")).toEqual([]);
  });

  it("knows the section by its heading: Roman, numbered, capitals; and ends it at the next heading", () => {
    const text =
      "KẾ HOẠCH\nnăm 2027\n-----\nI. MỤC TIÊU\n1. Mục tiêu chung\n- Trồng 100 cây xanh.\n2. Mục tiêu cụ thể:\n- Trồng 300 cây xanh.\n3. Nhiệm vụ\n- Trồng 900 cây xanh.\nMỘT SỐ CHỈ TIÊU CHỦ YẾU\n- Hiến 300 đơn vị máu.";
    expect(extractPlanText(text).indicators.map((i) => i.target)).toEqual([300, 300]);
    expect(extractPlanText(text).indicators.map((i) => i.unitLabel)).toEqual(["cây xanh", "đơn vị máu"]);
  });

  it("reads “mỗi cơ sở …; toàn Khối …” as two targets, one each, never the same twice", () => {
    const [each, total] = read("- Mỗi cơ sở Đoàn tổ chức ít nhất 01 buổi sinh hoạt chuyên đề; toàn Khối có ít nhất 60 buổi.");
    expect([each.appliesTo, each.target, total.appliesTo, total.target]).toEqual(["EACH_CO_SO", 1, "KHOI", 60]);
    const inOneSentence = read("- Mỗi chi đoàn có ít nhất 01 công trình, toàn Khối có ít nhất 120 công trình.");
    expect(inOneSentence.map((i) => [i.appliesTo, i.target])).toEqual([
      ["EACH_CO_SO", 1],
      ["KHOI", 120],
    ]);
    expect(read("- Mỗi đoàn viên đăng ký ít nhất 01 ý tưởng, sáng kiến.")[0].appliesTo).toBe("EACH_MEMBER");
  });

  it("does not read the per-cơ sở restatement inside a “100% cơ sở …” item as a Khối target of 1", () => {
    const all = read("- 100% cơ sở Đoàn có ít nhất 01 công trình thanh niên gắn với nhiệm vụ chuyên môn.");
    expect(all.map((i) => [i.measure, i.target, i.recordKind])).toEqual([["UNIT_SHARE", 100, "PROJECT"]]);
    expect(all[0].wording).toBe("100% cơ sở Đoàn có ít nhất 01 công trình thanh niên");
  });

  it("reads quarters as their months, and “mỗi quý”, “hằng tháng” as the year's total", () => {
    const [contest, talks, meals] = read(
      "- Tổ chức 02 hội thi trong quý III.\n- Mỗi quý tổ chức 01 buổi sinh hoạt chính trị.\n- Hằng tháng tổ chức 02 “Bữa cơm yêu thương”.",
    );
    expect([contest.period, contest.months]).toEqual(["MONTHS", [7, 8, 9]]);
    expect([talks.target, talks.period, talks.reason]).toEqual([4, "YEAR", "mỗi quý 1 → 4 trong năm"]);
    expect([meals.target, meals.recordKind, meals.unitLabel]).toEqual([24, "ACTIVITY", "“Bữa cơm yêu thương”"]);
    // Already a total: the aside in brackets does not multiply it.
    expect(read("- Tổ chức 04 buổi sinh hoạt chuyên đề (mỗi quý 01 buổi).").map((i) => i.target)).toEqual([4]);
    // Stated twice: "12 lớp …, mỗi quý 03 lớp" is one target.
    expect(read("- Tổ chức 12 lớp học kỹ năng số, mỗi quý 03 lớp.").map((i) => i.target)).toEqual([12]);
  });

  it("reads honour levels after the noun or by who gives them, and floors", () => {
    const honours = read(
      "- Tuyên dương 50 “Thợ trẻ giỏi” cấp Khối; đề nghị Tỉnh Đoàn tuyên dương 15 gương; giới thiệu 03 gương cấp Trung ương.\n- Phấn đấu 90% đoàn viên trở lên được học tập nghị quyết; tối thiểu 30 triệu đồng cho quỹ; từ 05 đợt hiến máu trở lên.",
    );
    expect(honours.map((i) => [i.target, i.recordKind, i.honourLevel])).toEqual([
      [50, "HONOUR", "KHOI"],
      [15, "HONOUR", "CITY"],
      [3, "HONOUR", "NATIONAL"],
      [90, null, null],
      [30_000_000, null, null],
      [5, "ACTIVITY", null],
    ]);
    expect(honours.slice(3).map((i) => i.targetKind)).toEqual(["PERCENT", "AT_LEAST", "AT_LEAST"]);
  });

  it("still leaves out facts, prices, places, ages and qualifiers", () => {
    expect(
      read(
        [
          "- Hiện nay Đoàn Khối có 75 cơ sở Đoàn và 4.000 đoàn viên.",
          "- Năm 2026 đã tổ chức 12 hội thi.",
          "- Sinh hoạt chính trị trong 9 chi đoàn với 210 đoàn viên dưới 35 tuổi.",
          "- Thực hiện theo Kế hoạch số 12-KH/ĐTN ngày 15/01/2027 (02 năm 01 lần).",
        ].join("\n"),
      ),
    ).toEqual([]);
    const grants = read(
      "- Trao 100 suất học bổng, mỗi suất trị giá 1.000.000 đồng.\n- Có ít nhất 50 sáng kiến làm lợi từ 100 triệu đồng trở lên.",
    );
    expect(grants.map((i) => [i.target, i.unitLabel])).toEqual([
      [100, "suất học bổng"],
      [50, "sáng kiến"],
    ]);
  });
});

describe("a table of targets", () => {
  const table = [
    "STT\tNội dung chỉ tiêu\tSố lượng\tĐơn vị tính\tĐơn vị thực hiện\tThời gian",
    "1\tTổ chức tiểu phẩm tuyên truyền\t05\ttiểu phẩm\tMỗi cơ sở Đoàn\tQuý III",
    "2\tCơ sở Đoàn có công trình thanh niên\t100%\tcơ sở\tĐoàn Khối\tCả năm",
    "3\tĐề xuất ý tưởng, sáng kiến\t1.000\tý tưởng\tCác cơ sở Đoàn\tTháng 4 - tháng 6",
    "4\t“Bữa cơm 0 đồng” tại căn-tin\tMỗi tháng 01\tđợt\tĐoàn Bệnh viện\tCả năm",
  ].join("\n");

  it("reads one target per row, from its columns: quantity, unit, who and when", () => {
    const rows = read(table, "III. TỔ CHỨC THỰC HIỆN");
    expect(rows.map((i) => [i.target, i.measure, i.recordKind, i.appliesTo, i.period, i.months])).toEqual([
      [5, "RECORD_COUNT", "PRODUCT", "EACH_CO_SO", "MONTHS", [7, 8, 9]],
      [100, "UNIT_SHARE", "PROJECT", "KHOI", "YEAR", []],
      [1000, "RECORD_COUNT", "IDEA", "KHOI", "MONTHS", [4, 5, 6]],
      [12, "RECORD_COUNT", "ACTIVITY", "KHOI", "YEAR", []],
    ]);
    expect(rows.every((i) => i.inTargets)).toBe(true);
    expect(rows[0].wording).toBe("Tổ chức tiểu phẩm tuyên truyền: 05 tiểu phẩm");
  });

  it("reads a table without a targets header as text", () => {
    const schedule = "STT\tNội dung công việc\tThời gian\tĐơn vị\n1\tHọp Ban Thường vụ lần 2\tTháng 3\tVăn phòng";
    expect(read(schedule, "III. TIẾN ĐỘ")).toEqual([]);
  });
});

describe("pathological text in a targets section", () => {
  // What it proves is that the reading stays linear and finishes, not how fast (vitest's timeout).
  it("reads 200 KB of repeated targets, unclosed quotes and endless table rows", () => {
    const each = "mỗi cơ sở có 01 công trình, ".repeat(7000);
    expect(read(each)).toHaveLength(7000);
    expect(read("05 “".repeat(40_000))).toEqual([]);
    expect(read("STT\tNội dung\tSố lượng\n" + "1\tTrồng cây mỗi quý 01\t05 cây\n".repeat(8000))).toHaveLength(8000);
    expect(read("a\tb\tc\n".repeat(20_000) + "quý I, ".repeat(20_000))).toEqual([]);
  }, 60_000);
});
