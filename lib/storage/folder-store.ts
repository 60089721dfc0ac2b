// The folder driver: one file per key under the root (FILES_DIR), "<khoiId>/<uuid>".
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { checkedKey, FileMissingError, isStorageKey, type FileStore, type StoredFile } from "./store-contract";

function isMissing(error: unknown) {
  return (error as NodeJS.ErrnoException).code === "ENOENT";
}

export class FolderFileStore implements FileStore {
  constructor(private readonly root: string) {}

  get where() {
    return `folder ${this.root}`;
  }

  private pathOf(key: string) {
    return path.join(this.root, ...checkedKey(key).split("/"));
  }

  async put(key: string, body: Uint8Array | Readable) {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // "wx": a key is written once; an existing file is never overwritten.
    if (body instanceof Uint8Array) return writeFile(file, body, { flag: "wx" });
    try {
      await pipeline(body, createWriteStream(file, { flags: "wx" }));
    } catch (error) {
      // A stream that failed half-way leaves no half file behind (unless the key was taken).
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") await rm(file, { force: true });
      throw error;
    }
  }

  async get(key: string) {
    try {
      return new Uint8Array(await readFile(this.pathOf(key)));
    } catch (error) {
      throw isMissing(error) ? new FileMissingError(key) : error;
    }
  }

  async open(key: string): Promise<StoredFile> {
    const file = this.pathOf(key);
    try {
      const { size } = await stat(file);
      return { size, body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array> };
    } catch (error) {
      throw isMissing(error) ? new FileMissingError(key) : error;
    }
  }

  async sizeOf(key: string) {
    try {
      return (await stat(this.pathOf(key))).size;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async remove(key: string) {
    await rm(this.pathOf(key), { force: true });
  }

  async *keys() {
    const units = await readdir(this.root, { withFileTypes: true }).catch((error) => {
      if (isMissing(error)) return [];
      throw error;
    });
    for (const unit of units) {
      if (!unit.isDirectory()) continue;
      for (const name of await readdir(path.join(this.root, unit.name))) {
        const key = `${unit.name}/${name}`;
        // Only what put() could have written: a stray file in the folder is not a stored file.
        if (isStorageKey(key)) yield key;
      }
    }
  }
}
