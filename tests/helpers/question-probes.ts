// The access probes of the hỏi đáp actions (see action-probes.ts): one valid call of each, aimed at
// tenant A's questions, and who may make it. Questions addressed to cơ sở A are its secretary's to
// answer, publish or send back; routing, moderation and the site's settings are the Khối staff's.
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { fileStore, newStorageKey } from "@/lib/storage/file-store";
import { db } from "@/lib/db/client";
import * as questionActions from "@/lib/actions/questions";
import * as handbookActions from "@/lib/actions/handbooks";
import * as showcaseActions from "@/lib/actions/showcase";
import { makePlan, makeUser, type Tenant } from "../factories";
import { makeProject } from "../factories/projects";
import type { Probe, ProbeMaker, Who } from "./action-probes";

export const QUESTION_ACCESS: Record<string, { may: Who[]; each?: true }> = {
  answerQuestionAction: { may: ["coSo"], each: true },
  publishQuestionAction: { may: ["coSo"], each: true },
  rerouteQuestionAction: { may: ["coSo"], each: true },
  assignQuestionAction: { may: ["coSo"], each: true },
  routeQuestionAction: { may: ["admin", "staff"], each: true },
  hideQuestionAction: { may: ["admin", "staff"], each: true },
  // The Khối's own site: nothing of another's to aim at.
  saveSiteSettingsAction: { may: ["admin", "staff"], each: true },
  // Handbooks (cẩm nang): cơ sở A's are its secretary's; the Khối may withdraw one (moderation).
  // A new one is made for the caller's own cơ sở: nothing of another's to aim at.
  createHandbookAction: { may: ["coSo", "coSoB"], each: true },
  saveHandbookAction: { may: ["coSo"], each: true },
  publishHandbookAction: { may: ["coSo"], each: true },
  withdrawHandbookAction: { may: ["admin", "staff", "coSo"], each: true },
  // Cán bộ giải đáp: cơ sở A's secretary names and removes the officers of cơ sở A.
  nameOfficerAction: { may: ["coSo"], each: true },
  removeOfficerAction: { may: ["coSo"], each: true },
  // Gương điển hình: the Khối's staff curate; the member a profile names consents for themselves.
  createShowcaseAction: { may: ["admin", "staff"], each: true },
  saveShowcaseAction: { may: ["admin", "staff"], each: true },
  setShowcaseStatusAction: { may: ["admin", "staff"], each: true },
  setShowcaseConsentAction: { may: ["member"], each: true },
  copyProjectPhotoAction: { may: ["admin", "staff"], each: true },
};

export type QuestionRows = {
  /** Waiting for cơ sở A's answer */
  waiting: string;
  /** Answered by cơ sở A, not published */
  answered: string;
  /** Not yet routed (the asker did not know the agency) */
  routing: string;
  /** Cơ sở A's handbook, a draft */
  draftHandbook: string;
  /** Cơ sở A's handbook, published */
  publishedHandbook: string;
  /** A member's account in chi đoàn A1, not yet named a question officer */
  officerCandidate: string;
  /** Another member's role of question officer of cơ sở A */
  officerMembership: string;
  /** An acknowledged project of cơ sở A, not yet in the showcase */
  showcaseSource: string;
  /** A draft showcase profile naming the member account's own member profile, not yet consented */
  showcaseDraft: string;
  /** A draft profile of an acknowledged project of cơ sở A, and a photo among that project's evidence */
  showcaseProject: string;
  projectPhoto: string;
};

async function handbook(a: Tenant, published: boolean) {
  const now = new Date();
  const h = await db().handbook.create({
    data: {
      khoiId: a.khoi.id,
      coSoId: a.coSoA.id,
      ...(published ? { status: "PUBLISHED" as const, publishedNumber: 1, publishedAt: now } : {}),
    },
  });
  await db().handbookVersion.create({
    data: {
      khoiId: a.khoi.id,
      handbookId: h.id,
      number: 1,
      title: "Thủ tục đăng ký khai sinh",
      source: "## Hồ sơ\n- Tờ khai",
      html: "<h2>Hồ sơ</h2><ul><li>Tờ khai</li></ul>",
      publishedAt: published ? now : null,
    },
  });
  return h.id;
}

let codes = 0;

