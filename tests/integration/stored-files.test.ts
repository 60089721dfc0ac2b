// Moving the evidence files from the folder into an object store (npm run files:move, through
// lib/data/stored-files.ts): every file copied byte for byte, a second run copies nothing, a file
// already there at another size is reported and kept, and the check names the files the database
// has and the store lacks. Against a real S3-compatible server (Swift, tests/helpers/object-store).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { uploadEvidenceAction } from "@/lib/actions/evidence";
import { filesMissingFrom, moveFiles } from "@/lib/data/stored-files";
import { fileStore } from "@/lib/storage/file-store";
import { S3FileStore } from "@/lib/storage/s3-store";
import { makeActivity, makePlan, makeTenant, type Tenant } from "../factories";
import { PDF } from "../helpers/action-probes";
import { createBucket, startObjectStore, type ObjectStore } from "../helpers/object-store";
import { actingAs } from "../helpers/session";

const onPostgres = process.env.TEST_DB === "postgres";
let swift: ObjectStore;
let a: Tenant;

beforeAll(async () => {
  if (onPostgres) return;
  swift = await startObjectStore();
  a = await makeTenant(db());
}, 60_000);

afterAll(() => swift?.stop());

async function newBucket() {
  const bucket = `move-${randomUUID().slice(0, 8)}`;
  await createBucket(swift, bucket);
  return new S3FileStore({
    bucket,
    endpoint: swift.endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: swift.accessKeyId, secretAccessKey: swift.secretAccessKey },
  });
}

async function uploaded(name: string, bytes: Uint8Array<ArrayBuffer>) {
  const plan = await makePlan(db(), { id: a.khoi.id, khoiId: a.khoi.id, kind: "KHOI" }, { status: "PUBLISHED" });
  const activity = await makeActivity(db(), plan, { startsIn: -1, deadlineIn: -2 });
  const reg = await db().activityRegistration.create({
    data: { khoiId: a.khoi.id, activityId: activity.id, coSoId: a.coSoA.id },
  });
  actingAs(a.users.coSo.id);
  const result = await uploadEvidenceAction({
    requestKey: randomUUID(),
    ownerType: "ActivityRegistration",
    ownerId: reg.id,
    file: new File([bytes], name),
  });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return db().evidenceFile.findUniqueOrThrow({ where: { id: result.data.id }, select: { storageKey: true } });
}

describe.runIf(!onPostgres)("moving the evidence files into an object store", () => {
  it("copies every file byte for byte, resumes without copying twice, and the check then finds none missing", async () => {
    const second = new Uint8Array([...PDF, ...new TextEncoder().encode("% second file")]);
    const files = [await uploaded("bao-cao.pdf", PDF), await uploaded("minh-chung-2.pdf", second)];
    const store = await newBucket();
    expect((await filesMissingFrom(store)).missing.map((m) => m.fileName).sort()).toEqual(["bao-cao.pdf", "minh-chung-2.pdf"]);

    const first = await moveFiles(fileStore(), store);
    expect(first.copied).toBeGreaterThanOrEqual(2);
    expect(first.conflicts).toEqual([]);
    expect(await store.get(files[0].storageKey)).toEqual(await fileStore().get(files[0].storageKey));
    expect(await store.get(files[1].storageKey)).toEqual(second);
    expect(await filesMissingFrom(store)).toMatchObject({ checked: 2, missing: [] });

    const again = await moveFiles(fileStore(), store);
    expect(again).toEqual({ copied: 0, already: first.copied, conflicts: [] });
  });

  it("reports a file already in the store at another size and never overwrites it; the check names it", async () => {
    const file = await uploaded("bang-khen.pdf", PDF);
    const store = await newBucket();
    await store.put(file.storageKey, new Uint8Array([1, 2, 3]));
    const moved = await moveFiles(fileStore(), store);
    expect(moved.conflicts).toEqual([file.storageKey]);
    expect(await store.get(file.storageKey)).toEqual(new Uint8Array([1, 2, 3]));
    expect((await filesMissingFrom(store)).missing.map((m) => m.fileName)).toContain("bang-khen.pdf");
  });
});
