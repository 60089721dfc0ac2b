// Khối activities with their dates, deadline and (for a cơ sở) its own registration state.
import Link from "next/link";
import type { ActivityDto } from "@/lib/data/activities";
import { formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { ACTIVITY_KIND_LABELS } from "@/lib/domain/plan-labels";

export function registrationState(a: Pick<ActivityDto, "registrationDeadline">) {
  if (!a.registrationDeadline) return "Không cần đăng ký";
  return todayInVietnam() <= a.registrationDeadline
    ? `Hạn đăng ký ${formatVietnameseDate(a.registrationDeadline)}`
    : "Đã hết hạn đăng ký";
}

export function ActivityList({ activities, compact = false }: { activities: ActivityDto[]; compact?: boolean }) {
  if (activities.length === 0) return <p className="text-sm text-slate-600">Chưa có hoạt động nào.</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {activities.map((a) => (
        <li key={a.id} className="py-2 text-sm" data-testid="activity-item">
          <Link href={`/hoat-dong/${a.id}`} className="font-medium text-doan-800 hover:underline">
            {a.name}
          </Link>
          <p className="text-xs text-slate-600">
            {ACTIVITY_KIND_LABELS[a.kind]} · {formatVietnameseDate(a.startsOn)}
            {a.endsOn && a.endsOn.getTime() !== a.startsOn.getTime() ? ` – ${formatVietnameseDate(a.endsOn)}` : ""} ·{" "}
            {registrationState(a)}
            {!compact && ` · ${a.registeredCount} cơ sở đăng ký`}
          </p>
          {a.ownRegistration?.status === "REGISTERED" && (
            <p className="text-xs font-medium text-green-700">
              Cơ sở của bạn đã đăng ký{a.ownRegistration.reportedAt ? " · đã báo cáo kết quả" : ""}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
