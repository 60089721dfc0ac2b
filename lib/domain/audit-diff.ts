// What an audit row keeps of a change (SECURITY.md #25): the fields that changed, before → after,
// as plain JSON. Never a secret: a key that names a password, hash, secret or token is dropped
// whatever the caller passes, so a careless `after: user` cannot copy a password hash into a log
// that admins read and export. Long values are cut, so a 200 KB plan text saved ten times does
// not make the log grow by megabytes. Pure, no I/O.

export type AuditJson = string | number | boolean | null | AuditJson[] | { [key: string]: AuditJson };
export type AuditFields = Record<string, AuditJson>;

/** Longest text kept of one value (its JSON form for lists and objects). */
export const AUDIT_VALUE_MAX = 500;

const SECRET_KEY = /password|hash|secret|token/i;

export const isSecretKey = (key: string) => SECRET_KEY.test(key);

/** Dates become ISO strings, Decimals their text (via toJSON), undefined null. */
function plain(value: unknown): AuditJson {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string" || typeof value === "boolean") return value;
  return JSON.parse(JSON.stringify(value, (k, v) => (k && isSecretKey(k) ? undefined : v))) as AuditJson;
}

/** JSON with object keys sorted: PostgreSQL's jsonb gives keys back in its own order. */
function canonical(value: AuditJson): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

const cut = (text: string) => (text.length > AUDIT_VALUE_MAX ? `${text.slice(0, AUDIT_VALUE_MAX)}…` : text);

/** One value as the log keeps it: plain JSON, cut to AUDIT_VALUE_MAX characters. */
export function auditValue(value: unknown): AuditJson {
  const v = plain(value);
  if (typeof v === "string") return cut(v);
  if (v !== null && typeof v === "object") {
    const text = JSON.stringify(v);
    return text.length > AUDIT_VALUE_MAX ? cut(text) : v;
  }
  return v;
}

/** A record as the log keeps it: secret keys dropped, each value through auditValue. */
export function auditFields(fields: Record<string, unknown> | null | undefined): AuditFields {
  const out: AuditFields = {};
  for (const [k, v] of Object.entries(fields ?? {})) if (!isSecretKey(k)) out[k] = auditValue(v);
  return out;
}

/**
 * Only what changed: for each key of `after` whose value differs from `before`'s, the old and
 * the new value. Compared in full before cutting, so an edit past the 500th character counts.
 */
export function changedFields(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown>,
): { before: AuditFields; after: AuditFields } {
  const out = { before: {} as AuditFields, after: {} as AuditFields };
  for (const [k, next] of Object.entries(after)) {
    if (isSecretKey(k)) continue;
    const prev = before?.[k];
    if (canonical(plain(prev)) === canonical(plain(next))) continue;
    out.before[k] = auditValue(prev);
    out.after[k] = auditValue(next);
  }
  return out;
}

/** `{ id: true, … }` for a Prisma select of the keys an update writes (to read them before). */
export function selectOf<T extends Record<string, unknown>>(fields: T): { [K in keyof T]: true } {
  return Object.fromEntries(Object.keys(fields).map((k) => [k, true])) as { [K in keyof T]: true };
}
