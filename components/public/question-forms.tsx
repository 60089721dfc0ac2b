"use client";
// Hỏi đáp, signed out: ask a question (the tracking code is shown once, and e-mailed), and look
// one up by its code. What was typed stays on every refusal.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import Link from "next/link";
import { askQuestionAction, lookupQuestionAction } from "@/lib/actions/questions";
import { askQuestionInput, lookupQuestionInput, QUESTION_BODY_MAX } from "@/lib/validation/questions";
import { QUESTION_TOPICS } from "@/lib/domain/questions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";

type Asked = { code: string; dueOn: string | null; lookupPath: string };

export function AskQuestionForm({
  site,
  agencies,
  requestKey,
  formToken,
}: {
  site: string;
  agencies: { id: string; name: string }[];
  /** Drawn by the server with the form token: one key, one question. */
  requestKey: string;
  formToken: string;
}) {
  const [asked, setAsked] = useState<Asked | null>(null);
  const form = useForm<z.input<typeof askQuestionInput>>({
    resolver: zodResolver(askQuestionInput),
    defaultValues: {
      site,
      coSoId: "",
      topic: "khac",
      body: "",
      name: "",
      email: "",
      phone: "",
      website: "",
      formToken,
      requestKey,
    },
  });
  const { onSubmit, formError, pending } = useActionForm(form, askQuestionAction, (data) => setAsked(data as Asked));
  const err = form.formState.errors;

  if (asked) return <AskedNotice asked={asked} />;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <input type="hidden" {...form.register("site")} />
      <input type="hidden" {...form.register("formToken")} />
      <input type="hidden" {...form.register("requestKey")} />
      {/* The honeypot: hidden from people and from screen readers; scripts fill every field. */}
      <div className="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
        <label htmlFor="website">Website</label>
        <input id="website" tabIndex={-1} autoComplete="off" {...form.register("website")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Cơ quan giải quyết thủ tục"
          htmlFor="coSoId"
          error={err.coSoId?.message}
          hint="Không rõ thì chọn “Không rõ cơ quan”: Đoàn Khối sẽ chuyển đến đúng nơi."
        >
          <Select id="coSoId" invalid={!!err.coSoId} {...form.register("coSoId")}>
            <option value="">Không rõ cơ quan</option>
            {agencies.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Lĩnh vực" htmlFor="topic" error={err.topic?.message}>
          <Select id="topic" invalid={!!err.topic} {...form.register("topic")}>
            {QUESTION_TOPICS.map((t) => (
              <option key={t.key} value={t.key}>
                {t.label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field
        label="Nội dung câu hỏi"
        htmlFor="body"
        error={err.body?.message}
        hint={`Trình bày thủ tục bạn cần hỏi, vướng mắc gặp phải (tối đa ${QUESTION_BODY_MAX} ký tự).`}
      >
        <textarea
          id="body"
          rows={7}
          aria-invalid={!!err.body || undefined}
          className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-red-500"
          {...form.register("body")}
        />
      </Field>
      <Field label="Họ và tên" htmlFor="name" error={err.name?.message}>
        <Input id="name" autoComplete="name" invalid={!!err.name} {...form.register("name")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Email" htmlFor="email" error={err.email?.message} hint="Để nhận mã tra cứu và báo khi có trả lời.">
          <Input id="email" type="email" autoComplete="email" invalid={!!err.email} {...form.register("email")} />
        </Field>
        <Field label="Số điện thoại" htmlFor="phone" error={err.phone?.message}>
          <Input id="phone" type="tel" autoComplete="tel" invalid={!!err.phone} {...form.register("phone")} />
        </Field>
      </div>
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm text-slate-700">
          <input type="checkbox" className="mt-1" aria-invalid={!!err.consent || undefined} {...form.register("consent")} />
          <span>
            Tôi đồng ý để cơ quan, đơn vị dùng họ tên và thông tin liên hệ trên chỉ để trả lời câu hỏi này. Thông tin liên hệ
            không được công khai; nội dung câu hỏi có thể được công khai cùng câu trả lời, không kèm tên người hỏi.
          </span>
        </label>
        {err.consent && (
          <p className="text-sm text-red-600" role="alert">
            {err.consent.message}
          </p>
        )}
      </div>
      <Button type="submit" pending={pending} className="w-full sm:w-auto">
        Gửi câu hỏi
      </Button>
    </form>
  );
}

function AskedNotice({ asked }: { asked: Asked }) {
  return (
    <div role="status" className="space-y-3 rounded-lg bg-green-50 p-4 text-sm text-green-900 ring-1 ring-green-200">
      <p className="font-medium">Câu hỏi của bạn đã được gửi.</p>
      <p>
        Mã tra cứu:{" "}
        <strong className="font-mono text-lg tracking-wider" data-testid="tracking-code">
          {asked.code}
        </strong>
      </p>
      <p>Vui lòng ghi lại mã này: chỉ có mã này mới xem được tình trạng và câu trả lời.</p>
      {asked.dueOn && <p>Câu hỏi sẽ được trả lời trước ngày {asked.dueOn}.</p>}
      <Link href={asked.lookupPath} className="inline-block text-doan-700 underline">
        Tra cứu câu hỏi
      </Link>
    </div>
  );
}

type Found = {
  status: string;
  statusLabel: string;
  topic: string;
  body: string;
  askedOn: string;
  agency: string | null;
  dueOn: string | null;
  late: boolean;
  answer: string | null;
  answeredOn: string | null;
};

export function LookupQuestionForm({ site }: { site: string }) {
  const [found, setFound] = useState<Found | null>(null);
  const form = useForm<z.input<typeof lookupQuestionInput>>({
    resolver: zodResolver(lookupQuestionInput),
    defaultValues: { site, code: "" },
  });
  const { onSubmit, formError, pending } = useActionForm(form, lookupQuestionAction, (data) => setFound(data as Found));
  const err = form.formState.errors;
  return (
    <div className="space-y-5">
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <FormError message={formError} />
        <input type="hidden" {...form.register("site")} />
        <Field label="Mã tra cứu" htmlFor="code" error={err.code?.message} hint="Mã gồm 12 ký tự, ví dụ 7K3M-Q9XD-2F8B.">
          <Input
            id="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            invalid={!!err.code}
            {...form.register("code")}
          />
        </Field>
        <Button type="submit" pending={pending}>
          Tra cứu
        </Button>
      </form>
      {found && (
        <section aria-live="polite" className="space-y-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <p className="text-sm">
            Tình trạng: <strong>{found.statusLabel}</strong>
            {found.late && (
              <span className="ml-2 rounded bg-red-50 px-2 py-0.5 text-xs text-red-700 ring-1 ring-red-200">Quá hạn trả lời</span>
            )}
          </p>
          <p className="text-xs text-slate-500">
            {found.topic} · gửi ngày {found.askedOn}
            {found.agency && ` · ${found.agency}`}
            {found.dueOn && found.status !== "ANSWERED" && ` · hạn trả lời ${found.dueOn}`}
          </p>
          <p className="whitespace-pre-line text-sm text-slate-900">{found.body}</p>
          {found.answer && (
            <div className="border-l-4 border-doan-100 pl-3">
              <p className="text-xs text-slate-500">Trả lời ngày {found.answeredOn}</p>
              <p className="whitespace-pre-line text-sm text-slate-800">{found.answer}</p>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
