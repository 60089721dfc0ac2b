"use client";
// The steps of a nomination from its row: the cơ sở sends or withdraws it (a chi đoàn sends it to
// its cơ sở, or withdraws it until the cơ sở sends it on), the Khối returns it
// with a comment; the round closes nominations for the council.
import { useState } from "react";
import { useRouter } from "next/navigation";
import {
  closeNominationsAction,
  returnNominationAction,
  submitNominationAction,
  withdrawNominationAction,
} from "@/lib/actions/honours";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

/** `byCoSo`: the viewer holds the nomination's cơ sở and sends to the Khối; else a chi đoàn sends to its cơ sở. */
export function OwnNominationActions({
  id,
  version,
  status,
  byCoSo,
}: {
  id: string;
  version: number;
  status: string;
  byCoSo: boolean;
}) {
  const sendable = status === "DRAFT" || status === "RETURNED" || (byCoSo && status === "PROPOSED");
  if (!byCoSo && status === "SUBMITTED") return null;
  return (
    <span className="flex flex-wrap gap-1">
      {sendable && (
        <ConfirmActionButton
          label={byCoSo ? "Gửi" : "Gửi cơ sở"}
          variant="secondary"
          run={() => submitNominationAction({ id, version })}
        />
      )}
      <ConfirmActionButton
        label="Rút"
        confirm="Rút đề xuất này? Có thể lập lại trong khi đợt còn nhận đề xuất."
        run={() => withdrawNominationAction({ id, version })}
      />
    </span>
  );
}

export function ReturnNomination({ id, version }: { id: string; version: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (!open)
    return (
      <Button type="button" variant="ghost" className="!px-2 !py-1" onClick={() => setOpen(true)}>
        Trả lại
      </Button>
    );
  async function send() {
    setPending(true);
    const result = await returnNominationAction({ id, version, comment }).catch(() => ({
      ok: false as const,
      formError: "Không kết nối được máy chủ, vui lòng thử lại.",
      fieldErrors: undefined,
    }));
    setPending(false);
    if (!result.ok) return setError(result.fieldErrors?.comment ?? result.formError ?? "Không thực hiện được");
    setOpen(false);
    router.refresh();
  }
  return (
    <span className="flex flex-col gap-1">
      <label htmlFor={`return-${id}`} className="text-xs text-slate-600">
        Lý do trả lại
      </label>
      <Input id={`return-${id}`} value={comment} invalid={!!error} onChange={(e) => setComment(e.target.value)} />
      {error && (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      )}
      <span className="flex gap-1">
        <Button type="button" pending={pending} className="!px-2 !py-1" onClick={send}>
          Trả lại
        </Button>
        <Button type="button" variant="secondary" className="!px-2 !py-1" onClick={() => setOpen(false)}>
          Hủy
        </Button>
      </span>
    </span>
  );
}

export function CloseNominationsButton({ id, version }: { id: string; version: number }) {
  return (
    <ConfirmActionButton
      label="Ngừng nhận đề xuất"
      variant="secondary"
      className=""
      confirm="Ngừng nhận đề xuất và chuyển đợt cho hội đồng thi đua xét?"
      run={() => closeNominationsAction({ id, version })}
    />
  );
}