async function question(a: Tenant, status: "WAITING" | "ANSWERED" | "ROUTING") {
  const now = new Date();
  const row = await db().publicQuestion.create({
    data: {
      khoiId: a.khoi.id,
      coSoId: status === "ROUTING" ? null : a.coSoA.id,
      topic: "ho-tich",
      body: "Thủ tục cấp bản sao trích lục khai sinh cần giấy tờ gì?",
      askerName: "Người hỏi thử",
      askerEmail: "nguoihoi@example.com",
      consentAt: now,
      codeHash: `probe-${randomUUID()}-${codes++}`,
      status,
      routedAt: status === "ROUTING" ? null : now,
      dueAt: new Date(now.getTime() + 5 * 86_400_000),
      ...(status === "ANSWERED" ? { answer: "Nộp tại UBND phường.", answeredAt: now } : {}),
    },
  });
  return row.id;
}

/** Rows of tenant A the probes act on (remade for each success check). */
export async function makeQuestionRows(a: Tenant): Promise<QuestionRows> {
  await db().publicSite.upsert({
    where: { khoiId: a.khoi.id },
    create: { khoiId: a.khoi.id, slug: `probe-${a.khoi.id}`, title: "Cổng thử", intro: "Giới thiệu" },
    update: {},
  });
  return {
    waiting: await question(a, "WAITING"),
    answered: await question(a, "ANSWERED"),
    routing: await question(a, "ROUTING"),
    draftHandbook: await handbook(a, false),
    publishedHandbook: await handbook(a, true),
    officerCandidate: (await makeUser(db(), { role: "MEMBER", unit: a.chiDoanA1 })).id,
    officerMembership: await officer(a),
    ...(await showcaseRows(a)),
  };
}

async function showcaseRows(a: Tenant) {
  const plan = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
  const project = await makeProject(db(), { khoiId: a.khoi.id, planId: plan.id, coSoId: a.coSoA.id }, { status: "ACKNOWLEDGED" });
  const draft = await db().showcaseProfile.create({
    data: {
      khoiId: a.khoi.id,
      kind: "PERSON",
      coSoId: a.coSoA.id,
      title: "Gương cán bộ trẻ",
      story: "Tiêu biểu trong cải cách thủ tục hành chính.",
      year: 2026,
      people: { create: { memberId: a.members.a1.id } },
    },
  });
  const shown = await makeProject(db(), { khoiId: a.khoi.id, planId: plan.id, coSoId: a.coSoA.id }, { status: "ACKNOWLEDGED" });
  const projectProfile = await db().showcaseProfile.create({
    data: {
      khoiId: a.khoi.id,
      kind: "PROJECT",
      coSoId: a.coSoA.id,
      projectId: shown.id,
      title: "Mô hình hay",
      story: "Kết quả.",
      year: 2026,
    },
  });
  const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#16a34a" } })
    .jpeg()
    .toBuffer();
  const storageKey = newStorageKey(a.khoi.id);
  await fileStore().put(storageKey, new Uint8Array(photo));
  const file = await db().evidenceFile.create({
    data: {
      khoiId: a.khoi.id,
      coSoId: a.coSoA.id,
      ownerType: "YouthProject",
      ownerId: shown.id,
      storageKey,
      fileName: "cong-trinh.jpg",
      contentType: "image/jpeg",
      size: photo.byteLength,
      sha256: "0",
    },
  });
  return { showcaseSource: project.id, showcaseDraft: draft.id, showcaseProject: projectProfile.id, projectPhoto: file.id };
}

async function officer(a: Tenant) {
  const user = await makeUser(db(), { role: "MEMBER", unit: a.chiDoanA1 });
  const row = await db().membership.create({
    data: { userId: user.id, unitId: a.coSoA.id, role: "QUESTION_OFFICER", khoiId: a.khoi.id },
  });
  return row.id;
}

const version = async (id: string) => (await db().publicQuestion.findUniqueOrThrow({ where: { id } })).version;
const showcaseVersion = async (id: string) => (await db().showcaseProfile.findUniqueOrThrow({ where: { id } })).version;
const handbookVersion = async (id: string) => (await db().handbook.findUniqueOrThrow({ where: { id } })).version;

