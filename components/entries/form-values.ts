// The entry form's values: every field of every kind as typed (strings). Shared by the form
// (client) and the pages that fill it for an edit (server).
import type { EntryDetail } from "@/lib/data/entry-reads";
import { formatVietnameseDate } from "@/lib/domain/dates";

export type EntryKindValue = "IDEA" | "TRAINING" | "VOLUNTEER";

/** Only the kind's own fields are sent. */
export type EntryFormValues = {
  kind: EntryKindValue;
  title: string;
  occurredOn: string;
  field: string;
  ideaKind: string;
  problem: string;
  proposal: string;
  applied: "true" | "false";
  effect: string;
  contestId: string;
  trainingKind: string;
  provider: string;
  endsOn: string;
  activityId: string;
  hours: string;
};

export const KIND_FIELDS: Record<EntryKindValue, (keyof EntryFormValues)[]> = {
  IDEA: ["ideaKind", "title", "problem", "proposal", "field", "occurredOn", "applied", "effect", "contestId"],
  TRAINING: ["trainingKind", "title", "provider", "occurredOn", "endsOn"],
  VOLUNTEER: ["title", "field", "activityId", "occurredOn", "hours"],
};

export const emptyEntryValues = (kind: EntryKindValue): EntryFormValues => ({
  kind,
  title: "",
  occurredOn: "",
  field: "",
  ideaKind: "IDEA",
  problem: "",
  proposal: "",
  applied: "false",
  effect: "",
  contestId: "",
  trainingKind: "",
  provider: "",
  endsOn: "",
  activityId: "",
  hours: "",
});

/** An entry as the form shows it: dates dd/mm/yyyy, hours with a decimal comma. */
export function entryFormValues(e: EntryDetail): EntryFormValues {
  return {
    ...emptyEntryValues(e.kind),
    title: e.title,
    occurredOn: formatVietnameseDate(e.occurredOn),
    endsOn: formatVietnameseDate(e.endsOn),
    field: e.field ?? "",
    ideaKind: e.ideaKind ?? "IDEA",
    problem: e.problem ?? "",
    proposal: e.proposal ?? "",
    applied: e.applied ? "true" : "false",
    effect: e.effect ?? "",
    contestId: e.contest?.id ?? "",
    trainingKind: e.trainingKind ?? "",
    provider: e.provider ?? "",
    activityId: e.activity?.id ?? "",
    hours: e.hours === null ? "" : String(e.hours).replace(".", ","),
  };
}
