// The text a cơ sở plan starts from (lib/domain/co-so-plan-draft.ts), read from the real Khối
// plan of 2019 (seed 000, copied as tests/fixtures/plan-000.txt), the real 2018–2022 programme
// (seed 001) and the demo's plan for the year (prisma/demo-plan-text.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { coSoPlanDraft, coSoPlanSkeleton, coSoSections } from "@/lib/domain/co-so-plan-draft";
import { extractPlanText } from "@/lib/domain/plan-text";
import type { PlanSection } from "@/lib/domain/plan-model";
import { demoPlanText } from "@/prisma/demo-plan-text";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "..", "fixtures", name), "utf8");
const PLAN_000 = extractPlanText(fixture("plan-000.txt"));
const PLAN_001 = extractPlanText(fixture("plan-001.txt"));
const DEMO = extractPlanText(demoPlanText(2026));

const textOf = (sections: PlanSection[] | null) => (sections ?? []).map((s) => `${s.heading}\n${s.body}`).join("\n");
const section = (sections: PlanSection[] | null, heading: string) => sections?.find((s) => s.heading === heading)?.body ?? "";

describe("the 2019 Khối plan (seed 000) as a cơ sở plan's start", () => {
  const kept = coSoSections(PLAN_000.sections);
  const text = textOf(kept);

  it("leaves out the Khối's own tasks under “1. Cấp Khối”", () => {
    expect(text).not.toContain("Cấp Khối:");
    expect(text).not.toContain("Tổ chức Hội thi “Cải cách hành chính” năm 2019");
    expect(text).not.toContain("Tập trung chỉ đạo, hướng dẫn các cơ sở Đoàn");
    expect(text).not.toContain("Đồng thời Đoàn khối tổ chức 04 chương trình tập huấn");
    expect(text).not.toContain("Thực hiện các buổi kiểm tra chuyên đề");
  });

  it("keeps what is addressed to cơ sở, under its own numbers, and the members' part", () => {
    const content = section(kept, "NỘI DUNG THỰC HIỆN");
    expect(content.split("\n")[0]).toMatch(/^Tham gia đầy đủ các hoạt động cấp Khối\. Đồng thời, căn cứ vào kế hoạch/);
    expect(content).toContain("\n1. Đẩy mạnh phong trào thi đua học tập");
    expect(content).toContain("\n4. Thực hiện công trình thanh niên:");
    expect(content).toContain("· Đối với các cơ sở Đoàn có cán bộ, công chức, viên chức trực tiếp làm việc");
    expect(content).toContain("\n5. Đối với cá nhân đoàn viên, thanh niên: tham gia các hoạt động cấp Khối, cơ sở triển khai");
    expect(content).toContain("\n5.3. Tham gia các hoạt động xây dựng cơ quan, đơn vị trong sạch, vững mạnh:");
    expect(content).not.toMatch(/Đối với cơ sở Đoàn:/);
  });

  it("keeps the shared purpose and audience, with the cơ sở's duty among the requirements", () => {
    expect(kept?.map((s) => s.heading)).toEqual([
      "MỤC ĐÍCH - YÊU CẦU",
      "ĐỐI TƯỢNG THỰC HIỆN",
      "NỘI DUNG THỰC HIỆN",
      "TỔ CHỨC THỰC HIỆN",
    ]);
    expect(section(kept, "MỤC ĐÍCH - YÊU CẦU")).toContain("· Các cơ sở Đoàn vận động đoàn viên, thanh niên tích cực tham gia");
  });

  it("adds headings for how the cơ sở organises the work, which the Khối's plan does not say", () => {
    expect(section(kept, "TỔ CHỨC THỰC HIỆN")).toContain("báo cáo kết quả về Ban Thường vụ Đoàn Khối");
  });
});

describe("the 2018–2022 programme (seed 001), whose parts are bullet labels", () => {
  const kept = coSoSections(PLAN_001.sections);
  const text = textOf(kept);

  it("drops “Đối với Đoàn Khối” and “Đối với cấp Khối” with their lines, and the Khối's task force", () => {
    expect(text).not.toContain("Xây dựng chuyên trang về Đoàn tham gia cải cách hành chính");
    expect(text).not.toContain("Tổ chức Hội thi “Đoàn xung kích tham gia cải cách hành chính”");
    expect(text).not.toContain("Duy trì các Đội hình tình nguyện");
    expect(text).not.toContain("Đ/c Phạm Văn Linh");
    expect(text).not.toContain("Tổ công tác");
    expect(text).not.toContain("Ban Chấp hành Đoàn Khối giao Ban Phong trào");
  });

  it("keeps the lines “Đối với cơ sở Đoàn” and “Cấp cơ sở” as the plan's own items", () => {
    const tasks = section(kept, "NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU");
    expect(tasks).toContain("· Sử dụng hiệu quả các sản phẩm định hướng tuyên truyền của cấp Khối");
    expect(tasks).toContain("· Các cơ sở Đoàn hoàn thiện và tham mưu cấp ủy lãnh đạo ban hành sổ tay");
    expect(tasks).toContain("· Tổ chức thông tin, giới thiệu thủ tục pháp lý");
    expect(tasks).not.toMatch(/^\+/mu);
    expect(section(kept, "TỔ CHỨC THỰC HIỆN")).toMatch(/^· Căn cứ các nội dung trong Chương trình, cơ sở Đoàn xây dựng kế hoạch/);
  });

  it("keeps the targets that apply to cơ sở, worded for one cơ sở, and not the Khối's totals", () => {
    expect(section(kept, "HỆ THỐNG CHỈ TIÊU")).toBe(
      "1. Cơ sở có công trình, phần việc tham gia cải cách thủ tục hành chính của cơ quan, đơn vị.",
    );
  });
});

