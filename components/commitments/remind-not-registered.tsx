"use client";
// "Nhắc các đoàn viên này" beside the list of members who have not registered this year: asks
// first (the portal's dialog), then says whom it told. The server reads the members again from
// the same filters: the client names no one.
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { remindNotRegisteredAction } from "@/lib/actions/commitments";
import type { CommitmentReminderResult } from "@/lib/data/commitment-reminders";

export function reminderSentence(d: CommitmentReminderResult): string {
  if (!d.reminded && !d.alreadyToday && !d.viaSecretary && !d.unreachable) return "Tất cả đoàn viên đã đăng ký, không cần nhắc.";
  return [
    d.reminded ? `Đã nhắc ${d.reminded} đoàn viên.` : "",
    d.alreadyToday ? `${d.alreadyToday} đoàn viên đã được nhắc hôm nay, không nhắc lại.` : "",
    d.viaSecretary ? `${d.viaSecretary} đoàn viên chưa có tài khoản: đã nhắc bí thư.` : "",
    d.unreachable ? `${d.unreachable} đoàn viên chưa có tài khoản và đơn vị chưa có bí thư có tài khoản để nhắc.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}

export function RemindNotRegistered({ coSo, chiDoan, count }: { coSo?: string; chiDoan?: string; count: number }) {
  return (
    <ConfirmActionButton
      label="Nhắc các đoàn viên này"
      variant="secondary"
      className=""
      confirm={`Gửi thông báo nhắc ${count} đoàn viên chưa đăng ký rèn luyện năm nay? Đoàn viên chưa có tài khoản: nhắc bí thư chi đoàn (hoặc cơ sở) của họ. Ai đã được nhắc hôm nay sẽ không bị nhắc lại.`}
      run={() => remindNotRegisteredAction({ coSo, chiDoan })}
      successNote={(d) => reminderSentence(d as CommitmentReminderResult)}
    />
  );
}
