"use client";
// Add or edit one indicator of a draft plan; the plan's version guards against two editors.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { useActionForm, type ServerResult } from "@/components/forms/use-action-form";
import { addIndicatorAction, updateIndicatorAction } from "@/lib/actions/plans";
import { IndicatorFields, indicatorPayload, type IndicatorFormValues } from "./indicator-fields";
import { BLANK_INDICATOR } from "./indicator-proposals";

type Props = {
  planId: string;
  planVersion: number;
  pillars: string[];
  /** Editing an existing indicator; absent to add one. */
  indicator?: { id: string; values: IndicatorFormValues };
  nextCode?: string;
};

export function IndicatorEditor({ planId, planVersion, pillars, indicator, nextCode }: Props) {
  const [open, setOpen] = useState(false);
  // "Đã lưu" beside the row once the editor closed on a save, until it is opened again.
  const [saved, setSaved] = useState(false);
  const router = useRouter();
  const form = useForm<IndicatorFormValues>({ defaultValues: indicator?.values ?? { ...BLANK_INDICATOR, code: nextCode ?? "" } });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v): Promise<ServerResult<unknown>> =>
      indicator
        ? updateIndicatorAction({ ...indicatorPayload(v), id: indicator.id, planVersion })
        : addIndicatorAction({ ...indicatorPayload(v), planId, planVersion }),
    () => {
      setOpen(false);
      setSaved(true);
      if (!indicator) form.reset({ ...BLANK_INDICATOR });
      router.refresh();
    },
  );
  const watched = useWatch({ control: form.control });
  if (!open)
    return (
      <span className="inline-flex items-center gap-2">
        <Button
          type="button"
          variant={indicator ? "ghost" : "secondary"}
          className={indicator ? "!px-2 !py-1" : ""}
          onClick={() => {
            setSaved(false);
            setOpen(true);
          }}
          aria-label={indicator ? `Sửa chỉ tiêu ${indicator.values.code}` : undefined}
        >
          {indicator ? "Sửa" : "Thêm chỉ tiêu"}
        </Button>
        {saved && (
          <span role="status" className="text-xs text-green-700">
            Đã lưu
          </span>
        )}
      </span>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3 text-left">
      <FormError message={formError} />
      <IndicatorFields
        prefix=""
        idPrefix={indicator ? `edit-${indicator.id}` : "new-indicator"}
        register={form.register}
        watched={watched}
        errors={form.formState.errors}
        pillars={pillars}
      />
      <div className="flex gap-2">
        <Button type="submit" pending={pending}>
          Lưu chỉ tiêu
        </Button>
        <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
          Hủy
        </Button>
      </div>
    </form>
  );
}
