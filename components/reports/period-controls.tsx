"use client";
// The Khối's buttons on a period: close it (khóa sổ) or reopen it, and the reminder of the cơ sở
// that have not sent, shown with their list (RemindUnsentButton). Each asks first and says what
// happened.
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { closePeriodAction, remindPeriodAction, reopenPeriodAction } from "@/lib/actions/reports";

export function remindPeriodSentence(d: { reminded: number; alreadyToday: number; unreachable: number }): string {
  if (!d.reminded && !d.alreadyToday && !d.unreachable) return "Tất cả cơ sở đã nộp, không cần nhắc.";
  return [
    d.reminded ? `Đã nhắc ${d.reminded} cơ sở.` : "",
    d.alreadyToday ? `${d.alreadyToday} cơ sở đã được nhắc hôm nay, không nhắc lại.` : "",
    d.unreachable ? `${d.unreachable} cơ sở chưa nộp nhưng chưa có tài khoản bí thư để nhận thông báo.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

/** "Nhắc các cơ sở này": the secretaries of the cơ sở that have not sent, once a day at most. */
export function RemindUnsentButton({ id, count }: { id: string; count: number }) {
  return (
    <ConfirmActionButton
      label="Nhắc các cơ sở này"
      variant="secondary"
      className=""
      confirm={`Gửi thông báo nhắc ${count} cơ sở chưa nộp báo cáo? Cơ sở đã được nhắc hôm nay sẽ không bị nhắc lại.`}
      run={() => remindPeriodAction({ id })}
      successNote={(d) => remindPeriodSentence(d as { reminded: number; alreadyToday: number; unreachable: number })}
    />
  );
}

export function PeriodControls({ id, version, open }: { id: string; version: number; open: boolean }) {
  return (
    <div className="flex flex-wrap gap-2">
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
