// Evidence files (minh chứng), SECURITY.md #18: type by content, size cap, server-made storage
// key, download re-checks access through the owning record (registration, project, entry,
// nomination).
import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { archiveEvidenceAction, uploadEvidenceAction } from "@/lib/actions/evidence";
import { evidenceForDownload, evidenceOf } from "@/lib/data/evidence";
import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_PER_RECORD } from "@/lib/domain/evidence-file";
import { dayFromToday, makeActivity, makeMember, makePlan, makeTenant, makeUser, type Tenant } from "../factories";
import type { EvidenceOwnerType } from "@/lib/validation/evidence";
import { PDF } from "../helpers/action-probes";
import { makeHonourTitle, makeNomination, makeRound } from "../helpers/honour-probes";
import { makeConcludedRound, makeInspectionRound } from "../helpers/inspection-probes";
import { getVisit } from "@/lib/data/inspection-visits";
import { actingAs } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let coSoBSecretary: { id: string };

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  coSoBSecretary = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
});

/** Cơ sở A registered for an activity that began `startedDaysAgo` days ago (negative: not yet). */
async function registration(startedDaysAgo = 1) {
  const plan = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
  const activity = await makeActivity(db(), plan, { startsIn: -startedDaysAgo, deadlineIn: -startedDaysAgo - 1 });
  return db().activityRegistration.create({ data: { khoiId: a.khoi.id, activityId: activity.id, coSoId: a.coSoA.id } });
}

/** Cơ sở A's nomination of member a1 in an open round. */
async function nomination(status: "DRAFT" | "SUBMITTED") {
  const plan = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
  const title = await makeHonourTitle(a.khoi.id);
  const round = await makeRound(a.khoi.id, plan.id, [title.id]);
  return { round, id: await makeNomination(a, round, title.id, a.members.a1.id, status) };
}

async function upload(registrationId: string, file: File) {
  actingAs(a.users.coSo.id);
  return uploadEvidenceAction({
    requestKey: crypto.randomUUID(),
    ownerType: "ActivityRegistration",
    ownerId: registrationId,
    file,
  });
}

const storedFiles = async () => (await readdir(path.join(process.env.FILES_DIR!, a.khoi.id)).catch(() => [])).length;

