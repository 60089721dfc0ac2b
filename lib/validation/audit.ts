// The search params of the Khối's audit log (/khoi/nhat-ky) and its export. Bad values fall
// back to "no filter" rather than failing the page (SECURITY.md #16); an action or record type
// outside the known lists is no filter either, so the query only ever carries known strings.
import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_TARGET_TYPES } from "@/lib/domain/audit-labels";
import { parseVietnameseDate } from "@/lib/domain/dates";
import { optionalEnumParam, pageParam, searchParam } from "./list-query";
import { searchText } from "./fields";

/** dd/mm/yyyy (as typed elsewhere in the portal) → the calendar day at UTC midnight. */
export const dayParam = searchText(20)
  .optional()
  .transform((v) => {
    const day = v ? parseVietnameseDate(v) : null;
    const year = day?.getUTCFullYear() ?? 0;
    return day && year >= 2000 && year <= 2100 ? day : undefined;
  })
  .catch(undefined);

export const auditLogQuery = z.object({
  /** Person: part of the actor's name (with or without diacritics) or e-mail. */
  q: searchParam,
  action: optionalEnumParam(AUDIT_ACTIONS),
  /** Record: its type and/or its id. */
  type: optionalEnumParam(AUDIT_TARGET_TYPES),
  record: searchText(60).toLowerCase().pipe(z.uuid()).optional().catch(undefined),
  from: dayParam,
  to: dayParam,
  refused: searchText(5)
    .optional()
    .transform((v) => v === "1")
    .catch(false),
  page: pageParam,
});
export type AuditLogQuery = z.output<typeof auditLogQuery>;

export const AUDIT_QUERY_KEYS = ["q", "action", "type", "record", "from", "to", "refused", "page"] as const;
