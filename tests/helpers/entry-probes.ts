// The access probes of the entry actions (see action-probes.ts): one valid call of each, aimed at
// tenant A's rows, and who may make it.
//
// Entries are logged by members for themselves. The secretaries of cơ sở A and chi đoàn A1 are
// members too here (profiles in chi đoàn A2 and A1), so that an owner-only action can be aimed at
// the cơ sở A secretary's own entry, and review actions at member a1's entry, which both
// secretaries above a1 may review and nobody else (never a1 themself: no self-review).
import { db } from "@/lib/db/client";
import * as entryActions from "@/lib/actions/entries";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { foldVietnamese } from "@/lib/domain/text";
import type { EntryKind, EntryStatus } from "@/lib/generated/prisma/enums";
import { dayFromToday, makeMember, type Tenant } from "../factories";
import type { PlanRows, Probe, ProbeMaker, Who } from "./action-probes";

export const ENTRY_ACCESS: Record<string, { may: Who[]; each?: true }> = {
  // Anyone with a member profile, for themself (the admin, staff and cơ sở B secretary have none).
  createEntryAction: { may: ["coSo", "chiDoan", "member"], each: true },
  // The owner only: the entry is the cơ sở A secretary's own.
  updateEntryAction: { may: ["coSo"], each: true },
  withdrawEntryAction: { may: ["coSo"], each: true },
  // The secretaries above member a1 (chi đoàn A1, cơ sở A); never the Khối, never a1.
  confirmEntriesAction: { may: ["coSo", "chiDoan"], each: true },
  returnEntryAction: { may: ["coSo", "chiDoan"], each: true },
  // Khối staff judge the contest.
  scoreContestEntryAction: { may: ["admin", "staff"], each: true },
};

export type EntryRows = {
  /** Member a1's idea, pending, entered in tenant A's open contest (plans.openActivity) */
  a1Idea: { id: string };
  /** The cơ sở A secretary's own training, pending */
  coSoTraining: { id: string };
};

/** The account's member profile, made once (the probes' rows are remade many times). */
async function profileOf(userId: string, chiDoan: Tenant["chiDoanA1"]) {
  const found = await db().member.findUnique({
    where: { userId },
    select: { id: true, khoiId: true, coSoId: true, chiDoanId: true },
  });
  return found ?? makeMember(db(), chiDoan, { userId });
}

async function makeEntry(
  member: { id: string; khoiId: string; coSoId: string; chiDoanId: string },
  kind: EntryKind,
  data: Record<string, unknown>,
  status: EntryStatus = "SUBMITTED",
) {
  const title = String(data.title);
  const row = await db().memberEntry.create({
    data: {
      khoiId: member.khoiId,
      coSoId: member.coSoId,
      chiDoanId: member.chiDoanId,
      memberId: member.id,
      kind,
      status,
      occurredOn: dayFromToday(-3),
      ...data,
      title,
      searchText: foldVietnamese(title),
    },
    select: { id: true },
  });
  await db().statusChange.create({
    data: { khoiId: member.khoiId, entityType: "MemberEntry", entityId: row.id, fromStatus: null, toStatus: status },
  });
  return row;
}

/** Rows of tenant A the probes act on, built with db() directly (remade for each success check). */
export async function makeEntryRows(a: Tenant, plans: PlanRows): Promise<EntryRows> {
  await profileOf(a.users.chiDoan.id, a.chiDoanA1);
  const coSoSelf = await profileOf(a.users.coSo.id, a.chiDoanA2);
  const a1 = await db().member.findUniqueOrThrow({
    where: { id: a.members.a1.id },
    select: { id: true, khoiId: true, coSoId: true, chiDoanId: true },
  });
  const a1Idea = await makeEntry(a1, "IDEA", {
    title: "Số hóa hồ sơ một cửa",
    ideaKind: "IDEA",
    field: "DIGITAL",
    problem: "Hồ sơ giấy chậm",
    proposal: "Quét và lưu trữ điện tử",
    applied: false,
    contestId: plans.openActivity.id,
  });
  const coSoTraining = await makeEntry(coSoSelf, "TRAINING", {
    title: "Lớp bồi dưỡng lý luận chính trị",
    trainingKind: "POLITICAL",
    provider: "Trường Chính trị",
  });
  return { a1Idea, coSoTraining };
}

const version = async (id: string) => (await db().memberEntry.findUniqueOrThrow({ where: { id } })).version;
const date = (days: number) => formatVietnameseDate(dayFromToday(days));

export function entryProbes(f: { a: Tenant; plans: PlanRows; entries: EntryRows }, p: ProbeMaker): Probe[] {
  const { plans: pl, entries: e } = f;
  return [
    // Entered in tenant A's open contest: the call's target.
    p("createEntryAction", entryActions.createEntryAction, async () => ({
      kind: "IDEA",
      ideaKind: "INITIATIVE",
      title: "Tra cứu hồ sơ bằng mã QR",
      problem: "Người dân phải gọi điện hỏi tình trạng hồ sơ",
      proposal: "In mã QR trên giấy hẹn",
      field: "ADMIN_REFORM",
      occurredOn: date(-1),
      applied: "false",
      contestId: pl.openActivity.id,
      requestKey: crypto.randomUUID(),
    })),
    p("updateEntryAction", entryActions.updateEntryAction, async () => ({
      id: e.coSoTraining.id,
      version: await version(e.coSoTraining.id),
      kind: "TRAINING",
      trainingKind: "POLITICAL",
      title: "Lớp trung cấp lý luận chính trị",
      provider: "Trường Chính trị thành phố",
      occurredOn: date(-10),
      endsOn: date(-2),
    })),
    p("withdrawEntryAction", entryActions.withdrawEntryAction, async () => ({
      id: e.coSoTraining.id,
      version: await version(e.coSoTraining.id),
    })),
    p("confirmEntriesAction", entryActions.confirmEntriesAction, async () => ({
      entries: [{ id: e.a1Idea.id, version: await version(e.a1Idea.id) }],
    })),
    p("returnEntryAction", entryActions.returnEntryAction, async () => ({
      id: e.a1Idea.id,
      version: await version(e.a1Idea.id),
      reason: "Bổ sung hiệu quả dự kiến",
    })),
    p("scoreContestEntryAction", entryActions.scoreContestEntryAction, async () => ({
      id: e.a1Idea.id,
      version: await version(e.a1Idea.id),
      score: 86.5,
      rank: 1,
      note: "Khả thi",
    })),
  ];
}
