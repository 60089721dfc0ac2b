"use client";
// "Thông báo cơ sở": tells every cơ sở on the round's list not yet told, then says how many.
import { announceRoundAction } from "@/lib/actions/inspections";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";

export function AnnounceButton({ round, untold }: { round: { id: string; version: number }; untold: number }) {
  return (
    <ConfirmActionButton
      label={`Thông báo ${untold} cơ sở`}
      variant="secondary"
      className=""
      confirm={`Gửi thông báo lịch kiểm tra, nội dung kiểm tra và những gì cần chuẩn bị đến ${untold} cơ sở?`}
      run={() => announceRoundAction({ id: round.id, version: round.version })}
      successNote={(d) => `Đã thông báo ${(d as { told: number }).told} cơ sở.`}
    />
  );
}
