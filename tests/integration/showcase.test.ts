// Gương điển hình, mô hình hay (issue 14, items 5, 8, 9) on a real database: the Khối's staff make
// a profile from an honour or a project, edit and publish it; a profile naming a person is public
// only while that person consents, and their withdrawal takes it off every public page at once.
// Another Khối finds nothing of it; the person's consent is theirs alone.
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  copyProjectPhotoAction,
  createShowcaseAction,
  saveShowcaseAction,
  setShowcaseConsentAction,
  setShowcaseStatusAction,
} from "@/lib/actions/showcase";
import { featuredShowcase, myShowcases, publicShowcase, publicShowcaseProfile } from "@/lib/data/showcase";
import { siteBySlug } from "@/lib/data/public-site";
import { projectPhotosFor } from "@/lib/data/showcase-photos";
import { uploadEvidenceAction } from "@/lib/actions/evidence";
import { fileStore } from "@/lib/storage/file-store";
import { GET as getPhoto } from "@/app/(public)/doan-khoi/[site]/dien-hinh/[id]/anh/[fileId]/route";
import { PDF } from "../helpers/action-probes";
import { makePlan, makeTenant, unique, type Tenant } from "../factories";
import { makeProject } from "../factories/projects";
import { makeDecidedRound, makeHonourTitle } from "../helpers/honour-probes";
import { actingAs, as } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let slugA: string;
let planId: string;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  slugA = unique("dien-hinh").toLowerCase();
  await db().publicSite.create({ data: { khoiId: a.khoi.id, slug: slugA, title: "Cổng A", intro: "Giới thiệu A" } });
  planId = (await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" })).id;
});
afterEach(() => actingAs(null));

const site = async () => (await siteBySlug(slugA))!;
const version = async (id: string) => (await db().showcaseProfile.findUniqueOrThrow({ where: { id } })).version;

/** An individual honour of tenant A for the member linked to the member account (a1). */
async function honourOfMember() {
  const title = (await makeHonourTitle(a.khoi.id, `Cán bộ trẻ giỏi ${randomUUID().slice(0, 6)}`)).id;
  const { honour } = await makeDecidedRound(a, planId, title);
  const h = await db().honour.update({ where: { id: honour }, data: { memberId: a.members.a1.id } });
  await db().nomination.update({
    where: { id: h.nominationId },
    data: { memberId: a.members.a1.id, nomineeKey: a.members.a1.id, narrative: "Có 3 sáng kiến được áp dụng toàn Sở." },
  });
  return h.id;
}

async function publish(id: string) {
  return as(a.users.staff.id, async () => setShowcaseStatusAction({ id, version: await version(id), status: "PUBLISHED" }));
}

