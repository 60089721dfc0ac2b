"use client";
// "Hoàn tất ghi nhận": every item answered, the visit is made and counts as inspected.
import { finishVisitAction } from "@/lib/actions/inspections";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";

export function FinishVisitButton({ visit, missing }: { visit: { id: string; version: number }; missing: number }) {
  return (
    <ConfirmActionButton
      label="Hoàn tất ghi nhận"
      variant="secondary"
      className=""
      confirm={
        missing > 0
          ? `Còn ${missing} nội dung chưa ghi kết quả. Vẫn thử hoàn tất?`
          : "Hoàn tất ghi nhận buổi kiểm tra? Cơ sở được tính là đã kiểm tra; kết quả vẫn sửa được đến khi có kết luận."
      }
      run={() => finishVisitAction({ id: visit.id, version: visit.version })}
    />
  );
}
