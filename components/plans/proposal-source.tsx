// Where a proposed indicator came from and how it reads now: the sentence with the target marked,
// "Đọc là: …" from the row's current values, the extractor's reason, and a badge when it was read
// outside the plan's targets section (such proposals are more often wrong).
import { readAs, sourceParts, type ProposalRow } from "./proposal-review";

export function ProposalSource({ row, sourceError }: { row: ProposalRow | undefined; sourceError?: string }) {
  if (!row) return null;
  const source = row.source ?? "";
  return (
    <div className="space-y-1 text-sm text-slate-700 [overflow-wrap:anywhere]">
      {row.inTargets === false && (
        <p>
          <span className="inline-block rounded bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-300">
            Ngoài mục chỉ tiêu
          </span>
        </p>
      )}
      {source && (
        <p data-testid="proposal-source">
          <span className="font-medium">Trích từ văn bản:</span> “
          {sourceParts(source, row.highlight).map((p, i) =>
            p.marked ? (
              <mark key={i} className="rounded bg-yellow-200 px-0.5 text-slate-900">
                {p.text}
              </mark>
            ) : (
              <span key={i}>{p.text}</span>
            ),
          )}
          ”
        </p>
      )}
      {sourceError && (
        <p className="text-red-600" role="alert">
          {sourceError}
        </p>
      )}
      <p data-testid="proposal-read-as" className="text-slate-800">
        {readAs(row)}
      </p>
      {row.reason && <p className="text-xs text-slate-600">Lý do: {row.reason}</p>}
    </div>
  );
}
