import "server-only";
// Where evidence bytes live. The embedded default is a folder outside the web root (FILES_DIR,
// default .data/files); an object store can replace it behind the same three calls.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface FileStore {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array>;
  remove(key: string): Promise<void>;
}

/** Keys are made by the server: "<khoiId>/<uuid>". Anything else never reaches the disk. */
const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

export function newStorageKey(khoiId: string): string {
  return `${khoiId}/${crypto.randomUUID()}`;
}

class LocalFileStore implements FileStore {
  constructor(private readonly root: string) {}

  private pathOf(key: string) {
    if (!KEY.test(key)) throw new Error("invalid storage key");
    return path.join(this.root, ...key.split("/"));
  }

  async put(key: string, bytes: Uint8Array) {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // "wx": a key is written once; an existing file is never overwritten.
    await writeFile(file, bytes, { flag: "wx" });
  }

  async get(key: string) {
    return new Uint8Array(await readFile(this.pathOf(key)));
  }

  async remove(key: string) {
    await rm(this.pathOf(key), { force: true });
  }
}

/** The folder of the evidence files (the backups copy it whole). */
export const FILES_DIR = path.resolve(process.env.FILES_DIR ?? path.join(process.cwd(), ".data", "files"));

let store: FileStore | null = null;

export function fileStore(): FileStore {
  store ??= new LocalFileStore(FILES_DIR);
  return store;
}
