import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { questionFor } from "@/lib/data/questions";
import { foundOr404, idOr404 } from "@/lib/routes/found";
import { dayInVietnam, formatVietnameseDate, formatVietnameseDateTime } from "@/lib/domain/dates";
import { QUESTION_STATUS_LABELS, topicLabel } from "@/lib/domain/questions";
import { AnswerForm, AssignForm, HideForm, PublishButton, RerouteForm, RouteForm } from "@/components/questions/question-actions";
import { StatusTimeline } from "@/components/ui/status-timeline";
import { Card, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { title: "Câu hỏi của người dân" };

type Props = { params: Promise<{ id: string }> };

export default async function QuestionPage({ params }: Props) {
  const viewer = await requireViewer();
  const {
    question: q,
    answererName,
    agencies,
    answerers,
    timeline,
    mayAnswer,
    mayManage,
  } = await foundOr404(questionFor(viewer, idOr404((await params).id)));
  const ref = { id: q.id, version: q.version };
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/hoi-dap" className="text-doan-700 underline">
          ← Hỏi đáp của người dân
        </Link>
      </p>
      <PageHeader
        title={`Câu hỏi về ${topicLabel(q.topic).toLowerCase()}`}
        description={`${QUESTION_STATUS_LABELS[q.status]}${q.dueAt && q.status !== "ANSWERED" ? ` · hạn trả lời ${formatVietnameseDate(dayInVietnam(q.dueAt))}` : ""}${q.late ? " · QUÁ HẠN" : ""}`}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="Câu hỏi">
            <p className="whitespace-pre-line text-sm text-slate-900">{q.body}</p>
            <p className="mt-3 text-xs text-slate-500">
              Gửi lúc {formatVietnameseDateTime(q.createdAt)} · {q.coSo ? q.coSo.name : "Chưa rõ cơ quan"}
              {q.assignedTo && ` · Giao cho ${q.assignedTo.name}`}
              {q.hiddenAt && ` · Đã ẩn: ${q.hiddenReason ?? ""}`}
            </p>
            {q.rerouteReason && (
              <p className="mt-2 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
                Cơ sở đề nghị chuyển: {q.rerouteReason}
              </p>
            )}
          </Card>
          {q.publicBody && q.publicBody !== q.body && (
            <Card title="Câu hỏi khi công khai">
              <p className="whitespace-pre-line text-sm text-slate-900">{q.publicBody}</p>
            </Card>
          )}
          {q.answer && (
            <Card title="Câu trả lời">
              <p className="whitespace-pre-line text-sm text-slate-800">{q.answer}</p>
              <p className="mt-3 text-xs text-slate-500">
                {answererName && `${answererName} · `}
                {q.answeredAt && formatVietnameseDateTime(q.answeredAt)}
                {q.published ? " · Đã công khai" : " · Chưa công khai"}
              </p>
            </Card>
          )}
          {mayAnswer && q.status !== "ROUTING" && !q.hiddenAt && (
            <Card title={q.answer ? "Sửa câu trả lời" : "Trả lời"}>
              <AnswerForm
                key={q.version}
                q={ref}
                body={q.body}
                publicBody={q.publicBody}
                answer={q.answer}
                published={q.published}
              />
            </Card>
          )}
        </div>
        <div className="space-y-6">
          <Card title="Người hỏi">
            <dl className="space-y-1 text-sm">
              <div>
                <dt className="inline text-slate-500">Họ tên: </dt>
                <dd className="inline">{q.askerName}</dd>
              </div>
              {q.askerEmail && (
                <div>
                  <dt className="inline text-slate-500">Email: </dt>
                  <dd className="inline break-all">{q.askerEmail}</dd>
                </div>
              )}
              {q.askerPhone && (
                <div>
                  <dt className="inline text-slate-500">Điện thoại: </dt>
                  <dd className="inline">{q.askerPhone}</dd>
                </div>
              )}
            </dl>
            <p className="mt-2 text-xs text-slate-500">Chỉ dùng để trả lời câu hỏi này; không công khai.</p>
          </Card>
          {mayAnswer && q.status === "ANSWERED" && !q.hiddenAt && (
            <Card title="Công khai">
              <PublishButton key={q.version} q={ref} published={q.published} />
            </Card>
          )}
          {mayAnswer && q.status === "WAITING" && !q.hiddenAt && (
            <Card title="Giao trả lời">
              <AssignForm key={q.version} q={ref} answerers={answerers} current={q.assignedToId} />
            </Card>
          )}
          {mayAnswer && q.status === "WAITING" && (
            <Card title="Không thuộc cơ quan?">
              <RerouteForm key={q.version} q={ref} />
            </Card>
          )}
          {mayManage && q.status !== "ANSWERED" && (
            <Card title={q.status === "ROUTING" ? "Chuyển câu hỏi" : "Chuyển sang cơ quan khác"}>
              <RouteForm key={q.version} q={ref} agencies={agencies} current={q.status === "WAITING" ? q.coSoId : null} />
            </Card>
          )}
          {mayManage && (
            <Card title="Kiểm duyệt">
              <HideForm key={q.version} q={ref} hidden={!!q.hiddenAt} />
            </Card>
          )}
          <Card title="Lịch sử">
            <StatusTimeline entries={timeline} labels={QUESTION_STATUS_LABELS} showNames />
          </Card>
        </div>
      </div>
    </>
  );
}
