// The comments on a shared idea, oldest first. A hidden comment is kept: those who may hide
// comments still read it, marked hidden; the others no longer see it.
import { formatVietnameseDateTime } from "@/lib/domain/dates";
import type { SharedIdeaDetail } from "@/lib/data/shared-ideas";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { hideIdeaCommentAction } from "@/lib/actions/shared-ideas";

export function CommentList({ comments }: { comments: SharedIdeaDetail["comments"] }) {
  if (!comments.length) return <p className="text-sm text-slate-600">Chưa có góp ý nào.</p>;
  return (
    <ul className="space-y-3" aria-label="Góp ý">
      {comments.map((c) => (
        <li key={c.id} className={`rounded-md px-3 py-2 ring-1 ring-slate-200 ${c.hidden ? "bg-slate-50 text-slate-500" : ""}`}>
          <p className="text-xs text-slate-500">
            {c.authorName} · {formatVietnameseDateTime(c.createdAt)}
            {c.hidden ? " · Đã ẩn" : ""}
          </p>
          <p className="whitespace-pre-line text-sm">{c.body}</p>
          {c.canHide && (
            <ConfirmActionButton
              label="Ẩn góp ý"
              confirm="Ẩn góp ý này? Góp ý vẫn được lưu lại nhưng không còn hiện với các đoàn viên khác."
              run={hideIdeaCommentAction.bind(null, { id: c.id })}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
