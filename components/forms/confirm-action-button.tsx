"use client";
// A one-click server action (archive, lock, reset…): asks for confirmation, shows progress,
// then the server's refusal or a success note beside the button, and refreshes the page.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { askConfirm } from "@/components/ui/confirm-dialog";

type Result = { ok: true; data?: unknown } | { ok: false; formError?: string };

export function ConfirmActionButton({
  label,
  confirm,
  run,
  variant = "ghost",
  className = "!px-2 !py-1",
  successNote,
  redirectTo,
  ariaLabel,
}: {
  label: string;
  confirm?: string;
  run: () => Promise<Result>;
  variant?: "ghost" | "danger" | "secondary";
  className?: string;
  successNote?: (data: unknown) => string | null;
  redirectTo?: string;
  ariaLabel?: string;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);

  async function onClick() {
    if (confirm && !(await askConfirm(confirm, { danger: variant === "danger" }))) return;
    setPending(true);
    let result: Result;
    try {
      result = await run();
    } catch {
      result = { ok: false, formError: "Không kết nối được máy chủ, vui lòng thử lại." };
    }
    setPending(false);
    if (!result.ok) return setNote({ error: true, text: result.formError ?? "Không thực hiện được" });
    const text = successNote?.(result.data) ?? null;
    setNote(text ? { error: false, text } : null);
    if (redirectTo) router.push(redirectTo);
    router.refresh();
  }

  return (
    <span className="inline-flex flex-col">
      <Button type="button" variant={variant} pending={pending} onClick={onClick} className={className} aria-label={ariaLabel}>
        {label}
      </Button>
      {note && (
        <span
          role={note.error ? "alert" : "status"}
          className={`max-w-xs text-xs ${note.error ? "text-red-600" : "text-slate-700"}`}
        >
          {note.text}
        </span>
      )}
    </span>
  );
}
