"use client";
// Cơ sở ranked by the share of their per-cơ sở indicators reached (đạt or vượt), best on top.
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import type { RankRow } from "@/lib/domain/dashboard-summaries";
import { AXIS_TICK, formatPercentTick, formatTick, makeLabelTick, TooltipBox, useWide } from "./chart-parts";

const ROW_HEIGHT = 30;

function RankTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as RankRow | undefined;
  if (!active || !row) return null;
  return (
    <TooltipBox title={`${row.place}. ${row.name}`}>
      {row.weighted ? (
        <p>Điểm thi đua: {row.scoreText}/100</p>
      ) : (
        <>
          <p>
            Chỉ tiêu đạt: {formatTick(row.met)}/{formatTick(row.total)}
          </p>
          <p>Tỉ lệ: {row.scoreText}</p>
        </>
      )}
    </TooltipBox>
  );
}

export function RankingChart({ rows }: { rows: RankRow[] }) {
  // Whole cơ sở names at desk size; a phone shows their start (the tooltip has them whole).
  const wide = useWide();
  const height = Math.max(rows.length, 1) * ROW_HEIGHT + 40;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 52, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis
          type="number"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tickFormatter={rows[0]?.weighted ? formatTick : formatPercentTick}
          tick={AXIS_TICK}
        />
        <YAxis type="category" dataKey="name" width={wide ? 260 : 124} interval={0} tick={makeLabelTick(wide ? 42 : 18)} />
        <Tooltip content={RankTooltip} cursor={{ fill: "#f1f5f9" }} />
        <Bar dataKey="score" fill="#1e40af" maxBarSize={20} isAnimationActive={false}>
          <LabelList dataKey="scoreText" position="right" style={{ fontSize: 11, fill: "#334155" }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