describe("uploading evidence", () => {
  it("stores a PDF under a server-made key, with a clean name, and gives the same bytes back to those who may see it", async () => {
    const reg = await registration();
    const result = await upload(reg.id, new File([PDF], "../../etc/Báo cáo\u0000 kết quả.pdf"));
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    const row = await db().evidenceFile.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      fileName: "Báo cáo kết quả.pdf",
      contentType: "application/pdf",
      size: PDF.byteLength,
      khoiId: a.khoi.id,
      coSoId: a.coSoA.id,
    });
    expect(row.storageKey).toMatch(new RegExp(`^${a.khoi.id}/[0-9a-f-]{36}$`));

    for (const who of [a.users.coSo.id, a.users.staff.id, a.users.admin.id]) {
      const file = await evidenceForDownload(await viewerOf(who), id);
      expect(file.size).toBe(PDF.byteLength);
      expect(Buffer.from(await new Response(file.body).arrayBuffer()).equals(Buffer.from(PDF))).toBe(true);
    }
    expect(
      (await evidenceOf(await viewerOf(a.users.coSo.id), a.khoi.id, "ActivityRegistration", [reg.id])).map((f) => f.id),
    ).toEqual([id]);
  });

  it("refuses a renamed executable, an empty and an oversized file, and keeps nothing of them", async () => {
    const reg = await registration();
    const before = await storedFiles();
    const exe = new Uint8Array(512);
    exe.set(new TextEncoder().encode("MZ"), 0);
    const renamed = await upload(reg.id, new File([exe], "bao-cao.pdf"));
    expect(renamed).toMatchObject({
      ok: false,
      fieldErrors: {
        file: "Chỉ nhận tệp PDF, ảnh (JPG, PNG, WEBP, GIF), Word, Excel hoặc PowerPoint (kiểm tra theo nội dung tệp)",
      },
    });
    expect(await upload(reg.id, new File([], "rong.pdf"))).toMatchObject({ ok: false, fieldErrors: { file: "Tệp rỗng" } });
    const big = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    big.set(PDF, 0);
    expect(await upload(reg.id, new File([big], "lon.pdf"))).toMatchObject({
      ok: false,
      fieldErrors: { file: "Tệp quá lớn (tối đa 10 MB)" },
    });
    expect(await db().evidenceFile.count({ where: { ownerId: reg.id } })).toBe(0);
    expect(await storedFiles()).toBe(before);
  });

  it("takes evidence only once the activity has begun, and at most the per-record limit", async () => {
    const upcoming = await registration(-3);
    expect(await upload(upcoming.id, new File([PDF], "som.pdf"))).toMatchObject({
      ok: false,
      fieldErrors: { file: "Chỉ gửi minh chứng khi hoạt động đã diễn ra" },
    });
    const reg = await registration();
    for (let i = 0; i < EVIDENCE_MAX_PER_RECORD; i++)
      expect(await upload(reg.id, new File([PDF], `tep-${i}.pdf`))).toMatchObject({ ok: true });
    expect(await upload(reg.id, new File([PDF], "them.pdf"))).toMatchObject({
      ok: false,
      fieldErrors: { file: `Tối đa ${EVIDENCE_MAX_PER_RECORD} tệp minh chứng` },
    });
  });

  // Attack finding 6: the count was read outside the transaction, so 16 parallel uploads all saw
  // room and 16 files were stored. The cap is now counted under a lock on the owning record.
  it.each([
    ["a participation report", "ActivityRegistration", async () => (await registration()).id, () => a.users.coSo.id],
    ["a youth project", "YouthProject", async () => (await project("APPROVED")).id, () => a.users.coSo.id],
    ["a member's entry", "MemberEntry", async () => (await entry("SUBMITTED")).id, () => a.users.member.id],
    ["a nomination", "Nomination", async () => (await nomination("DRAFT")).id, () => a.users.coSo.id],
    ["an inspection visit", "InspectionVisit", async () => (await inspectionVisit()).id, () => a.users.staff.id],
    [
      "an inspection recommendation",
      "InspectionRecommendation",
      async () => (await recommendation()).open,
      () => a.users.coSo.id,
    ],
  ] as const)(
    "holds the per-record limit for 16 parallel uploads to %s: 10 stored, 6 refused beside the file",
    async (_what, ownerType, owner, who) => {
      const ownerId = await owner();
      actingAs(who());
      const before = await storedFiles();
      const results = await Promise.all(
        Array.from({ length: 16 }, (_, i) =>
          uploadEvidenceAction({
            requestKey: crypto.randomUUID(),
            ownerType,
            ownerId,
            file: new File([PDF], `song-song-${i}.pdf`),
          }),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(EVIDENCE_MAX_PER_RECORD);
      const refused = results.filter((r) => !r.ok);
      expect(refused).toHaveLength(16 - EVIDENCE_MAX_PER_RECORD);
      for (const r of refused)
        expect(r).toMatchObject({ ok: false, fieldErrors: { file: `Tối đa ${EVIDENCE_MAX_PER_RECORD} tệp minh chứng` } });
      expect(await db().evidenceFile.count({ where: { ownerType, ownerId, active: true } })).toBe(EVIDENCE_MAX_PER_RECORD);
      // The refused uploads' bytes were removed with them.
      expect(await storedFiles()).toBe(before + EVIDENCE_MAX_PER_RECORD);
    },
  );
});

