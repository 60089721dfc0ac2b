"use client";
// "Kết thúc đợt kiểm tra": once every visit has its conclusion and every recommendation is settled.
import { closeRoundAction } from "@/lib/actions/inspections";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";

export function CloseRoundButton({ round }: { round: { id: string; version: number } }) {
  return (
    <ConfirmActionButton
      label="Kết thúc đợt kiểm tra"
      variant="secondary"
      className=""
      confirm="Kết thúc đợt kiểm tra? Sau đó không ghi kết quả, không nhận phản hồi kiến nghị nào nữa."
      run={() => closeRoundAction({ id: round.id, version: round.version })}
      successNote={() => "Đã kết thúc đợt kiểm tra."}
    />
  );
}
