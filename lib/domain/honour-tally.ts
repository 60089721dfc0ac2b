// Kết quả bỏ phiếu of the hội đồng thi đua – khen thưởng: for each nominee the share of the council
// that voted for them and their average score, ranked. Proposed (đề nghị) is more than half of the
// whole council voting for, as the union's emulation rules ask (a council member who did not vote
// counts as not for). Ties share a rank (1, 1, 3) and keep their names' order.

export type Ballot = { nominationId: string; userId: string; approve: boolean; score: number | null };

export type TallyRow = {
  nominationId: string;
  votesFor: number;
  ballots: number;
  /** votesFor / council size, 0–1 */
  share: number;
  /** Mean of the scores given, rounded to 2 decimals; null when nobody scored */
  averageScore: number | null;
  rank: number;
  proposed: boolean;
};

export function tally(nominationIds: string[], ballots: Ballot[], councilSize: number): TallyRow[] {
  const rows = nominationIds.map((nominationId) => {
    const mine = ballots.filter((b) => b.nominationId === nominationId);
    const votesFor = mine.filter((b) => b.approve).length;
    const scores = mine.flatMap((b) => (b.score === null ? [] : [b.score]));
    const averageScore = scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null;
    const share = councilSize > 0 ? votesFor / councilSize : 0;
    return { nominationId, votesFor, ballots: mine.length, share, averageScore, rank: 0, proposed: votesFor * 2 > councilSize };
  });
  const order = [...rows].sort((a, b) => compare(a, b));
  order.forEach((row, i) => {
    row.rank = i > 0 && compare(order[i - 1], row) === 0 ? order[i - 1].rank : i + 1;
  });
  return order;
}

// More votes first, then the higher average score (no score ranks below any score).
function compare(a: TallyRow, b: TallyRow) {
  if (a.votesFor !== b.votesFor) return b.votesFor - a.votesFor;
  return (b.averageScore ?? -1) - (a.averageScore ?? -1);
}
