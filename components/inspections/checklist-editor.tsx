"use client";
// The round's checklist (danh mục nội dung kiểm tra), edited as a whole under the round's version:
// items typed in, asked of a plan indicator, or answered by the portal; each under a pillar of the
// plan. "Đề xuất lại từ kế hoạch" puts back what the plan proposes.
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { setChecklistAction } from "@/lib/actions/inspections";
import { checklistInput } from "@/lib/validation/inspections";
import { CHECKLIST_SOURCE_LABELS, type ChecklistSource } from "@/lib/domain/inspections";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormError, Select } from "@/components/ui/field";

export type ChecklistRow = {
  wording: string;
  pillar: string;
  source: ChecklistSource;
  indicatorId: string;
  portalCheck: string;
};
type Values = { roundId: string; version: number; items: ChecklistRow[] };

export function ChecklistEditor({
  roundId,
  version,
  items,
  proposed,
  pillars,
}: {
  roundId: string;
  version: number;
  items: ChecklistRow[];
  proposed: ChecklistRow[];
  pillars: string[];
}) {
  const router = useRouter();
  const form = useForm<Values>({
    resolver: zodResolver(checklistInput, undefined, { raw: true }) as unknown as Resolver<Values>,
    defaultValues: { roundId, version, items },
  });
  const list = useFieldArray({ control: form.control, name: "items" });
  const { onSubmit, formError, pending } = useActionForm(form, setChecklistAction, () => router.refresh());
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      {err.items?.root?.message || err.items?.message ? (
        <p role="alert" className="text-sm text-red-600">
          {err.items?.root?.message ?? err.items?.message}
        </p>
      ) : null}
      <ol className="space-y-3">
        {list.fields.map((field, i) => {
          const e = err.items?.[i];
          const source = form.getValues(`items.${i}.source`);
          return (
            <li key={field.id} className="rounded-md border border-slate-200 p-3">
              <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
                <span className="text-sm font-medium text-slate-500">{i + 1}.</span>
                <div className="min-w-0 flex-1 space-y-2">
                  <label htmlFor={`item-${i}`} className="sr-only">
                    Nội dung kiểm tra {i + 1}
                  </label>
                  <textarea
                    id={`item-${i}`}
                    rows={2}
                    aria-invalid={!!e?.wording || undefined}
                    className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-red-500"
                    {...form.register(`items.${i}.wording`)}
                  />
                  {e?.wording && (
                    <p role="alert" className="text-sm text-red-600">
                      {e.wording.message}
                    </p>
                  )}
                  <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    <span className="rounded bg-slate-100 px-2 py-0.5">{CHECKLIST_SOURCE_LABELS[source]}</span>
                    <label htmlFor={`pillar-${i}`} className="sr-only">
                      Trụ cột của nội dung {i + 1}
                    </label>
                    <Select
                      id={`pillar-${i}`}
                      className="!w-auto !py-1 text-xs"
                      invalid={!!e?.pillar}
                      {...form.register(`items.${i}.pillar`)}
                    >
                      <option value="">Công tác chỉ đạo, tổ chức thực hiện</option>
                      {pillars.map((p, index) => (
                        <option key={p} value={String(index)}>
                          {p}
                        </option>
                      ))}
                    </Select>
                    {(e?.pillar || e?.indicatorId || e?.portalCheck) && (
                      <span role="alert" className="text-red-600">
                        {e?.pillar?.message ?? e?.indicatorId?.message ?? e?.portalCheck?.message}
                      </span>
                    )}
                  </div>
                </div>
                <div className="flex gap-1">
                  <Button
                    type="button"
                    variant="ghost"
                    className="!px-2 !py-1"
                    aria-label={`Đưa nội dung ${i + 1} lên`}
                    disabled={i === 0}
                    onClick={() => list.move(i, i - 1)}
                  >
                    ↑
                  </Button>
                  <Button
                    type="button"
                    variant="ghost"
                    className="!px-2 !py-1"
                    aria-label={`Đưa nội dung ${i + 1} xuống`}
                    disabled={i === list.fields.length - 1}
                    onClick={() => list.move(i, i + 1)}
                  >
                    ↓
                  </Button>
                  <Button
                    type="button"
                    variant="ghost"
                    className="!px-2 !py-1"
                    aria-label={`Bỏ nội dung ${i + 1}`}
                    onClick={() => list.remove(i)}
                  >
                    Bỏ
                  </Button>
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          onClick={() => list.append({ wording: "", pillar: "", source: "TYPED", indicatorId: "", portalCheck: "" })}
        >
          Thêm nội dung
        </Button>
        <Button type="button" variant="ghost" onClick={() => list.replace(proposed)}>
          Đề xuất lại từ kế hoạch
        </Button>
        <Button type="submit" pending={pending}>
          Lưu danh mục
        </Button>
      </div>
    </form>
  );
}
