"use client";
// The Khối's decisions on a project, with a comment: approve or return a registration (a return
// needs its reason), then acknowledge or honour the completed project.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, FormNotice } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { acknowledgeProjectAction, approveProjectAction, honourProjectAction, returnProjectAction } from "@/lib/actions/projects";

type Props = {
  projectId: string;
  version: number;
  can: { approve: boolean; return: boolean; acknowledge: boolean; honour: boolean };
  /** Shown instead of the approve button when the viewer registered the project themselves */
  selfRegistered: boolean;
};

const DECISIONS = {
  approve: { run: approveProjectAction, notice: "Đã duyệt công trình." },
  return: { run: returnProjectAction, notice: "Đã trả lại công trình để cơ sở sửa." },
  acknowledge: { run: acknowledgeProjectAction, notice: "Đã ghi nhận kết quả công trình." },
  honour: { run: honourProjectAction, notice: "Đã tuyên dương công trình." },
};
type Decision = keyof typeof DECISIONS;

export function ProjectReviewPanel({ projectId, version, can, selfRegistered }: Props) {
  const router = useRouter();
  const [notice, setNotice] = useState<string | null>(null);
  // One comment box, several buttons: the button clicked decides which action the form sends.
  const decision = useRef<Decision>("approve");
  const form = useForm<{ comment: string }>({ defaultValues: { comment: "" } });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => DECISIONS[decision.current].run({ id: projectId, version, comment: v.comment }),
    () => {
      setNotice(DECISIONS[decision.current].notice);
      form.reset({ comment: "" });
      router.refresh();
    },
  );
  const take = (d: Decision) => {
    decision.current = d;
    setNotice(null);
    void onSubmit();
  };
  const reviewing = can.approve || can.return;
  const error = form.formState.errors.comment?.message;

  return (
    <form onSubmit={(e) => e.preventDefault()} noValidate className="space-y-3">
      <FormNotice message={notice} />
      <FormError message={formError} />
      <Field
        label={reviewing ? "Ý kiến của Đoàn Khối" : "Nhận xét, lý do tuyên dương"}
        htmlFor="review-comment"
        error={error}
        hint={reviewing ? "Bắt buộc khi trả lại: nêu rõ nội dung cơ sở cần sửa" : "Bắt buộc khi tuyên dương"}
      >
        <textarea
          id="review-comment"
          rows={3}
          aria-invalid={!!error || undefined}
          className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-red-500"
          {...form.register("comment")}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        {can.approve && (
          <Button type="button" pending={pending} onClick={() => take("approve")}>
            Duyệt
          </Button>
        )}
        {can.return && (
          <Button type="button" variant="secondary" pending={pending} onClick={() => take("return")}>
            Trả lại
          </Button>
        )}
        {can.acknowledge && (
          <Button type="button" pending={pending} onClick={() => take("acknowledge")}>
            Ghi nhận
          </Button>
        )}
        {can.honour && (
          <Button type="button" variant="secondary" pending={pending} onClick={() => take("honour")}>
            Tuyên dương
          </Button>
        )}
      </div>
      {selfRegistered && can.return && (
        <p className="text-xs text-slate-600">
          Bạn là người đăng ký công trình này nên không tự duyệt được; một cán bộ khác của Đoàn Khối sẽ duyệt.
        </p>
      )}
    </form>
  );
}
