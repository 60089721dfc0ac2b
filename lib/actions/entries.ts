"use server";
import { defineAction } from "./define";
import { createEntry, updateEntry, withdrawEntry } from "@/lib/data/entries";
import { confirmEntries, returnEntry, scoreContestEntry } from "@/lib/data/entry-reviews";
import {
  contestScoreInput,
  entryConfirmInput,
  entryCreateInput,
  entryReturnInput,
  entryUpdateInput,
  entryWithdrawInput,
} from "@/lib/validation/entries";

// The member's record page (/ca-nhan) lists the same entries.
const revalidate = ["/ghi-nhan", "/ghi-nhan/[id]", "/ca-nhan"];

export const createEntryAction = defineAction({
  name: "createEntry",
  permission: "entry.log",
  schema: entryCreateInput,
  run: createEntry,
  revalidate,
});

export const updateEntryAction = defineAction({
  name: "updateEntry",
  permission: "entry.log",
  schema: entryUpdateInput,
  run: updateEntry,
  revalidate,
});

export const withdrawEntryAction = defineAction({
  name: "withdrawEntry",
  permission: "entry.log",
  schema: entryWithdrawInput,
  run: withdrawEntry,
  revalidate,
});

export const confirmEntriesAction = defineAction({
  name: "confirmEntries",
  permission: "entry.review",
  schema: entryConfirmInput,
  run: confirmEntries,
  revalidate,
});

export const returnEntryAction = defineAction({
  name: "returnEntry",
  permission: "entry.review",
  schema: entryReturnInput,
  run: returnEntry,
  revalidate,
});

export const scoreContestEntryAction = defineAction({
  name: "scoreContestEntry",
  permission: "contest.review",
  schema: contestScoreInput,
  run: scoreContestEntry,
  revalidate: [...revalidate, "/hoat-dong/[id]"],
});
