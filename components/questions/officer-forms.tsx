"use client";
// Cán bộ giải đáp: the cơ sở's secretary names an account of the cơ sở to answer the public's
// questions with them, or removes one. The server checks the account belongs to the cơ sở.
import { nameOfficerAction, removeOfficerAction } from "@/lib/actions/questions";
import { nameOfficerInput, removeOfficerInput } from "@/lib/validation/questions";
import { useRefreshingForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, Select } from "@/components/ui/field";

export function NameOfficerForm({
  coSoId,
  candidates,
}: {
  coSoId: string;
  candidates: { userId: string; name: string; email: string }[];
}) {
  const {
    form,
    onSubmit,
    formError,
    pending,
    errors: err,
  } = useRefreshingForm(nameOfficerInput, { coSoId, userId: "" }, nameOfficerAction, { reset: true });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <FormError message={formError} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1">
          <Field label="Phân công thêm" htmlFor={`officer-${coSoId}`} error={err.userId?.message}>
            <Select id={`officer-${coSoId}`} invalid={!!err.userId} {...form.register("userId")}>
              <option value="">Chọn tài khoản của cơ sở</option>
              {candidates.map((c) => (
                <option key={c.userId} value={c.userId}>
                  {c.name} ({c.email})
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Button type="submit" pending={pending}>
          Phân công
        </Button>
      </div>
    </form>
  );
}

export function RemoveOfficerButton({ membershipId, name }: { membershipId: string; name: string }) {
  const { onSubmit, formError, pending } = useRefreshingForm(removeOfficerInput, { membershipId }, removeOfficerAction);
  return (
    <form onSubmit={onSubmit} noValidate className="flex items-center gap-2">
      <FormError message={formError} />
      <Button type="submit" variant="secondary" pending={pending} aria-label={`Thôi phân công ${name}`}>
        Thôi phân công
      </Button>
    </form>
  );
}
