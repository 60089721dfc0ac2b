"use client";
import { remindNowAction } from "@/lib/actions/notifications";
import type { DeadlineKind } from "@/lib/domain/deadlines";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";

type Sent = { reminded: number; alreadyToday: number; unreachable: number };

/** Nhắc ngay: the cơ sở still missing on this deadline; those already reminded today are skipped. */
export function RemindNowButton({ type, id, name }: { type: DeadlineKind; id: string; name: string }) {
  return (
    <ConfirmActionButton
      label="Nhắc ngay"
      variant="secondary"
      ariaLabel={`Nhắc ngay: ${name}`}
      confirm={`Gửi nhắc nhở “${name}” tới các cơ sở chưa thực hiện?`}
      run={() => remindNowAction({ type, id })}
      successNote={(data) => {
        const s = data as Sent;
        const parts = [
          s.reminded ? `Đã nhắc ${s.reminded} cơ sở` : "Không có cơ sở nào cần nhắc thêm",
          s.alreadyToday ? `${s.alreadyToday} cơ sở đã được nhắc hôm nay` : "",
          s.unreachable ? `${s.unreachable} cơ sở chưa có tài khoản bí thư` : "",
        ];
        return parts.filter(Boolean).join("; ");
      }}
    />
  );
}
