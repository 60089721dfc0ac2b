import "server-only";
// A double click, a retry after a timeout, or ten parallel POSTs of one form create one record
// (SECURITY.md #23, attack finding 8). Every create form sends a `requestKey`, one per opened
// form (required by its schema: a client that leaves it out is refused, not let through to make
// duplicates), stored on the row under a unique (khoiId, requestKey). The first insert wins; the
// others find its row, before inserting or after losing the race on the unique index.
import { invalid, isUniqueViolation } from "./errors";

/** A key already on a record this call does not see (a reused or forged key): refused plainly. */
export const REUSED_KEY = "Biểu mẫu này đã được gửi. Vui lòng tải lại trang rồi nhập lại.";

/**
 * `find` looks the key up inside the tenant (the unique index is per Khối, so another tenant's
 * record with the same key is never found: the key is the client's, not a secret) and may throw
 * to refuse a key that belongs to someone else's record; `create` inserts the row with the key.
 */
export async function createOnce<T>(find: () => Promise<T | null>, create: () => Promise<T>): Promise<T> {
  const done = await find();
  if (done) return done;
  try {
    return await create();
  } catch (error) {
    // A concurrent submit of the same form committed first: its record is the answer, whatever
    // stopped this one — the unique key, or a check that now sees the winner's row ("a unit of
    // that name exists already").
    const winner = await find();
    if (winner) return winner;
    if (isUniqueViolation(error, "requestKey")) throw invalid({}, REUSED_KEY);
    throw error;
  }
}