export function questionProbes(f: { a: Tenant; questions: QuestionRows }, p: ProbeMaker): Probe[] {
  const { a, questions: q } = f;
  return [
    p("answerQuestionAction", questionActions.answerQuestionAction, async () => ({
      id: q.waiting,
      version: await version(q.waiting),
      answer: "Bạn nộp hồ sơ tại bộ phận một cửa UBND phường.",
      publicBody: "Thủ tục cấp bản sao trích lục khai sinh cần giấy tờ gì?",
      publish: true,
    })),
    p("publishQuestionAction", questionActions.publishQuestionAction, async () => ({
      id: q.answered,
      version: await version(q.answered),
      published: true,
    })),
    p("rerouteQuestionAction", questionActions.rerouteQuestionAction, async () => ({
      id: q.waiting,
      version: await version(q.waiting),
      reason: "Thuộc Sở Tư pháp",
    })),
    // Given to the caller (the secretary of cơ sở A answers its questions).
    p("assignQuestionAction", questionActions.assignQuestionAction, async () => ({
      id: q.waiting,
      version: await version(q.waiting),
      assigneeId: a.users.coSo.id,
    })),
    p("routeQuestionAction", questionActions.routeQuestionAction, async () => ({
      id: q.routing,
      version: await version(q.routing),
      coSoId: a.coSoA.id,
    })),
    p("hideQuestionAction", questionActions.hideQuestionAction, async () => ({
      id: q.waiting,
      version: await version(q.waiting),
      hidden: true,
      reason: "Nội dung quảng cáo",
    })),
    p(
      "saveSiteSettingsAction",
      questionActions.saveSiteSettingsAction,
      async () => ({
        title: "Cổng thông tin",
        intro: "Giới thiệu phong trào",
        published: true,
        answerDays: "5",
        extraDaysOff: "",
        version: (await db().publicSite.findFirst({ where: { khoiId: a.khoi.id } }))?.version ?? 0,
      }),
      false,
    ),
    p(
      "createHandbookAction",
      handbookActions.createHandbookAction,
      async () => ({ title: "Thủ tục cấp giấy phép", body: "## Các bước\n1. Nộp hồ sơ", requestKey: randomUUID() }),
      false,
    ),
    p("saveHandbookAction", handbookActions.saveHandbookAction, async () => ({
      id: q.draftHandbook,
      version: await handbookVersion(q.draftHandbook),
      title: "Thủ tục đăng ký khai sinh (sửa)",
      body: "## Hồ sơ\n- Tờ khai\n- Giấy chứng sinh",
    })),
    p("publishHandbookAction", handbookActions.publishHandbookAction, async () => ({
      id: q.draftHandbook,
      version: await handbookVersion(q.draftHandbook),
    })),
    p("withdrawHandbookAction", handbookActions.withdrawHandbookAction, async () => ({
      id: q.publishedHandbook,
      version: await handbookVersion(q.publishedHandbook),
      reason: "Nội dung cần rà soát lại",
    })),
    p("nameOfficerAction", questionActions.nameOfficerAction, async () => ({
      userId: q.officerCandidate,
      coSoId: a.coSoA.id,
    })),
    p("removeOfficerAction", questionActions.removeOfficerAction, async () => ({ membershipId: q.officerMembership })),
    // A new profile is made in the caller's own Khối: the source is what it aims at.
    p("createShowcaseAction", showcaseActions.createShowcaseAction, async () => ({
      source: "project",
      sourceId: q.showcaseSource,
      requestKey: randomUUID(),
    })),
    p("saveShowcaseAction", showcaseActions.saveShowcaseAction, async () => ({
      id: q.showcaseDraft,
      version: await showcaseVersion(q.showcaseDraft),
      title: "Gương cán bộ trẻ tiêu biểu",
      story: "Tiêu biểu trong cải cách thủ tục hành chính và chuyển đổi số.",
      pillar: "Trách nhiệm với công việc",
      year: "2026",
      featured: true,
    })),
    p("setShowcaseStatusAction", showcaseActions.setShowcaseStatusAction, async () => ({
      id: q.showcaseDraft,
      version: await showcaseVersion(q.showcaseDraft),
      status: "PUBLISHED",
    })),
    p("setShowcaseConsentAction", showcaseActions.setShowcaseConsentAction, async () => ({
      profileId: q.showcaseDraft,
      consent: true,
    })),
    p("copyProjectPhotoAction", showcaseActions.copyProjectPhotoAction, async () => ({
      profileId: q.showcaseProject,
      fileId: q.projectPhoto,
      requestKey: randomUUID(),
    })),
  ];
}
