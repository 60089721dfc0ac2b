// The text a cơ sở plan starts from when its secretary builds it on the Khối's published plan:
// the parts addressed to cơ sở, not the Khối's own tasks (issue 16); the Khối's text is read
// beside the editor instead (getBasisPlanText), by whoever may read the Khối plan.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createCoSoPlan } from "@/lib/data/co-so-plans";
import { getBasisPlanText, getPlan, type PlanDto } from "@/lib/data/plans";
import { updatePlan } from "@/lib/data/plan-writes";
import { todayInVietnam } from "@/lib/domain/dates";
import { extractPlanText } from "@/lib/domain/plan-text";
import type { PlanSection } from "@/lib/domain/plan-model";
import type { Viewer } from "@/lib/authz";
import { coSoPlanCreateInput, planUpdateInput } from "@/lib/validation/plans";
import { demoPlanText } from "@/prisma/demo-plan-text";
import { makePlan, makeTenant, type Tenant } from "../factories";
import { viewerOf } from "../helpers/viewers";

const YEAR = todayInVietnam().getUTCFullYear();

let a: Tenant;
let b: Tenant;
let secretary: Viewer;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  secretary = await viewerOf(a.users.coSo.id);
});

/** A published Khối plan of tenant A holding the sections read from `text`, numbered `number`. */
async function khoiPlanOf(text: string, number: string) {
  const x = extractPlanText(text);
  const plan = await makePlan(
    db(),
    { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" },
    { status: "PUBLISHED", number, subject: x.subject },
  );
  await db().plan.update({ where: { id: plan.id }, data: { sections: x.sections, closing: x.closing } });
  return plan;
}

async function coSoPlanOn(basisPlanId: string) {
  const { id } = await createCoSoPlan(secretary, coSoPlanCreateInput.parse({ basisPlanId, requestKey: crypto.randomUUID() }));
  return getPlan(secretary, id);
}

const textOf = (sections: PlanSection[]) => sections.map((s) => `${s.heading}\n${s.body}`).join("\n");

describe("a cơ sở plan built on the demo-like Khối plan", () => {
  let plan: PlanDto;
  beforeAll(async () => {
    plan = await coSoPlanOn((await khoiPlanOf(demoPlanText(YEAR), "45-KH/ĐTN")).id);
  });

  it("starts without the Khối's own tasks, targets and duties", () => {
    const text = textOf(plan.sections);
    for (const khoiOnly of [
      `Tổ chức Hội thi “Cải cách hành chính” năm ${YEAR}`,
      "Triển khai Kế hoạch đến các cơ sở Đoàn",
      "Ban Thường vụ Đoàn Khối thường xuyên theo dõi",
      "Ban Phong trào Đoàn Khối",
      "Văn phòng Đoàn Khối",
      "Đoàn Khối tổ chức 04 chương trình tập huấn",
      "Cấp Khối:",
    ])
      expect(text).not.toContain(khoiOnly);
  });

  it("starts from the parts addressed to cơ sở, and closes as the cơ sở's own plan", () => {
    expect(plan.sections.map((s) => s.heading)).toEqual([
      "MỤC ĐÍCH - YÊU CẦU",
      "ĐỐI TƯỢNG THỰC HIỆN",
      "CHỈ TIÊU",
      "NỘI DUNG THỰC HIỆN",
      "TỔ CHỨC THỰC HIỆN",
    ]);
    const text = textOf(plan.sections);
    expect(text).toContain("· Các cơ sở Đoàn vận động đoàn viên, thanh niên tích cực tham gia");
    expect(text).toContain("· Mỗi cơ sở Đoàn đề xuất ít nhất 20 ý tưởng, sáng kiến");
    expect(text).toContain("· Đăng ký công trình, phần việc thanh niên chào mừng Đại hội Đoàn các cấp");
    expect(text).toContain(`· Xây dựng và ban hành kế hoạch của đơn vị trên Cổng “3 trách nhiệm” trước ngày 31/3/${YEAR}.`);
    expect(plan.basisText).toMatch(new RegExp(`^Căn cứ Kế hoạch số 45-KH/ĐTN của Ban Thường vụ ${a.khoi.name} về thực hiện`));
    expect(plan.closing).toContain(`của ${a.coSoA.name}, đề nghị các chi đoàn`);
  });

  it("saves as it starts: the draft passes the plan form's own checks", async () => {
    const input = planUpdateInput.parse({
      id: plan.id,
      version: plan.version,
      kind: plan.kind,
      subject: plan.subject,
      startYear: plan.startYear,
      endYear: plan.endYear,
      basisText: plan.basisText,
      pillars: plan.pillars,
      sections: plan.sections,
      closing: plan.closing,
    });
    await updatePlan(secretary, input);
    expect((await getPlan(secretary, plan.id)).sections).toEqual(plan.sections);
  });

  it("lets its secretary read the Khối plan's whole text beside it; another Khối's finds nothing", async () => {
    const basis = await getBasisPlanText(secretary, plan.basisPlanId);
    expect(textOf(basis!.sections)).toContain(`Tổ chức Hội thi “Cải cách hành chính” năm ${YEAR}`);
    const other = await viewerOf(b.users.coSo.id);
    expect(await getBasisPlanText(other, plan.basisPlanId)).toBeNull();
    expect(await getBasisPlanText(secretary, null)).toBeNull();
  });
});

describe("a cơ sở plan built on other Khối texts", () => {
  it("leaves out the 2019 plan's “Cấp Khối” tasks (seed 000)", async () => {
    const seed000 = readFileSync(path.join(import.meta.dirname, "..", "fixtures", "plan-000.txt"), "utf8");
    const plan = await coSoPlanOn((await khoiPlanOf(seed000, "46-KH/ĐTN")).id);
    const text = textOf(plan.sections);
    expect(text).not.toContain("Tổ chức Hội thi “Cải cách hành chính” năm 2019");
    expect(text).toContain("Đẩy mạnh phong trào sáng kiến, hiến kế");
  });

  it("starts from headings to fill in when the Khối's text names nothing for cơ sở", async () => {
    const text =
      "KẾ HOẠCH\nTổ chức Hội thi “Cải cách hành chính”\n--------\nI. NỘI DUNG\n1. Cấp Khối:\n· Tổ chức Hội thi vòng chung kết.";
    const plan = await coSoPlanOn((await khoiPlanOf(text, "47-KH/ĐTN")).id);
    expect(plan.sections.map((s) => s.heading)).toContain("TỔ CHỨC THỰC HIỆN");
    expect(textOf(plan.sections)).not.toContain("vòng chung kết");
  });
});
