"use client";
import { archiveTitleAction } from "@/lib/actions/honours";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";

/** Lưu trữ a title (no new round offers it), or bring it back. */
export function TitleArchiveButton({ id, version, active }: { id: string; version: number; active: boolean }) {
  return active ? (
    <ConfirmActionButton
      label="Lưu trữ"
      variant="secondary"
      className=""
      confirm="Lưu trữ danh hiệu này? Các đợt xét chọn mới sẽ không dùng được danh hiệu; kết quả đã có vẫn giữ nguyên."
      run={() => archiveTitleAction({ id, version, active: false })}
    />
  ) : (
    <ConfirmActionButton
      label="Khôi phục"
      variant="secondary"
      className=""
      run={() => archiveTitleAction({ id, version, active: true })}
    />
  );
}
