"use client";
// A member logs (or edits) an idea, a training or a volunteer day. What was typed stays on an
// error; the server's field errors show beside the fields; one key per opened form, so a double
// click or a retry creates one entry. A new entry is kept on the device until it is sent
// (use-unsent-draft.ts): a phone that loses its connection loses nothing.
import { useMemo, useRef } from "react";
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input } from "@/components/ui/field";
import { useActionForm, type ServerResult } from "@/components/forms/use-action-form";
import { createEntryAction, updateEntryAction } from "@/lib/actions/entries";
import { entryCreateInput } from "@/lib/validation/entries";
import { IdeaFields, TrainingFields, VolunteerFields, type EntryFormOptions } from "./entry-kind-fields";
import { emptyEntryValues, KIND_FIELDS, type EntryFormValues, type EntryKindValue } from "./form-values";
import { useRequestKey } from "@/components/forms/use-request-key";
import { OFFLINE_MESSAGE, useUnsentDraft } from "@/components/forms/use-unsent-draft";
import { formatVietnameseDateTime } from "@/lib/domain/dates";

const checkFields = zodResolver(entryCreateInput, undefined, { raw: true });

/** The kind's own fields only: the other kinds' stay out of the request. */
const pick = (v: EntryFormValues) =>
  Object.fromEntries(["kind", ...KIND_FIELDS[v.kind]].map((k) => [k, v[k as keyof EntryFormValues]]));

const TITLE_LABEL: Record<EntryKindValue, string> = {
  IDEA: "Tên ý tưởng, sáng kiến",
  TRAINING: "Tên khóa học, lớp",
  VOLUNTEER: "Tên hoạt động tình nguyện",
};

type Props = {
  kind: EntryKindValue;
  options: EntryFormOptions;
  /** Editing a pending or returned entry (saving a returned one sends it again). */
  edit?: { id: string; version: number; returned: boolean; values: EntryFormValues };
  /** The signed-in user, whose unsent new entry this device keeps. */
  userId?: string;
};

export function EntryForm({ kind, options, edit, userId }: Props) {
  const router = useRouter();
  const [requestKey] = useRequestKey();
  const empty = useMemo(() => emptyEntryValues(kind), [kind]);
  const form = useForm<EntryFormValues>({
    // Checks the kind's fields as the server will; the server receives what was typed and checks again.
    resolver: (async (values, context, opts) => {
      // With the form's key, which the schema requires of a new entry (an edit sends none).
      const checked = await checkFields({ ...pick(values), requestKey } as never, context, opts as never);
      return Object.keys(checked.errors).length ? checked : { values, errors: {} };
    }) as Resolver<EntryFormValues>,
    defaultValues: edit?.values ?? empty,
  });
  const draftOwner = !edit && userId ? { userId, form: `entry:${kind}` } : null;
  const draft = useUnsentDraft(form, draftOwner, empty, requestKey);
  const formElement = useRef<HTMLFormElement>(null);

  const { onSubmit, formError, pending, leaveForm } = useActionForm(
    form,
    async (v): Promise<ServerResult<{ id: string }>> => {
      try {
        if (!edit) return await createEntryAction({ ...pick(v), requestKey: draft.requestKey() });
        const result = await updateEntryAction({ ...pick(v), id: edit.id, version: edit.version });
        return result.ok ? { ok: true, data: { id: edit.id } } : result;
      } catch (error) {
        if (edit || navigator.onLine) throw error;
        draft.retryWhenOnline(() => formElement.current?.requestSubmit());
        return { ok: false, formError: OFFLINE_MESSAGE };
      }
    },
    (data) => {
      draft.sent();
      router.push(`/ghi-nhan/${data.id}?saved=1`);
      router.refresh();
    },
    { keptOnDevice: draftOwner !== null },
  );
  const err = (k: keyof EntryFormValues) => form.formState.errors[k]?.message as string | undefined;
  const { register } = form;

  return (
    <form ref={formElement} onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <div className="space-y-2 sm:col-span-2">
        {draft.restoredAt && !draft.offline && (
          <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            Đã khôi phục nội dung bạn nhập lúc {formatVietnameseDateTime(draft.restoredAt)} mà chưa gửi.{" "}
            <button type="button" className="underline" onClick={draft.discard}>
              Bỏ nội dung này
            </button>
          </p>
        )}
        <FormError message={formError} />
      </div>
      <div className="sm:col-span-2">
        <Field label={TITLE_LABEL[kind]} htmlFor="title" error={err("title")}>
          <Input id="title" invalid={!!err("title")} autoComplete="off" {...register("title")} />
        </Field>
      </div>
      {kind === "IDEA" && <IdeaFields form={form} err={err} options={options} />}
      {kind === "TRAINING" && <TrainingFields form={form} err={err} />}
      {kind === "VOLUNTEER" && <VolunteerFields form={form} err={err} options={options} />}
      <div className="flex flex-wrap gap-2 sm:col-span-2">
        <Button type="submit" pending={pending}>
          {!edit ? "Gửi ghi nhận" : edit.returned ? "Lưu và gửi lại" : "Lưu"}
        </Button>
        <Button type="button" variant="secondary" onClick={leaveForm}>
          Hủy
        </Button>
      </div>
    </form>
  );
}
