"use client";
// The sections of a plan (I. Mục đích – Yêu cầu, II. Đối tượng…): heading and body, one
// paragraph per line; lines starting with "·", "-", "+" are bullets, "1." "2.1." sub-headings.
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import type { PlanFormValues } from "./plan-form";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

export function SectionsEditor({
  control,
  register,
  errors,
}: {
  control: Control<PlanFormValues>;
  register: UseFormRegister<PlanFormValues>;
  errors: FieldErrors<PlanFormValues>;
}) {
  const sections = useFieldArray({ control, name: "sections" });
  return (
    <fieldset className="space-y-4">
      <legend className="mb-1 text-base font-semibold text-slate-800">Các mục của văn bản</legend>
      <p className="text-sm text-slate-600">
        Mỗi dòng là một đoạn. Dòng bắt đầu bằng “-”, “+” hoặc “·” là gạch đầu dòng; dòng bắt đầu bằng “1.”, “2.1.” là tiêu đề nhỏ.
      </p>
      {sections.fields.map((f, i) => (
        <div key={f.id} className="space-y-2 rounded-md border border-slate-200 p-3">
          <div className="flex items-center gap-2">
            <span className="w-8 font-semibold text-slate-700">{ROMAN[i] ?? i + 1}.</span>
            <Input
              aria-label={`Tên mục ${i + 1}`}
              invalid={!!errors.sections?.[i]?.heading}
              {...register(`sections.${i}.heading`)}
            />
            <Button
              type="button"
              variant="ghost"
              disabled={i === 0}
              onClick={() => sections.move(i, i - 1)}
              aria-label={`Đưa mục ${i + 1} lên`}
            >
              ↑
            </Button>
            <Button type="button" variant="ghost" onClick={() => sections.remove(i)} aria-label={`Xóa mục ${i + 1}`}>
              Xóa
            </Button>
          </div>
          {errors.sections?.[i]?.heading?.message && (
            <p className="text-sm text-red-600" role="alert">
              {errors.sections[i]?.heading?.message}
            </p>
          )}
          <textarea
            aria-label={`Nội dung mục ${i + 1}`}
            rows={8}
            className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300"
            {...register(`sections.${i}.body`)}
          />
          {errors.sections?.[i]?.body?.message && (
            <p className="text-sm text-red-600" role="alert">
              {errors.sections[i]?.body?.message}
            </p>
          )}
        </div>
      ))}
      <Button type="button" variant="secondary" onClick={() => sections.append({ heading: "", body: "" })}>
        Thêm mục
      </Button>
    </fieldset>
  );
}
