import { Input } from "@/components/ui/field";

/** A list's search box (`q`), its label read by screen readers only: the placeholder says what it finds. */
export function SearchInput({
  label,
  value,
  placeholder,
  className,
}: {
  label: string;
  value?: string;
  placeholder: string;
  className?: string;
}) {
  return (
    <>
      <label htmlFor="q" className="sr-only">
        {label}
      </label>
      <Input id="q" name="q" type="search" defaultValue={value} placeholder={placeholder} className={className} />
    </>
  );
}
