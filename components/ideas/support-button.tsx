"use client";
// Ủng hộ: one support per member, toggled; the count comes back from the server on refresh.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { supportIdeaAction, withdrawIdeaSupportAction } from "@/lib/actions/shared-ideas";

export function SupportButton({
  id,
  supported,
  count,
  canSupport,
}: {
  id: string;
  supported: boolean;
  count: number;
  canSupport: boolean;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const label = `${count} ủng hộ`;
  if (!canSupport)
    return (
      <p className="text-sm font-medium text-slate-700" data-testid="support-count">
        {label}
      </p>
    );

  async function toggle() {
    setPending(true);
    setError(null);
    const run = supported ? withdrawIdeaSupportAction : supportIdeaAction;
    const result = await run({ id }).catch(() => ({
      ok: false as const,
      formError: "Không kết nối được máy chủ, vui lòng thử lại.",
    }));
    setPending(false);
    if (!result.ok) return setError(result.formError ?? "Không thực hiện được");
    router.refresh();
  }

  return (
    <div className="space-y-1">
      <Button
        type="button"
        variant={supported ? "secondary" : "primary"}
        pending={pending}
        onClick={toggle}
        aria-pressed={supported}
      >
        {supported ? "Đã ủng hộ" : "Ủng hộ"}
      </Button>
      <p className="text-sm text-slate-700" data-testid="support-count">
        {label}
      </p>
      <FormError message={error} />
    </div>
  );
}
