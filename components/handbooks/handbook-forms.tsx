"use client";
// Writing a procedure handbook (cẩm nang): the title and the text, with buttons that put the
// Markdown marks in for whoever does not know them; publishing; withdrawing. Each form sends the
// version it read: a colleague's change in between is refused with a message, never overwritten.
import { useRef } from "react";
import { useRouter } from "next/navigation";
import { useForm, type UseFormRegisterReturn, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { createHandbookAction, publishHandbookAction, saveHandbookAction, withdrawHandbookAction } from "@/lib/actions/handbooks";
import type {
  createHandbookInput,
  publishHandbookInput,
  saveHandbookInput,
  withdrawHandbookInput,
} from "@/lib/validation/handbooks";
import { HANDBOOK_MAX_CHARS } from "@/lib/domain/rich-text";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRequestKey } from "@/components/forms/use-request-key";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";

type Ref = { id: string; version: number };
const area = "block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-red-500";

/** What each toolbar button puts at the start of the chosen lines, or around the chosen words. */
const MARKS = [
  { label: "Tiêu đề mục", line: "## " },
  { label: "Danh sách", line: "- " },
  { label: "Các bước", line: "1. " },
  { label: "Chữ đậm", wrap: "**" },
] as const;

/** The text area with its toolbar; `onEdit` tells the form the text changed. */
function BodyEditor({
  field,
  invalid,
  onEdit,
}: {
  field: UseFormRegisterReturn<"body">;
  invalid: boolean;
  onEdit: (value: string) => void;
}) {
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  function mark(m: (typeof MARKS)[number]) {
    const el = textarea.current;
    if (!el) return;
    const { selectionStart: start, value } = el;
    // A selection ending at a line's end includes its newline: the next line is not chosen.
    const end = el.selectionEnd > start && value[el.selectionEnd - 1] === "\n" ? el.selectionEnd - 1 : el.selectionEnd;
    let next: string;
    let caret: number;
    if ("wrap" in m) {
      const words = value.slice(start, end) || "chữ đậm";
      next = `${value.slice(0, start)}${m.wrap}${words}${m.wrap}${value.slice(end)}`;
      caret = start + m.wrap.length * 2 + words.length;
    } else {
      // The chosen lines from the start of the first; blank lines stay blank.
      const from = start === 0 ? 0 : value.lastIndexOf("\n", start - 1) + 1;
      const marked = value
        .slice(from, end)
        .split("\n")
        .map((l) => (l.trim() ? m.line + l.replace(/^(#+ |- |\d+\. )/, "") : l))
        .join("\n");
      next = value.slice(0, from) + marked + value.slice(end);
      caret = from + marked.length;
    }
    onEdit(next);
    el.focus();
    el.setSelectionRange(caret, caret);
  }
  return (
    <div>
      <div className="mb-1 flex flex-wrap gap-1" role="toolbar" aria-label="Định dạng nội dung">
        {MARKS.map((m) => (
          <button
            key={m.label}
            type="button"
            onClick={() => mark(m)}
            className="rounded border border-slate-300 bg-white px-2 py-1 text-xs text-slate-700 hover:bg-slate-50"
          >
            {m.label}
          </button>
        ))}
      </div>
      <textarea
        id="body"
        rows={18}
        aria-invalid={invalid || undefined}
        className={area}
        {...field}
        ref={(el) => {
          field.ref(el);
          textarea.current = el;
        }}
      />
    </div>
  );
}

const bodyHint =
  "Dòng bắt đầu bằng “## ” là tiêu đề mục, “- ” là một ý, “1. ” là một bước; **chữ** in đậm; [tên](https://…) là liên kết. " +
  `Tối đa ${new Intl.NumberFormat("vi-VN").format(HANDBOOK_MAX_CHARS)} ký tự. Mã HTML, tập lệnh, hình ảnh chèn vào đều bị bỏ khi lưu; ` +
  "tệp đính kèm tải lên ở trang cẩm nang sau khi lưu.";

/** The title and the text, as both forms ask them. */
function HandbookFields({ form }: { form: UseFormReturn<{ title: string; body: string }> }) {
  const err = form.formState.errors;
  return (
    <>
      <Field label="Tên cẩm nang" htmlFor="title" error={err.title?.message}>
        <Input id="title" invalid={!!err.title} {...form.register("title")} />
      </Field>
      <Field label="Nội dung" htmlFor="body" error={err.body?.message} hint={bodyHint}>
        <BodyEditor
          field={form.register("body")}
          invalid={!!err.body}
          onEdit={(v) => form.setValue("body", v, { shouldDirty: true, shouldValidate: form.formState.isSubmitted })}
        />
      </Field>
    </>
  );
}

/** A new handbook (version 1, a draft); opens it once saved. */
export function NewHandbookForm() {
  const router = useRouter();
  const [requestKey] = useRequestKey();
  const form = useForm<z.input<typeof createHandbookInput>>({ defaultValues: { title: "", body: "", requestKey } });
  const { onSubmit, formError, pending } = useActionForm(form, createHandbookAction, (data) =>
    router.push(`/cam-nang/${data.id}`),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <HandbookFields form={form as unknown as UseFormReturn<{ title: string; body: string }>} />
      <Button type="submit" pending={pending}>
        Lưu bản nháp
      </Button>
    </form>
  );
}

/** Edits the latest version: the draft, or (after a publication) the next version. */
export function EditHandbookForm({ h, title, body, published }: { h: Ref; title: string; body: string; published: boolean }) {
  const router = useRouter();
  const form = useForm<z.input<typeof saveHandbookInput>>({ defaultValues: { ...h, title, body } });
  // The version as the page last read it: a publication in between does not make the text stale.
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (values) => saveHandbookAction({ ...values, ...h }),
    () => router.refresh(),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      {published && (
        <p className="rounded bg-sky-50 px-3 py-2 text-sm text-sky-900 ring-1 ring-sky-200">
          Phiên bản đang công khai giữ nguyên cho đến khi bạn công khai bản sửa.
        </p>
      )}
      <HandbookFields form={form as unknown as UseFormReturn<{ title: string; body: string }>} />
      <Button type="submit" pending={pending}>
        Lưu bản nháp
      </Button>
    </form>
  );
}

export function PublishHandbookButton({ h, label }: { h: Ref; label: string }) {
  const router = useRouter();
  const form = useForm<z.input<typeof publishHandbookInput>>({ defaultValues: h });
  const { onSubmit, formError, pending } = useActionForm(form, publishHandbookAction, () => router.refresh());
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <FormError message={formError} />
      <Button type="submit" pending={pending}>
        {label}
      </Button>
    </form>
  );
}

/** Off the public site; the Khối (moderating) must give a reason, the cơ sở may. */
export function WithdrawHandbookForm({ h, reasonRequired }: { h: Ref; reasonRequired: boolean }) {
  const router = useRouter();
  const form = useForm<z.input<typeof withdrawHandbookInput>>({ defaultValues: { ...h, reason: "" } });
  const { onSubmit, formError, pending } = useActionForm(form, withdrawHandbookAction, () => router.refresh());
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <Field label={reasonRequired ? "Lý do gỡ" : "Lý do gỡ (không bắt buộc)"} htmlFor="reason" error={err.reason?.message}>
        <Input id="reason" invalid={!!err.reason} {...form.register("reason")} />
      </Field>
      <Button type="submit" variant="secondary" pending={pending}>
        Gỡ khỏi trang công khai
      </Button>
    </form>
  );
}
