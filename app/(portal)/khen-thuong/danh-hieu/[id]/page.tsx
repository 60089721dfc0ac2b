import type { Metadata } from "next";
import Link from "next/link";
import { requireViewer } from "@/lib/auth/viewer";
import { canSomewhere, holds } from "@/lib/authz";
import { getTitle, honourPillars } from "@/lib/data/honour-titles";
import { ownAchievementsThisYear } from "@/lib/data/honour-achievements";
import { registrationCount } from "@/lib/data/title-registrations";
import { METRIC_LABELS, type CriterionMetric } from "@/lib/domain/honour-criteria";
import { HONOUR_LEVEL_LABELS, HONOUR_SUBJECT_LABELS } from "@/lib/domain/honour-labels";
import { formatNumber, todayInVietnam } from "@/lib/domain/dates";
import { recordOr404 } from "@/lib/routes/found";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";
import { TitleArchiveButton } from "@/components/honours/title-archive-button";

export const metadata: Metadata = { title: "Danh hiệu" };

export default async function TitlePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const [title, pillars, own] = await Promise.all([
    recordOr404((await params).id, (id) => getTitle(viewer, id)),
    honourPillars(viewer),
    ownAchievementsThisYear(viewer),
  ]);
  // Secretaries and the Khối (not a member, who reads only their own profile): how many members
  // in their reach aim at it this year.
  const registered =
    title.subject === "INDIVIDUAL" && holds(viewer, "member.read") ? await registrationCount(viewer, title.id) : null;
  const manages = canSomewhere(viewer, "honour.manage");
  // Criteria grouped by pillar, in the pillars' order; those of no (known) pillar last.
  const pillarOf = (p: number | null) => (p !== null && p < pillars.length ? p : null);
  const groups = [...pillars.map((name, i) => ({ name, index: i as number | null })), { name: "Tiêu chí chung", index: null }]
    .map((g) => ({ ...g, criteria: title.criteria.filter((c) => pillarOf(c.pillar) === g.index) }))
    .filter((g) => g.criteria.length > 0);
  return (
    <>
      <PageHeader
        title={title.name}
        description={`${HONOUR_SUBJECT_LABELS[title.subject]} · ${HONOUR_LEVEL_LABELS[title.level]}${title.active ? "" : " · Đã lưu trữ"}`}
        actions={
          manages ? (
            <>
              <Link href={`/khen-thuong/danh-hieu/${title.id}/sua`} className={buttonClass("secondary")}>
                Sửa
              </Link>
              <TitleArchiveButton id={title.id} version={title.version} active={title.active} />
            </>
          ) : undefined
        }
      />
      {title.description && <p className="mb-4 whitespace-pre-line text-sm text-slate-700">{title.description}</p>}
      {registered !== null && (
        <p className="mb-4 text-sm text-slate-700">
          Đăng ký thi đua năm {todayInVietnam().getUTCFullYear()}: <strong>{formatNumber(registered)}</strong> đoàn viên
        </p>
      )}
      <Card title="Tiêu chí">
        {groups.length === 0 ? (
          <p className="text-sm text-slate-600">Danh hiệu chưa có tiêu chí.{manages && " Bấm “Sửa” để thêm tiêu chí."}</p>
        ) : (
          <div className="space-y-4">
            {groups.map((g) => (
              <section key={g.name}>
                <h3 className="text-sm font-semibold text-slate-800">{g.name}</h3>
                <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm">
                  {g.criteria.map((c) => (
                    <li key={c.id}>
                      {c.wording}
                      {c.source === "COMPUTED" && c.metric && c.threshold !== null ? (
                        <>
                          <span className="ml-1 text-slate-600">
                            — tính tự động: {METRIC_LABELS[c.metric as CriterionMetric]} từ {formatNumber(c.threshold)} trở lên
                          </span>
                          {own && (
                            <OwnProgress
                              value={own.achievements[c.metric as CriterionMetric]}
                              threshold={c.threshold}
                              year={own.year}
                            />
                          )}
                        </>
                      ) : (
                        <span className="ml-1 text-slate-600">— đơn vị đề xuất đánh giá</span>
                      )}
                    </li>
                  ))}
                </ol>
              </section>
            ))}
          </div>
        )}
      </Card>
    </>
  );
}

/** Where the signed-in member stands on a computed criterion, from their confirmed records this year. */
function OwnProgress({ value, threshold, year }: { value: number; threshold: number; year: number }) {
  const met = value >= threshold;
  return (
    <span className={`ml-2 rounded px-1.5 py-0.5 text-xs ${met ? "bg-green-50 text-green-800" : "bg-amber-50 text-amber-800"}`}>
      Của bạn năm {year}: {formatNumber(value)}/{formatNumber(threshold)} · {met ? "Đạt" : "Chưa đạt"}
    </span>
  );
}
