// Cẩm nang thủ tục hành chính (issue 14, item 4) on a real database: a cơ sở writes a handbook as a
// draft, publishes it, edits it into a new version while the public keeps the published one; the
// text is sanitised before it is stored; files reach the public with the version they were
// published with; the Khối may withdraw one, saying why; another agency and another Khối reach
// nothing of it; stale edits are refused, not overwritten.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import sharp from "sharp";
import { db } from "@/lib/db/client";
import { createHandbookAction, publishHandbookAction, saveHandbookAction, withdrawHandbookAction } from "@/lib/actions/handbooks";
import { uploadEvidenceAction } from "@/lib/actions/evidence";
import { handbookFor, publicHandbook, publicHandbookFile, publicHandbooks } from "@/lib/data/handbooks";
import { siteBySlug } from "@/lib/data/public-site";
import { UNREADABLE_IMAGE } from "@/lib/domain/public-image";
import { fileStore } from "@/lib/storage/file-store";
import { GET as getPublicFile } from "@/app/(public)/doan-khoi/[site]/cam-nang/[id]/tep/[fileId]/route";
import { makeTenant, makeUser, unique, type Tenant } from "../factories";
import { PDF } from "../helpers/action-probes";
import { actingAs, as } from "../helpers/session";
import { viewerOf } from "../helpers/viewers";

let a: Tenant;
let b: Tenant;
let slugA: string;
let slugB: string;
let coSoBSecretary: { id: string };

const BODY =
  "## Hồ sơ\n- Tờ khai đăng ký khai sinh\n- Giấy chứng sinh\n\n## Các bước\n1. Nộp hồ sơ tại bộ phận một cửa\n2. Nhận kết quả";

async function create(title = "Thủ tục đăng ký khai sinh", body = BODY) {
  const result = await as(a.users.coSo.id, () => createHandbookAction({ title, body, requestKey: randomUUID() }));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}
const versionOf = async (id: string) => (await db().handbook.findUniqueOrThrow({ where: { id } })).version;
const publish = async (id: string) =>
  as(a.users.coSo.id, async () => publishHandbookAction({ id, version: await versionOf(id) }));
const siteA = async () => (await siteBySlug(slugA))!;

beforeAll(async () => {
  a = await makeTenant(db());
  b = await makeTenant(db());
  coSoBSecretary = await makeUser(db(), { role: "CO_SO_SECRETARY", unit: a.coSoB });
  slugA = unique("cam-nang-a").toLowerCase();
  slugB = unique("cam-nang-b").toLowerCase();
  await db().publicSite.create({ data: { khoiId: a.khoi.id, slug: slugA, title: "Cổng A", intro: "Giới thiệu A" } });
  await db().publicSite.create({ data: { khoiId: b.khoi.id, slug: slugB, title: "Cổng B", intro: "Giới thiệu B" } });
});
afterEach(() => actingAs(null));

