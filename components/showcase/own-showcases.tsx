// On /ca-nhan: the profiles the Khối wrote about the member, each public only with their consent.
import { paragraphs, SHOWCASE_STATUS_LABELS } from "@/lib/domain/showcase";
import type { ShowcaseStatus } from "@/lib/generated/prisma/enums";
import { ShowcaseConsentButton } from "./showcase-forms";

type Row = {
  id: string;
  title: string;
  story: string;
  status: ShowcaseStatus;
  year: number;
  consentedAt: Date | null;
  photoId: string | null;
};

export function OwnShowcases({ rows }: { rows: Row[] }) {
  return (
    <ul className="space-y-4">
      {rows.map((r) => (
        <li key={r.id} className="rounded-md p-3 ring-1 ring-slate-200">
          <p className="text-sm font-medium text-slate-900">{r.title}</p>
          <p className="text-xs text-slate-500">
            Năm {r.year} · {SHOWCASE_STATUS_LABELS[r.status]} ·{" "}
            {r.consentedAt ? "bạn đã đồng ý công khai" : "chưa hiện trên trang công khai khi bạn chưa đồng ý"}
          </p>
          <details className="mt-2 text-sm text-slate-700">
            <summary className="cursor-pointer text-doan-700">Xem nội dung sẽ công khai</summary>
            {paragraphs(r.story).map((p, i) => (
              <p key={i} className="mt-2 whitespace-pre-line">
                {p}
              </p>
            ))}
            {r.photoId && (
              <p className="mt-2">
                <a href={`/minh-chung/${r.photoId}`} className="text-doan-700 underline" download>
                  Tải ảnh sẽ công khai
                </a>
              </p>
            )}
          </details>
          <div className="mt-3">
            {/* Keyed by the answer given: after a change the button is drawn afresh to ask the opposite. */}
            <ShowcaseConsentButton key={String(!!r.consentedAt)} profileId={r.id} consented={!!r.consentedAt} />
          </div>
        </li>
      ))}
    </ul>
  );
}
