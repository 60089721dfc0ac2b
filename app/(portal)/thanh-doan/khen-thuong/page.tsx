import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere } from "@/lib/authz";
import { cityVotes, proposalsToCity, type CityVote } from "@/lib/data/city-proposals";
import { formatNumber, formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { CityProposalRow } from "@/components/honours/city-proposal-row";
import { CityDecideForm } from "@/components/honours/city-decide";
import { CityBallotForm, CloseCityVotingButton } from "@/components/honours/city-ballot";
import { nomineeName } from "@/lib/domain/honour-labels";

export const metadata: Metadata = { title: "Đề nghị khen thưởng cấp Thành" };

/** Thành Đoàn: what the Khối under the city proposed for city-level titles, to decide. */
export default async function CityProposalsPage() {
  const viewer = await requireViewer();
  if (!canSomewhere(viewer, "honour.city")) notFound();
  const proposals = await proposalsToCity(viewer);
  const waiting = proposals.filter((p) => p.status === "SENT");
  const decided = proposals.filter((p) => p.status !== "SENT");
  const votes = await cityVotes(viewer, proposals);
  const today = formatVietnameseDate(todayInVietnam());
  return (
    <>
      <PageHeader
        title="Đề nghị khen thưởng cấp Thành"
        description={`Các Đoàn Khối trực thuộc đề nghị · ${formatNumber(waiting.length)} chờ xét · ${formatNumber(
          proposals.filter((p) => p.status === "ACCEPTED").length,
        )} đã công nhận`}
      />
      <div className="space-y-4">
        <Card title="Chờ xét">
          {waiting.length === 0 ? (
            <EmptyState title="Không có đề nghị nào chờ xét">
              Khi một Đoàn Khối gửi đề nghị khen thưởng cấp Thành, đề nghị sẽ hiện ở đây để xét.
            </EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {waiting.map((p) => (
                <CityProposalRow key={p.id} p={p} where={`${p.coSoName} · ${p.khoiName}`}>
                  <CouncilState vote={votes.get(p.id)!} />
                  {p.votingClosedAt ? (
                    <CityDecideForm id={p.id} version={p.version} today={today} />
                  ) : (
                    <>
                      <CityBallotForm proposalId={p.id} vote={votes.get(p.id)!} />
                      {votes.get(p.id)!.cast > 0 ? (
                        <div className="flex flex-wrap items-center gap-2">
                          <CloseCityVotingButton id={p.id} version={p.version} cast={votes.get(p.id)!.cast} />
                          <span className="text-slate-600">Kết thúc bỏ phiếu để xem kết quả và quyết định.</span>
                        </div>
                      ) : (
                        <CityDecideForm id={p.id} version={p.version} today={today} />
                      )}
                    </>
                  )}
                </CityProposalRow>
              ))}
            </ul>
          )}
        </Card>
        {decided.length > 0 && (
          <Card title="Đã xét">
            <ul className="divide-y divide-slate-100">
              {decided.map((p) => (
                <CityProposalRow key={p.id} p={p} where={`${p.coSoName} · ${p.khoiName}`}>
                  <CouncilState vote={votes.get(p.id)!} />
                  {p.status === "ACCEPTED" && (
                    <a
                      href={`/thanh-doan/khen-thuong/quyet-dinh/${p.id}`}
                      className="text-doan-700 underline"
                      download
                      aria-label={`Tải Quyết định số ${p.decisionNumber} (Word) công nhận ${nomineeName(p.honour.nomination)}`}
                    >
                      Tải quyết định (.docx)
                    </a>
                  )}
                </CityProposalRow>
              ))}
            </ul>
          </Card>
        )}
      </div>
    </>
  );
}

/** How far the city's council is on a proposal: ballots cast, and the tally once the vote ended. */
function CouncilState({ vote }: { vote: CityVote }) {
  if (vote.tally)
    return (
      <p className="text-slate-700">
        Hội đồng: {formatNumber(vote.tally.approve)}/{formatNumber(vote.tally.total)} phiếu đồng ý
        {vote.tally.averageScore !== null && ` · điểm trung bình ${formatNumber(vote.tally.averageScore)}`}
      </p>
    );
  if (vote.cast === 0) return null;
  return <p className="text-slate-600">Hội đồng đã có {formatNumber(vote.cast)} phiếu (kết quả hiện khi kết thúc bỏ phiếu)</p>;
}
