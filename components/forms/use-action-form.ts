"use client";
// Glue between react-hook-form and a server action: submits the typed values, puts the server's
// field errors beside the fields, keeps everything the user typed, and blocks double submits.
import { useState } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";

export type ServerResult<T> = { ok: true; data: T } | { ok: false; formError?: string; fieldErrors?: Record<string, string> };

export function useActionForm<V extends FieldValues, T>(
  form: UseFormReturn<V>,
  action: (values: V) => Promise<ServerResult<T>>,
  onSuccess?: (data: T, values: V) => void | Promise<void>,
) {
  const [formError, setFormError] = useState<string | null>(null);

  const onSubmit = form.handleSubmit(async (values) => {
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
    await onSuccess?.(result.data, values);
  });

  return { onSubmit, formError, pending: form.formState.isSubmitting };
}
