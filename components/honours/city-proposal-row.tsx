// One proposal to the Thành Đoàn as both sides read it: who, for which title, on the strength of
// which Khối decision, the Khối's word and, once decided, the city's answer.
import type { ReactNode } from "react";
import { formatVietnameseDate } from "@/lib/domain/dates";
import { CITY_PROPOSAL_STATUS_LABELS, nomineeName } from "@/lib/domain/honour-labels";
import type { RoundProposalDto } from "@/lib/data/city-proposals";

const TONE = {
  SENT: "bg-amber-50 text-amber-800",
  WITHDRAWN: "bg-slate-100 text-slate-600",
  ACCEPTED: "bg-green-50 text-green-800",
  DECLINED: "bg-red-50 text-red-700",
} as const;

export function CityProposalRow({ p, where, children }: { p: RoundProposalDto; where?: string; children?: ReactNode }) {
  const who = p.honour.nomination.member;
  return (
    <li className="space-y-1 py-3 text-sm">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-medium text-slate-900">{nomineeName(p.honour.nomination)}</span>
        <span className={`rounded px-1.5 py-0.5 text-xs ${TONE[p.status]}`}>{CITY_PROPOSAL_STATUS_LABELS[p.status]}</span>
      </div>
      {who && (who.position || who.agency) && (
        <p className="text-slate-600">{[who.position, who.agency].filter(Boolean).join(", ")}</p>
      )}
      {where && <p className="text-slate-600">{where}</p>}
      <p className="text-slate-600">
        Đề nghị: {p.titleName} · Căn cứ: {p.honour.titleName} (QĐ số {p.honour.decision.number} ngày{" "}
        {formatVietnameseDate(p.honour.decision.signedOn)}) · Gửi ngày {formatVietnameseDate(p.sentAt)}
      </p>
      <p className="whitespace-pre-line text-slate-700">{p.reason}</p>
      {p.status === "ACCEPTED" && p.decidedOn && (
        <p className="text-green-800">
          Quyết định số {p.decisionNumber} ngày {formatVietnameseDate(p.decidedOn)}
        </p>
      )}
      {p.status === "DECLINED" && p.decisionNote && <p className="text-red-700">Lý do: {p.decisionNote}</p>}
      {p.honour.revokedById && <p className="text-amber-800">Đoàn Khối đã thu hồi khen thưởng làm căn cứ.</p>}
      {children}
    </li>
  );
}
