import "server-only";
// Where evidence bytes live, chosen by FILES_STORE: a folder outside the web root (`folder`, the
// default: FILES_DIR, default .data/files) or an S3-compatible object store (`s3`), which every
// app server of a several-server deployment sees alike. Both drivers keep the same contract
// (tests/integration/file-store.test.ts).
import path from "node:path";
import { FolderFileStore } from "./folder-store";
import { S3FileStore, s3SettingsFrom } from "./s3-store";
import type { FileStore } from "./store-contract";

export { FileMissingError, type FileStore, type StoredFile } from "./store-contract";

export function newStorageKey(khoiId: string): string {
  return `${khoiId}/${crypto.randomUUID()}`;
}

/** The folder of the evidence files with the folder driver (the backups copy it whole). */
export const FILES_DIR = path.resolve(process.env.FILES_DIR ?? path.join(process.cwd(), ".data", "files"));

/** The store the environment names: FILES_STORE=folder (default) or s3 with its FILES_S3_* settings. */
export function storeFromEnv(env: NodeJS.ProcessEnv = process.env): FileStore {
  const kind = env.FILES_STORE ?? "folder";
  if (kind === "folder") return new FolderFileStore(FILES_DIR);
  if (kind === "s3") return new S3FileStore(s3SettingsFrom(env));
  throw new Error(`FILES_STORE must be "folder" or "s3", not "${kind}"`);
}

let store: FileStore | null = null;

export function fileStore(): FileStore {
  store ??= storeFromEnv();
  return store;
}

/** Where the backups take the files from and restore them to: the folder whole, or the store. */
export function filesPlace(): string | FileStore {
  return (process.env.FILES_STORE ?? "folder") === "folder" ? FILES_DIR : fileStore();
}
