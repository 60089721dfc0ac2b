"use client";
// The Khối's buttons on a period: remind the cơ sở that have not sent, close it (khóa sổ) or
// reopen it. Each asks first and says what happened.
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { closePeriodAction, remindPeriodAction, reopenPeriodAction } from "@/lib/actions/reports";

export function PeriodControls({ id, version, open }: { id: string; version: number; open: boolean }) {
  return (
    <div className="flex flex-wrap gap-2">
      {open && (
        <ConfirmActionButton
          label="Nhắc nộp"
          variant="secondary"
          className=""
          confirm="Gửi thông báo nhắc tới các cơ sở chưa nộp báo cáo? Cơ sở đã được nhắc hôm nay sẽ không bị nhắc lại."
          run={() => remindPeriodAction({ id })}
          successNote={(d) => {
            const { reminded, alreadyToday, unreachable } = d as { reminded: number; alreadyToday: number; unreachable: number };
            if (!reminded && !alreadyToday && !unreachable) return "Tất cả cơ sở đã nộp, không cần nhắc.";
            return [
              reminded ? `Đã nhắc ${reminded} cơ sở.` : "",
              alreadyToday ? `${alreadyToday} cơ sở đã được nhắc hôm nay, không nhắc lại.` : "",
              unreachable ? `${unreachable} cơ sở chưa nộp nhưng chưa có tài khoản bí thư để nhận thông báo.` : "",
            ]
              .filter(Boolean)
              .join(" ");
          }}
        />
      )}
      {open ? (
        <ConfirmActionButton
          label="Khóa sổ"
          variant="secondary"
          className=""
          confirm="Khóa sổ đợt báo cáo? Các cơ sở sẽ không gửi hoặc đính chính được nữa."
          run={() => closePeriodAction({ id, version })}
        />
      ) : (
        <ConfirmActionButton
          label="Mở lại"
          variant="secondary"
          className=""
          confirm="Mở lại đợt báo cáo để các cơ sở gửi tiếp?"
          run={() => reopenPeriodAction({ id, version })}
        />
      )}
    </div>
  );
}
