"use client";
// The chi đoàn and members of the registering cơ sở taking part. Members are offered from the
// chi đoàn ticked (all of the cơ sở's while none is), with a name filter for long lists; members
// of chi đoàn unticked later are dropped when the form is sent.
import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { Input } from "@/components/ui/field";
import type { ProjectFormUnit } from "@/lib/data/project-options";
import { foldVietnamese } from "@/lib/domain/text";
import type { ProjectFormValues } from "./project-form";

export function ProjectParticipants({ unit, form }: { unit: ProjectFormUnit; form: UseFormReturn<ProjectFormValues> }) {
  const [filter, setFilter] = useState("");
  const { register, watch, formState } = form;
  const chosen: string[] = watch("chiDoanIds") || [];
  const picked: string[] = watch("memberIds") || [];
  const needle = foldVietnamese(filter);
  // Hidden, not removed: react-hook-form reads a checkbox group from the boxes on the page, so
  // a removed box would silently drop its member from the selection.
  const shown = (m: { fullName: string; chiDoanId: string }) =>
    (chosen.length === 0 || chosen.includes(m.chiDoanId)) && (!needle || foldVietnamese(m.fullName).includes(needle));
  const shownCount = unit.members.filter(shown).length;
  const chiDoanName = new Map(unit.chiDoan.map((c) => [c.id, c.name]));
  const chiDoanError = formState.errors.chiDoanIds?.message;
  const memberError = formState.errors.memberIds?.message;

  return (
    <>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">Chi đoàn tham gia</legend>
        {unit.chiDoan.length ? (
          <div className="mt-1 grid gap-1 sm:grid-cols-2">
            {unit.chiDoan.map((c) => (
              <label key={c.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" value={c.id} {...register("chiDoanIds")} /> {c.name}
              </label>
            ))}
          </div>
        ) : (
          <p className="text-sm text-slate-600">Cơ sở chưa có chi đoàn nào.</p>
        )}
        {chiDoanError && (
          <p role="alert" className="text-sm text-red-600">
            {chiDoanError}
          </p>
        )}
      </fieldset>
      <fieldset className="sm:col-span-2">
        <legend className="text-sm font-medium text-slate-700">Đoàn viên tham gia ({picked.length} đã chọn)</legend>
        {unit.members.length ? (
          <>
            <label htmlFor="member-filter" className="sr-only">
              Lọc theo họ tên
            </label>
            <Input
              id="member-filter"
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              onKeyDown={(e) => e.key === "Enter" && e.preventDefault()}
              placeholder="Lọc theo họ tên"
              className="mt-1"
            />
            <div className="mt-2 max-h-64 space-y-1 overflow-y-auto rounded-md p-2 ring-1 ring-slate-200">
              {unit.members.map((m) => (
                <label key={m.id} className={`${shown(m) ? "flex" : "hidden"} items-center gap-2 text-sm`}>
                  <input type="checkbox" value={m.id} {...register("memberIds")} /> {m.fullName}
                  <span className="text-xs text-slate-500">{chiDoanName.get(m.chiDoanId)}</span>
                </label>
              ))}
              {shownCount === 0 && <p className="text-sm text-slate-600">Không có đoàn viên phù hợp.</p>}
            </div>
          </>
        ) : (
          <p className="text-sm text-slate-600">Cơ sở chưa có đoàn viên trong danh sách. Có thể thêm sau khi sửa đăng ký.</p>
        )}
        {memberError && (
          <p role="alert" className="text-sm text-red-600">
            {memberError}
          </p>
        )}
      </fieldset>
    </>
  );
}