describe("the showcase", () => {
  it("a project's profile is made once from its results, edited, published and featured on the public home", async () => {
    const project = await makeProject(db(), { khoiId: a.khoi.id, planId, coSoId: a.coSoA.id }, { status: "ACKNOWLEDGED" });
    const requestKey = randomUUID();
    const make = () => as(a.users.staff.id, () => createShowcaseAction({ source: "project", sourceId: project.id, requestKey }));
    const [first, second] = await Promise.all([make(), make()]);
    expect(first.ok && second.ok).toBe(true);
    expect(await db().showcaseProfile.count({ where: { projectId: project.id } })).toBe(1);
    const id = first.ok ? first.data.id : "";
    const draft = await db().showcaseProfile.findUniqueOrThrow({ where: { id } });
    expect(draft.story).toContain("Giải quyết 500 hồ sơ đúng hạn");

    // A draft is not public.
    expect(await publicShowcaseProfile(await site(), id)).toBeNull();
    const saved = await as(a.users.staff.id, async () =>
      saveShowcaseAction({
        id,
        version: await version(id),
        title: "Mô hình một cửa không chờ",
        story: "Đoạn một.\n\nĐoạn hai.",
        pillar: "Trách nhiệm với nhân dân",
        year: "2026",
        featured: true,
      }),
    );
    expect(saved).toMatchObject({ ok: true });
    // A stale form is refused; a year out of bounds is refused beside the field.
    expect(
      await as(a.users.staff.id, () =>
        saveShowcaseAction({ id, version: 0, title: "Khác", story: "Khác", pillar: "", year: "2026", featured: false }),
      ),
    ).toMatchObject({ ok: false, formError: expect.stringContaining("vừa được người khác thay đổi") });
    expect(
      await as(a.users.staff.id, async () =>
        saveShowcaseAction({ id, version: await version(id), title: "X", story: "Y", pillar: "", year: "1890", featured: false }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { year: "Năm không được trước 2000" } });

    expect(await publish(id)).toMatchObject({ ok: true });
    const list = await publicShowcase(await site(), { pillar: "Trách nhiệm với nhân dân" });
    expect(list.rows.map((r) => r.id)).toContain(id);
    expect(list.pillars).toContain("Trách nhiệm với nhân dân");
    expect((await publicShowcase(await site(), { year: 2019 })).rows.map((r) => r.id)).not.toContain(id);
    expect((await featuredShowcase(await site())).map((r) => r.id)).toContain(id);
    expect(await db().statusChange.count({ where: { entityId: id } })).toBe(2);
  });

  it("a person's profile waits for their consent, and their withdrawal takes it down at once", async () => {
    const honour = await honourOfMember();
    const made = await as(a.users.staff.id, () =>
      createShowcaseAction({ source: "honour", sourceId: honour, requestKey: randomUUID() }),
    );
    const id = made.ok ? made.data.id : "";
    expect((await db().showcaseProfile.findUniqueOrThrow({ where: { id } })).story).toBe("Có 3 sáng kiến được áp dụng toàn Sở.");
    // The member is asked, and sees it on their own page.
    expect(await db().notification.count({ where: { userId: a.users.member.id, link: "/ca-nhan#dien-hinh" } })).toBe(1);
    expect((await myShowcases(await viewerOf(a.users.member.id))).map((r) => r.id)).toContain(id);

    expect(await publish(id)).toMatchObject({ ok: true });
    expect(await publicShowcaseProfile(await site(), id)).toBeNull();

    const consent = (userId: string, yes: boolean) => as(userId, () => setShowcaseConsentAction({ profileId: id, consent: yes }));
    // Nobody else consents for them: another account, the Khối's staff, another Khối's member.
    for (const other of [a.users.staff.id, a.users.coSo.id, b.users.member.id])
      expect(await consent(other, true)).toMatchObject({ ok: false, formError: "Không tìm thấy hồ sơ điển hình" });
    expect(await publicShowcaseProfile(await site(), id)).toBeNull();

    expect(await consent(a.users.member.id, true)).toMatchObject({ ok: true });
    expect(await consent(a.users.member.id, true)).toMatchObject({ ok: true });
    expect((await publicShowcaseProfile(await site(), id))?.title).toContain(a.members.a1.fullName);
    expect((await publicShowcase(await site(), {})).rows.map((r) => r.id)).toContain(id);

    // A new text is not what they agreed to: consent lapses and they are asked again.
    expect(
      await as(a.users.staff.id, async () =>
        saveShowcaseAction({
          id,
          version: await version(id),
          title: "Gương mới",
          story: "Nội dung khác.",
          pillar: "",
          year: "2026",
          featured: false,
        }),
      ),
    ).toMatchObject({ ok: true });
    expect(await publicShowcaseProfile(await site(), id)).toBeNull();
    expect(await db().notification.count({ where: { userId: a.users.member.id, title: { contains: "đã sửa hồ sơ" } } })).toBe(1);
    expect(await consent(a.users.member.id, true)).toMatchObject({ ok: true });
    expect((await publicShowcaseProfile(await site(), id))?.title).toBe("Gương mới");

    expect(await consent(a.users.member.id, false)).toMatchObject({ ok: true });
    expect(await publicShowcaseProfile(await site(), id)).toBeNull();
    expect((await publicShowcase(await site(), {})).rows.map((r) => r.id)).not.toContain(id);
    expect(await db().auditLog.count({ where: { targetId: id, action: { startsWith: "showcase.consent" } } })).toBe(3);
    // Two tabs clicking at once: one change, one record.
    await Promise.all([consent(a.users.member.id, true), consent(a.users.member.id, true)]);
    expect(await db().auditLog.count({ where: { targetId: id, action: { startsWith: "showcase.consent" } } })).toBe(4);
    await consent(a.users.member.id, false);
    // The honour made from a second record would be a duplicate: refused.
    expect(
      await as(a.users.staff.id, () => createShowcaseAction({ source: "honour", sourceId: honour, requestKey: randomUUID() })),
    ).toMatchObject({ ok: false });
    // Consented again, then the honour is revoked by a later decision: no longer shown.
    await consent(a.users.member.id, true);
    expect(await publicShowcaseProfile(await site(), id)).not.toBeNull();
    const amending = await db().honourDecision.create({
      data: {
        khoiId: a.khoi.id,
        roundId: (await db().honour.findUniqueOrThrow({ where: { id: honour } })).roundId,
        number: "02-QĐ/ĐK",
        signedOn: new Date(),
        signName: "Nguyễn Văn Ký",
      },
    });
    await db().honour.update({ where: { id: honour }, data: { revokedById: amending.id } });
    expect(await publicShowcaseProfile(await site(), id)).toBeNull();
  });

  it("a photo is stored without its EXIF and served inline only while the profile is public; a PDF is refused", async () => {
    const honour = await honourOfMember();
    const made = await as(a.users.staff.id, () =>
      createShowcaseAction({ source: "honour", sourceId: honour, requestKey: randomUUID() }),
    );
    const id = made.ok ? made.data.id : "";
    const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: "#0a5" } })
      .jpeg()
      .withExif({ IFD0: { Make: "PhoneCam" } })
      .toBuffer();
    const upload = (userId: string, bytes: Uint8Array, name: string) =>
      as(userId, () =>
        uploadEvidenceAction({
          ownerType: "ShowcaseProfile",
          ownerId: id,
          file: new File([new Uint8Array(bytes)], name),
          requestKey: randomUUID(),
        }),
      );
    expect(await upload(a.users.staff.id, PDF, "ho-so.pdf")).toMatchObject({
      ok: false,
      fieldErrors: { file: expect.stringContaining("Chỉ nhận ảnh") },
    });
    // Another Khối's staff and the cơ sở find no such profile to add to.
    for (const other of [b.users.staff.id, a.users.coSo.id])
      expect((await upload(other, new Uint8Array(photo), "anh.jpg")).ok).toBe(false);
    const stored = await upload(a.users.staff.id, new Uint8Array(photo), "anh.jpg");
    const fileId = stored.ok ? stored.data.id : "";
    const row = await db().evidenceFile.findUniqueOrThrow({ where: { id: fileId } });
    expect((await sharp(Buffer.from(await fileStore().get(row.storageKey))).metadata()).exif).toBeUndefined();

    const get = () => getPhoto(new Request("http://localhost/"), { params: Promise.resolve({ site: slugA, id, fileId }) });
    await publish(id);
    expect((await get()).status).toBe(404); // no consent yet
    await as(a.users.member.id, () => setShowcaseConsentAction({ profileId: id, consent: true }));
    // The member can read the photo they are asked about; another member cannot.
    expect((await myShowcases(await viewerOf(a.users.member.id))).find((r) => r.id === id)?.photoId).toBe(fileId);
    const shown = await get();
    expect(shown.status).toBe(200);
    expect(shown.headers.get("content-type")).toBe("image/jpeg");
    expect(shown.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await publicShowcaseProfile(await site(), id))?.photoId).toBe(fileId);
    // Another photo: asked again, off until they agree.
    await upload(a.users.staff.id, new Uint8Array(photo), "anh-2.jpg");
    expect((await get()).status).toBe(404);
    await as(a.users.member.id, () => setShowcaseConsentAction({ profileId: id, consent: true }));
    expect((await get()).status).toBe(200);
    await as(a.users.member.id, () => setShowcaseConsentAction({ profileId: id, consent: false }));
    expect((await get()).status).toBe(404);
  });

  it("a collective's honour makes a 'Tập thể tiêu biểu' profile, public without anyone's consent", async () => {
    const title = (await makeHonourTitle(a.khoi.id, `Chi đoàn vững mạnh ${randomUUID().slice(0, 6)}`)).id;
    const { honour } = await makeDecidedRound(a, planId, title);
    const h = await db().honour.update({
      where: { id: honour },
      data: { subject: "COLLECTIVE", memberId: null, unitId: a.chiDoanA1.id },
    });
    await db().nomination.update({
      where: { id: h.nominationId },
      data: { memberId: null, unitId: a.chiDoanA1.id, nomineeKey: a.chiDoanA1.id, narrative: "Chi đoàn có 5 công trình." },
    });
    const made = await as(a.users.staff.id, () =>
      createShowcaseAction({ source: "honour", sourceId: honour, requestKey: randomUUID() }),
    );
    const id = made.ok ? made.data.id : "";
    const row = await db().showcaseProfile.findUniqueOrThrow({ where: { id }, include: { people: true } });
    expect(row).toMatchObject({ kind: "COLLECTIVE", story: "Chi đoàn có 5 công trình." });
    expect(row.title).toContain(a.chiDoanA1.name);
    expect(row.people).toEqual([]);
    await publish(id);
    expect((await publicShowcaseProfile(await site(), id))?.kind).toBe("COLLECTIVE");
    expect((await publicShowcase(await site(), { kind: "COLLECTIVE" })).rows.map((r) => r.id)).toEqual([id]);
    expect((await publicShowcase(await site(), { kind: "PROJECT" })).rows.map((r) => r.id)).not.toContain(id);
  });

  it("a project's profile takes a photo from the project's own evidence: copied, re-encoded, kept when the original goes", async () => {
    const project = await makeProject(db(), { khoiId: a.khoi.id, planId, coSoId: a.coSoA.id }, { status: "COMPLETED" });
    const other = await makeProject(db(), { khoiId: a.khoi.id, planId, coSoId: a.coSoA.id }, { status: "COMPLETED" });
    // The cơ sở sends a photo (with its EXIF) and a PDF as the project's evidence; another project has a photo too.
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#dc2626" } })
      .jpeg()
      .withExif({ IFD0: { Copyright: "May anh cua ai do" } })
      .toBuffer();
    const send = (ownerId: string, bytes: Uint8Array, name: string) =>
      as(a.users.coSo.id, () =>
        uploadEvidenceAction({
          ownerType: "YouthProject",
          ownerId,
          file: new File([new Uint8Array(bytes)], name),
          requestKey: randomUUID(),
        }),
      );
    const sent = await send(project.id, new Uint8Array(photo), "trong-cay.jpg");
    const pdf = await send(project.id, PDF, "bao-cao.pdf");
    const elsewhere = await send(other.id, new Uint8Array(photo), "khac.jpg");
    expect([sent.ok, pdf.ok, elsewhere.ok]).toEqual([true, true, true]);
    const [sentId, pdfId, elsewhereId] = [sent, pdf, elsewhere].map((r) => (r.ok ? r.data.id : ""));
    await db().youthProject.updateMany({ where: { id: { in: [project.id, other.id] } }, data: { status: "ACKNOWLEDGED" } });
    const made = await as(a.users.staff.id, () =>
      createShowcaseAction({ source: "project", sourceId: project.id, requestKey: randomUUID() }),
    );
    const id = made.ok ? made.data.id : "";
    // Only the project's photos are offered, to the curators only.
    expect((await projectPhotosFor(await viewerOf(a.users.staff.id), id)).map((f) => f.id)).toEqual([sentId]);
    await expect(projectPhotosFor(await viewerOf(b.users.staff.id), id)).rejects.toThrow();
    const copy = (who: string, fileId: string, requestKey = randomUUID()) =>
      as(who, () => copyProjectPhotoAction({ profileId: id, fileId, requestKey }));
    // The PDF, another project's photo, another Khối's staff: nothing to copy. The cơ sở does not curate.
    for (const [who, fileId] of [
      [a.users.staff.id, pdfId],
      [a.users.staff.id, elsewhereId],
      [b.users.staff.id, sentId],
    ])
      expect(await copy(who, fileId)).toMatchObject({ ok: false, formError: expect.stringContaining("Không tìm thấy") });
    expect(await copy(a.users.coSo.id, sentId)).toMatchObject({
      ok: false,
      formError: "Bạn không có quyền thực hiện thao tác này",
    });
    const key = randomUUID();
    const copied = await copy(a.users.staff.id, sentId, key);
    expect(copied).toMatchObject({ ok: true });
    expect(await copy(a.users.staff.id, sentId, key)).toEqual(copied); // a replay
    const files = await db().evidenceFile.findMany({ where: { ownerType: "ShowcaseProfile", ownerId: id, active: true } });
    expect(files).toHaveLength(1);
    expect((await sharp(Buffer.from(await fileStore().get(files[0].storageKey))).metadata()).exif).toBeUndefined();
    expect(await db().auditLog.count({ where: { targetId: id, action: "evidence.upload" } })).toBe(1);
    // Published, it shows the copy; the original archived later leaves the profile's photo as it was.
    await publish(id);
    await db().evidenceFile.update({ where: { id: sentId }, data: { active: false } });
    const profile = await publicShowcaseProfile(await site(), id);
    expect(profile?.photoId).toBe(files[0].id);
    const shown = await getPhoto(new Request("http://localhost/"), {
      params: Promise.resolve({ site: slugA, id, fileId: files[0].id }),
    });
    expect(shown.status).toBe(200);
  });

  it("another Khối's staff find nothing to edit, publish or make a profile from; a withdrawal needs a reason", async () => {
    const project = await makeProject(db(), { khoiId: a.khoi.id, planId, coSoId: a.coSoA.id }, { status: "HONOURED" });
    expect(
      await as(b.users.staff.id, () =>
        createShowcaseAction({ source: "project", sourceId: project.id, requestKey: randomUUID() }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { sourceId: expect.stringContaining("Không tìm thấy") } });
    const made = await as(a.users.staff.id, () =>
      createShowcaseAction({ source: "project", sourceId: project.id, requestKey: randomUUID() }),
    );
    const id = made.ok ? made.data.id : "";
    expect(
      await as(b.users.staff.id, async () => setShowcaseStatusAction({ id, version: 0, status: "PUBLISHED" })),
    ).toMatchObject({
      ok: false,
      formError: "Không tìm thấy hồ sơ điển hình",
    });
    // A project still pending is no model yet.
    const pending = await makeProject(db(), { khoiId: a.khoi.id, planId, coSoId: a.coSoA.id }, { status: "PENDING" });
    expect(
      await as(a.users.staff.id, () =>
        createShowcaseAction({ source: "project", sourceId: pending.id, requestKey: randomUUID() }),
      ),
    ).toMatchObject({ ok: false });

    await publish(id);
    expect(
      await as(a.users.staff.id, async () =>
        setShowcaseStatusAction({ id, version: await version(id), status: "WITHDRAWN", reason: "" }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(String) } });
    expect(
      await as(a.users.staff.id, async () =>
        setShowcaseStatusAction({ id, version: await version(id), status: "WITHDRAWN", reason: "Thông tin cần cập nhật" }),
      ),
    ).toMatchObject({ ok: true });
    expect(await publicShowcaseProfile(await site(), id)).toBeNull();
  });
});
