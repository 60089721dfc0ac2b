"use client";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { markNotificationsReadAction } from "@/lib/actions/notifications";

export function MarkReadButton() {
  return (
    <ConfirmActionButton
      label="Đánh dấu đã đọc tất cả"
      variant="secondary"
      className=""
      run={() => markNotificationsReadAction({})}
    />
  );
}
