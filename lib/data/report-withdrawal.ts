import "server-only";
// Rút lại: a cơ sở takes back the report it sent, while it waits for the Khối (issue 16: an
// empty report, once sent, could not be pulled back). It goes back to draft, on the timeline and
// the audit trail like every status step, and the Khối is told, as it was told of the sending.
// Once the Khối has accepted or returned it, withdrawing is refused (REPORT_STEP_FROM).
import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/authz";
import type { reportWithdrawInput } from "@/lib/validation/reports";
import type { z } from "zod";
import { invalid } from "./errors";
import { notifyUnits } from "./notifications";
import { periodLink } from "./report-periods";
import { assertReportStep, findReport, moveReport } from "./reports";

export const WITHDRAWN_COMMENT = "Cơ sở rút lại báo cáo để sửa";

export async function withdrawReport(viewer: Viewer, input: z.output<typeof reportWithdrawInput>) {
  // report.fill scopes the lookup: another cơ sở's or another Khối's report is not found.
  const r = await findReport(viewer, "report.fill", input.id);
  if (!r.coSoId) throw invalid({}, "Báo cáo của Đoàn Khối không gửi duyệt");
  assertReportStep("withdraw", r, input.version);
  await db().$transaction(async (tx) => {
    await moveReport(tx, r, {
      version: input.version,
      to: "DRAFT",
      actorId: viewer.userId,
      comment: WITHDRAWN_COMMENT,
      // Withdrawn is not sent: sent again after the deadline, it is late (trễ hạn) like any first
      // sending; a late mark it already had stays. The numbers are counted again when it is sent.
      data: { submittedAt: null, submittedById: null },
    });
    await notifyUnits(tx, r.khoiId, [r.khoiId], ["KHOI_ADMIN", "KHOI_STAFF"], {
      kind: "submitted",
      title: `Báo cáo đã rút lại: ${r.unit.name} – ${r.period.title}`,
      link: periodLink(r.periodId),
    });
  });
  return { id: r.id, version: input.version + 1 };
}
