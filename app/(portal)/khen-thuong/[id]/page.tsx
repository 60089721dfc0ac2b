import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { grantsFor, holds } from "@/lib/authz";
import { getRound } from "@/lib/data/honour-rounds";
import { listNominations, nominationOptions } from "@/lib/data/nominations";
import { councilCandidates, councilOf } from "@/lib/data/honour-council";
import { decisionsOf } from "@/lib/data/honour-decisions";
import { cityTitles, proposalsOfRound } from "@/lib/data/city-proposals";
import { evidenceOf } from "@/lib/data/evidence";
import { formatNumber, formatVietnameseDate, todayInVietnam } from "@/lib/domain/dates";
import { METRIC_LABELS, metCount, type Criterion } from "@/lib/domain/honour-criteria";
import { HONOUR_SUBJECT_LABELS, NOMINATION_STATUS_LABELS, ROUND_STATUS_LABELS, nomineeName } from "@/lib/domain/honour-labels";
import { planTitle } from "@/lib/domain/plan-labels";
import { recordOr404 } from "@/lib/routes/found";
import { Card, EmptyState, PageHeader } from "@/components/ui/page";
import { NominationForm } from "@/components/honours/nomination-form";
import { CloseNominationsButton, OwnNominationActions, ReturnNomination } from "@/components/honours/nomination-actions";
import { BallotForm, CloseVotingButton, CouncilForm } from "@/components/honours/council";
import { CouncilTally } from "@/components/honours/council-tally";
import { DecisionForm } from "@/components/honours/decision-form";
import { DecisionList } from "@/components/honours/decision-list";
import { AmendDecisionForm } from "@/components/honours/amend-decision-form";
import { CityForwardForm, WithdrawProposalButton } from "@/components/honours/city-forward";
import { CityProposalRow } from "@/components/honours/city-proposal-row";
import { EvidenceList, EvidenceUpload } from "@/components/activities/evidence-files";

export const metadata: Metadata = { title: "Đợt xét chọn" };

