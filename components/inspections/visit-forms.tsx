"use client";
// The round's list of visits: put a cơ sở on a day, move a day, cancel a visit with its reason.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { cancelVisitAction, moveVisitAction, scheduleVisitAction } from "@/lib/actions/inspections";
import { visitCancelInput, visitMoveInput, visitScheduleInput } from "@/lib/validation/inspections";
import { useActionForm } from "@/components/forms/use-action-form";
import { newRequestKey, useRequestKey } from "@/components/forms/use-request-key";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";
import { DateInput } from "@/components/ui/date-input";

export function ScheduleVisitForm({ roundId, coSo }: { roundId: string; coSo: { id: string; name: string }[] }) {
  const router = useRouter();
  const [requestKey] = useRequestKey();
  type Values = { roundId: string; coSoId: string; visitOn: string; requestKey: string };
  const form = useForm<Values>({
    resolver: zodResolver(visitScheduleInput, undefined, { raw: true }) as unknown as Resolver<Values>,
    defaultValues: { roundId, coSoId: "", visitOn: "", requestKey },
  });
  const { onSubmit, formError, pending } = useActionForm(form, scheduleVisitAction, () => {
    // The next cơ sở is a new record: a new key.
    form.reset({ roundId, coSoId: "", visitOn: "", requestKey: newRequestKey() });
    router.refresh();
  });
  const err = form.formState.errors;
  if (!coSo.length) return <p className="text-sm text-slate-600">Mọi cơ sở đang hoạt động đã có trong lịch của đợt.</p>;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-[2fr_1fr_auto] sm:items-start">
      <div className="sm:col-span-3">
        <FormError message={formError} />
      </div>
      <Field label="Cơ sở Đoàn" htmlFor="coSoId" error={err.coSoId?.message}>
        <Select id="coSoId" invalid={!!err.coSoId} {...form.register("coSoId")}>
          <option value="">— Chọn cơ sở —</option>
          {coSo.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Ngày kiểm tra" htmlFor="visitOn" error={err.visitOn?.message} hint="dd/mm/yyyy">
        <DateInput id="visitOn" invalid={!!err.visitOn} {...form.register("visitOn")} />
      </Field>
      <div className="sm:pt-6">
        <Button type="submit" pending={pending}>
          Thêm vào lịch
        </Button>
      </div>
    </form>
  );
}

/** Moving or cancelling one visit not yet made. */
export function VisitRowActions({ visit }: { visit: { id: string; version: number; visitOn: string; coSoName: string } }) {
  const router = useRouter();
  const [mode, setMode] = useState<"none" | "move" | "cancel">("none");
  type MoveValues = { id: string; version: number; visitOn: string };
  type CancelValues = { id: string; version: number; reason: string };
  const move = useForm<MoveValues>({
    resolver: zodResolver(visitMoveInput, undefined, { raw: true }) as unknown as Resolver<MoveValues>,
    defaultValues: { id: visit.id, version: visit.version, visitOn: visit.visitOn },
  });
  const cancel = useForm<CancelValues>({
    resolver: zodResolver(visitCancelInput, undefined, { raw: true }) as unknown as Resolver<CancelValues>,
    defaultValues: { id: visit.id, version: visit.version, reason: "" },
  });
  const done = () => {
    setMode("none");
    router.refresh();
  };
  const moving = useActionForm(move, moveVisitAction, done);
  const cancelling = useActionForm(cancel, cancelVisitAction, done);
  if (mode === "none")
    return (
      <span className="flex flex-wrap gap-1">
        <Button type="button" variant="ghost" className="!px-2 !py-1" onClick={() => setMode("move")}>
          Dời ngày
        </Button>
        <Button type="button" variant="ghost" className="!px-2 !py-1" onClick={() => setMode("cancel")}>
          Hủy buổi
        </Button>
      </span>
    );
  const form = mode === "move" ? moving : cancelling;
  const field = `${mode}-${visit.id}`;
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-2">
      <FormError message={form.formError} />
      {mode === "move" ? (
        <Field label={`Ngày mới tại ${visit.coSoName}`} htmlFor={field} error={move.formState.errors.visitOn?.message}>
          <DateInput id={field} invalid={!!move.formState.errors.visitOn} {...move.register("visitOn")} />
        </Field>
      ) : (
        <Field label={`Lý do hủy buổi tại ${visit.coSoName}`} htmlFor={field} error={cancel.formState.errors.reason?.message}>
          <Input id={field} invalid={!!cancel.formState.errors.reason} {...cancel.register("reason")} />
        </Field>
      )}
      <span className="flex gap-1">
        <Button type="submit" pending={form.pending} variant={mode === "cancel" ? "danger" : "primary"} className="!px-2 !py-1">
          {mode === "move" ? "Lưu ngày mới" : "Hủy buổi kiểm tra"}
        </Button>
        <Button type="button" variant="ghost" className="!px-2 !py-1" onClick={() => setMode("none")}>
          Thôi
        </Button>
      </span>
    </form>
  );
}
