// The access probes of the shared-idea actions (see action-probes.ts): one valid call of each,
// aimed at tenant A's rows, and who may make it.
//
// The ideas are member a1's (the "member" account). The secretaries of cơ sở A and chi đoàn A1
// have member profiles (chi đoàn A2 and A1), so they may support an idea; the Khối's admin and
// staff and cơ sở B's secretary have none. The comment is the chi đoàn A1 secretary's.
import { db } from "@/lib/db/client";
import * as ideaActions from "@/lib/actions/shared-ideas";
import { foldVietnamese } from "@/lib/domain/text";
import { dayFromToday, makeMember, type Tenant } from "../factories";
import type { PlanRows, Probe, ProbeMaker, Who } from "./action-probes";

export const IDEA_ACCESS: Record<string, { may: Who[]; each?: true }> = {
  // The idea's owner only.
  publishIdeaAction: { may: ["member"], each: true },
  unpublishIdeaAction: { may: ["member"], each: true },
  // A member profile in the Khối, not the author: the secretaries of cơ sở A and chi đoàn A1.
  supportIdeaAction: { may: ["coSo", "chiDoan"], each: true },
  withdrawIdeaSupportAction: { may: ["coSo", "chiDoan"], each: true },
  // Everyone of the Khối, whichever cơ sở; never the city.
  commentOnIdeaAction: { may: ["admin", "staff", "coSo", "coSoB", "chiDoan", "member"], each: true },
  // The comment's author (chi đoàn A1), the idea's owner, Khối staff.
  hideIdeaCommentAction: { may: ["admin", "staff", "chiDoan", "member"], each: true },
  pickIdeaForContestAction: { may: ["admin", "staff"], each: true },
  markIdeaAppliedAction: { may: ["admin", "staff"], each: true },
};

export type IdeaRows = {
  /** Member a1's pending idea, private */
  privateIdea: { id: string };
  /** Member a1's pending idea, shared with the Khối, no support yet */
  sharedIdea: { id: string };
  /** Member a1's shared idea, supported by both secretaries' profiles */
  supportedIdea: { id: string };
  /** The chi đoàn A1 secretary's comment on the shared idea */
  commentId: string;
};

type Profile = { id: string; khoiId: string; coSoId: string; chiDoanId: string };

/** The account's member profile, made once (the probes' rows are remade many times). */
async function profileOf(userId: string, chiDoan: Tenant["chiDoanA1"]): Promise<Profile> {
  const found = await db().member.findUnique({
    where: { userId },
    select: { id: true, khoiId: true, coSoId: true, chiDoanId: true },
  });
  return found ?? makeMember(db(), chiDoan, { userId });
}

async function makeIdea(member: Profile, title: string, publishedAt: Date | null) {
  const row = await db().memberEntry.create({
    data: {
      khoiId: member.khoiId,
      coSoId: member.coSoId,
      chiDoanId: member.chiDoanId,
      memberId: member.id,
      kind: "IDEA",
      status: "SUBMITTED",
      occurredOn: dayFromToday(-3),
      ideaKind: "IDEA",
      field: "ADMIN_REFORM",
      problem: "Người dân chờ lâu",
      proposal: "Hẹn giờ qua tin nhắn",
      applied: false,
      title,
      searchText: foldVietnamese(title),
      publishedAt,
    },
    select: { id: true },
  });
  await db().statusChange.create({
    data: { khoiId: member.khoiId, entityType: "MemberEntry", entityId: row.id, fromStatus: null, toStatus: "SUBMITTED" },
  });
  return row;
}

/** Rows of tenant A the probes act on, built with db() directly (remade for each success check). */
export async function makeIdeaRows(a: Tenant, _plans: PlanRows): Promise<IdeaRows> {
  const chiDoan = await profileOf(a.users.chiDoan.id, a.chiDoanA1);
  const coSo = await profileOf(a.users.coSo.id, a.chiDoanA2);
  const a1 = await db().member.findUniqueOrThrow({
    where: { id: a.members.a1.id },
    select: { id: true, khoiId: true, coSoId: true, chiDoanId: true },
  });
  const privateIdea = await makeIdea(a1, "Ý tưởng chưa chia sẻ", null);
  const sharedIdea = await makeIdea(a1, "Hẹn giờ trả kết quả qua tin nhắn", new Date());
  const supportedIdea = await makeIdea(a1, "Sổ tay thủ tục bỏ túi", new Date());
  await db().ideaSupport.createMany({
    data: [coSo, chiDoan].map((m) => ({ khoiId: a1.khoiId, entryId: supportedIdea.id, memberId: m.id })),
  });
  await db().memberEntry.update({ where: { id: supportedIdea.id }, data: { supportCount: 2 } });
  const comment = await db().ideaComment.create({
    data: {
      khoiId: a1.khoiId,
      entryId: sharedIdea.id,
      authorUserId: a.users.chiDoan.id,
      body: "Nên làm ngay",
      requestKey: crypto.randomUUID(),
    },
    select: { id: true },
  });
  return { privateIdea, sharedIdea, supportedIdea, commentId: comment.id };
}

const version = async (id: string) => (await db().memberEntry.findUniqueOrThrow({ where: { id } })).version;

export function ideaProbes(f: { a: Tenant; plans: PlanRows; ideas: IdeaRows }, p: ProbeMaker): Probe[] {
  const { plans: pl, ideas: i } = f;
  return [
    p("publishIdeaAction", ideaActions.publishIdeaAction, async () => ({ id: i.privateIdea.id })),
    p("unpublishIdeaAction", ideaActions.unpublishIdeaAction, async () => ({ id: i.sharedIdea.id })),
    p("supportIdeaAction", ideaActions.supportIdeaAction, async () => ({ id: i.sharedIdea.id })),
    p("withdrawIdeaSupportAction", ideaActions.withdrawIdeaSupportAction, async () => ({ id: i.supportedIdea.id })),
    p("commentOnIdeaAction", ideaActions.commentOnIdeaAction, async () => ({
      id: i.sharedIdea.id,
      body: "Ý tưởng thiết thực, nên nhân rộng",
      requestKey: crypto.randomUUID(),
    })),
    p("hideIdeaCommentAction", ideaActions.hideIdeaCommentAction, async () => ({ id: i.commentId })),
    // Tenant A's open contest (plans.openActivity).
    p("pickIdeaForContestAction", ideaActions.pickIdeaForContestAction, async () => ({
      id: i.sharedIdea.id,
      version: await version(i.sharedIdea.id),
      contestId: pl.openActivity.id,
    })),
    p("markIdeaAppliedAction", ideaActions.markIdeaAppliedAction, async () => ({
      id: i.sharedIdea.id,
      version: await version(i.sharedIdea.id),
      effect: "Giảm một nửa số lần người dân phải đến hỏi",
    })),
  ];
}