export default async function RoundPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const round = await recordOr404((await params).id, (id) => getRound(viewer, id));
  const manages = holds(viewer, "honour.manage", { at: ["KHOI"] });
  const nominates = holds(viewer, "honour.nominate", { at: ["CO_SO", "CHI_DOAN"] });
  // The cơ sở the viewer sends to the Khối for; a chi đoàn secretary sends to their cơ sở.
  const ownCoSo = new Set(
    grantsFor(viewer, "honour.nominate")
      .filter((g) => g.unitKind === "CO_SO")
      .map((g) => g.unitId),
  );
  const chiDoanOnly = nominates && ownCoSo.size === 0;
  const [nominations, options, council, decisions] = await Promise.all([
    listNominations(viewer, round.id),
    nominates ? nominationOptions(viewer, round.khoiId, round.year) : null,
    holds(viewer, "honour.read", { at: ["KHOI"] }) ? councilOf(viewer, round.id) : null,
    decisionsOf(viewer, round.id),
  ]);
  const files = await evidenceOf(
    viewer,
    round.khoiId,
    "Nomination",
    nominations.map((n) => n.id),
  );
  const filesOf = (id: string) => files.filter((f) => f.ownerId === id);
  const forwards = round.status === "DECIDED" && holds(viewer, "honour.forward", { at: ["KHOI"] });
  const [proposals, forwardTitles] = forwards
    ? await Promise.all([proposalsOfRound(viewer, round.id), cityTitles(viewer, round.khoiId)])
    : [[], []];
  const open = round.status === "OPEN";
  const voting = round.status === "VOTING";
  const ballotsCast = council?.seats.some((s) => s.voted > 0) ?? false;
  const candidates = manages && (open || voting) && !ballotsCast ? await councilCandidates(viewer, round.id) : null;
  const beforeDue = todayInVietnam() <= round.dueOn;
  const titles = round.titles.map((t) => ({
    id: t.titleId,
    name: t.title.name,
    subject: t.title.subject,
    criteria: t.criteria as unknown as Criterion[],
  }));
  const titleName = new Map(titles.map((t) => [t.id, t]));
  // A decision is signed as the round's plan was, dated today, unless changed on the form.
  const signatureDefaults = {
    signedOn: formatVietnameseDate(todayInVietnam()),
    signOnBehalf: round.plan.signOnBehalf ?? "TM. BAN THƯỜNG VỤ",
    signTitle: round.plan.signTitle ?? "BÍ THƯ",
    signName: round.plan.signName ?? "",
  };
  return (
    <>
      <PageHeader
        title={round.name}
        description={`${ROUND_STATUS_LABELS[round.status]} · Hạn đề xuất ${formatVietnameseDate(round.dueOn)}${
          round.quotaPerCoSo ? ` · Tối đa ${round.quotaPerCoSo} đề xuất mỗi cơ sở cho mỗi danh hiệu` : ""
        }`}
        actions={
          manages && open ? (
            <CloseNominationsButton id={round.id} version={round.version} />
          ) : council?.chair && voting ? (
            <CloseVotingButton
              id={round.id}
              version={round.version}
              missing={council.seats.reduce((n, s) => n + Math.max(0, council.nominationCount - s.voted), 0)}
            />
          ) : undefined
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="Thông tin đợt" className="lg:col-span-1">
          <dl className="space-y-2 text-sm">
            <div>
              <dt className="text-slate-500">Theo</dt>
              <dd>
                <Link href={`/ke-hoach/${round.plan.id}`} className="text-doan-700 underline">
                  {planTitle(round.plan)}
                </Link>
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">Xét thành tích</dt>
              <dd>
                từ {formatVietnameseDate(round.periodFrom)} đến {formatVietnameseDate(round.periodTo)}
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">Danh hiệu</dt>
              <dd>
                <ul className="list-disc pl-5">
                  {titles.map((t) => (
                    <li key={t.id}>
                      {t.name} ({HONOUR_SUBJECT_LABELS[t.subject]})
                      <ul className="list-[circle] pl-5 text-slate-600">
                        {t.criteria.map((c) => (
                          <li key={c.id}>
                            {c.wording}
                            {c.source === "COMPUTED" && ` (${METRIC_LABELS[c.metric]} ≥ ${formatNumber(c.threshold)})`}
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
            {round.indicators.length > 0 && (
              <div>
                <dt className="text-slate-500">Tính vào chỉ tiêu</dt>
                <dd>{round.indicators.map((i) => `${i.indicator.code} ${i.indicator.wording}`).join("; ")}</dd>
              </div>
            )}
            {round.note && (
              <div>
                <dt className="text-slate-500">Ghi chú</dt>
                <dd className="whitespace-pre-line">{round.note}</dd>
              </div>
            )}
          </dl>
        </Card>
        <div className="space-y-4 lg:col-span-2">
          {nominates && options && open && beforeDue && (
            <Card title="Lập đề xuất">
              <NominationForm
                roundId={round.id}
                titles={titles.map((t) => ({
                  id: t.id,
                  name: t.name,
                  subject: t.subject,
                  typedCriteria: t.criteria.filter((c) => c.source === "TYPED").map((c) => ({ id: c.id, wording: c.wording })),
                }))}
                members={options.members}
                units={options.units}
              />
            </Card>
          )}
          <Card title={manages ? "Đề xuất các cơ sở đã gửi" : chiDoanOnly ? "Đề xuất của chi đoàn" : "Đề xuất của cơ sở"}>
            {nominations.length === 0 ? (
              <EmptyState title="Chưa có đề xuất">
                {nominates && open && chiDoanOnly
                  ? "Chọn danh hiệu và người được đề xuất ở trên, lưu bản nháp rồi bấm “Gửi cơ sở” trước hạn: cơ sở Đoàn gửi tiếp lên Đoàn Khối."
                  : nominates && open
                    ? "Chọn danh hiệu và người được đề xuất ở trên, lưu bản nháp rồi bấm “Gửi” trước hạn."
                    : "Khi cơ sở gửi đề xuất, đề xuất sẽ hiện ở đây."}
              </EmptyState>
            ) : (
              <ul className="divide-y divide-slate-100">
                {nominations.map((n) => {
                  const t = titleName.get(n.titleId);
                  return (
                    <li key={n.id} className="space-y-1 py-3 text-sm">
                      <div className="flex flex-wrap items-baseline justify-between gap-2">
                        <span className="font-medium text-slate-900">{nomineeName(n)}</span>
                        <span className="text-slate-600">
                          {NOMINATION_STATUS_LABELS[n.status]}
                          {n.late && " · Trễ hạn"}
                        </span>
                      </div>
                      <p className="text-slate-600">
                        {t?.name} · Đạt {metCount(n.results)}/{n.results.length} tiêu chí
                        {n.chiDoanId && !manages && " · Chi đoàn đề xuất"}
                      </p>
                      <ul className="flex flex-wrap gap-1">
                        {n.results.map((r, i) => (
                          <li
                            key={r.id}
                            title={t?.criteria[i]?.wording}
                            className={`rounded px-1.5 py-0.5 text-xs ${
                              r.met === true
                                ? "bg-green-50 text-green-800"
                                : r.met === false
                                  ? "bg-red-50 text-red-700"
                                  : "bg-slate-100 text-slate-600"
                            }`}
                          >
                            {t?.criteria[i]?.wording}
                            {r.value !== null && `: ${formatNumber(r.value)}/${formatNumber(r.threshold ?? 0)}`} ·{" "}
                            {r.met === true ? "Đạt" : r.met === false ? "Chưa đạt" : "Chưa đánh giá"}
                          </li>
                        ))}
                      </ul>
                      {n.narrative && <p className="whitespace-pre-line text-slate-700">{n.narrative}</p>}
                      {open && nominates && n.status !== "SUBMITTED" ? (
                        <details className="rounded border border-slate-200 px-2 py-1" open={filesOf(n.id).length > 0}>
                          <summary className="cursor-pointer text-slate-700">Minh chứng ({filesOf(n.id).length})</summary>
                          <EvidenceUpload
                            ownerType="Nomination"
                            ownerId={n.id}
                            files={filesOf(n.id)}
                            inputId={`nomination-evidence-${n.id}`}
                          />
                        </details>
                      ) : (
                        filesOf(n.id).length > 0 && (
                          <div>
                            <p className="text-slate-600">Minh chứng:</p>
                            <EvidenceList files={filesOf(n.id)} />
                          </div>
                        )
                      )}
                      {n.reviewComment && n.status === "RETURNED" && (
                        <p className="text-amber-800">Lý do trả lại: {n.reviewComment}</p>
                      )}
                      {open && nominates && (
                        <OwnNominationActions id={n.id} version={n.version} status={n.status} byCoSo={ownCoSo.has(n.coSoId)} />
                      )}
                      {open && manages && n.status === "SUBMITTED" && <ReturnNomination id={n.id} version={n.version} />}
                    </li>
                  );
                })}
              </ul>
            )}
          </Card>
          {decisions.length > 0 && (
            <Card title="Quyết định khen thưởng">
              <DecisionList roundId={round.id} decisions={decisions} />
            </Card>
          )}
          {forwards && (
            <Card title="Đề nghị Thành Đoàn khen thưởng">
              {proposals.length > 0 && (
                <ul className="mb-3 divide-y divide-slate-100">
                  {proposals.map((p) => (
                    <CityProposalRow key={p.id} p={p}>
                      {p.status === "SENT" && (
                        <WithdrawProposalButton id={p.id} version={p.version} name={nomineeName(p.honour.nomination)} />
                      )}
                    </CityProposalRow>
                  ))}
                </ul>
              )}
              {forwardTitles.length === 0 ? (
                <EmptyState title="Chưa có danh hiệu cấp Thành">
                  Thêm danh hiệu cấp Thành tại{" "}
                  <Link href="/khen-thuong/danh-hieu" className="text-doan-700 underline">
                    Danh hiệu thi đua
                  </Link>{" "}
                  để đề nghị Thành Đoàn xét các gương tiêu biểu của đợt này.
                </EmptyState>
              ) : (
                <CityForwardForm
                  roundId={round.id}
                  titles={forwardTitles}
                  honours={decisions.flatMap((d) =>
                    d.honours
                      .filter((h) => !h.revokedById)
                      .map((h) => ({
                        id: h.id,
                        subject: h.subject,
                        label: `${nomineeName(h.nomination)} — ${h.titleName} (QĐ ${d.number})`,
                        proposedFor: proposals
                          .filter((p) => p.honour.id === h.id && p.status !== "WITHDRAWN")
                          .map((p) => p.titleId),
                      })),
                  )}
                />
              )}
            </Card>
          )}
          {manages && round.status === "DECIDED" && decisions.length > 0 && (
            <Card title="Sửa đổi, bổ sung quyết định">
              <AmendDecisionForm
                roundId={round.id}
                version={round.version}
                decisions={decisions.map((d) => ({
                  id: d.id,
                  label: `Quyết định số ${d.number} ngày ${formatVietnameseDate(d.signedOn)}`,
                }))}
                addable={nominations
                  .filter(
                    (n) =>
                      n.status === "SUBMITTED" &&
                      !decisions.some((d) => d.honours.some((h) => h.nomination.id === n.id && !h.revokedById)),
                  )
                  .map((n) => ({
                    id: n.id,
                    label: `${nomineeName(n)} — ${titleName.get(n.titleId)?.name ?? ""}`,
                  }))}
                standing={decisions.flatMap((d) =>
                  d.honours
                    .filter((h) => !h.revokedById)
                    .map((h) => ({
                      id: h.id,
                      label: `${nomineeName(h.nomination)} — ${h.titleName} (QĐ ${d.number})`,
                    })),
                )}
                defaults={signatureDefaults}
              />
            </Card>
          )}
          {manages && round.status === "CLOSED" && (
            <Card title="Ra quyết định khen thưởng">
              <DecisionForm
                roundId={round.id}
                version={round.version}
                choices={nominations
                  .filter((n) => n.status === "SUBMITTED")
                  .map((n) => ({
                    nominationId: n.id,
                    label: `${nomineeName(n)} — ${titleName.get(n.titleId)?.name ?? ""}`,
                    proposed: council?.tally?.rows.some((r) => r.nominationId === n.id && r.proposed) ?? false,
                  }))}
                defaults={signatureDefaults}
              />
            </Card>
          )}
          {council?.tally && (
            <Card title="Kết quả bỏ phiếu của hội đồng">
              <CouncilTally
                tally={council.tally}
                titles={titles.map((t) => ({ id: t.id, name: t.name }))}
                nominees={Object.fromEntries(nominations.map((n) => [n.id, nomineeName(n)]))}
              />
            </Card>
          )}
          {council?.seated && voting && (
            <Card title="Phiếu của tôi">
              <p className="mb-2 text-sm text-slate-600">
                Phiếu chỉ mình bạn xem được cho đến khi chủ tịch hội đồng kết thúc bỏ phiếu; bạn sửa được phiếu cho đến lúc đó.
              </p>
              <BallotForm
                roundId={round.id}
                rows={nominations
                  .filter((n) => n.status === "SUBMITTED")
                  .map((n) => {
                    const mine = council.myBallots.find((b) => b.nominationId === n.id);
                    return {
                      nominationId: n.id,
                      nominee: nomineeName(n),
                      title: titleName.get(n.titleId)?.name ?? "",
                      met: `Đạt ${metCount(n.results)}/${n.results.length} tiêu chí`,
                      approve: mine?.approve ?? null,
                      score: mine?.score ?? null,
                      version: mine?.version ?? null,
                    };
                  })}
              />
            </Card>
          )}
          {council && (manages || council.seated) && (
            <Card title="Hội đồng thi đua">
              {council.seats.length === 0 ? (
                <p className="text-sm text-slate-600">
                  Chưa lập hội đồng. Chọn các cán bộ Đoàn Khối tham gia và chủ tịch hội đồng trước khi ngừng nhận đề xuất.
                </p>
              ) : (
                <ul className="mb-3 divide-y divide-slate-100 text-sm">
                  {council.seats.map((s) => (
                    <li key={s.id} className="flex flex-wrap justify-between gap-2 py-1.5">
                      <span>
                        {s.name}
                        {s.chair && <span className="ml-1 text-slate-500">(Chủ tịch hội đồng)</span>}
                      </span>
                      {voting && (
                        <span className="text-slate-600">
                          Đã bỏ {s.voted}/{council.nominationCount} phiếu
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              {candidates && (
                <CouncilForm
                  roundId={round.id}
                  version={round.version}
                  candidates={candidates}
                  members={council.seats.map((s) => s.userId)}
                  chairId={council.seats.find((s) => s.chair)?.userId ?? null}
                />
              )}
            </Card>
          )}
        </div>
      </div>
    </>
  );
}
