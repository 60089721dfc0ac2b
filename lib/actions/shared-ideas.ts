"use server";
import { defineAction } from "./define";
import {
  commentOnIdea,
  hideIdeaComment,
  markIdeaApplied,
  pickIdeaForContest,
  publishIdea,
  supportIdea,
  unpublishIdea,
  withdrawIdeaSupport,
} from "@/lib/data/shared-idea-writes";
import {
  commentRefInput,
  ideaAppliedInput,
  ideaCommentInput,
  ideaContestInput,
  ideaRefInput,
} from "@/lib/validation/shared-ideas";

// The shared list and the idea's pages, and the owner's entry page (its "Chia sẻ" control).
const revalidate = ["/y-tuong", "/y-tuong/[id]", "/ghi-nhan/[id]"];

/** The owner shares their idea with the Khối (entry.log: their own entries only). */
export const publishIdeaAction = defineAction({
  name: "publishIdea",
  permission: "entry.log",
  schema: ideaRefInput,
  run: publishIdea,
  revalidate,
});

export const unpublishIdeaAction = defineAction({
  name: "unpublishIdea",
  permission: "entry.log",
  schema: ideaRefInput,
  run: unpublishIdea,
  revalidate,
});

export const supportIdeaAction = defineAction({
  name: "supportIdea",
  permission: "idea.share",
  schema: ideaRefInput,
  run: supportIdea,
  revalidate,
});

export const withdrawIdeaSupportAction = defineAction({
  name: "withdrawIdeaSupport",
  permission: "idea.share",
  schema: ideaRefInput,
  run: withdrawIdeaSupport,
  revalidate,
});

export const commentOnIdeaAction = defineAction({
  name: "commentOnIdea",
  permission: "idea.share",
  schema: ideaCommentInput,
  run: commentOnIdea,
  revalidate,
});

/** Its author, the idea's owner or Khối staff (checked on the comment). */
export const hideIdeaCommentAction = defineAction({
  name: "hideIdeaComment",
  permission: "idea.share",
  schema: commentRefInput,
  run: hideIdeaComment,
  revalidate,
});

/** Khối staff: the ones who judge the Khối's contests. */
export const pickIdeaForContestAction = defineAction({
  name: "pickIdeaForContest",
  permission: "contest.review",
  schema: ideaContestInput,
  run: pickIdeaForContest,
  revalidate: [...revalidate, "/hoat-dong/[id]"],
});

export const markIdeaAppliedAction = defineAction({
  name: "markIdeaApplied",
  permission: "contest.review",
  schema: ideaAppliedInput,
  run: markIdeaApplied,
  revalidate,
});
