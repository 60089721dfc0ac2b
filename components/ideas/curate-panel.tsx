"use client";
// Khối staff on a shared idea: enter it in one of the Khối's contests, or mark it applied (đã áp
// dụng) with its effect. Neither touches the idea's review.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormNotice, Select } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { markIdeaAppliedAction, pickIdeaForContestAction } from "@/lib/actions/shared-ideas";

export function CuratePanel({
  id,
  version,
  contestId,
  contests,
  canPickContest,
  applied,
}: {
  id: string;
  version: number;
  contestId: string | null;
  contests: { id: string; name: string }[];
  canPickContest: boolean;
  applied: boolean;
}) {
  const router = useRouter();
  const [note, setNote] = useState<string | null>(null);
  const pick = useForm<{ contestId: string }>({ defaultValues: { contestId: contestId ?? "" } });
  const picked = useActionForm(
    pick,
    (v) => pickIdeaForContestAction({ id, version, contestId: v.contestId }),
    () => {
      setNote("Đã chọn ý tưởng dự thi.");
      router.refresh();
    },
  );
  const done = useForm<{ effect: string }>({ defaultValues: { effect: "" } });
  const marked = useActionForm(
    done,
    (v) => markIdeaAppliedAction({ id, version, effect: v.effect }),
    () => {
      setNote("Đã ghi nhận ý tưởng được áp dụng.");
      router.refresh();
    },
  );
  const contestError = pick.formState.errors.contestId?.message;
  return (
    <div className="space-y-4">
      <FormNotice message={note} />
      {canPickContest && contests.length > 0 && (
        <form onSubmit={picked.onSubmit} noValidate className="space-y-2">
          <FormError message={picked.formError} />
          <Field label="Chọn dự thi" htmlFor="idea-contest" error={contestError}>
            <Select id="idea-contest" invalid={!!contestError} {...pick.register("contestId")}>
              <option value="">— Chọn cuộc thi —</option>
              {contests.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="secondary" pending={picked.pending}>
            Chọn dự thi
          </Button>
        </form>
      )}
      {!applied && (
        <form onSubmit={marked.onSubmit} noValidate className="space-y-2 border-t border-slate-100 pt-4">
          <FormError message={marked.formError} />
          <Field label="Hiệu quả khi áp dụng" htmlFor="idea-effect" error={done.formState.errors.effect?.message}>
            <textarea
              id="idea-effect"
              rows={2}
              className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-inset ring-slate-300"
              {...done.register("effect")}
            />
          </Field>
          <Button type="submit" variant="secondary" pending={marked.pending}>
            Đánh dấu đã áp dụng
          </Button>
        </form>
      )}
    </div>
  );
}