describe("the demo's plan for the year", () => {
  const kept = coSoSections(DEMO.sections);
  const text = textOf(kept);

  it("is written for its year, not the 2019 plan's", () => {
    const body = textOf(DEMO.sections);
    expect(DEMO).toMatchObject({ startYear: 2026, number: "45-KH/ĐTN", issueDate: "2026-03-10" });
    expect(body).toContain("95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026)");
    expect(body).toContain("136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2026)");
    expect(body).toContain("nhiệm kỳ 2027 - 2032");
    expect(`${DEMO.basisText}${body}${DEMO.closing}`).not.toMatch(/2019|Di chúc/);
    expect(textOf(extractPlanText(demoPlanText(2027)).sections)).toContain("96 năm Ngày thành lập Đoàn");
  });

  it("states the targets the demo plan's indicators carry: seed 000's seven, then one per cơ sở", () => {
    // The demo's text sits under a “CHỈ TIÊU” heading and words its clauses differently: compare what was read.
    const shape = ({ source: _s, highlight: _h, inTargets: _t, ...i }: (typeof DEMO.indicators)[number]) => i;
    expect(DEMO.indicators.slice(0, 7).map(shape)).toEqual(PLAN_000.indicators.map(shape));
    expect(shape(DEMO.indicators[7])).toMatchObject({
      wording: "Mỗi cơ sở Đoàn đề xuất ít nhất 20 ý tưởng, sáng kiến",
      appliesTo: "EACH_CO_SO",
      recordKind: "IDEA",
      target: 20,
    });
    expect(DEMO.indicators[8]).toMatchObject({ measure: "MONEY", target: 200_000_000 });
    const targets = section(DEMO.sections, "CHỈ TIÊU");
    expect(targets).toContain("Tổ chức kiểm tra chuyên đề việc thực hiện phong trào tại ít nhất 10 cơ sở Đoàn.");
  });

  it("leaves out the Khối's own tasks, targets and duties", () => {
    for (const khoiOnly of [
      "Tổ chức Hội thi “Cải cách hành chính” năm 2026",
      "Triển khai Kế hoạch đến các cơ sở Đoàn",
      "Ban Thường vụ Đoàn Khối thường xuyên theo dõi",
      "Ban Phong trào Đoàn Khối",
      "Văn phòng Đoàn Khối",
      "Đoàn Khối tổ chức 04 chương trình tập huấn",
      "Tổ chức kiểm tra chuyên đề việc thực hiện phong trào tại ít nhất 10 cơ sở Đoàn",
      "toàn Khối đề xuất ít nhất 1.000 ý tưởng",
    ])
      expect(text).not.toContain(khoiOnly);
  });

  it("keeps the cơ sở's targets, tasks and duties", () => {
    expect(section(kept, "CHỈ TIÊU")).toBe(
      "· Cơ sở có giải pháp khuyến khích, phát huy ý tưởng, sáng kiến trong đoàn viên, thanh niên đơn vị.\n" +
        "· Mỗi cơ sở Đoàn đề xuất ít nhất 20 ý tưởng, sáng kiến (mức tối thiểu Đoàn Khối giao: 10).",
    );
    const content = section(kept, "NỘI DUNG THỰC HIỆN");
    expect(content).toContain("1. Học tập, nâng cao trình độ chuyên môn, nghiệp vụ và kỹ năng số:");
    expect(content).toContain("· Đăng ký công trình, phần việc thanh niên chào mừng Đại hội Đoàn các cấp");
    expect(content).toContain("5. Đối với cá nhân đoàn viên, thanh niên:");
    expect(section(kept, "TỔ CHỨC THỰC HIỆN")).toBe(
      "· Xây dựng và ban hành kế hoạch của đơn vị trên Cổng “3 trách nhiệm” trước ngày 31/3/2026.\n" +
        "· Gửi báo cáo sơ kết 6 tháng (trước ngày 15/6/2026) và báo cáo tổng kết năm (trước ngày 15/12/2026) về Ban Thường vụ Đoàn Khối qua Cổng “3 trách nhiệm”.",
    );
  });
});

