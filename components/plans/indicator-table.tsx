// The indicators of a plan as a table; in a draft the issuer edits them in place.
import type { IndicatorDto, PlanDto } from "@/lib/data/plans";
import { APPLIES_TO_LABELS, formatPeriod, formatTarget, HONOUR_LEVEL_LABELS } from "@/lib/domain/plan-labels";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { deleteIndicatorAction } from "@/lib/actions/plans";
import { IndicatorEditor } from "./indicator-editor";
import { TargetEditor } from "./target-editor";
import type { IndicatorFormValues } from "./indicator-fields";
import { formatYearTargets } from "./indicator-values";
import { scrollRegion } from "@/components/ui/scroll-region";

function formValues(i: IndicatorDto): IndicatorFormValues {
  return {
    code: i.code,
    wording: i.wording,
    pillar: i.pillar === null ? "" : String(i.pillar),
    measure: i.measure,
    recordKind: i.recordKind ?? "",
    targetKind: i.targetKind,
    target: String(i.target),
    minTarget: i.minTarget === null ? "" : String(i.minTarget),
    unitLabel: i.unitLabel,
    appliesTo: i.appliesTo,
    period: i.period,
    months: i.months.join(", "),
    honourLevel: i.honourLevel ?? "",
    yearTargets: formatYearTargets(i.yearTargets),
    source: i.source ?? "",
  };
}

export function IndicatorTable({ plan, editable }: { plan: PlanDto; editable: boolean }) {
  const byPillar = (i: IndicatorDto) => (i.pillar === null ? "" : (plan.pillars[i.pillar] ?? ""));
  return (
    <div className="space-y-3">
      {plan.indicators.length === 0 ? (
        <p className="text-sm text-slate-600">
          {editable ? "Chưa có chỉ tiêu. Bấm “Thêm chỉ tiêu” để thêm." : "Văn bản này không có chỉ tiêu."}
        </p>
      ) : (
        <div {...scrollRegion()} className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-xs uppercase text-slate-500">
              <tr>
                <th className="py-2 pr-3">Mã</th>
                <th className="py-2 pr-3">Chỉ tiêu</th>
                <th className="py-2 pr-3">Mục tiêu</th>
                <th className="hidden py-2 pr-3 sm:table-cell">Áp dụng</th>
                <th className="hidden py-2 pr-3 sm:table-cell">Nhóm trách nhiệm</th>
                {editable && <th className="py-2">Thao tác</th>}
              </tr>
            </thead>
            <tbody>
              {plan.indicators.map((i) => (
                <tr key={i.id} className="border-b border-slate-100 align-top" data-testid="indicator-row">
                  <td className="py-2 pr-3 font-medium">{i.code}</td>
                  <td className="py-2 pr-3">
                    {i.wording}
                    {i.honourLevel && <span className="ml-1 text-xs text-slate-500">({HONOUR_LEVEL_LABELS[i.honourLevel]})</span>}
                    {i.yearTargets.length > 0 && (
                      <p className="text-xs text-slate-500">
                        Theo năm: {i.yearTargets.map((y) => `${y.year}: ${y.target.toLocaleString("vi-VN")}`).join("; ")}
                      </p>
                    )}
                    <p className="text-xs text-slate-500 sm:hidden">
                      {APPLIES_TO_LABELS[i.appliesTo]}
                      {byPillar(i) ? ` · ${byPillar(i)}` : ""}
                    </p>
                    {i.basedOn && (
                      <p className="text-xs text-slate-500">
                        Theo chỉ tiêu {i.basedOn.code} của Đoàn Khối
                        {i.basedOn.minTarget != null ? `, tối thiểu ${i.basedOn.minTarget.toLocaleString("vi-VN")}` : ""}
                      </p>
                    )}
                  </td>
                  <td className="py-2 pr-3">
                    {editable && i.basedOnId ? (
                      <TargetEditor id={i.id} code={i.code} target={i.target} planVersion={plan.version} />
                    ) : (
                      formatTarget(i)
                    )}
                    <p className="text-xs text-slate-500">{formatPeriod(i)}</p>
                    {i.minTarget != null && (
                      <p className="text-xs text-slate-500">Cơ sở tối thiểu: {i.minTarget.toLocaleString("vi-VN")}</p>
                    )}
                  </td>
                  <td className="hidden py-2 pr-3 sm:table-cell">{APPLIES_TO_LABELS[i.appliesTo]}</td>
                  <td className="hidden py-2 pr-3 sm:table-cell">{byPillar(i)}</td>
                  {editable && (
                    <td className="py-2">
                      {!i.basedOnId && (
                        <div className="flex flex-col items-start">
                          <IndicatorEditor
                            planId={plan.id}
                            planVersion={plan.version}
                            pillars={plan.pillars}
                            indicator={{ id: i.id, values: formValues(i) }}
                          />
                          <ConfirmActionButton
                            label="Xóa"
                            ariaLabel={`Xóa chỉ tiêu ${i.code}`}
                            confirm={`Xóa chỉ tiêu ${i.code}?`}
                            run={deleteIndicatorAction.bind(null, { id: i.id, planVersion: plan.version })}
                          />
                        </div>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable && (
        <IndicatorEditor
          planId={plan.id}
          planVersion={plan.version}
          pillars={plan.pillars}
          nextCode={`CT${plan.indicators.length + 1}`}
        />
      )}
    </div>
  );
}
