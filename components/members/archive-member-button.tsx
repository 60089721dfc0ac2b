"use client";
import { deactivateMemberAction } from "@/lib/actions/members";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";

/** Archives (never deletes) a member who left the union or the agency. */
export function ArchiveMemberButton({ id, version, name }: { id: string; version: number; name: string }) {
  return (
    <ConfirmActionButton
      label="Lưu trữ hồ sơ"
      variant="danger"
      className=""
      confirm={`Lưu trữ hồ sơ đoàn viên “${name}”? Hồ sơ không bị xóa nhưng sẽ không còn trong danh sách.`}
      run={() => deactivateMemberAction({ id, version })}
      redirectTo="/doan-vien"
    />
  );
}