describe("writing and publishing", () => {
  it("a double submit makes one draft, which the public does not see until it is published", async () => {
    const requestKey = randomUUID();
    const input = { title: "Thủ tục cấp bản sao trích lục", body: BODY, requestKey };
    const [one, two] = await as(a.users.coSo.id, () => Promise.all([createHandbookAction(input), createHandbookAction(input)]));
    expect(one.ok && two.ok && one.data.id === two.data.id).toBe(true);
    const id = one.ok ? one.data.id : "";
    expect(await db().handbook.count({ where: { khoiId: a.khoi.id, requestKey } })).toBe(1);
    expect(await publicHandbook(await siteA(), id)).toBeNull();

    expect(await publish(id)).toMatchObject({ ok: true });
    const shown = await publicHandbook(await siteA(), id);
    expect(shown).toMatchObject({ title: "Thủ tục cấp bản sao trích lục", publishedNumber: 1, coSo: { id: a.coSoA.id } });
    expect(shown!.html).toContain("<h2>Hồ sơ</h2>");
    // Found without diacritics, in the title or the text.
    expect((await publicHandbooks(await siteA(), { q: "trich luc" })).map((h) => h.id)).toContain(id);
    expect((await publicHandbooks(await siteA(), { q: "giay chung sinh" })).map((h) => h.id)).toContain(id);
    expect((await publicHandbooks(await siteA(), { q: "giay phep lai xe" })).map((h) => h.id)).not.toContain(id);
    // A second click on "Công khai" changes nothing.
    const before = await versionOf(id);
    expect(await publish(id)).toMatchObject({ ok: true });
    expect(await versionOf(id)).toBe(before);
  });

  it("an edit after publishing is version 2: the public keeps version 1 until version 2 is published", async () => {
    const id = await create();
    await publish(id);
    const save = (body: string) =>
      as(a.users.coSo.id, async () =>
        saveHandbookAction({ id, version: await versionOf(id), title: "Thủ tục đăng ký khai sinh", body }),
      );
    expect(await save(`${BODY}\n\nLệ phí: miễn phí.`)).toMatchObject({ ok: true });
    expect(await save(`${BODY}\n\nLệ phí: miễn lệ phí.`)).toMatchObject({ ok: true });
    const versions = await db().handbookVersion.findMany({ where: { handbookId: id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => v.number)).toEqual([1, 2]); // the draft is saved in place
    expect(versions[1].source).toContain("miễn lệ phí");
    expect((await publicHandbook(await siteA(), id))!.html).not.toContain("Lệ phí");

    await publish(id);
    const shown = await publicHandbook(await siteA(), id);
    expect(shown).toMatchObject({ publishedNumber: 2 });
    expect(shown!.html).toContain("miễn lệ phí");
    const viewer = await viewerOf(a.users.coSo.id);
    const page = await handbookFor(viewer, id);
    expect(page.versions.map((v) => [v.number, !!v.publishedAt])).toEqual([
      [2, true],
      [1, true],
    ]);
    expect(page.timeline.map((t) => t.toStatus)).toEqual(["DRAFT", "PUBLISHED"]);
    const log = await db().auditLog.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" } });
    expect(log.map((l) => l.action)).toEqual([
      "handbook.create",
      "handbook.status",
      "handbook.save",
      "handbook.save",
      "handbook.publish",
    ]);
  });

  it("a save on a stale version is refused and overwrites nothing", async () => {
    const id = await create();
    const stale = await versionOf(id);
    const first = await as(a.users.coSo.id, () =>
      saveHandbookAction({ id, version: stale, title: "Bản của người thứ nhất", body: BODY }),
    );
    expect(first.ok).toBe(true);
    const second = await as(a.users.coSo.id, () =>
      saveHandbookAction({ id, version: stale, title: "Bản của người thứ hai", body: BODY }),
    );
    expect(second).toMatchObject({ ok: false });
    // A replay of the save that went through (same text, the version it was sent with) is not a conflict.
    expect(
      await as(a.users.coSo.id, () => saveHandbookAction({ id, version: stale, title: "Bản của người thứ nhất", body: BODY })),
    ).toMatchObject({ ok: true });
    expect((await db().handbookVersion.findFirstOrThrow({ where: { handbookId: id } })).title).toBe("Bản của người thứ nhất");
  });

  it("stores the text sanitised: scripts, handlers and javascript: links never reach the public page", async () => {
    const id = await create(
      "Cẩm nang có mã lạ",
      '## Hướng dẫn\n<script>document.cookie</script><img src=x onerror="alert(1)">\n\n[Nộp trực tuyến](javascript:alert(1)) <a href="https://dichvucong.gov.vn" onmouseover="x()">Cổng dịch vụ công</a>',
    );
    await publish(id);
    const html = (await publicHandbook(await siteA(), id))!.html;
    // A Markdown link to javascript: is left as its text; no tag, handler or such href survives.
    expect(html).not.toMatch(/<script|<img|\son\w+=|href="javascript:/i);
    expect(html).toContain('<a href="https://dichvucong.gov.vn" rel="nofollow noopener noreferrer">Cổng dịch vụ công</a>');
    // Text that is nothing but markup has nothing to show: refused beside the field.
    const empty = await as(a.users.coSo.id, () =>
      createHandbookAction({ title: "Rỗng", body: "<script>alert(1)</script>", requestKey: randomUUID() }),
    );
    expect(empty).toMatchObject({ ok: false, fieldErrors: { body: "Nội dung cẩm nang chưa có chữ nào hiển thị được" } });
    const blank = await as(a.users.coSo.id, () => createHandbookAction({ title: " ", body: "", requestKey: randomUUID() }));
    expect(blank).toMatchObject({
      ok: false,
      fieldErrors: { title: "Vui lòng nhập tên cẩm nang", body: "Vui lòng nhập nội dung cẩm nang" },
    });
  });
});

describe("files", () => {
  it("reach the public with the version they were published with; one added later waits for the next", async () => {
    const id = await create();
    const upload = (name: string) =>
      as(a.users.coSo.id, () =>
        uploadEvidenceAction({ ownerType: "Handbook", ownerId: id, file: new File([PDF], name), requestKey: randomUUID() }),
      );
    const first = await upload("Mẫu tờ khai.pdf");
    expect(first.ok).toBe(true);
    await publish(id);
    await new Promise((r) => setTimeout(r, 5));
    const later = await upload("Mẫu mới.pdf");
    expect(later.ok).toBe(true);
    const site = await siteA();
    expect((await publicHandbook(site, id))!.files.map((f) => f.fileName)).toEqual(["Mẫu tờ khai.pdf"]);
    const firstId = first.ok ? first.data.id : "";
    const laterId = later.ok ? later.data.id : "";
    const file = await publicHandbookFile(site, id, firstId);
    expect(Buffer.from(await new Response(file!.body).arrayBuffer()).equals(Buffer.from(PDF))).toBe(true);
    expect(await publicHandbookFile(site, id, laterId)).toBeNull();
    // Signed out, through the route: an attachment, never sniffed; a file not yet published is a 404.
    const fetchFile = (site: string, fileId: string) =>
      getPublicFile(new Request("http://localhost/"), { params: Promise.resolve({ site, id, fileId }) });
    const response = await fetchFile(slugA, firstId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment;/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await fetchFile(slugA, laterId)).status).toBe(404);
    expect((await fetchFile(slugB, firstId)).status).toBe(404);
    expect((await fetchFile("khong-co", firstId)).status).toBe(404);

    // Publishing again, with no new text, takes the waiting file up too.
    await publish(id);
    expect((await publicHandbook(site, id))!.files).toHaveLength(2);
    // Another Khối's site, or another handbook, does not serve it.
    expect(await publicHandbookFile((await siteBySlug(slugB))!, id, firstId)).toBeNull();
    const other = await create("Thủ tục khác");
    await publish(other);
    expect(await publicHandbookFile(site, other, firstId)).toBeNull();
  });

  it("stores a photo re-encoded without its EXIF (camera, GPS); a broken one is refused beside the field", async () => {
    const id = await create("Thủ tục có ảnh minh họa");
    const photo = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: "#c00" } })
      .jpeg()
      .withExif({ IFD0: { Copyright: "Nguyen Van A", Make: "PhoneCam" } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const upload = (bytes: Uint8Array, name: string) =>
      as(a.users.coSo.id, () =>
        uploadEvidenceAction({
          ownerType: "Handbook",
          ownerId: id,
          file: new File([new Uint8Array(bytes)], name),
          requestKey: randomUUID(),
        }),
      );
    const result = await upload(new Uint8Array(photo), "quay-tiep-nhan.jpg");
    expect(result.ok).toBe(true);
    const row = await db().evidenceFile.findUniqueOrThrow({ where: { id: result.ok ? result.data.id : "" } });
    const meta = await sharp(Buffer.from(await fileStore().get(row.storageKey))).metadata();
    expect(meta).toMatchObject({ format: "jpeg", width: 2560 });
    expect(meta.exif).toBeUndefined();
    expect(row.size).toBe((await fileStore().get(row.storageKey)).byteLength);
    // The start of a JPEG and nothing after: the type check passes, the decoder does not.
    expect(await upload(new Uint8Array(photo.subarray(0, 400)), "hong.jpg")).toMatchObject({
      ok: false,
      fieldErrors: { file: UNREADABLE_IMAGE },
    });
    // Other evidence (a member's entry, a project) is stored as sent: the rule is the handbook's.
  });
});

