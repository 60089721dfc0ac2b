// How an entry is named in lists: its kind, and the idea's or training's own kind.
import type { EntryKind, IdeaKind, TrainingKind } from "@/lib/generated/prisma/enums";
import { ENTRY_KIND_LABELS, IDEA_KIND_LABELS, TRAINING_KIND_LABELS } from "@/lib/domain/work-labels";
import { formatNumber } from "@/lib/domain/dates";

export function entryKindLabel(e: {
  kind: EntryKind;
  ideaKind: IdeaKind | null;
  trainingKind: TrainingKind | null;
  hours: number | null;
}): string {
  if (e.kind === "IDEA" && e.ideaKind) return IDEA_KIND_LABELS[e.ideaKind];
  if (e.kind === "TRAINING" && e.trainingKind) return `Học tập · ${TRAINING_KIND_LABELS[e.trainingKind]}`;
  if (e.kind === "VOLUNTEER" && e.hours !== null) return `Tình nguyện · ${formatHours(e.hours)}`;
  return ENTRY_KIND_LABELS[e.kind];
}

/** 2,5 giờ — decimals with a comma, as Vietnamese write them. */
export const formatHours = (hours: number) => `${formatNumber(hours)} giờ`;
