"use client";
import { Button } from "@/components/ui/button";

/** The button row of a small inline form: submit (with progress) and Hủy. */
export function SubmitCancel({ pending, label = "Lưu", onCancel }: { pending: boolean; label?: string; onCancel: () => void }) {
  return (
    <div className="flex gap-2">
      <Button type="submit" pending={pending}>
        {label}
      </Button>
      <Button type="button" variant="secondary" onClick={onCancel}>
        Hủy
      </Button>
    </div>
  );
}
