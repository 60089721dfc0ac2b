"use client";
// The buttons of a plan page: publish, revise, archive (with a reason), delete a draft, and a
// cơ sở's "build our plan on this one".
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { askConfirm } from "@/components/ui/confirm-dialog";
import {
  archivePlanAction,
  createCoSoPlanAction,
  deletePlanAction,
  publishPlanAction,
  revisePlanAction,
} from "@/lib/actions/plans";
import { useRequestKey } from "@/components/forms/use-request-key";

type Props = {
  id: string;
  version: number;
  status: string;
  canManage: boolean;
  /** The cơ sở the viewer may plan for, when this is a published Khối plan. */
  coSoOptions: { id: string; name: string }[];
  /** "Đã có Kế hoạch … : vẫn ban hành?" when the issuer has another plan of those years in force */
  samePlanQuestion?: string | null;
  /** The report periods publishing opens (a Khối plan's schedule), named in the same confirmation. */
  schedule?: { title: string; dueOn: string }[];
};

export function PlanActions({ id, version, status, canManage, coSoOptions, samePlanQuestion, schedule = [] }: Props) {
  const router = useRouter();
  const [archiving, setArchiving] = useState(false);
  const [comment, setComment] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [requestKey] = useRequestKey();
  const ref = { id, version };
  // One dialog says it all: never a second one stacked for the periods.
  const periods = schedule.length
    ? ` Khi ban hành sẽ mở ${schedule.length} kỳ báo cáo: ${schedule.map((s) => `${s.title} (hạn nộp ${s.dueOn})`).join("; ")}.`
    : "";

  async function archive() {
    setPending(true);
    const result = await archivePlanAction({ ...ref, comment }).catch(() => ({
      ok: false as const,
      formError: "Không kết nối được máy chủ, vui lòng thử lại.",
    }));
    setPending(false);
    if (!result.ok)
      return setError(("fieldErrors" in result && result.fieldErrors?.comment) || result.formError || "Không lưu trữ được");
    setArchiving(false);
    router.refresh();
  }

  return (
    <div className="flex flex-wrap items-start gap-2">
      {canManage && status === "DRAFT" && (
        <>
          <ConfirmActionButton
            label="Ban hành"
            variant="secondary"
            className=""
            confirm={`${samePlanQuestion ? `${samePlanQuestion} ` : ""}Ban hành văn bản này? Sau khi ban hành không sửa trực tiếp được; mọi thay đổi là một bản sửa đổi.${periods}`}
            run={async () => {
              // The same-plan question was in the confirmation already; one published since is asked now.
              const first = await publishPlanAction({ ...ref, confirmDuplicate: !!samePlanQuestion });
              const question = !first.ok ? first.fieldErrors?.confirmDuplicate : undefined;
              if (!question) return first;
              if (!(await askConfirm(question))) return { ok: true };
              return publishPlanAction({ ...ref, confirmDuplicate: true });
            }}
          />
          <ConfirmActionButton
            label="Xóa bản nháp"
            variant="danger"
            className=""
            confirm="Xóa bản nháp này? Không khôi phục được."
            run={async () => {
              const r = await deletePlanAction(ref);
              if (r.ok) router.push(r.data.nextId ? `/ke-hoach/${r.data.nextId}` : "/ke-hoach");
              return r;
            }}
          />
        </>
      )}
      {canManage && status === "PUBLISHED" && (
        <>
          <ConfirmActionButton
            label="Tạo bản sửa đổi"
            variant="secondary"
            className=""
            run={async () => {
              const r = await revisePlanAction(ref);
              if (r.ok) router.push(`/ke-hoach/${r.data.id}`);
              return r;
            }}
          />
          {!archiving && (
            <Button type="button" variant="secondary" onClick={() => setArchiving(true)}>
              Lưu trữ
            </Button>
          )}
        </>
      )}
      {status === "PUBLISHED" &&
        coSoOptions.map((c) => (
          <ConfirmActionButton
            key={c.id}
            label={coSoOptions.length > 1 ? `Xây dựng kế hoạch của ${c.name}` : "Xây dựng kế hoạch của cơ sở"}
            variant="secondary"
            className=""
            run={async () => {
              const r = await createCoSoPlanAction({ basisPlanId: id, coSoId: c.id, requestKey });
              if (r.ok) router.push(`/ke-hoach/${r.data.id}`);
              return r;
            }}
          />
        ))}
      {archiving && (
        <div className="w-full space-y-2 rounded-md border border-slate-200 p-3">
          <label htmlFor="archive-comment" className="block text-sm font-medium">
            Lý do lưu trữ
          </label>
          <textarea
            id="archive-comment"
            rows={2}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300"
          />
          <FormError message={error} />
          <div className="flex gap-2">
            <Button type="button" variant="danger" pending={pending} onClick={archive}>
              Lưu trữ kế hoạch
            </Button>
            <Button type="button" variant="secondary" onClick={() => setArchiving(false)}>
              Hủy
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
