"use client";
// A cơ sở sets its own target on an indicator that follows the Khối plan (not below the minimum).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { setIndicatorTargetAction } from "@/lib/actions/plans";

export function TargetEditor({
  id,
  code,
  target,
  planVersion,
}: {
  id: string;
  code: string;
  target: number;
  planVersion: number;
}) {
  const router = useRouter();
  const form = useForm<{ target: string }>({ defaultValues: { target: String(target) } });
  // "Đã lưu" beside the cell after a save, gone as soon as the figure is changed again.
  const [saved, setSaved] = useState(false);
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => {
      setSaved(false);
      return setIndicatorTargetAction({ id, planVersion, target: v.target.replace(/\./g, "").replace(",", ".") });
    },
    () => {
      setSaved(true);
      router.refresh();
    },
  );
  const error = form.formState.errors.target?.message ?? formError;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-1">
      <div className="flex items-center gap-1">
        <Input
          aria-label={`Mục tiêu của cơ sở cho ${code}`}
          inputMode="decimal"
          className="!w-24"
          invalid={!!error}
          {...form.register("target", { onChange: () => setSaved(false) })}
        />
        <Button type="submit" variant="secondary" className="!px-2 !py-1" pending={pending}>
          Lưu
        </Button>
      </div>
      {saved && !error && (
        <span role="status" className="text-xs text-green-700">
          Đã lưu
        </span>
      )}
      {error && (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      )}
    </form>
  );
}