describe("a cơ sở plan's draft", () => {
  const khoi = {
    kind: "PLAN" as const,
    number: "45-KH/ĐTN",
    issueDate: new Date(Date.UTC(2026, 2, 10)),
    subject: DEMO.subject,
    issuer: "Đoàn Khối Dân - Chính - Đảng Thành phố",
    sections: DEMO.sections,
  };

  it("opens on the Khối plan it is based on and closes as the cơ sở's own", () => {
    const draft = coSoPlanDraft(khoi, "Đoàn Sở Tài chính");
    expect(draft.basisText).toBe(
      "Căn cứ Kế hoạch số 45-KH/ĐTN ngày 10/03/2026 của Ban Thường vụ Đoàn Khối Dân - Chính - Đảng Thành phố về thực hiện phong trào “3 trách nhiệm” trong đoàn viên, thanh niên cán bộ, công chức, viên chức trẻ năm 2026, Đoàn Sở Tài chính xây dựng kế hoạch thực hiện tại đơn vị như sau:",
    );
    expect(draft.closing).toMatch(
      /^Trên đây là Kế hoạch thực hiện phong trào “3 trách nhiệm” .* năm 2026 của Đoàn Sở Tài chính, đề nghị các chi đoàn/,
    );
    expect(draft.sections).toEqual(coSoSections(DEMO.sections));
  });

  it("falls back to headings to fill in, not the Khối's text, when nothing is addressed to cơ sở", () => {
    const sections = [
      { heading: "MỤC ĐÍCH - YÊU CẦU", body: "· Nâng cao chất lượng hoạt động của Đoàn Khối." },
      { heading: "NỘI DUNG", body: "1. Cấp Khối:\n· Tổ chức Hội thi “Cải cách hành chính”.\n· Tuyên dương 150 gương cấp Khối." },
    ];
    expect(coSoSections(sections)).toBeNull();
    const draft = coSoPlanDraft({ ...khoi, kind: "PROGRAMME", number: null, issueDate: null, sections }, "Chi đoàn Sở Y tế");
    expect(draft.sections).toEqual(coSoPlanSkeleton());
    expect(textOf(draft.sections)).not.toContain("Hội thi");
    expect(draft.sections.map((s) => s.heading)).toEqual([
      "MỤC ĐÍCH - YÊU CẦU",
      "ĐỐI TƯỢNG THỰC HIỆN",
      "CHỈ TIÊU",
      "NỘI DUNG THỰC HIỆN",
      "TỔ CHỨC THỰC HIỆN",
    ]);
    expect(draft.basisText).toMatch(/^Căn cứ Chương trình của Ban Thường vụ Đoàn Khối/);
    expect(coSoPlanDraft({ ...khoi, sections: [] }, "Chi đoàn Sở Y tế").sections).toEqual(coSoPlanSkeleton());
  });

  it("keeps a section addressed to cơ sở whole and drops one addressed to the Khối, whatever their items say", () => {
    const kept = coSoSections([
      { heading: "NHIỆM VỤ CỦA BAN THƯỜNG VỤ ĐOÀN KHỐI", body: "· Chỉ đạo, kiểm tra.\n· Đề xuất khen thưởng." },
      { heading: "NHIỆM VỤ CỦA CÁC CƠ SỞ ĐOÀN", body: "· Xây dựng kế hoạch.\n· Báo cáo 6 tháng, 1 năm." },
      { heading: "TỔ CHỨC THỰC HIỆN", body: "· Ban Thường vụ Đoàn Khối đề nghị các cơ sở Đoàn báo cáo trước ngày 15/12." },
    ]);
    expect(kept).toEqual([
      { heading: "NHIỆM VỤ CỦA CÁC CƠ SỞ ĐOÀN", body: "· Xây dựng kế hoạch.\n· Báo cáo 6 tháng, 1 năm." },
      { heading: "TỔ CHỨC THỰC HIỆN", body: "· Ban Thường vụ Đoàn Khối đề nghị các cơ sở Đoàn báo cáo trước ngày 15/12." },
    ]);
  });

  it("reads any text without failing, and numbers are not mistaken for parts", () => {
    const kept = coSoSections([
      {
        heading: "NỘI DUNG",
        body: "1.000 ý tưởng, sáng kiến của các cơ sở Đoàn\n04 hoạt động\n\n\n2019 năm\n2. Cơ sở Đoàn:\n· Làm.",
      },
      { heading: "", body: "" },
    ]);
    expect(section(kept, "NỘI DUNG")).toBe("· Làm.");
    expect(() => coSoSections([{ heading: "X", body: "1.1.1.1.1. ".repeat(5_000) + ":" }])).not.toThrow();
  });
});
