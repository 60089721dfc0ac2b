"use client";
// A dd/mm/yyyy field that works on a phone's number pad: it opens the numeric keypad, which has no
// "/", so the slashes are added as the digits are typed (lib/domain/dates.ts: formatDateAsTyped).
// Deleting is left alone, as is typing in the middle of the text, so the caret never jumps.
import { forwardRef, type ChangeEvent, type InputHTMLAttributes } from "react";
import { formatDateAsTyped } from "@/lib/domain/dates";
import { Input } from "./field";

type Props = InputHTMLAttributes<HTMLInputElement> & { invalid?: boolean };

export const DateInput = forwardRef<HTMLInputElement, Props>(function DateInput({ onChange, ...props }, ref) {
  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.target;
    const inserting = (event.nativeEvent as InputEvent).inputType?.startsWith("insert") ?? false;
    if (inserting && input.selectionStart === input.value.length) {
      const formatted = formatDateAsTyped(input.value);
      if (formatted !== input.value) input.value = formatted;
    }
    onChange?.(event);
  }
  return (
    <Input
      ref={ref}
      inputMode="numeric"
      autoComplete="off"
      placeholder="dd/mm/yyyy"
      maxLength={10}
      {...props}
      onChange={handleChange}
    />
  );
});
