// How an audit row reads on the Khối's log page and in its export: each changed field as
// "label: before → after", codes as Vietnamese labels, ids as the names of the records they
// point at (looked up by the caller, inside the viewer's Khối only), dates in Vietnam time.
// Pure, no I/O.
import { formatNumber, formatVietnameseDate, formatVietnameseDateTime } from "./dates";
import { AUDIT_FIELD_LABELS, REFUSAL_CODE_LABELS, codeLabel } from "./audit-labels";

export type AuditChange = { field: string; from: string; to: string };
type Json = unknown;
type Fields = Record<string, Json> | null;

/** What kind of record an id-valued field points at, for the name look-up. */
export type IdKind = "unit" | "member" | "plan" | "indicator" | "activity" | "period";
const ID_FIELDS: Record<string, IdKind> = {
  chiDoanId: "unit",
  coSoId: "unit",
  unitId: "unit",
  parentId: "unit",
  chiDoanIds: "unit",
  memberIds: "member",
  planId: "plan",
  basisPlanId: "plan",
  revisionOf: "plan",
  indicatorIds: "indicator",
  activityId: "activity",
  periodId: "period",
};
/** Fields keyed by indicator id: report figures; the thi đua weights are the row itself. */
const BY_INDICATOR = new Set(["values"]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const EMPTY = "—";
const MAX_SHOWN = 300;

const isUuid = (v: unknown): v is string => typeof v === "string" && UUID.test(v);

/** The ids a row's before/after point at, by kind (refused attempts are not looked up: their ids came from the client). */
export function idsToName(row: { action: string; before: Json; after: Json }): Record<IdKind, string[]> {
  const out: Record<IdKind, Set<string>> = {
    unit: new Set(),
    member: new Set(),
    plan: new Set(),
    indicator: new Set(),
    activity: new Set(),
    period: new Set(),
  };
  if (row.action === "action.refused") return mapSets(out);
  for (const side of [row.before, row.after] as Fields[]) {
    for (const [key, value] of Object.entries(side ?? {})) {
      if (isUuid(key)) out.indicator.add(key);
      const kind = ID_FIELDS[key];
      if (kind) for (const v of [value].flat()) if (isUuid(v)) out[kind].add(v);
      if (BY_INDICATOR.has(key) && value && typeof value === "object")
        for (const k of Object.keys(value)) if (isUuid(k)) out.indicator.add(k);
    }
  }
  return mapSets(out);
}
const mapSets = (sets: Record<IdKind, Set<string>>) =>
  Object.fromEntries(Object.entries(sets).map(([k, s]) => [k, [...s]])) as Record<IdKind, string[]>;

const cut = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

/** One value as a person reads it. */
export function formatAuditValue(targetType: string, key: string, value: Json, names: Map<string, string>): string {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "string") {
    const code = codeLabel(targetType, key, value);
    if (code) return code;
    if (isUuid(value)) return names.get(value) ?? `#${value.slice(0, 8)}`;
    if (DAY.test(value)) return formatVietnameseDate(new Date(value));
    if (MOMENT.test(value)) return formatVietnameseDateTime(new Date(value));
    return cut(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    return cut(
      value
        .map((v) =>
          v && typeof v === "object" && "year" in v
            ? `${(v as { year: number }).year}: ${formatNumber(Number((v as { target: number }).target))}`
            : formatAuditValue(targetType, key, v, names),
        )
        .join("; "),
    );
  }
  const entries = Object.entries(value as Record<string, Json>);
  if (entries.length === 0) return EMPTY;
  return cut(
    entries
      .map(
        ([k, v]) =>
          `${isUuid(k) ? (names.get(k) ?? `#${k.slice(0, 8)}`) : (AUDIT_FIELD_LABELS[k] ?? k)}: ${formatAuditValue(targetType, k, v, names)}`,
      )
      .join("; "),
  );
}

function refusalChanges(after: Fields): AuditChange[] {
  const a = after ?? {};
  const ids = Object.entries((a.ids as Record<string, Json>) ?? {}).map(([k, v]) => `${k}: ${[v].flat().join(", ")}`);
  return [
    { field: "Thao tác", from: "", to: String(a.action ?? EMPTY) },
    { field: "Lý do", from: "", to: REFUSAL_CODE_LABELS[String(a.code)] ?? String(a.code ?? EMPTY) },
    ...(ids.length ? [{ field: "Mã gửi lên", from: "", to: ids.join("; ") }] : []),
    ...(a.capped
      ? [
          {
            field: "Ghi chú",
            from: "",
            to: "Đã đạt giới hạn ghi trong một phút: các lần bị từ chối tiếp theo của người này trong phút đó không được ghi",
          },
        ]
      : []),
  ];
}

/** The rows of a before → after table; `from` is empty on a creation, `to` on a deletion. */
export function describeChanges(
  row: { action: string; targetType: string; before: Json; after: Json },
  names: Map<string, string>,
): AuditChange[] {
  if (row.action === "action.refused") return refusalChanges(row.after as Fields);
  const before = (row.before ?? null) as Fields;
  const after = (row.after ?? null) as Fields;
  const keys = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])];
  return keys.map((key) => ({
    field: isUuid(key) ? (names.get(key) ?? `#${key.slice(0, 8)}`) : (AUDIT_FIELD_LABELS[key] ?? key),
    from: before ? formatAuditValue(row.targetType, key, before[key], names) : "",
    to: after ? formatAuditValue(row.targetType, key, after[key], names) : "",
  }));
}

/** One line for the export's cell: "Tiêu đề: A → B; Trạng thái: … → …". */
export function changesAsText(changes: AuditChange[]): string {
  return changes.map((c) => `${c.field}: ${c.from && c.to ? `${c.from} → ${c.to}` : c.to || `${c.from} → (xóa)`}`).join("\n");
}
