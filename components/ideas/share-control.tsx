// The owner's "Chia sẻ trong Khối" / "Thôi chia sẻ" on their idea's entry page. Private is the
// default; only an idea sent for review or confirmed may be shared.
import Link from "next/link";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { publishIdeaAction, unpublishIdeaAction } from "@/lib/actions/shared-ideas";

export function ShareControl({ id, shared, canShare }: { id: string; shared: boolean; canShare: boolean }) {
  if (shared)
    return (
      <div className="space-y-2 text-sm">
        <p>
          Ý tưởng đang được chia sẻ trong Khối: mọi đoàn viên của Khối đọc, ủng hộ và góp ý được.{" "}
          <Link href={`/y-tuong/${id}`} className="text-doan-700 underline">
            Xem trang chia sẻ
          </Link>
        </p>
        <ConfirmActionButton
          label="Thôi chia sẻ"
          variant="secondary"
          className=""
          confirm="Thôi chia sẻ ý tưởng này? Ý tưởng chỉ còn bạn và Bí thư xem được; lượt ủng hộ và góp ý được giữ lại."
          run={unpublishIdeaAction.bind(null, { id })}
        />
      </div>
    );
  if (!canShare)
    return <p className="text-sm text-slate-600">Chỉ chia sẻ được ý tưởng đang chờ xác nhận hoặc đã được xác nhận.</p>;
  return (
    <div className="space-y-2 text-sm">
      <p className="text-slate-600">
        Ý tưởng đang ở chế độ riêng tư. Chia sẻ để các đoàn viên trong Khối cùng đọc, ủng hộ và nhân rộng.
      </p>
      <ConfirmActionButton
        label="Chia sẻ trong Khối"
        variant="secondary"
        className=""
        confirm="Chia sẻ ý tưởng này trong Khối? Mọi đoàn viên của Khối sẽ thấy tên bạn, cơ sở Đoàn và nội dung ý tưởng."
        run={publishIdeaAction.bind(null, { id })}
      />
    </div>
  );
}
