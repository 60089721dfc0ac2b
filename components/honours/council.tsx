"use client";
// The council of a round (hội đồng thi đua): Khối staff name its members and chair; each member
// fills their own ballot (đồng ý or not, a score out of 100) for every sent nomination; the chair
// closes the vote. What the server refuses shows beside the row it concerns; nothing typed is lost.
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { castBallotsAction, closeVotingAction, setCouncilAction } from "@/lib/actions/honours";
import { useActionForm } from "@/components/forms/use-action-form";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";

type Person = { id: string; name: string; email: string };

export function CouncilForm({
  roundId,
  version,
  candidates,
  members,
  chairId,
}: {
  roundId: string;
  version: number;
  candidates: Person[];
  members: string[];
  chairId: string | null;
}) {
  const router = useRouter();
  const form = useForm<{ userIds: string[]; chairId: string }>({
    defaultValues: { userIds: members, chairId: chairId ?? "" },
  });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => setCouncilAction({ roundId, version, userIds: v.userIds ?? [], chairId: v.chairId }),
    () => router.refresh(),
  );
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-700">Thành viên hội đồng</legend>
        <ul className="mt-1 space-y-1">
          {candidates.map((c) => (
            <li key={c.id}>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={c.id} {...form.register("userIds")} />
                <span>
                  {c.name} <span className="text-slate-500">({c.email})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        {err.userIds?.message && (
          <p role="alert" className="mt-1 text-sm text-red-600">
            {err.userIds.message}
          </p>
        )}
      </fieldset>
      <Field label="Chủ tịch hội đồng" htmlFor="chairId" error={err.chairId?.message}>
        <Select id="chairId" invalid={!!err.chairId} {...form.register("chairId")}>
          <option value="">— Chọn chủ tịch hội đồng —</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" pending={pending}>
        Lưu hội đồng
      </Button>
    </form>
  );
}

export type BallotRow = {
  nominationId: string;
  nominee: string;
  title: string;
  met: string;
  approve: boolean | null;
  score: number | null;
  version: number | null;
};
type BallotValues = { ballots: { approve: string; score: string }[] };

export function BallotForm({ roundId, rows }: { roundId: string; rows: BallotRow[] }) {
  const router = useRouter();
  const form = useForm<BallotValues>({
    defaultValues: {
      ballots: rows.map((r) => ({ approve: r.approve === null ? "" : String(r.approve), score: r.score?.toString() ?? "" })),
    },
  });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    async (v) => {
      // A row left without a vote is not sent: the member may fill their ballot in several sittings.
      const sent = rows.flatMap((r, i) => {
        const line = v.ballots[i];
        if (line?.approve !== "true" && line?.approve !== "false") return [];
        return [
          {
            row: i,
            ballot: { nominationId: r.nominationId, approve: line.approve === "true", score: line.score, version: r.version },
          },
        ];
      });
      if (sent.length === 0) return { ok: false, formError: "Chọn “Đồng ý” hoặc “Không đồng ý” cho ít nhất một đề xuất." };
      const result = await castBallotsAction({ roundId, ballots: sent.map((s) => s.ballot) });
      if (result.ok || !result.fieldErrors) return result;
      // The server counts the ballots sent; the form counts its rows.
      const fieldErrors = Object.fromEntries(
        Object.entries(result.fieldErrors).map(([key, message]) => [
          key.replace(/^ballots\.(\d+)\./, (_, k: string) => `ballots.${sent[Number(k)]?.row ?? k}.`),
          message,
        ]),
      );
      return { ...result, fieldErrors };
    },
    () => router.refresh(),
  );
  const err = form.formState.errors.ballots;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <ul className="divide-y divide-slate-100">
        {rows.map((r, i) => (
          <li key={r.nominationId} className="grid gap-2 py-3 text-sm sm:grid-cols-[1fr_10rem_8rem] sm:items-start">
            <div>
              <p className="font-medium text-slate-900">{r.nominee}</p>
              <p className="text-slate-600">
                {r.title} · {r.met}
              </p>
            </div>
            <Field label="Biểu quyết" htmlFor={`approve-${i}`} error={err?.[i]?.approve?.message}>
              <Select id={`approve-${i}`} {...form.register(`ballots.${i}.approve`)}>
                <option value="">— Chưa bỏ phiếu —</option>
                <option value="true">Đồng ý</option>
                <option value="false">Không đồng ý</option>
              </Select>
            </Field>
            <Field label="Điểm (0–100)" htmlFor={`score-${i}`} error={err?.[i]?.score?.message}>
              <Input id={`score-${i}`} inputMode="numeric" invalid={!!err?.[i]?.score} {...form.register(`ballots.${i}.score`)} />
            </Field>
          </li>
        ))}
      </ul>
      <Button type="submit" pending={pending}>
        Lưu phiếu của tôi
      </Button>
    </form>
  );
}

export function CloseVotingButton({ id, version, missing }: { id: string; version: number; missing: number }) {
  return (
    <ConfirmActionButton
      label="Kết thúc bỏ phiếu"
      variant="secondary"
      className=""
      confirm={
        missing > 0
          ? `Còn ${missing} phiếu chưa bỏ (phiếu không bỏ được tính là không đồng ý). Kết thúc bỏ phiếu và công bố kết quả?`
          : "Kết thúc bỏ phiếu và công bố kết quả cho Đoàn Khối?"
      }
      run={() => closeVotingAction({ id, version })}
    />
  );
}
