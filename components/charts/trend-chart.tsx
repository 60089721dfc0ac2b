"use client";
// Month by month (T1…T12) counts of a year. Small counts (a few a month) as grouped bars: a
// smoothed curve through 0, 2, 1 would show values between months that never happened. Large
// counts as straight lines (not curves), which stay readable on a phone where twelve groups of
// many bars would not. trendChartKind decides.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { trendChartKind, type TrendRow, type TrendSeries } from "@/lib/domain/dashboard-summaries";
import { AXIS_TICK, formatTick, TooltipBox } from "./chart-parts";

const HEIGHT = 260;

function makeTooltip(series: TrendSeries[]) {
  return function TrendTooltip({ active, payload }: TooltipContentProps) {
    const row = payload?.[0]?.payload as TrendRow | undefined;
    if (!active || !row) return null;
    return (
      <TooltipBox title={row.label}>
        {series.map((s) => (
          <p key={s.key} className="flex items-center gap-1.5">
            <span className="inline-block h-2 w-2 rounded-full" style={{ backgroundColor: s.colour }} aria-hidden />
            {s.label}: {formatTick(Number(row[s.key]))}
          </p>
        ))}
      </TooltipBox>
    );
  };
}

export function TrendChart({ rows, series }: { rows: TrendRow[]; series: TrendSeries[] }) {
  if (trendChartKind(rows, series) === "bar")
    return (
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <BarChart data={rows} margin={{ top: 8, right: 12, bottom: 4, left: -8 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="short" tick={AXIS_TICK} interval={0} />
          <YAxis allowDecimals={false} tickFormatter={formatTick} tick={AXIS_TICK} width={44} />
          <Tooltip content={makeTooltip(series)} cursor={{ fill: "#f1f5f9" }} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.colour} maxBarSize={14} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    );
  return (
    <ResponsiveContainer width="100%" height={HEIGHT}>
      <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 4, left: -8 }} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="short" tick={AXIS_TICK} interval={0} />
        <YAxis allowDecimals={false} tickFormatter={formatTick} tick={AXIS_TICK} width={44} />
        <Tooltip content={makeTooltip(series)} />
        {series.map((s) => (
          <Line
            key={s.key}
            type="linear"
            dataKey={s.key}
            name={s.label}
            stroke={s.colour}
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
