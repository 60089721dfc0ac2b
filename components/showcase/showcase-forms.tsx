"use client";
// Gương điển hình: the Khối's curators make a profile from a record, edit it, publish or take it
// down; the person named gives or withdraws consent. Each form sends the version it read.
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import {
  createShowcaseAction,
  saveShowcaseAction,
  setShowcaseConsentAction,
  setShowcaseStatusAction,
} from "@/lib/actions/showcase";
import { saveShowcaseInput, SHOWCASE_STORY_MAX, showcaseConsentInput } from "@/lib/validation/showcase";
import { useActionForm, useRefreshingForm } from "@/components/forms/use-action-form";
import { useRequestKey } from "@/components/forms/use-request-key";
import { Button } from "@/components/ui/button";
import { Field, FormError, Input, Select } from "@/components/ui/field";

type Ref = { id: string; version: number };
const area = "block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-red-500";

/** A new draft from an honour or a project; opens it once made. */
export function NewShowcaseForm({ sources }: { sources: { kind: "honour" | "project"; id: string; label: string }[] }) {
  const router = useRouter();
  const [requestKey] = useRequestKey();
  const form = useForm<{ pick: string }>({ defaultValues: { pick: "" } });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    ({ pick }) => {
      const [source, sourceId] = pick.split(":");
      return createShowcaseAction({ source: source as "honour" | "project", sourceId: sourceId ?? "", requestKey });
    },
    (data) => router.push(`/khoi/dien-hinh/${data.id}`),
  );
  const err = form.formState.errors;
  const group = (kind: "honour" | "project") => sources.filter((s) => s.kind === kind);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <Field
        label="Lập từ"
        htmlFor="pick"
        error={err.pick?.message ?? (err as Record<string, { message?: string }>).sourceId?.message}
        hint="Nội dung ban đầu lấy từ tóm tắt thành tích của khen thưởng hoặc kết quả của công trình; sửa được trước khi công khai."
      >
        <Select
          id="pick"
          invalid={!!err.pick}
          {...form.register("pick", { required: "Vui lòng chọn khen thưởng hoặc công trình" })}
        >
          <option value="">Chọn khen thưởng hoặc công trình</option>
          <optgroup label="Khen thưởng (gương điển hình)">
            {group("honour").map((s) => (
              <option key={s.id} value={`honour:${s.id}`}>
                {s.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Công trình thanh niên (mô hình hay)">
            {group("project").map((s) => (
              <option key={s.id} value={`project:${s.id}`}>
                {s.label}
              </option>
            ))}
          </optgroup>
        </Select>
      </Field>
      <Button type="submit" pending={pending}>
        Lập hồ sơ
      </Button>
    </form>
  );
}

export function EditShowcaseForm({
  p,
  pillars,
}: {
  p: Ref & { title: string; story: string; pillar: string | null; year: number; featured: boolean };
  pillars: string[];
}) {
  const {
    form,
    onSubmit,
    formError,
    pending,
    errors: err,
  } = useRefreshingForm(
    saveShowcaseInput,
    { id: p.id, version: p.version, title: p.title, story: p.story, pillar: p.pillar ?? "", year: p.year, featured: p.featured },
    saveShowcaseAction,
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormError message={formError} />
      <Field label="Tiêu đề" htmlFor="title" error={err.title?.message}>
        <Input id="title" invalid={!!err.title} {...form.register("title")} />
      </Field>
      <Field
        label="Nội dung giới thiệu"
        htmlFor="story"
        error={err.story?.message}
        hint={`Tối đa ${SHOWCASE_STORY_MAX} ký tự; để trống một dòng giữa hai đoạn. Không ghi số điện thoại, địa chỉ nhà riêng.`}
      >
        <textarea id="story" rows={10} aria-invalid={!!err.story || undefined} className={area} {...form.register("story")} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Trách nhiệm" htmlFor="pillar" error={err.pillar?.message}>
          <Select id="pillar" invalid={!!err.pillar} {...form.register("pillar")}>
            <option value="">Không phân loại</option>
            {pillars.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Năm" htmlFor="year" error={err.year?.message}>
          <Input id="year" inputMode="numeric" invalid={!!err.year} {...form.register("year")} />
        </Field>
      </div>
      <label className="flex items-start gap-2 text-sm text-slate-700">
        <input type="checkbox" className="mt-1" {...form.register("featured")} />
        <span>Nêu trên trang chủ công khai của Đoàn Khối (nổi bật)</span>
      </label>
      <Button type="submit" pending={pending}>
        Lưu
      </Button>
    </form>
  );
}

/** Publish, or take down saying why. */
export function ShowcaseStatusForm({ p, published }: { p: Ref; published: boolean }) {
  const router = useRouter();
  const form = useForm<{ reason: string }>({ defaultValues: { reason: "" } });
  const { onSubmit, formError, pending } = useActionForm(
    form,
    ({ reason }) => setShowcaseStatusAction(published ? { ...p, status: "WITHDRAWN", reason } : { ...p, status: "PUBLISHED" }),
    () => router.refresh(),
  );
  const err = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      {published && (
        <Field label="Lý do gỡ" htmlFor="reason" error={err.reason?.message}>
          <Input id="reason" invalid={!!err.reason} {...form.register("reason")} />
        </Field>
      )}
      <Button type="submit" variant={published ? "secondary" : "primary"} pending={pending}>
        {published ? "Gỡ khỏi trang công khai" : "Công khai"}
      </Button>
    </form>
  );
}

/** The person named: consent to the profile being public, or withdraw it. */
export function ShowcaseConsentButton({ profileId, consented }: { profileId: string; consented: boolean }) {
  const { onSubmit, formError, pending } = useRefreshingForm(
    showcaseConsentInput,
    { profileId, consent: !consented },
    setShowcaseConsentAction,
  );
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <FormError message={formError} />
      <Button type="submit" variant={consented ? "secondary" : "primary"} pending={pending}>
        {consented ? "Rút đồng ý công khai" : "Đồng ý công khai"}
      </Button>
    </form>
  );
}
