// Evidence files (minh chứng) of participation reports, SECURITY.md #18: type by content, size
// cap, server-made storage key, download re-checks access through the owning registration.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { archiveRegistrationEvidenceAction, uploadRegistrationEvidenceAction } from "@/lib/actions/evidence";
import { evidenceForDownload, evidenceOf } from "@/lib/data/evidence";
import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_PER_RECORD } from "@/lib/domain/evidence-file";
import { makeActivity, makePlan, makeTenant, makeUser, type Tenant } from "../factories";
import { PDF } from "../helpers/action-probes";
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

async function upload(registrationId: string, file: File) {
  actingAs(a.users.coSo.id);
  return uploadRegistrationEvidenceAction({ registrationId, file });
}

const storedFiles = async () => (await readdir(path.join(process.env.FILES_DIR!, a.khoi.id)).catch(() => [])).length;

describe("uploading evidence", () => {
  it("stores a PDF under a server-made key, with a clean name, and gives the same bytes back to those who may see it", async () => {
    const reg = await registration();
    const result = await upload(reg.id, new File([PDF], "../../etc/Báo cáo\u0000 kết quả.pdf"));
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    const row = await db().evidenceFile.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ fileName: "Báo cáo kết quả.pdf", contentType: "application/pdf", size: PDF.byteLength, khoiId: a.khoi.id, coSoId: a.coSoA.id });
    expect(row.storageKey).toMatch(new RegExp(`^${a.khoi.id}/[0-9a-f-]{36}$`));

    for (const who of [a.users.coSo.id, a.users.staff.id, a.users.admin.id]) {
      const file = await evidenceForDownload(await viewerOf(who), id);
      expect(Buffer.from(file.bytes).equals(Buffer.from(PDF))).toBe(true);
    }
    expect((await evidenceOf(a.khoi.id, [reg.id])).map((f) => f.id)).toEqual([id]);
  });

  it("refuses a renamed executable, an empty and an oversized file, and keeps nothing of them", async () => {
    const reg = await registration();
    const before = await storedFiles();
    const exe = new Uint8Array(512);
    exe.set(new TextEncoder().encode("MZ"), 0);
    const renamed = await upload(reg.id, new File([exe], "bao-cao.pdf"));
    expect(renamed).toMatchObject({ ok: false, fieldErrors: { file: "Chỉ nhận tệp PDF, ảnh (JPG, PNG, WEBP, GIF), Word, Excel hoặc PowerPoint (kiểm tra theo nội dung tệp)" } });
    expect(await upload(reg.id, new File([], "rong.pdf"))).toMatchObject({ ok: false, fieldErrors: { file: "Tệp rỗng" } });
    const big = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    big.set(PDF, 0);
    expect(await upload(reg.id, new File([big], "lon.pdf"))).toMatchObject({ ok: false, fieldErrors: { file: "Tệp quá lớn (tối đa 10 MB)" } });
    expect(await db().evidenceFile.count({ where: { ownerId: reg.id } })).toBe(0);
    expect(await storedFiles()).toBe(before);
  });

  it("takes evidence only once the activity has begun, and at most the per-record limit", async () => {
    const upcoming = await registration(-3);
    expect(await upload(upcoming.id, new File([PDF], "som.pdf"))).toMatchObject({ ok: false, fieldErrors: { file: "Chỉ gửi minh chứng khi hoạt động đã diễn ra" } });
    const reg = await registration();
    for (let i = 0; i < EVIDENCE_MAX_PER_RECORD; i++) expect(await upload(reg.id, new File([PDF], `tep-${i}.pdf`))).toMatchObject({ ok: true });
    expect(await upload(reg.id, new File([PDF], "them.pdf"))).toMatchObject({ ok: false, fieldErrors: { file: `Tối đa ${EVIDENCE_MAX_PER_RECORD} tệp minh chứng` } });
  });
});

describe("who may see and remove it", () => {
  it("answers “not found” to another cơ sở, a member, the city and another Khối, whether the file exists or not", async () => {
    const reg = await registration();
    const { data } = (await upload(reg.id, new File([PDF], "anh.pdf"))) as { data: { id: string } };
    for (const who of [coSoBSecretary.id, a.users.member.id, a.users.chiDoan.id, a.users.city.id, b.users.admin.id, b.users.coSo.id]) {
      const viewer = await viewerOf(who);
      await expect(evidenceForDownload(viewer, data.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(evidenceForDownload(viewer, crypto.randomUUID())).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("lets only the owning cơ sở remove a file, which then vanishes from lists and downloads but stays stored", async () => {
    const reg = await registration();
    const { data } = (await upload(reg.id, new File([PDF], "go.pdf"))) as { data: { id: string } };
    actingAs(coSoBSecretary.id);
    expect(await archiveRegistrationEvidenceAction({ id: data.id })).toMatchObject({ ok: false, formError: "Không tìm thấy tệp minh chứng" });
    actingAs(a.users.coSo.id);
    expect(await archiveRegistrationEvidenceAction({ id: data.id })).toMatchObject({ ok: true });
    expect(await evidenceOf(a.khoi.id, [reg.id])).toEqual([]);
    await expect(evidenceForDownload(await viewerOf(a.users.staff.id), data.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().evidenceFile.findUniqueOrThrow({ where: { id: data.id } })).toMatchObject({ active: false });
    expect(await db().auditLog.count({ where: { action: "evidence.archive", targetId: reg.id } })).toBe(1);
  });
});
