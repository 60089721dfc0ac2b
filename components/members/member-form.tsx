"use client";
// Create or edit a member. Dates are typed as dd/mm/yyyy; a new chi đoàn is a transfer.
import { useRouter } from "next/navigation";
import { useForm, useWatch, type Control, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { createMemberAction, updateMemberAction } from "@/lib/actions/members";
import { memberCreateInput, memberUpdateInput } from "@/lib/validation/members";
import type { UnitOption } from "@/lib/data/units";
import { unitOptionLabel } from "@/lib/domain/labels";
import { parseVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { memberAgeWarnings } from "@/lib/domain/member-age";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";
import { useRequestKey } from "@/components/forms/use-request-key";
import { DateInput } from "@/components/ui/date-input";

export type MemberFormValues = {
  id?: string;
  version?: number;
  requestKey?: string;
  fullName: string;
  birthDate: string;
  gender: "" | "NAM" | "NU" | "KHAC";
  position: string;
  agency: string;
  joinedUnionAt: string;
  chiDoanId: string;
  email: string;
  phone: string;
};

export function MemberForm({ initial, chiDoanOptions }: { initial?: MemberFormValues; chiDoanOptions: UnitOption[] }) {
  const router = useRouter();
  const editing = !!initial?.id;
  const [requestKey] = useRequestKey();
  const form = useForm<MemberFormValues>({
    // raw: the server receives exactly what was typed and validates it again.
    resolver: (editing
      ? zodResolver(memberUpdateInput, undefined, { raw: true })
      : zodResolver(memberCreateInput, undefined, { raw: true })) as unknown as Resolver<MemberFormValues>,
    defaultValues: initial ?? {
      requestKey,
      fullName: "",
      birthDate: "",
      gender: "",
      position: "",
      agency: "",
      joinedUnionAt: "",
      chiDoanId: chiDoanOptions.length === 1 ? chiDoanOptions[0].id : "",
      email: "",
      phone: "",
    },
  });
  const action = async (values: MemberFormValues) => {
    if (!editing) return createMemberAction(values);
    const result = await updateMemberAction(values);
    return result.ok ? { ok: true as const, data: { id: initial!.id! } } : result;
  };
  const { onSubmit, formError, pending, leaveForm } = useActionForm(form, action, ({ id }) => {
    router.push(`/doan-vien/${id}?saved=1`);
    router.refresh();
  });
  const err = form.formState.errors;

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Họ và tên" htmlFor="fullName" error={err.fullName?.message}>
          <Input id="fullName" invalid={!!err.fullName} autoComplete="off" {...form.register("fullName")} />
        </Field>
        <Field
          label="Chi đoàn"
          htmlFor="chiDoanId"
          error={err.chiDoanId?.message}
          hint={editing ? "Đổi chi đoàn để chuyển sinh hoạt" : undefined}
        >
          <Select id="chiDoanId" invalid={!!err.chiDoanId} {...form.register("chiDoanId")}>
            <option value="">— Chọn chi đoàn —</option>
            {chiDoanOptions.map((o) => (
              <option key={o.id} value={o.id}>
                {unitOptionLabel(o)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Ngày sinh" htmlFor="birthDate" error={err.birthDate?.message} hint="dd/mm/yyyy">
          <DateInput id="birthDate" invalid={!!err.birthDate} {...form.register("birthDate")} />
          <AgeWarnings control={form.control} />
        </Field>
        <Field label="Giới tính" htmlFor="gender" error={err.gender?.message}>
          <Select id="gender" {...form.register("gender")}>
            <option value="">— Chọn —</option>
            <option value="NAM">Nam</option>
            <option value="NU">Nữ</option>
            <option value="KHAC">Khác</option>
          </Select>
        </Field>
        <Field label="Chức vụ" htmlFor="position" error={err.position?.message}>
          <Input id="position" invalid={!!err.position} {...form.register("position")} />
        </Field>
        <Field label="Cơ quan/đơn vị" htmlFor="agency" error={err.agency?.message} hint="Để trống: lấy tên cơ sở Đoàn">
          <Input id="agency" invalid={!!err.agency} {...form.register("agency")} />
        </Field>
        <Field label="Ngày vào Đoàn" htmlFor="joinedUnionAt" error={err.joinedUnionAt?.message} hint="dd/mm/yyyy">
          <DateInput id="joinedUnionAt" invalid={!!err.joinedUnionAt} {...form.register("joinedUnionAt")} />
        </Field>
        <Field label="Email" htmlFor="email" error={err.email?.message}>
          <Input id="email" type="email" invalid={!!err.email} {...form.register("email")} />
        </Field>
        <Field label="Điện thoại" htmlFor="phone" error={err.phone?.message}>
          <Input id="phone" type="tel" invalid={!!err.phone} {...form.register("phone")} />
        </Field>
      </div>
      <div className="flex gap-2">
        <Button type="submit" pending={pending}>
          Lưu
        </Button>
        <Button type="button" variant="secondary" onClick={leaveForm}>
          Hủy
        </Button>
      </div>
    </form>
  );
}

/**
 * Under 16 or past 30 (today or at the join date) is unusual but possible: said beside the birth
 * date as it is typed, never refused (the schema refuses only what cannot be).
 */
function AgeWarnings({ control }: { control: Control<MemberFormValues> }) {
  const [birthText, joinedText] = useWatch({ control, name: ["birthDate", "joinedUnionAt"] });
  const birth = birthText ? parseVietnameseDate(birthText) : null;
  const joined = joinedText ? parseVietnameseDate(joinedText) : null;
  const warnings = memberAgeWarnings(birth, joined, todayInVietnam());
  if (!warnings.length) return null;
  return (
    <ul role="status" className="space-y-0.5 text-xs text-amber-800">
      {warnings.map((w) => (
        <li key={w}>Lưu ý: {w}</li>
      ))}
    </ul>
  );
}
