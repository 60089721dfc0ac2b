// SECURITY.md #1, #3, #4 for route handlers (Excel and Word files, evidence downloads): they are
// fetched directly, so each authorizes itself (lib/routes/handler.ts). Every route handler under
// app/ is called as every person of tenant A, as the other Khối's admin and secretary, and with no
// session: those who may get the file, everyone else "not found" (404), alike for a record of
// another Khối, one out of reach, and a permission held nowhere.
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { makeTenant, type Tenant } from "../factories";
import { EVERYONE, makeProbeFixture, PDF, type ProbeFixture, type Who } from "../helpers/action-probes";
import { actingAs } from "../helpers/session";

let a: Tenant;
let b: Tenant;
let f: ProbeFixture;
let acceptedPeriod: string;
/** The recording visit of the fixture, concluded: its round and issued conclusion */
let concluded: { round: string; visit: string; conclusion: string };

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  f = await makeProbeFixture(a);
  acceptedPeriod = (await db().report.findUniqueOrThrow({ where: { id: f.reports.accepted } })).periodId;
  // The evidence row of the fixture points at a stored file: store its bytes.
  const evidence = await db().evidenceFile.findUniqueOrThrow({ where: { id: f.plans.evidenceId } });
  const file = path.join(process.env.FILES_DIR!, evidence.storageKey);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, PDF);
  await db().evidenceFile.update({
    where: { id: evidence.id },
    data: { size: PDF.length, contentType: "application/pdf", fileName: "minh-chung.pdf" },
  });
  // Cơ sở A's visit, told and recorded: give it an issued conclusion (rows made directly).
  const visit = await db().inspectionVisit.update({
    where: { id: f.inspections.recording.visit },
    data: { status: "CONCLUDED" },
    select: { id: true, roundId: true },
  });
  const conclusion = await db().inspectionConclusion.create({
    data: {
      khoiId: a.khoi.id,
      visitId: visit.id,
      revision: 1,
      status: "ISSUED",
      number: "61-TB/ĐTN",
      rating: "GOOD",
      strengths: "Thực hiện tốt",
      issuedOn: new Date(Date.UTC(2026, 5, 2)),
    },
    select: { id: true },
  });
  concluded = { round: visit.roundId, visit: visit.id, conclusion: conclusion.id };
});

type Call = { url: string; params?: Record<string, string> };
type RouteProbe = { module: string; call: () => Call; may: Who[] };
const THE_KHOI: Who[] = ["admin", "staff"];
const READS_MEMBERS: Who[] = ["admin", "staff", "coSo", "coSoB", "chiDoan"];

