"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { deactivateMemberAction } from "@/lib/actions/members";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";

/** Archives (never deletes) a member who left the union or the agency. */
export function ArchiveMemberButton({ id, version, name }: { id: string; version: number; name: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function onClick() {
    if (!window.confirm(`Lưu trữ hồ sơ đoàn viên “${name}”? Hồ sơ không bị xóa nhưng sẽ không còn trong danh sách.`)) return;
    setPending(true);
    const result = await deactivateMemberAction({ id, version });
    setPending(false);
    if (!result.ok) return setError(result.formError ?? "Không thực hiện được");
    router.push("/doan-vien");
    router.refresh();
  }
  return (
    <div className="space-y-2">
      <Button type="button" variant="danger" pending={pending} onClick={onClick}>
        Lưu trữ hồ sơ
      </Button>
      <FormError message={error} />
    </div>
  );
}
