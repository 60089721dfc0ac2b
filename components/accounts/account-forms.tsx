"use client";
// Account management: create an account with a one-time password, grant and revoke roles,
// disable, and reset a password.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import {
  createAccountAction,
  grantRoleAction,
  resetAccountPasswordAction,
  revokeRoleAction,
  setAccountActiveAction,
} from "@/lib/actions/accounts";
import { ROLE_LABELS, ROLES_BY_UNIT_KIND } from "@/lib/authz/permissions";
import { managesAccounts } from "@/lib/authz/can";
import type { Role } from "@/lib/generated/prisma/enums";
import type { UnitOption } from "@/lib/data/units";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { SubmitCancel } from "@/components/forms/submit-cancel";
import { unitOptionLabel } from "@/lib/domain/labels";
import { useRequestKey } from "@/components/forms/use-request-key";

function RoleAndUnitFields({
  units,
  form,
  idPrefix,
}: {
  units: UnitOption[];
  form: ReturnType<typeof useForm<{ role: string; unitId: string }>>;
  idPrefix: string;
}) {
  const unitId = form.watch("unitId");
  const kind = units.find((u) => u.id === unitId)?.kind;
  const roles: readonly Role[] = kind ? ROLES_BY_UNIT_KIND[kind] : [];
  const err = form.formState.errors;
  return (
    <>
      <Field label="Đơn vị" htmlFor={`${idPrefix}-unit`} error={err.unitId?.message}>
        <Select id={`${idPrefix}-unit`} invalid={!!err.unitId} {...form.register("unitId")}>
          <option value="">— Chọn đơn vị —</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {unitOptionLabel(u)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Vai trò" htmlFor={`${idPrefix}-role`} error={err.role?.message}>
        <Select id={`${idPrefix}-role`} invalid={!!err.role} {...form.register("role")} disabled={!kind}>
          <option value="">— Chọn vai trò —</option>
          {roles.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </Select>
      </Field>
    </>
  );
}

export function CreateAccountForm({ units }: { units: UnitOption[] }) {
  const router = useRouter();
  const [issued, setIssued] = useState<{ email: string; password: string } | null>(null);
  const [requestKey, renewKey] = useRequestKey();
  const form = useForm({ defaultValues: { email: "", name: "", role: "", unitId: "" } });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => createAccountAction({ ...v, requestKey }),
    (data, values) => {
      setIssued({ email: values.email, password: data.temporaryPassword });
      form.reset({ email: "", name: "", role: "", unitId: "" });
      renewKey();
      router.refresh();
    },
  );
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {issued && (
        <div role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
          Đã tạo tài khoản <strong>{issued.email}</strong>. Mật khẩu tạm thời (chỉ hiển thị một lần):{" "}
          <code className="rounded bg-white px-1.5 py-0.5 font-mono text-base">{issued.password}</code>. Người dùng phải đổi mật
          khẩu ở lần đăng nhập đầu.
        </div>
      )}
      <FormError message={formError} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Email" htmlFor="acc-email" error={err.email?.message}>
          <Input id="acc-email" type="email" invalid={!!err.email} {...form.register("email")} />
        </Field>
        <Field label="Họ và tên" htmlFor="acc-name" error={err.name?.message}>
          <Input id="acc-name" invalid={!!err.name} {...form.register("name")} />
        </Field>
        <RoleAndUnitFields units={units} form={form as never} idPrefix="acc" />
      </div>
      <Button type="submit" pending={pending}>
        Tạo tài khoản
      </Button>
    </form>
  );
}

export function GrantRoleForm({ userId, units, onDone }: { userId: string; units: UnitOption[]; onDone: () => void }) {
  const router = useRouter();
  const form = useForm({ defaultValues: { userId, role: "", unitId: "" } });
  const { onSubmit, formError, pending } = useActionForm(form, grantRoleAction, () => {
    onDone();
    router.refresh();
  });
  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="mt-2 grid grid-cols-1 gap-3 rounded-md bg-slate-50 p-3 sm:grid-cols-3 sm:items-end"
    >
      <RoleAndUnitFields units={units} form={form as never} idPrefix={`grant-${userId}`} />
      <SubmitCancel pending={pending} label="Gán" onCancel={onDone} />
      <div className="sm:col-span-3">
        <FormError message={formError} />
      </div>
    </form>
  );
}

export function AccountRow({
  account,
  units,
  self,
}: {
  account: {
    id: string;
    email: string;
    name: string;
    active: boolean;
    mustChangePassword: boolean;
    roles: { membershipId: string; role: Role; unitName: string }[];
  };
  units: UnitOption[];
  self: boolean;
}) {
  const [granting, setGranting] = useState(false);
  return (
    <li className="py-3">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div>
          <p className="font-medium">
            {account.name} {!account.active && <span className="ml-1 rounded bg-slate-200 px-1.5 text-xs">Đã khóa</span>}
            {account.mustChangePassword && account.active && (
              <span className="ml-1 rounded bg-amber-100 px-1.5 text-xs text-amber-800">Chưa đổi mật khẩu</span>
            )}
          </p>
          <p className="text-sm text-slate-600">{account.email}</p>
          <ul className="mt-1 flex flex-wrap gap-1">
            {account.roles.map((r) => (
              <li
                key={r.membershipId}
                className="inline-flex items-center gap-1 rounded bg-doan-50 px-2 py-0.5 text-xs text-doan-800"
              >
                {ROLE_LABELS[r.role]} – {r.unitName}
                {!(self && managesAccounts(r.role)) && (
                  <ConfirmActionButton
                    label="×"
                    ariaLabel={`Gỡ vai trò ${ROLE_LABELS[r.role]}`}
                    className="!px-2.5 !py-1.5"
                    confirm={`Gỡ vai trò “${ROLE_LABELS[r.role]}” của ${account.name}?`}
                    run={() => revokeRoleAction({ membershipId: r.membershipId })}
                  />
                )}
              </li>
            ))}
          </ul>
        </div>
        <div className="flex flex-wrap gap-1">
          <Button type="button" variant="ghost" className="!px-2 !py-1" onClick={() => setGranting(true)}>
            Gán vai trò
          </Button>
          {!self && (
            <>
              <ConfirmActionButton
                label="Cấp lại mật khẩu"
                confirm={`Cấp mật khẩu tạm thời mới cho ${account.email}?`}
                run={() => resetAccountPasswordAction({ userId: account.id })}
                successNote={(data) => `Mật khẩu tạm thời mới: ${(data as { temporaryPassword: string }).temporaryPassword}`}
              />
              <ConfirmActionButton
                label={account.active ? "Khóa" : "Mở khóa"}
                variant={account.active ? "danger" : "ghost"}
                confirm={account.active ? `Khóa tài khoản ${account.email}? Người dùng sẽ bị đăng xuất ngay.` : undefined}
                run={() => setAccountActiveAction({ userId: account.id, active: !account.active })}
              />
            </>
          )}
        </div>
      </div>
      {granting && <GrantRoleForm userId={account.id} units={units} onDone={() => setGranting(false)} />}
    </li>
  );
}