/** Every route handler, the call aimed at tenant A, and who may get the file. */
const ROUTES: Record<string, RouteProbe> = {
  "ke-hoach/[id]/word": {
    module: "ke-hoach/[id]/word",
    call: () => ({ url: `/ke-hoach/${f.plans.published.id}/word`, params: { id: f.plans.published.id } }),
    may: EVERYONE,
  },
  "bao-cao/[id]/xuat-excel": {
    module: "bao-cao/[id]/xuat-excel",
    call: () => ({ url: `/bao-cao/${acceptedPeriod}/xuat-excel`, params: { id: acceptedPeriod } }),
    may: THE_KHOI,
  },
  "bao-cao/[id]/xuat-word": {
    module: "bao-cao/[id]/xuat-word",
    call: () => ({ url: `/bao-cao/${acceptedPeriod}/xuat-word?bao-cao=${f.reports.accepted}`, params: { id: acceptedPeriod } }),
    may: [...THE_KHOI, "coSo"],
  },
  "minh-chung/[id]": {
    module: "minh-chung/[id]",
    call: () => ({ url: `/minh-chung/${f.plans.evidenceId}`, params: { id: f.plans.evidenceId } }),
    // A cơ sở's participation evidence: the Khối running the activity and that cơ sở's secretary.
    may: [...THE_KHOI, "coSo"],
  },
  "doan-vien/xuat-excel": { module: "doan-vien/xuat-excel", call: () => ({ url: "/doan-vien/xuat-excel" }), may: READS_MEMBERS },
  "doan-vien/mau-excel": { module: "doan-vien/mau-excel", call: () => ({ url: "/doan-vien/mau-excel" }), may: READS_MEMBERS },
  "cam-ket/xuat-excel": { module: "cam-ket/xuat-excel", call: () => ({ url: "/cam-ket/xuat-excel" }), may: READS_MEMBERS },
  "ghi-nhan/xuat-excel": { module: "ghi-nhan/xuat-excel", call: () => ({ url: "/ghi-nhan/xuat-excel" }), may: READS_MEMBERS },
  "cong-trinh/xuat-excel": { module: "cong-trinh/xuat-excel", call: () => ({ url: "/cong-trinh/xuat-excel" }), may: EVERYONE },
  "khen-thuong/[id]/quyet-dinh/[decisionId]": {
    module: "khen-thuong/[id]/quyet-dinh/[decisionId]",
    call: () => ({
      url: `/khen-thuong/${f.honours.decided.round}/quyet-dinh/${f.honours.decided.decision}`,
      params: { id: f.honours.decided.round, decisionId: f.honours.decided.decision },
    }),
    // A decision is a document of the Khối, sent to its cơ sở: everyone who reads its honours.
    may: ["admin", "staff", "coSo", "coSoB", "chiDoan", "member"],
  },
  "khen-thuong/[id]/quyet-dinh/[decisionId]/giay-khen": {
    module: "khen-thuong/[id]/quyet-dinh/[decisionId]/giay-khen",
    call: () => ({
      url: `/khen-thuong/${f.honours.decided.round}/quyet-dinh/${f.honours.decided.decision}/giay-khen`,
      params: { id: f.honours.decided.round, decisionId: f.honours.decided.decision },
    }),
    may: ["admin", "staff", "coSo", "coSoB", "chiDoan", "member"],
  },
  "thanh-doan/khen-thuong/quyet-dinh/[id]": {
    module: "thanh-doan/khen-thuong/quyet-dinh/[id]",
    call: () => ({
      url: `/thanh-doan/khen-thuong/quyet-dinh/${f.honours.cityAccepted}`,
      params: { id: f.honours.cityAccepted },
    }),
    // The Thành Đoàn's own decision: its staff; the Khối reads the outcome on its round.
    may: ["cityStaff"],
  },
  "kiem-tra/[id]/buoi/[visitId]/ket-luan/[conclusionId]": {
    module: "kiem-tra/[id]/buoi/[visitId]/ket-luan/[conclusionId]",
    call: () => ({
      url: `/kiem-tra/${concluded.round}/buoi/${concluded.visit}/ket-luan/${concluded.conclusion}`,
      params: { id: concluded.round, visitId: concluded.visit, conclusionId: concluded.conclusion },
    }),
    // The Khối's staff and the inspected cơ sở; never a sibling cơ sở or the city.
    may: [...THE_KHOI, "coSo"],
  },
  "kiem-tra/[id]/bao-cao": {
    module: "kiem-tra/[id]/bao-cao",
    call: () => ({ url: `/kiem-tra/${f.inspections.round}/bao-cao`, params: { id: f.inspections.round } }),
    // Every cơ sở's rating: the Khối's staff only.
    may: THE_KHOI,
  },
  "kiem-tra/[id]/bao-cao/xlsx": {
    module: "kiem-tra/[id]/bao-cao/xlsx",
    call: () => ({ url: `/kiem-tra/${f.inspections.round}/bao-cao/xlsx`, params: { id: f.inspections.round } }),
    may: THE_KHOI,
  },
  "khoi/nhat-ky/xuat-excel": {
    module: "khoi/nhat-ky/xuat-excel",
    call: () => ({ url: "/khoi/nhat-ky/xuat-excel" }),
    may: ["admin"],
  },
};
const TARGETED = Object.keys(ROUTES).filter((k) => k.includes("[id]"));
/**
 * Routes without a session on purpose: the server's own wake-up call for scheduled work (a
 * per-process secret instead, below) and the one-click unsubscribe (a signed link instead,
 * notices-mail.test.ts).
 */
