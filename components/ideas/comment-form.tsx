"use client";
// Góp ý cho một ý tưởng: 1–2000 characters, checked here as on the server; one key per comment
// written, so a double click posts it once.
import { useRouter } from "next/navigation";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field, FormError } from "@/components/ui/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRequestKey } from "@/components/forms/use-request-key";
import { commentOnIdeaAction } from "@/lib/actions/shared-ideas";
import { COMMENT_MAX, ideaCommentInput } from "@/lib/validation/shared-ideas";

// The body only: the idea and the key are the form's, not typed.
const commentBody = ideaCommentInput.pick({ body: true });
type Values = z.input<typeof commentBody>;

export function CommentForm({ id }: { id: string }) {
  const router = useRouter();
  const [requestKey, renew] = useRequestKey();
  const resolver = zodResolver(commentBody, undefined, { raw: true }) as unknown as Resolver<Values>;
  const form = useForm<Values>({ resolver, defaultValues: { body: "" } });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => commentOnIdeaAction({ body: v.body, id, requestKey }),
    () => {
      form.reset({ body: "" });
      renew();
      router.refresh();
    },
  );
  const error = form.formState.errors.body?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormError message={formError} />
      <Field label="Góp ý của bạn" htmlFor="idea-comment" error={error} hint={`Tối đa ${COMMENT_MAX} ký tự`}>
        <textarea
          id="idea-comment"
          rows={3}
          aria-invalid={!!error || undefined}
          className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-inset ring-slate-300 aria-[invalid=true]:ring-red-500"
          {...form.register("body")}
        />
      </Field>
      <Button type="submit" variant="secondary" pending={pending}>
        Gửi góp ý
      </Button>
    </form>
  );
}
