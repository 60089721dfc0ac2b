"use client";
// Glue between react-hook-form and a server action: submits the typed values, puts the server's
// field errors beside the fields, keeps everything the user typed, and blocks double submits.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { useLeaveGuard } from "./use-leave-guard";
import { FORM_SAVED_EVENT } from "./form-notice";

export type ServerResult<T> = { ok: true; data: T } | { ok: false; formError?: string; fieldErrors?: Record<string, string> };

export function useActionForm<V extends FieldValues, T>(
  form: UseFormReturn<V>,
  action: (values: V) => Promise<ServerResult<T>>,
  onSuccess?: (data: T, values: V) => void | Promise<void>,
  /** keptOnDevice: the form saves what is typed on the device (use-unsent-draft.ts), so leaving loses nothing. */
  options: { keptOnDevice?: boolean } = {},
) {
  const [formError, setFormError] = useState<string | null>(null);
  const leaveForm = useLeaveGuard(form.formState.isDirty && !options.keptOnDevice);

  const onSubmit = form.handleSubmit(async (values, event) => {
    setFormError(null);
    let result: ServerResult<T>;
    try {
      result = await action(values);
    } catch {
      result = { ok: false, formError: "Không kết nối được máy chủ. Dữ liệu bạn nhập vẫn còn, vui lòng thử lại." };
    }
    if (!result.ok) {
      // The first field in error takes the focus, so a phone scrolls to it from the button below.
      Object.entries(result.fieldErrors ?? {}).forEach(([name, message], i) => {
        form.setError(name as Path<V>, { type: "server", message }, { shouldFocus: i === 0 });
      });
      setFormError(result.formError ?? null);
      return;
    }
    // Saved: what is in the form is no longer "typed and unsaved" (use-leave-guard.ts).
    form.reset(form.getValues());
    await onSuccess?.(result.data, values);
    announceSaved(event?.target);
  });

  return { onSubmit, formError, pending: form.formState.isSubmitting, leaveForm };
}

/**
 * Tells the form's FormNotice a save went through, so its "Đã lưu" shows again after having been
 * cleared by typing. A form sent by a button's handler (no submit event) is the focused button's.
 */
function announceSaved(target: EventTarget | null | undefined) {
  const form =
    target instanceof HTMLFormElement
      ? target
      : document.activeElement instanceof HTMLElement
        ? document.activeElement.closest("form")
        : null;
  form?.dispatchEvent(new Event(FORM_SAVED_EVENT));
}

/**
 * The usual handler form: validated by its schema in the browser as on the server, sent to its
 * action, and the page refreshed after it went through (its forms keyed by version redraw afresh).
 */
export function useRefreshingForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
  action: (values: z.input<S>) => Promise<ServerResult<T>>,
  options: { reset?: boolean } = {},
) {
  const router = useRouter();
  // zodResolver's overloads cannot follow a generic schema: its result is this schema's resolver.
  // `raw`: the action gets what was typed, as the server's schema parses it ("05/03/2027", not the
  // Date the browser's parse made of it, which the server's schema would refuse).
  const resolver = zodResolver(schema, undefined, { raw: true }) as unknown as Resolver<z.input<S>>;
  const form = useForm<z.input<S>>({ resolver, defaultValues });
  const state = useActionForm(form, action, () => {
    // A form that adds to a list starts empty again for the next one.
    if (options.reset) form.reset(defaultValues);
    router.refresh();
  });
  return { form, errors: form.formState.errors, ...state };
}
