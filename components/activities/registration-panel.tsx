"use client";
// A cơ sở's side of an activity: register before the deadline, withdraw, then report
// participation (people, lượt) with evidence.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormNotice, Input } from "@/components/ui/field";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { registerForActivityAction, reportParticipationAction, withdrawRegistrationAction } from "@/lib/actions/activities";
import { EvidenceUpload } from "./evidence-files";

type Registration = {
  id: string;
  version: number;
  status: string;
  people: number | null;
  participations: number | null;
  evidence: string | null;
  reportedAt: string | null;
};

type Props = {
  activityId: string;
  coSo: { id: string; name: string };
  registration: Registration | null;
  open: boolean;
  started: boolean;
  active: boolean;
  files: { id: string; fileName: string; size: number }[];
};

export function RegistrationPanel({ activityId, coSo, registration, open, started, active, files }: Props) {
  // A secretary of two cơ sở sees two panels: keep their field ids apart.
  const fid = (name: string) => `${name}-${coSo.id}`;
  const router = useRouter();
  const registered = registration?.status === "REGISTERED";
  const [note, setNote] = useState<string | null>(null);
  const register = useForm<{ plannedPeople: string; note: string }>({ defaultValues: { plannedPeople: "", note: "" } });
  const reg = useActionForm(
    register,
    (v) => registerForActivityAction({ ...v, activityId, coSoId: coSo.id }),
    () => {
      setNote(`${coSo.name} đã đăng ký tham gia.`);
      router.refresh();
    },
  );
  const report = useForm<{ people: string; participations: string; evidence: string }>({
    defaultValues: {
      people: registration?.people?.toString() ?? "",
      participations: registration?.participations?.toString() ?? "",
      evidence: registration?.evidence ?? "",
    },
  });
  const rep = useActionForm(
    report,
    (v) => reportParticipationAction({ ...v, id: registration!.id, version: registration!.version }),
    () => {
      setNote("Đã lưu kết quả tham gia.");
      router.refresh();
    },
  );
  const e1 = register.formState.errors;
  const e2 = report.formState.errors;

  return (
    <div className="space-y-4">
      <FormNotice message={note} />
      {!registered && open && (
        <form onSubmit={reg.onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
          <div className="sm:col-span-2">
            <FormError message={reg.formError} />
          </div>
          <Field label="Số người dự kiến tham gia" htmlFor={fid("plannedPeople")} error={e1.plannedPeople?.message}>
            <Input
              id={fid("plannedPeople")}
              inputMode="numeric"
              invalid={!!e1.plannedPeople}
              {...register.register("plannedPeople")}
            />
          </Field>
          <Field label="Ghi chú" htmlFor={fid("reg-note")} error={e1.note?.message}>
            <Input id={fid("reg-note")} {...register.register("note")} />
          </Field>
          <div className="sm:col-span-2">
            <Button type="submit" pending={reg.pending}>
              Đăng ký tham gia
            </Button>
          </div>
        </form>
      )}
      {!registered && !open && <p className="text-sm text-slate-600">Hoạt động không mở đăng ký hoặc đã hết hạn đăng ký.</p>}
      {registered && (
        <div className="space-y-3">
          <p className="text-sm font-medium text-green-700">{coSo.name} đã đăng ký tham gia.</p>
          {open && !started && (
            <ConfirmActionButton
              label="Rút đăng ký"
              variant="secondary"
              className=""
              confirm="Rút đăng ký hoạt động này?"
              run={() => withdrawRegistrationAction({ id: registration!.id, version: registration!.version })}
            />
          )}
          {!active ? (
            <p className="text-sm text-slate-600">Hoạt động đã bị hủy.</p>
          ) : started ? (
            <>
              <form onSubmit={rep.onSubmit} noValidate className="grid gap-3 sm:grid-cols-2">
                <p className="text-sm font-medium sm:col-span-2">
                  Báo cáo kết quả tham gia{registration?.reportedAt ? ` (đã báo cáo ${registration.reportedAt})` : ""}
                </p>
                <div className="sm:col-span-2">
                  <FormError message={rep.formError} />
                </div>
                <Field label="Số người tham gia" htmlFor={fid("people")} error={e2.people?.message}>
                  <Input id={fid("people")} inputMode="numeric" invalid={!!e2.people} {...report.register("people")} />
                </Field>
                <Field label="Số lượt tham gia" htmlFor={fid("participations")} error={e2.participations?.message}>
                  <Input
                    id={fid("participations")}
                    inputMode="numeric"
                    invalid={!!e2.participations}
                    {...report.register("participations")}
                  />
                </Field>
                <div className="sm:col-span-2">
                  <Field
                    label="Minh chứng (mô tả, đường dẫn hình ảnh, bài viết)"
                    htmlFor={fid("evidence")}
                    error={e2.evidence?.message}
                  >
                    <textarea
                      id={fid("evidence")}
                      rows={3}
                      aria-invalid={!!e2.evidence || undefined}
                      className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300"
                      {...report.register("evidence")}
                    />
                  </Field>
                </div>
                <div className="sm:col-span-2">
                  <Button type="submit" pending={rep.pending}>
                    Lưu kết quả
                  </Button>
                </div>
              </form>
              <EvidenceUpload
                ownerType="ActivityRegistration"
                ownerId={registration!.id}
                files={files}
                inputId={fid("evidence-file")}
              />
            </>
          ) : (
            <p className="text-sm text-slate-600">
              Sau khi hoạt động diễn ra, báo cáo số người, số lượt tham gia và minh chứng tại đây.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