describe("who reaches a handbook", () => {
  it("another agency's secretary and another Khối find nothing; the Khối staff withdraw one, saying why, and the cơ sở is told", async () => {
    const id = await create("Thủ tục chứng thực bản sao");
    await publish(id);
    const ref = async () => ({ id, version: await versionOf(id) });

    const byB = await as(coSoBSecretary.id, async () => saveHandbookAction({ ...(await ref()), title: "Sửa trộm", body: BODY }));
    expect(byB).toMatchObject({ ok: false, formError: "Không tìm thấy cẩm nang" });
    const byOtherKhoi = await as(b.users.admin.id, async () => withdrawHandbookAction({ ...(await ref()), reason: "Gỡ" }));
    expect(byOtherKhoi).toMatchObject({ ok: false });
    expect(await publicHandbook((await siteBySlug(slugB))!, id)).toBeNull();
    // The Khối staff read it but do not write it.
    const byStaff = await as(a.users.staff.id, async () => saveHandbookAction({ ...(await ref()), title: "Sửa", body: BODY }));
    expect(byStaff).toMatchObject({ ok: false });

    const noReason = await as(a.users.staff.id, async () => withdrawHandbookAction({ ...(await ref()), reason: "" }));
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { reason: "Vui lòng ghi lý do gỡ cẩm nang" } });
    const withdrawn = await as(a.users.staff.id, async () =>
      withdrawHandbookAction({ ...(await ref()), reason: "Thông tin lệ phí đã cũ" }),
    );
    expect(withdrawn).toMatchObject({ ok: true });
    expect(await publicHandbook(await siteA(), id)).toBeNull();
    const notice = await db().notification.findFirst({ where: { userId: a.users.coSo.id, link: `/cam-nang/${id}` } });
    expect(notice?.title).toContain("Thông tin lệ phí đã cũ");
    // Kept, with its versions. The same text cannot simply go back up: the cơ sở fixes it first.
    expect(await db().handbookVersion.count({ where: { handbookId: id } })).toBe(1);
    expect(await publish(id)).toMatchObject({ ok: false, formError: expect.stringContaining("Đoàn Khối đã gỡ") });
    expect(await publicHandbook(await siteA(), id)).toBeNull();
    await as(a.users.coSo.id, async () =>
      saveHandbookAction({ ...(await ref()), title: "Thủ tục chứng thực bản sao", body: `${BODY}\n\nLệ phí: 2.000 đồng/trang.` }),
    );
    expect(await publish(id)).toMatchObject({ ok: true });
    expect(await publicHandbook(await siteA(), id)).toMatchObject({ publishedNumber: 2 });
  });
});
