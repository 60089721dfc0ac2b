// readPlanDocumentAction through defineAction (issue 17, point 1): the real .docx read into the
// text a paste gives, for whoever may draft a plan; refused for everyone else; and every refusal
// of the file (a PDF, an old .doc, too large, no Word document) a message beside the file field.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { MESSAGES } from "@/lib/actions/define";
import { readPlanDocumentAction } from "@/lib/actions/plan-documents";
import { forbidden } from "@/lib/data/errors";
import { extractPlanText } from "@/lib/domain/plan-text";
import { PLAN_DOCUMENT_MESSAGES } from "@/lib/validation/plan-document";
import { makeTenant, makeUser, type Tenant } from "../factories";
import { actingAs } from "../helpers/session";
import { EVERYONE, type Who } from "../helpers/action-probes";
import { PLAN_DOCUMENT_ACCESS, planDocumentForm, planFixture } from "../helpers/plan-document-probes";
import { writeZip } from "../helpers/zip";

let a: Tenant;
let coSoB: { id: string };
const MAY = PLAN_DOCUMENT_ACCESS.readPlanDocumentAction.may;

beforeAll(async () => {
  a = await makeTenant(db());
  coSoB = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
});

const userOf = (who: Who) => (who === "coSoB" ? coSoB.id : a.users[who].id);
const TABLE = () => planFixture("docx-table-2027.docx");
const fileError = (result: Awaited<ReturnType<typeof readPlanDocumentAction>>) =>
  result.ok ? null : (result.fieldErrors?.file ?? null);

describe("readPlanDocumentAction: who may have a plan read", () => {
  it("refuses a signed-out caller", async () => {
    actingAs(null);
    expect(await readPlanDocumentAction(planDocumentForm(TABLE()))).toEqual({ ok: false, formError: MESSAGES.signedOut });
  });

  it.each(EVERYONE.filter((w) => !MAY.includes(w)))("refuses the %s, who drafts no plan anywhere", async (who) => {
    actingAs(userOf(who));
    expect(await readPlanDocumentAction(planDocumentForm(TABLE()))).toEqual({ ok: false, formError: forbidden().message });
  });

  it.each(MAY)("reads the .docx for the %s into the text a paste gives", async (who) => {
    actingAs(userOf(who));
    const result = await readPlanDocumentAction(planDocumentForm(TABLE()));
    expect(result.ok).toBe(true);
    const { text } = (result as { ok: true; data: { text: string } }).data;
    expect(text).toContain("Số: 18-KH/ĐKDCĐ\tTP. Hồ Chí Minh, ngày 02 tháng 03 năm 2027");
    expect(text).toContain("1\tTổ chức tiểu phẩm tuyên truyền\t05\ttiểu phẩm\tCơ sở Đoàn\tQuý III");
    const plan = extractPlanText(text);
    expect(plan).toMatchObject({
      number: "18-KH/ĐKDCĐ",
      subject: "Tuyên truyền cải cách hành chính trong đoàn viên, thanh niên năm 2027",
    });
    expect(plan.indicators.length).toBeGreaterThan(0);
  });
});

describe("readPlanDocumentAction: a file that is no .docx gets a message beside the field", () => {
  beforeAll(() => actingAs(a.users.staff.id));

  it("a PDF and an old .doc: save as .docx in Word", async () => {
    const pdf = await readPlanDocumentAction(planDocumentForm(Buffer.from("%PDF-1.4\n1 0 obj\n"), "x.pdf"));
    expect(fileError(pdf)).toBe(PLAN_DOCUMENT_MESSAGES.saveAsDocx);
    expect(fileError(pdf)).toContain("Lưu thành .docx");
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect(fileError(await readPlanDocumentAction(planDocumentForm(doc, "ke-hoach.doc")))).toBe(
      PLAN_DOCUMENT_MESSAGES.saveAsDocx,
    );
  });

  it("a zip without word/document.xml, and a text file", async () => {
    const xlsx = writeZip([{ name: "xl/workbook.xml", data: "<workbook/>" }]);
    expect(fileError(await readPlanDocumentAction(planDocumentForm(xlsx, "x.docx")))).toBe(PLAN_DOCUMENT_MESSAGES.notDocx);
    expect(PLAN_DOCUMENT_MESSAGES.notDocx).toMatch(/^Tệp không phải văn bản Word \(\.docx\)/);
    expect(fileError(await readPlanDocumentAction(planDocumentForm(Buffer.from("Kế hoạch"), "x.txt")))).toBe(
      PLAN_DOCUMENT_MESSAGES.notDocx,
    );
  });

  it("no file, an empty file, a file over 5 MB", async () => {
    expect(fileError(await readPlanDocumentAction(new FormData()))).toBe(PLAN_DOCUMENT_MESSAGES.noFile);
    expect(fileError(await readPlanDocumentAction(planDocumentForm(new Uint8Array(0))))).toBe(PLAN_DOCUMENT_MESSAGES.empty);
    const big = planDocumentForm(new Uint8Array(5 * 1024 * 1024 + 1));
    expect(fileError(await readPlanDocumentAction(big))).toBe(PLAN_DOCUMENT_MESSAGES.tooLarge);
  });

  it("a Word document with no text at all", async () => {
    const blank = writeZip([{ name: "word/document.xml", data: '<w:document xmlns:w="w"><w:body><w:p/></w:body></w:document>' }]);
    expect(fileError(await readPlanDocumentAction(planDocumentForm(blank)))).toBe(PLAN_DOCUMENT_MESSAGES.noText);
  });
});
