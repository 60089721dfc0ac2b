// On the Khối's compiled report: what the cơ sở wrote in their accepted reports, per pillar and
// for the assessment, to quote from while writing the Khối's text.
import type { ReportDetail } from "@/lib/data/report-reads";

export function SourceTexts({ pillars, sources }: { pillars: string[]; sources: ReportDetail["sources"] }) {
  if (!sources.length) return <p className="text-sm text-slate-600">Chưa có báo cáo cơ sở nào được duyệt trong đợt này.</p>;
  const parts = [
    ...pillars.map((heading, i) => ({
      heading: `${i + 1}. ${heading}`,
      text: (s: ReportDetail["sources"][number]) => s.narratives[i],
    })),
    { heading: "Ưu điểm", text: (s: ReportDetail["sources"][number]) => s.strengths },
    { heading: "Hạn chế", text: (s: ReportDetail["sources"][number]) => s.weaknesses },
    { heading: "Đề xuất, kiến nghị", text: (s: ReportDetail["sources"][number]) => s.proposals },
  ];
  return (
    <div className="space-y-2">
      {parts.map((part) => (
        <details key={part.heading} className="rounded-md ring-1 ring-slate-200">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-slate-800">{part.heading}</summary>
          <ul className="space-y-2 px-3 pb-3 text-sm">
            {sources
              .filter((s) => part.text(s))
              .map((s) => (
                <li key={s.id}>
                  <span className="font-medium">{s.name}:</span>{" "}
                  <span className="whitespace-pre-line text-slate-700">{part.text(s)}</span>
                </li>
              ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
