"use client";
// Khối staff score (0–100) and rank an idea entered in a contest, with a short note.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormNotice, Input } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { scoreContestEntryAction } from "@/lib/actions/entries";

type Values = { score: string; rank: string; note: string };

export function ContestScoreForm({
  id,
  version,
  score,
  rank,
  note,
}: {
  id: string;
  version: number;
  score: number | null;
  rank: number | null;
  note: string | null;
}) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<Values>({
    defaultValues: {
      score: score === null ? "" : String(score).replace(".", ","),
      rank: rank === null ? "" : String(rank),
      note: note ?? "",
    },
  });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => scoreContestEntryAction({ ...v, id, version }),
    () => {
      setSaved(true);
      router.refresh();
    },
  );
  const err = form.formState.errors;
  // One form per idea on the contest page: keep the field ids apart.
  const fid = (name: string) => `${name}-${id}`;
  return (
    <form onSubmit={onSubmit} noValidate className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      <div className="col-span-2 sm:col-span-4">
        <FormError message={formError} />
        <FormNotice message={saved ? "Đã lưu điểm." : null} />
      </div>
      <Field label="Điểm (0–100)" htmlFor={fid("score")} error={err.score?.message}>
        <Input id={fid("score")} inputMode="decimal" invalid={!!err.score} {...form.register("score")} />
      </Field>
      <Field label="Xếp hạng" htmlFor={fid("rank")} error={err.rank?.message}>
        <Input id={fid("rank")} inputMode="numeric" invalid={!!err.rank} {...form.register("rank")} />
      </Field>
      <div className="col-span-2">
        <Field label="Nhận xét" htmlFor={fid("note")} error={err.note?.message}>
          <Input id={fid("note")} invalid={!!err.note} {...form.register("note")} />
        </Field>
      </div>
      <div className="col-span-2 sm:col-span-4">
        <Button type="submit" variant="secondary" pending={pending}>
          Lưu điểm
        </Button>
      </div>
    </form>
  );
}