describe("who may see and remove it", () => {
  it("answers “not found” to another cơ sở, a member, the city and another Khối, whether the file exists or not", async () => {
    const reg = await registration();
    const { data } = (await upload(reg.id, new File([PDF], "anh.pdf"))) as { data: { id: string } };
    for (const who of [
      coSoBSecretary.id,
      a.users.member.id,
      a.users.chiDoan.id,
      a.users.city.id,
      b.users.admin.id,
      b.users.coSo.id,
    ]) {
      const viewer = await viewerOf(who);
      await expect(evidenceForDownload(viewer, data.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(evidenceForDownload(viewer, crypto.randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("lets only the owning cơ sở remove a file, which then vanishes from lists and downloads but stays stored", async () => {
    const reg = await registration();
    const { data } = (await upload(reg.id, new File([PDF], "go.pdf"))) as { data: { id: string } };
    actingAs(coSoBSecretary.id);
    expect(await archiveEvidenceAction({ id: data.id })).toMatchObject({ ok: false, formError: "Không tìm thấy tệp minh chứng" });
    actingAs(a.users.coSo.id);
    expect(await archiveEvidenceAction({ id: data.id })).toMatchObject({ ok: true });
    expect(await evidenceOf(await viewerOf(a.users.coSo.id), a.khoi.id, "ActivityRegistration", [reg.id])).toEqual([]);
    await expect(evidenceForDownload(await viewerOf(a.users.staff.id), data.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().evidenceFile.findUniqueOrThrow({ where: { id: data.id } })).toMatchObject({ active: false });
    expect(await db().auditLog.count({ where: { action: "evidence.archive", targetId: reg.id } })).toBe(1);
  });
});

/** A youth project of cơ sở A in the given status, under a published Khối plan. */
async function project(status: "PENDING" | "APPROVED" | "ACKNOWLEDGED") {
  const plan = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
  return db().youthProject.create({
    data: {
      khoiId: a.khoi.id,
      unitId: a.coSoA.id,
      coSoId: a.coSoA.id,
      planId: plan.id,
      kind: "PROJECT",
      name: "Công sở không giấy",
      searchText: "cong so khong giay",
      field: "DIGITAL",
      goal: "Số hóa hồ sơ",
      startsOn: dayFromToday(-30),
      status,
      createdById: a.users.coSo.id,
    },
  });
}

/** A training of member a1 (linked to the member account) in the given status. */
async function entry(status: "SUBMITTED" | "CONFIRMED") {
  const m = a.members.a1;
  return db().memberEntry.create({
    data: {
      khoiId: a.khoi.id,
      coSoId: m.coSoId,
      chiDoanId: m.chiDoanId,
      memberId: m.id,
      kind: "TRAINING",
      trainingKind: "LANGUAGE",
      title: "Tiếng Anh B1",
      searchText: "tieng anh b1",
      occurredOn: dayFromToday(-10),
      status,
    },
  });
}

async function uploadAs(userId: string, ownerType: EvidenceOwnerType, ownerId: string, name = "minh-chung.pdf") {
  actingAs(userId);
  return uploadEvidenceAction({ requestKey: crypto.randomUUID(), ownerType, ownerId, file: new File([PDF], name) });
}

describe("evidence of a youth project", () => {
  it("is added by the registering cơ sở, seen by whoever sees the project, and no one else", async () => {
    const p = await project("APPROVED");
    expect(await uploadAs(coSoBSecretary.id, "YouthProject", p.id)).toMatchObject({
      ok: false,
      formError: "Không tìm thấy công trình",
    });
    expect(await uploadAs(b.users.admin.id, "YouthProject", p.id)).toMatchObject({
      ok: false,
      formError: "Không tìm thấy công trình",
    });
    const result = await uploadAs(a.users.coSo.id, "YouthProject", p.id);
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    expect(await db().evidenceFile.findUniqueOrThrow({ where: { id } })).toMatchObject({
      ownerType: "YouthProject",
      coSoId: a.coSoA.id,
    });
    for (const who of [a.users.coSo.id, a.users.staff.id, a.users.member.id]) {
      expect((await evidenceForDownload(await viewerOf(who), id)).fileName).toBe("minh-chung.pdf");
    }
    // The city reads the project, not its files (they may name people).
    for (const who of [coSoBSecretary.id, a.users.city.id, b.users.admin.id, b.users.coSo.id]) {
      await expect(evidenceForDownload(await viewerOf(who), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("is closed once the Khối has acknowledged the project", async () => {
    const p = await project("ACKNOWLEDGED");
    expect(await uploadAs(a.users.coSo.id, "YouthProject", p.id)).toMatchObject({
      ok: false,
      fieldErrors: { file: "Công trình đã được ghi nhận, không thay đổi minh chứng được" },
    });
  });
});

describe("a certificate of a member's entry", () => {
  it("is added by the member, seen by their secretaries and the Khối, never by another member or cơ sở", async () => {
    const e = await entry("SUBMITTED");
    const otherMember = await makeUser(db(), { role: "MEMBER", unit: a.chiDoanA1 });
    await makeMember(db(), a.chiDoanA1, { userId: otherMember.id });
    expect(await uploadAs(a.users.chiDoan.id, "MemberEntry", e.id)).toMatchObject({
      ok: false,
      formError: "Không tìm thấy hồ sơ",
    });
    expect(await uploadAs(otherMember.id, "MemberEntry", e.id)).toMatchObject({ ok: false, formError: "Không tìm thấy hồ sơ" });
    const result = await uploadAs(a.users.member.id, "MemberEntry", e.id, "chung-chi.pdf");
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    for (const who of [a.users.member.id, a.users.chiDoan.id, a.users.coSo.id, a.users.staff.id]) {
      expect((await evidenceForDownload(await viewerOf(who), id)).fileName).toBe("chung-chi.pdf");
    }
    for (const who of [otherMember.id, coSoBSecretary.id, a.users.city.id, b.users.admin.id]) {
      await expect(evidenceForDownload(await viewerOf(who), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("is locked with the entry once it is confirmed: no upload, no removal", async () => {
    const e = await entry("SUBMITTED");
    const { data } = (await uploadAs(a.users.member.id, "MemberEntry", e.id)) as { data: { id: string } };
    await db().memberEntry.update({ where: { id: e.id }, data: { status: "CONFIRMED" } });
    expect(await uploadAs(a.users.member.id, "MemberEntry", e.id)).toMatchObject({
      ok: false,
      fieldErrors: { file: "Hồ sơ đã được xác nhận, không thay đổi minh chứng được" },
    });
    expect(await archiveEvidenceAction({ id: data.id })).toMatchObject({ ok: false });
    expect(await db().evidenceFile.findUniqueOrThrow({ where: { id: data.id } })).toMatchObject({ active: true });
  });
});

describe("evidence of a nomination", () => {
  it("is added by the nominating cơ sở to a draft, seen by the Khối once sent, never by another cơ sở or Khối", async () => {
    const n = await nomination("DRAFT");
    for (const who of [coSoBSecretary.id, b.users.coSo.id, a.users.chiDoan.id])
      expect(await uploadAs(who, "Nomination", n.id)).toMatchObject({ ok: false, formError: "Không tìm thấy đề xuất" });
    const result = await uploadAs(a.users.coSo.id, "Nomination", n.id, "bang-khen.pdf");
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    expect((await evidenceForDownload(await viewerOf(a.users.coSo.id), id)).fileName).toBe("bang-khen.pdf");
    // A draft is the cơ sở's alone; sent, the Khối (its staff and council) reads its files.
    for (const who of [a.users.staff.id, a.users.chiDoan.id, coSoBSecretary.id, a.users.member.id, a.users.cityStaff.id])
      await expect(evidenceForDownload(await viewerOf(who), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await db().nomination.update({ where: { id: n.id }, data: { status: "SUBMITTED", submittedAt: new Date() } });
    for (const who of [a.users.staff.id, a.users.admin.id])
      expect((await evidenceForDownload(await viewerOf(who), id)).fileName).toBe("bang-khen.pdf");
    for (const who of [coSoBSecretary.id, b.users.admin.id, a.users.city.id])
      await expect(evidenceForDownload(await viewerOf(who), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("is closed once sent or once the round stops taking nominations", async () => {
    const sent = await nomination("SUBMITTED");
    expect(await uploadAs(a.users.coSo.id, "Nomination", sent.id)).toMatchObject({
      ok: false,
      fieldErrors: { file: "Đề xuất đã gửi: rút về để thay đổi minh chứng" },
    });
    const draft = await nomination("DRAFT");
    await db().honourRound.update({ where: { id: draft.round }, data: { status: "VOTING" } });
    expect(await uploadAs(a.users.coSo.id, "Nomination", draft.id)).toMatchObject({
      ok: false,
      fieldErrors: { file: "Đợt xét chọn đã ngừng nhận đề xuất" },
    });
  });

  it("of a chi đoàn's proposal is added by the chi đoàn and seen by its cơ sở", async () => {
    const n = await nomination("DRAFT");
    await db().nomination.update({ where: { id: n.id }, data: { chiDoanId: a.chiDoanA1.id, status: "PROPOSED" } });
    const result = await uploadAs(a.users.chiDoan.id, "Nomination", n.id);
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    for (const who of [a.users.chiDoan.id, a.users.coSo.id])
      expect((await evidenceForDownload(await viewerOf(who), id)).fileName).toBe("minh-chung.pdf");
    await expect(evidenceForDownload(await viewerOf(a.users.staff.id), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

/** Cơ sở A's visit of an announced round, yesterday, told; not yet made. */
async function inspectionVisit() {
  const plan = await makePlan(db(), a.khoi, { status: "PUBLISHED" });
  const round = await makeInspectionRound(a, plan.id, {
    status: "ANNOUNCED",
    visits: [{ coSoId: a.coSoA.id, days: -1, told: true }],
  });
  return { id: round.visits[0], roundId: round.id };
}

describe("evidence of an inspection visit", () => {
  it("is sent by the cơ sở told of it until the visit is made, and by the Khối's team; seen by them only", async () => {
    const visit = await inspectionVisit();
    expect(await uploadAs(coSoBSecretary.id, "InspectionVisit", visit.id)).toMatchObject({
      ok: false,
      formError: "Không tìm thấy buổi kiểm tra",
    });
    expect(await uploadAs(b.users.staff.id, "InspectionVisit", visit.id)).toMatchObject({ ok: false });
    const sent = await uploadAs(a.users.coSo.id, "InspectionVisit", visit.id, "ke-hoach-co-so.pdf");
    expect(sent).toMatchObject({ ok: true });
    expect(await uploadAs(a.users.staff.id, "InspectionVisit", visit.id, "bien-ban.pdf")).toMatchObject({ ok: true });
    const files = await evidenceOf(await viewerOf(a.users.admin.id), a.khoi.id, "InspectionVisit", [visit.id]);
    expect(files.map((f) => f.fileName).sort()).toEqual(["bien-ban.pdf", "ke-hoach-co-so.pdf"]);
    const id = (sent as { data: { id: string } }).data.id;
    for (const who of [a.users.staff.id, a.users.coSo.id])
      await expect(evidenceForDownload(await viewerOf(who), id)).resolves.toBeTruthy();
    for (const who of [coSoBSecretary.id, a.users.member.id, a.users.city.id, b.users.admin.id])
      await expect(evidenceForDownload(await viewerOf(who), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The team's minutes are its findings: the cơ sở neither lists, downloads nor removes them.
    const minutes = files.find((f) => f.fileName === "bien-ban.pdf")!.id;
    await expect(evidenceForDownload(await viewerOf(a.users.coSo.id), minutes)).rejects.toMatchObject({ code: "NOT_FOUND" });
    actingAs(a.users.coSo.id);
    expect(await archiveEvidenceAction({ id: minutes })).toMatchObject({ ok: false, formError: "Không tìm thấy tệp minh chứng" });
    expect((await getVisit(await viewerOf(a.users.coSo.id), visit.id)).files.map((f) => f.fileName)).toEqual([
      "ke-hoach-co-so.pdf",
    ]);
    // Once the visit is made the cơ sở sends nothing more; the team still may until it concludes.
    await db().inspectionVisit.update({ where: { id: visit.id }, data: { status: "VISITED" } });
    expect(await uploadAs(a.users.coSo.id, "InspectionVisit", visit.id)).toMatchObject({ ok: false });
    expect(await uploadAs(a.users.staff.id, "InspectionVisit", visit.id, "anh.pdf")).toMatchObject({ ok: true });
    // Concluded, the cơ sở reads the team's files too (and still removes none); nobody adds more.
    await db().inspectionVisit.update({ where: { id: visit.id }, data: { status: "CONCLUDED" } });
    await expect(evidenceForDownload(await viewerOf(a.users.coSo.id), minutes)).resolves.toBeTruthy();
    await expect(evidenceForDownload(await viewerOf(coSoBSecretary.id), minutes)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getVisit(await viewerOf(a.users.coSo.id), visit.id)).files.map((f) => f.fileName).sort()).toEqual([
      "anh.pdf",
      "bien-ban.pdf",
      "ke-hoach-co-so.pdf",
    ]);
    actingAs(a.users.coSo.id);
    expect(await archiveEvidenceAction({ id: minutes })).toMatchObject({ ok: false });
    expect(await uploadAs(a.users.staff.id, "InspectionVisit", visit.id, "muon.pdf")).toMatchObject({ ok: false });
  });
});

/** Cơ sở A's concluded visit: one recommendation still owed, one reported done. */
async function recommendation() {
  const plan = await makePlan(db(), a.khoi, { status: "PUBLISHED" });
  const round = await makeConcludedRound(a, plan.id, ["OPEN", "RESPONDED"]);
  return { open: round.recs[0], responded: round.recs[1], roundId: round.id };
}

describe("evidence of a recommendation after an inspection", () => {
  it("is sent by its cơ sở while it still owes the fix, and read by the Khối; nobody else's", async () => {
    const rec = await recommendation();
    const sent = await uploadAs(a.users.coSo.id, "InspectionRecommendation", rec.open, "bien-ban-khac-phuc.pdf");
    expect(sent).toMatchObject({ ok: true });
    const id = (sent as { data: { id: string } }).data.id;
    for (const who of [a.users.coSo.id, a.users.staff.id, a.users.admin.id])
      await expect(evidenceForDownload(await viewerOf(who), id)).resolves.toBeTruthy();
    for (const who of [coSoBSecretary.id, a.users.member.id, a.users.city.id, b.users.admin.id, b.users.coSo.id])
      await expect(evidenceForDownload(await viewerOf(who), id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Another cơ sở, another Khối and the Khối's staff (who review, not answer) add nothing.
    for (const who of [coSoBSecretary.id, b.users.coSo.id])
      expect(await uploadAs(who, "InspectionRecommendation", rec.open)).toMatchObject({
        ok: false,
        formError: "Không tìm thấy kiến nghị",
      });
    expect(await uploadAs(a.users.staff.id, "InspectionRecommendation", rec.open)).toMatchObject({ ok: false });
    // Reported already: no more files; the round closed: none either.
    expect(await uploadAs(a.users.coSo.id, "InspectionRecommendation", rec.responded)).toMatchObject({
      ok: false,
      formError: "Kiến nghị đã được phản hồi: không nhận thêm tệp",
    });
    await db().inspectionRound.update({ where: { id: rec.roundId }, data: { status: "CLOSED" } });
    expect(await uploadAs(a.users.coSo.id, "InspectionRecommendation", rec.open)).toMatchObject({
      ok: false,
      formError: "Đợt kiểm tra đã kết thúc",
    });
    const visitId = (await db().inspectionRecommendation.findUniqueOrThrow({ where: { id: rec.open } })).visitId;
    const seen = await getVisit(await viewerOf(a.users.staff.id), visitId);
    expect(seen.recommendations.find((r) => r.id === rec.open)?.files.map((f) => f.fileName)).toEqual(["bien-ban-khac-phuc.pdf"]);
  });
});
