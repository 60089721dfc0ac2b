// What every storage driver keeps to (file-store.ts chooses one): the calls, the keys it accepts,
// the error for a key it does not hold.
import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";

/** The bytes of a stored file as a stream, for a download that never holds the whole file. */
export type StoredFile = { body: ReadableStream<Uint8Array>; size: number };

/** A stored file's body as a Node stream, for the commands that pipe it to a file or another store. */
export const nodeStream = (body: StoredFile["body"]): Readable => Readable.fromWeb(body as NodeWebStream<Uint8Array>);

export interface FileStore {
  /** Writes a new key; a key that exists is refused, never overwritten. */
  put(key: string, body: Uint8Array | Readable): Promise<void>;
  get(key: string): Promise<Uint8Array>;
  open(key: string): Promise<StoredFile>;
  /** The size of a stored key, null when the store does not hold it. */
  sizeOf(key: string): Promise<number | null>;
  /** Removing a key that is not there is not an error. */
  remove(key: string): Promise<void>;
  /** Every key in the store (the move command and the backups walk them). */
  keys(): AsyncIterable<string>;
  /** Where the files are, for logs and commands: never a secret. */
  readonly where: string;
}

/** A key the store does not hold. */
export class FileMissingError extends Error {
  constructor(key: string) {
    super(`stored file ${key} is missing`);
    this.name = "FileMissingError";
  }
}

/** Keys are made by the server (newStorageKey): "<khoiId>/<uuid>". Anything else never reaches the store. */
const KEY = /^[0-9a-f-]{36}\/[0-9a-f-]{36}$/;

export function isStorageKey(key: string): boolean {
  return KEY.test(key);
}

export function checkedKey(key: string): string {
  if (!isStorageKey(key)) throw new Error("invalid storage key");
  return key;
}
