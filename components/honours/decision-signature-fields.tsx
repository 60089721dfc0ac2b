"use client";
// Số, ngày and the signature of a decision: the same five fields on the decision form and on the
// amending one (`idPrefix` keeps their ids apart on one page).
import type { FieldErrors, Path, UseFormRegister } from "react-hook-form";
import { Field, Input } from "@/components/ui/field";
import { DateInput } from "@/components/ui/date-input";

export type DecisionSignatureValues = {
  number: string;
  signedOn: string;
  signOnBehalf: string;
  signTitle: string;
  signName: string;
};

export function DecisionSignatureFields<V extends DecisionSignatureValues>({
  register,
  errors,
  idPrefix = "",
}: {
  register: UseFormRegister<V>;
  errors: FieldErrors<DecisionSignatureValues>;
  idPrefix?: string;
}) {
  const fields: [keyof DecisionSignatureValues, string, object?][] = [
    ["number", "Số quyết định", { placeholder: "15-QĐ/ĐK" }],
    ["signedOn", "Ngày quyết định (dd/mm/yyyy)"],
    ["signOnBehalf", "Thay mặt"],
    ["signTitle", "Chức vụ người ký"],
    ["signName", "Họ tên người ký"],
  ];
  return fields.map(([name, label, extra]) => (
    <Field key={name} label={label} htmlFor={`${idPrefix}${name}`} error={errors[name]?.message}>
      {name === "signedOn" ? (
        <DateInput id={`${idPrefix}${name}`} invalid={!!errors[name]} {...register(name as Path<V>)} />
      ) : (
        <Input id={`${idPrefix}${name}`} invalid={!!errors[name]} {...extra} {...register(name as Path<V>)} />
      )}
    </Field>
  ));
}
