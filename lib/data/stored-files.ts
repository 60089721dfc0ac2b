import "server-only";
// Moving the evidence files from one store to another (`npm run files:move`: the folder of a
// one-server portal into the object store of a several-server one), and checking that a store
// holds every file the database names, at the size it was stored with.
import { db } from "@/lib/db/client";
import { asSystem } from "@/lib/db/tenant-context";
import type { FileStore } from "@/lib/storage/file-store";
import { nodeStream } from "@/lib/storage/store-contract";

export type MoveResult = { copied: number; already: number; conflicts: string[] };

/**
 * Copies every file of `from` that `to` lacks, streaming it, and checks its size there. A file
 * already there at the same size is left (a second run resumes); one there at another size is a
 * conflict, reported and never overwritten. `from` keeps its files: remove them once checked.
 */
export async function moveFiles(from: FileStore, to: FileStore, progress?: (done: number) => void): Promise<MoveResult> {
  const result: MoveResult = { copied: 0, already: 0, conflicts: [] };
  for await (const key of from.keys()) {
    const [size, there] = await Promise.all([from.sizeOf(key), to.sizeOf(key)]);
    if (size === null) continue; // removed meanwhile
    if (there === size) result.already++;
    else if (there !== null) result.conflicts.push(key);
    else {
      const { body } = await from.open(key);
      await to.put(key, nodeStream(body));
      if ((await to.sizeOf(key)) !== size) throw new Error(`${key}: the copy's size differs from the original's`);
      result.copied++;
    }
    progress?.(result.copied + result.already + result.conflicts.length);
  }
  return result;
}

/** The files the database names (archived ones too: they are kept) that `store` lacks or holds at another size. */
export async function filesMissingFrom(store: FileStore) {
  const rows = await asSystem(() =>
    db().evidenceFile.findMany({
      select: { storageKey: true, size: true, fileName: true, khoiId: true },
      orderBy: { createdAt: "asc" },
    }),
  );
  const missing: typeof rows = [];
  // A few looks at a time: an object store answers each in milliseconds, thousands add up.
  for (let i = 0; i < rows.length; i += 16) {
    const batch = rows.slice(i, i + 16);
    const sizes = await Promise.all(batch.map((row) => store.sizeOf(row.storageKey)));
    batch.forEach((row, j) => sizes[j] !== row.size && missing.push(row));
  }
  return { checked: rows.length, missing };
}
