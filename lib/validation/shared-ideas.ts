// Ý tưởng được chia sẻ (nhân rộng): the list's search params and the actions' inputs, shared by
// the forms and the actions. Ids only: the Khối, the member and the author come from the viewer.
import { z } from "zod";
import { id, optionalText, requestKey, requiredText, version } from "./fields";
import { pageParam } from "./list-query";

export const SHARED_IDEA_SORTS = ["support", "new"] as const;
export type SharedIdeaSort = (typeof SHARED_IDEA_SORTS)[number];
export const SHARED_IDEA_SORT_LABELS: Record<SharedIdeaSort, string> = {
  support: "Nhiều ủng hộ nhất",
  new: "Mới nhất",
};

/** ?sort=support|new&page=N; anything else falls back to the default, never a 500. */
export const sharedIdeaListQuery = z.object({
  sort: z.enum(SHARED_IDEA_SORTS).catch("support"),
  page: pageParam,
});
export type SharedIdeaListQuery = z.output<typeof sharedIdeaListQuery>;

export const COMMENT_MAX = 2000;

export const ideaRefInput = z.object({ id: id("Thiếu ý tưởng") });

export const ideaCommentInput = z.object({
  id: id("Thiếu ý tưởng"),
  body: requiredText("góp ý", COMMENT_MAX),
  requestKey,
});

export const commentRefInput = z.object({ id: id("Thiếu góp ý") });

export const ideaContestInput = z.object({
  id: id("Thiếu ý tưởng"),
  version,
  contestId: id("Vui lòng chọn cuộc thi"),
});

export const ideaAppliedInput = z.object({
  id: id("Thiếu ý tưởng"),
  version,
  effect: optionalText(4000),
});