const SYSTEM_ROUTES = ["api/jobs", "api/huy-nhan-thu"];
/** The public site's downloads, for anyone: what they serve is tested in handbooks.test.ts and showcase.test.ts. */
const PUBLIC_ROUTES = [
  "(public)/doan-khoi/[site]/cam-nang/[id]/tep/[fileId]",
  "(public)/doan-khoi/[site]/dien-hinh/[id]/anh/[fileId]",
];

const userOf = (who: Who) => (who === "coSoB" ? f.coSoBSecretary.id : a.users[who].id);

async function get(name: string, userId: string | null): Promise<Response> {
  const probe = ROUTES[name];
  const { url, params } = probe.call();
  const mod = (await import(`@/app/(portal)/${probe.module}/route`)) as {
    GET: (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;
  };
  actingAs(userId);
  return mod.GET(new Request(`http://localhost${url}`), params ? { params: Promise.resolve(params) } : undefined);
}

describe("the route probe table", () => {
  it("covers every route handler under app/ (next-auth's own aside)", () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, e.name);
        if (e.isDirectory()) walk(full);
        else if (e.name === "route.ts") found.push(path.relative(path.resolve(__dirname, "../../app"), path.dirname(full)));
      }
    };
    walk(path.resolve(__dirname, "../../app"));
    const ours = found
      .filter((r) => !r.startsWith("api/auth") && !SYSTEM_ROUTES.includes(r) && !PUBLIC_ROUTES.includes(r))
      .map((r) => r.replace(/^\(portal\)\//, ""));
    expect(ours.sort()).toEqual(Object.keys(ROUTES).sort());
  });
});

describe("route handlers", () => {
  const cases = Object.keys(ROUTES).flatMap((name) =>
    EVERYONE.map((who) => ({ name, who, may: ROUTES[name].may.includes(who) })),
  );

  it.each(cases)("$name as $who: the file when they may ($may), else 404", async ({ name, who, may }) => {
    const response = await get(name, userOf(who));
    expect(response.status).toBe(may ? 200 : 404);
    if (may) expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
  });

  it.each(TARGETED)("%s for tenant A's record: 404 to the other Khối's admin and cơ sở secretary", async (name) => {
    for (const user of [b.users.admin.id, b.users.coSo.id]) expect((await get(name, user)).status).toBe(404);
  });

  it.each(Object.keys(ROUTES))("%s with no session sends to the sign-in page", async (name) => {
    await expect(get(name, null)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;.*\/dang-nhap/) });
  });

  it("doan-vien/xuat-excel gives each Khối its own members only", async () => {
    const names = async (userId: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await (await get("doan-vien/xuat-excel", userId)).arrayBuffer());
      const values: string[] = [];
      book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value)))));
      return values.join("\n");
    };
    const ofA = await names(a.users.admin.id);
    const ofB = await names(b.users.admin.id);
    expect(ofA).toContain(a.members.a1.fullName);
    expect(ofB).toContain(b.members.b1.fullName);
    expect(ofB).not.toContain(a.members.a1.fullName);
    expect(ofA).not.toContain(b.members.b1.fullName);
  });
});

describe("the scheduled-work wake-up (api/jobs)", () => {
  const call = async (secret: string | null) => {
    const { POST } = await import("@/app/api/jobs/route");
    const headers = secret === null ? undefined : { "x-jobs-secret": secret };
    return POST(new Request("http://localhost/api/jobs", { method: "POST", headers }));
  };

  it("answers 404 without the server's secret, or with another, whoever is signed in", async () => {
    process.env.JOBS_SECRET = "s".repeat(64);
    for (const user of [null, a.users.admin.id]) {
      actingAs(user);
      for (const secret of [null, "", "t".repeat(64), "s".repeat(63)]) expect((await call(secret)).status).toBe(404);
    }
  });

  it("runs the due work with it", async () => {
    process.env.JOBS_SECRET = "s".repeat(64);
    const response = await call("s".repeat(64));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ mail: { sent: expect.any(Number) } });
  });
});
