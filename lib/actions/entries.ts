"use server";
import { runAction } from "./run";
import { createEntry, updateEntry, withdrawEntry } from "@/lib/data/entries";
import { confirmEntries, returnEntry, scoreContestEntry } from "@/lib/data/entry-reviews";
import { contestScoreInput, entryConfirmInput, entryCreateInput, entryReturnInput, entryUpdateInput, entryWithdrawInput } from "@/lib/validation/entries";

// The member's record page (/ca-nhan) lists the same entries.
const revalidate = ["/ghi-nhan", "/ghi-nhan/[id]", "/ca-nhan"];

export async function createEntryAction(input: unknown) {
  return runAction(entryCreateInput, input, createEntry, { name: "createEntry", revalidate });
}

export async function updateEntryAction(input: unknown) {
  return runAction(entryUpdateInput, input, updateEntry, { name: "updateEntry", revalidate });
}

export async function withdrawEntryAction(input: unknown) {
  return runAction(entryWithdrawInput, input, withdrawEntry, { name: "withdrawEntry", revalidate });
}

export async function confirmEntriesAction(input: unknown) {
  return runAction(entryConfirmInput, input, confirmEntries, { name: "confirmEntries", revalidate });
}

export async function returnEntryAction(input: unknown) {
  return runAction(entryReturnInput, input, returnEntry, { name: "returnEntry", revalidate });
}

export async function scoreContestEntryAction(input: unknown) {
  return runAction(contestScoreInput, input, scoreContestEntry, { name: "scoreContestEntry", revalidate: [...revalidate, "/hoat-dong/[id]"] });
}
