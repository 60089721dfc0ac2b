"use client";
// What a handler does with a citizen's question: answer (and publish), ask the Khối to reroute,
// route it (Khối), hide it (Khối). Each form sends the version it read: a colleague's change in
// between is refused with a message, never overwritten. The page keys each form by the version,
// so after a change the refreshed page draws them afresh with the new one.
import {
  answerQuestionAction,
  assignQuestionAction,
  hideQuestionAction,
  publishQuestionAction,
  rerouteQuestionAction,
  routeQuestionAction,
} from "@/lib/actions/questions";
import {
  ANSWER_MAX,
  answerQuestionInput,
  assignQuestionInput,
  hideQuestionInput,
  publishQuestionInput,
  rerouteQuestionInput,
  routeQuestionInput,
} from "@/lib/validation/questions";
import { useRefreshingForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormError, Select } from "@/components/ui/field";

type Ref = { id: string; version: number };
const area = "block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300 aria-[invalid=true]:ring-red-500";

/**
 * Answer, with the question as it will be published: the agency takes out what identifies the
 * asker (a name, a phone number written in the question). Publishing is the agency's choice, off
 * until it ticks it.
 */
export function AnswerForm({
  q,
  body,
  publicBody,
  answer,
  published,
}: {
  q: Ref;
  body: string;
  publicBody: string | null;
  answer: string | null;
  published: boolean;
}) {
  const {
    form,
    onSubmit,
    formError,
    pending,
    errors: err,
  } = useRefreshingForm(
    answerQuestionInput,
    { ...q, answer: answer ?? "", publicBody: publicBody ?? body, publish: published },
    answerQuestionAction,
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <Field
        label="Nội dung trả lời"
        htmlFor="answer"
        error={err.answer?.message}
        hint={`Tối đa ${ANSWER_MAX} ký tự. Người hỏi xem bằng mã tra cứu.`}
      >
        <textarea id="answer" rows={8} aria-invalid={!!err.answer || undefined} className={area} {...form.register("answer")} />
      </Field>
      <Field
        label="Câu hỏi khi công khai"
        htmlFor="publicBody"
        error={err.publicBody?.message}
        hint="Xóa tên, số điện thoại, địa chỉ… của người hỏi nếu có trong câu hỏi trước khi công khai."
      >
        <textarea
          id="publicBody"
          rows={4}
          aria-invalid={!!err.publicBody || undefined}
          className={area}
          {...form.register("publicBody")}
        />
      </Field>
      <label className="flex items-start gap-2 text-sm text-slate-700">
        <input type="checkbox" className="mt-1" {...form.register("publish")} />
        <span>
          Công khai câu hỏi (như trên) và câu trả lời trên trang Hỏi đáp, không kèm tên, thông tin liên hệ của người hỏi
        </span>
      </label>
      <Button type="submit" pending={pending}>
        {answer ? "Cập nhật câu trả lời" : "Gửi trả lời"}
      </Button>
    </form>
  );
}

export function PublishButton({ q, published }: { q: Ref; published: boolean }) {
  const { onSubmit, formError, pending } = useRefreshingForm(
    publishQuestionInput,
    { ...q, published: !published },
    publishQuestionAction,
  );
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <FormError message={formError} />
      <Button type="submit" variant="secondary" pending={pending}>
        {published ? "Thôi công khai" : "Công khai câu trả lời"}
      </Button>
    </form>
  );
}

export function RerouteForm({ q }: { q: Ref }) {
  const {
    form,
    onSubmit,
    formError,
    pending,
    errors: err,
  } = useRefreshingForm(rerouteQuestionInput, { ...q, reason: "" }, rerouteQuestionAction);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <Field label="Lý do (câu hỏi thuộc cơ quan nào?)" htmlFor="reason" error={err.reason?.message}>
        <textarea id="reason" rows={2} aria-invalid={!!err.reason || undefined} className={area} {...form.register("reason")} />
      </Field>
      <Button type="submit" variant="secondary" pending={pending}>
        Đề nghị Đoàn Khối chuyển
      </Button>
    </form>
  );
}

/** Giao câu hỏi: to one of the agency's answerers, or back to the common list. */
export function AssignForm({
  q,
  answerers,
  current,
}: {
  q: Ref;
  answerers: { id: string; name: string }[];
  current: string | null;
}) {
  const {
    form,
    onSubmit,
    formError,
    pending,
    errors: err,
  } = useRefreshingForm(assignQuestionInput, { ...q, assigneeId: current ?? "" }, assignQuestionAction);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <Field
        label="Người trả lời"
        htmlFor="assigneeId"
        error={err.assigneeId?.message}
        hint="Người được giao nhận thông báo và nhắc hạn; bí thư cơ sở vẫn theo dõi được."
      >
        <Select id="assigneeId" invalid={!!err.assigneeId} {...form.register("assigneeId")}>
          <option value="">Chưa giao (chung của cơ sở)</option>
          {answerers.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary" pending={pending}>
        Lưu phân công
      </Button>
    </form>
  );
}

export function RouteForm({
  q,
  agencies,
  current,
}: {
  q: Ref;
  agencies: { id: string; name: string }[];
  current: string | null;
}) {
  const {
    form,
    onSubmit,
    formError,
    pending,
    errors: err,
  } = useRefreshingForm(routeQuestionInput, { ...q, coSoId: "" }, routeQuestionAction);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      <Field label="Chuyển đến cơ quan" htmlFor="coSoId" error={err.coSoId?.message}>
        <Select id="coSoId" invalid={!!err.coSoId} {...form.register("coSoId")}>
          <option value="">Chọn cơ quan trả lời</option>
          {agencies
            .filter((a) => a.id !== current)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
        </Select>
      </Field>
      <Button type="submit" pending={pending}>
        Chuyển câu hỏi
      </Button>
    </form>
  );
}

export function HideForm({ q, hidden }: { q: Ref; hidden: boolean }) {
  const {
    form,
    onSubmit,
    formError,
    pending,
    errors: err,
  } = useRefreshingForm(hideQuestionInput, { ...q, hidden: !hidden, reason: "" }, hideQuestionAction);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <FormError message={formError} />
      {!hidden && (
        <Field label="Lý do ẩn (nội dung xúc phạm, quảng cáo, không liên quan…)" htmlFor="hideReason" error={err.reason?.message}>
          <textarea
            id="hideReason"
            rows={2}
            aria-invalid={!!err.reason || undefined}
            className={area}
            {...form.register("reason")}
          />
        </Field>
      )}
      <Button type="submit" variant={hidden ? "secondary" : "danger"} pending={pending}>
        {hidden ? "Hiện lại câu hỏi" : "Ẩn câu hỏi"}
      </Button>
    </form>
  );
}
