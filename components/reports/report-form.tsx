"use client";
// Writing a report: the typed numbers (indicators measured by hand or in đồng), the narrative
// per pillar, strengths, weaknesses and proposals. "Lưu nháp" keeps it; "Gửi báo cáo" sends it
// to the Khối (the Khối's own report is only saved) once every typed number and each pillar's
// narrative is filled: the server checks, and its field errors show beside the boxes. A draft
// may be saved incomplete. Everything typed stays on a refusal.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormNotice, Input } from "@/components/ui/field";
import { useActionForm, type ServerResult } from "@/components/forms/use-action-form";
import { saveReportAction, submitReportAction } from "@/lib/actions/reports";
import { askConfirm } from "@/components/ui/confirm-dialog";

export type TypedIndicator = { id: string; code: string; wording: string; unitLabel: string; money: boolean; value: string };

type Values = { narratives: string[]; strengths: string; weaknesses: string; proposals: string; values: Record<string, string> };

type Props = {
  reportId: string;
  version: number;
  pillars: string[];
  narratives: string[];
  strengths: string | null;
  weaknesses: string | null;
  proposals: string | null;
  typed: TypedIndicator[];
  /** A cơ sở report is sent to the Khối; the Khối's own is only saved */
  canSubmit: boolean;
  late: boolean;
};

const area = "block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-red-500";

export function ReportForm(props: Props) {
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  // The version moves on with every save; the page re-renders with the new one.
  const version = useRef(props.version);
  const sending = useRef(false);
  const form = useForm<Values>({
    defaultValues: {
      narratives: props.pillars.map((_, i) => props.narratives[i] ?? ""),
      strengths: props.strengths ?? "",
      weaknesses: props.weaknesses ?? "",
      proposals: props.proposals ?? "",
      values: Object.fromEntries(props.typed.map((t) => [t.id, t.value])),
    },
  });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    async (v): Promise<ServerResult<{ id: string; version?: number }>> => {
      const input = { id: props.reportId, version: version.current, ...v };
      return sending.current ? await submitReportAction(input) : await saveReportAction(input);
    },
    (data) => {
      if (data.version !== undefined) version.current = data.version;
      setNotice(sending.current ? "Đã gửi báo cáo tới Đoàn Khối." : "Đã lưu bản nháp.");
      router.refresh();
    },
  );
  const run = async (send: boolean) => {
    if (
      send &&
      !(await askConfirm(
        props.late
          ? "Đã quá hạn nộp: báo cáo sẽ được ghi nhận là trễ hạn. Gửi báo cáo?"
          : "Gửi báo cáo tới Đoàn Khối? Sau khi gửi, muốn sửa thì rút lại báo cáo trước khi Đoàn Khối duyệt hoặc trả lại.",
        { confirmLabel: "Gửi báo cáo" },
      ))
    )
      return;
    sending.current = send;
    setNotice(null);
    void onSubmit();
  };
  const errors = form.formState.errors;

  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="space-y-5">
      <FormNotice message={notice} />
      <FormError message={formError} />
      {props.typed.length > 0 && (
        <fieldset className="space-y-3">
          <legend className="font-semibold text-slate-800">Số liệu nhập tay</legend>
          <p className="text-sm text-slate-600">
            Các chỉ tiêu này không tính được từ hồ sơ: nhập số lũy kế từ đầu kỳ báo cáo, ví dụ 1.500 hoặc 2,5. Bắt buộc khi gửi
            báo cáo (không có thì nhập 0).
          </p>
          <div className="grid gap-3 sm:grid-cols-2">
            {props.typed.map((t) => {
              const error = (errors.values as Record<string, { message?: string }> | undefined)?.[t.id]?.message;
              return (
                <Field
                  key={t.id}
                  label={`${t.code}. ${t.wording}`}
                  htmlFor={`value-${t.id}`}
                  error={error}
                  hint={t.money ? "Số tiền (đồng)" : `Đơn vị: ${t.unitLabel}`}
                >
                  <Input id={`value-${t.id}`} inputMode="decimal" invalid={!!error} {...form.register(`values.${t.id}`)} />
                </Field>
              );
            })}
          </div>
        </fieldset>
      )}
      <fieldset className="space-y-3">
        <legend className="font-semibold text-slate-800">Kết quả thực hiện theo từng trách nhiệm</legend>
        <p className="text-sm text-slate-600">Mỗi trách nhiệm cần có nội dung khi gửi báo cáo; bản nháp lưu được khi chưa đủ.</p>
        {props.pillars.map((pillar, i) => {
          const error = errors.narratives?.[i]?.message;
          return (
            <Field key={pillar} label={`${i + 1}. ${pillar}`} htmlFor={`narrative-${i}`} error={error}>
              <textarea
                id={`narrative-${i}`}
                rows={5}
                aria-invalid={!!error || undefined}
                aria-describedby={error ? `narrative-${i}-error` : undefined}
                className={area}
                {...form.register(`narratives.${i}`)}
              />
            </Field>
          );
        })}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-semibold text-slate-800">Nhận xét, đánh giá</legend>
        <Field label="Ưu điểm" htmlFor="strengths" error={errors.strengths?.message}>
          <textarea id="strengths" rows={3} className={area} {...form.register("strengths")} />
        </Field>
        <Field label="Hạn chế" htmlFor="weaknesses" error={errors.weaknesses?.message}>
          <textarea id="weaknesses" rows={3} className={area} {...form.register("weaknesses")} />
        </Field>
        <Field label="Đề xuất, kiến nghị" htmlFor="proposals" error={errors.proposals?.message}>
          <textarea id="proposals" rows={3} className={area} {...form.register("proposals")} />
        </Field>
      </fieldset>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" pending={pending} onClick={() => run(false)}>
          Lưu nháp
        </Button>
        {props.canSubmit && (
          <Button type="button" pending={pending} onClick={() => run(true)}>
            Gửi báo cáo
          </Button>
        )}
      </div>
    </form>
  );
}
