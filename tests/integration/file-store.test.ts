// The storage drivers' one contract (lib/storage): the folder and the S3 driver against a real
// S3-compatible server (OpenStack Swift's s3api, tests/helpers/object-store.ts) pass the same
// tests. The stores need no database: the suite runs once, in the embedded-database project.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FolderFileStore } from "@/lib/storage/folder-store";
import { S3FileStore } from "@/lib/storage/s3-store";
import { FileMissingError, type FileStore } from "@/lib/storage/store-contract";
import { createBucket, startObjectStore, type ObjectStore } from "../helpers/object-store";

const onPostgres = process.env.TEST_DB === "postgres";
const key = () => `${randomUUID()}/${randomUUID()}`;
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function collect<T>(items: AsyncIterable<T>) {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

async function readAll(stream: ReadableStream<Uint8Array>) {
  return new Uint8Array(Buffer.concat(await collect(stream as unknown as AsyncIterable<Uint8Array>)));
}

let swift: ObjectStore;
let folder: string;

beforeAll(async () => {
  if (onPostgres) return;
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "files-contract-"));
  swift = await startObjectStore();
  await createBucket(swift, "contract");
}, 60_000);

afterAll(() => {
  if (onPostgres) return;
  swift?.stop();
  fs.rmSync(folder, { recursive: true, force: true });
});

const drivers: [string, () => FileStore][] = [
  ["the folder", () => new FolderFileStore(folder)],
  [
    "S3 (Swift)",
    () =>
      new S3FileStore({
        bucket: "contract",
        endpoint: swift.endpoint,
        region: "us-east-1",
        credentials: { accessKeyId: swift.accessKeyId, secretAccessKey: swift.secretAccessKey },
      }),
  ],
];

describe.runIf(!onPostgres).each(drivers)("storage driver: %s", (_name, make) => {
  it("gives back every byte it was given, whole and as a stream with its size", async () => {
    const store = make();
    const bytes = new Uint8Array([...Array(256).keys(), 0, 0, 255]);
    const k = key();
    await store.put(k, bytes);
    expect(await store.get(k)).toEqual(bytes);
    const opened = await store.open(k);
    expect(opened.size).toBe(bytes.byteLength);
    expect(await readAll(opened.body)).toEqual(bytes);
    expect(await store.sizeOf(k)).toBe(bytes.byteLength);
  });

  it("takes a 12 MB stream in parts and streams it back the same", async () => {
    const store = make();
    const big = randomBytes(12 * 1024 * 1024);
    const k = key();
    // Chunks of 1 MB, as a file read from disk comes.
    await store.put(k, Readable.from(Array.from({ length: 12 }, (_, i) => big.subarray(i * 2 ** 20, (i + 1) * 2 ** 20))));
    const opened = await store.open(k);
    expect(opened.size).toBe(big.byteLength);
    expect(sha(await readAll(opened.body))).toBe(sha(big));
  }, 60_000);

  it("refuses a key it already holds and keeps the first bytes", async () => {
    const store = make();
    const k = key();
    await store.put(k, new Uint8Array([1, 2, 3]));
    await expect(store.put(k, new Uint8Array([9]))).rejects.toThrow();
    expect(await store.get(k)).toEqual(new Uint8Array([1, 2, 3]));
  });

  it("says a missing key is missing, and removing one is no error", async () => {
    const store = make();
    const k = key();
    await expect(store.get(k)).rejects.toBeInstanceOf(FileMissingError);
    await expect(store.open(k)).rejects.toBeInstanceOf(FileMissingError);
    expect(await store.sizeOf(k)).toBeNull();
    await store.put(k, new Uint8Array([7]));
    await store.remove(k);
    await store.remove(k);
    await expect(store.get(k)).rejects.toBeInstanceOf(FileMissingError);
  });

  it("refuses any key the server did not make, before touching the store", async () => {
    const store = make();
    const id = randomUUID();
    for (const bad of ["../../etc/passwd", `${id}/../${id}`, `${id}`, `${id}/${id}/x`, `${id.toUpperCase()}/${id}`, ""]) {
      await expect(store.put(bad, new Uint8Array([1]))).rejects.toThrow("invalid storage key");
      await expect(store.get(bad)).rejects.toThrow("invalid storage key");
      await expect(store.open(bad)).rejects.toThrow("invalid storage key");
      await expect(store.remove(bad)).rejects.toThrow("invalid storage key");
    }
  });

  it("keeps nothing of a stream that failed half-way", async () => {
    const store = make();
    const k = key();
    const failing = Readable.from(
      (async function* () {
        yield randomBytes(1024);
        throw new Error("the upload broke off");
      })(),
    );
    await expect(store.put(k, failing)).rejects.toThrow("the upload broke off");
    expect(await store.sizeOf(k)).toBeNull();
  });

  it("lists every key it holds and no other", async () => {
    const store = make();
    const mine = [key(), key(), key()];
    for (const k of mine) await store.put(k, new Uint8Array([1]));
    await store.remove(mine[1]);
    const listed = new Set(await collect(store.keys()));
    expect(listed.has(mine[0]) && listed.has(mine[2])).toBe(true);
    expect(listed.has(mine[1])).toBe(false);
  });
});

describe.runIf(!onPostgres)("the S3 driver's server", () => {
  it("refuses a wrong secret, as AWS does", async () => {
    const store = new S3FileStore({
      bucket: "contract",
      endpoint: swift.endpoint,
      region: "us-east-1",
      credentials: { accessKeyId: swift.accessKeyId, secretAccessKey: "not-the-secret" },
    });
    await expect(store.put(key(), new Uint8Array([1]))).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
  });
});
