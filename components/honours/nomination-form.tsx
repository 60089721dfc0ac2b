"use client";
// A cơ sở's đề xuất: the title, the nominee (a member, or a collective as the title asks), a short
// account of achievements, and the typed criteria judged met or not. Computed criteria are not
// asked: they are counted from the records.
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { createNominationAction } from "@/lib/actions/honours";
import { useActionForm } from "@/components/forms/use-action-form";
import { useRequestKey } from "@/components/forms/use-request-key";
import { Button } from "@/components/ui/button";
import { Field, FormError, Select } from "@/components/ui/field";

export type RoundTitleOption = {
  id: string;
  name: string;
  subject: "INDIVIDUAL" | "COLLECTIVE";
  typedCriteria: { id: string; wording: string }[];
};
type Option = { id: string; label: string };
/** `registeredFor`: the titles the member registered for this year (đăng ký thi đua) */
type MemberOption = Option & { registeredFor: string[] };
type Values = { titleId: string; memberId: string; unitId: string; narrative: string; answers: Record<string, string> };

export function NominationForm({
  roundId,
  titles,
  members,
  units,
}: {
  roundId: string;
  titles: RoundTitleOption[];
  members: MemberOption[];
  units: Option[];
}) {
  const router = useRouter();
  const [requestKey, renewKey] = useRequestKey();
  const form = useForm<Values>({
    defaultValues: { titleId: titles[0]?.id ?? "", memberId: "", unitId: "", narrative: "", answers: {} },
  });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    (v) => {
      const title = titles.find((t) => t.id === v.titleId);
      const individual = title?.subject !== "COLLECTIVE";
      const answers = Object.fromEntries(Object.entries(v.answers ?? {}).filter(([, a]) => a === "true" || a === "false"));
      return createNominationAction({
        roundId,
        titleId: v.titleId,
        memberId: individual ? v.memberId : "",
        unitId: individual ? "" : v.unitId,
        narrative: v.narrative,
        answers,
        requestKey,
      });
    },
    () => {
      // Every answer back to "not judged": an empty object would leave the selects as they were.
      const answers = Object.fromEntries(titles.flatMap((t) => t.typedCriteria.map((c) => [c.id, ""])));
      form.reset({ ...form.getValues(), memberId: "", unitId: "", narrative: "", answers });
      renewKey();
      router.refresh();
    },
  );
  const titleId = useWatch({ control: form.control, name: "titleId" });
  const title = titles.find((t) => t.id === titleId);
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <FormError message={formError} />
      </div>
      <Field label="Danh hiệu" htmlFor="titleId" error={err.titleId?.message}>
        <Select id="titleId" {...form.register("titleId")}>
          {titles.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </Select>
      </Field>
      {title?.subject === "COLLECTIVE" ? (
        <Field label="Tập thể được đề xuất" htmlFor="unitId" error={err.unitId?.message}>
          <Select id="unitId" invalid={!!err.unitId} {...form.register("unitId")}>
            <option value="">— Chọn tập thể —</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <Field label="Đoàn viên được đề xuất" htmlFor="memberId" error={err.memberId?.message}>
          <Select id="memberId" invalid={!!err.memberId} {...form.register("memberId")}>
            <option value="">— Chọn đoàn viên —</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
                {m.registeredFor.includes(titleId) && " (đã đăng ký thi đua)"}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div className="sm:col-span-2">
        <Field label="Tóm tắt thành tích" htmlFor="narrative" error={err.narrative?.message}>
          <textarea
            id="narrative"
            rows={3}
            className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300"
            {...form.register("narrative")}
          />
        </Field>
      </div>
      {title && title.typedCriteria.length > 0 && (
        <fieldset className="space-y-2 sm:col-span-2">
          <legend className="text-sm font-medium text-slate-700">Đơn vị đánh giá các tiêu chí</legend>
          {title.typedCriteria.map((c) => (
            <Field key={c.id} label={c.wording} htmlFor={`answer-${c.id}`}>
              <Select id={`answer-${c.id}`} {...form.register(`answers.${c.id}`)}>
                <option value="">— Chưa đánh giá —</option>
                <option value="true">Đạt</option>
                <option value="false">Chưa đạt</option>
              </Select>
            </Field>
          ))}
        </fieldset>
      )}
      <div className="sm:col-span-2">
        <Button type="submit" pending={pending}>
          Lưu đề xuất (bản nháp)
        </Button>
      </div>
    </form>
  );
}
