"use client";
// For the city: each Khối's indicators stacked by status (vượt, đạt, chưa đạt, chưa có số liệu).
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from "recharts";
import { STATUS_COLOURS, STATUS_ORDER } from "@/lib/domain/dashboard-progress";
import { PROGRESS_STATUS_LABELS } from "@/lib/domain/progress";
import { AXIS_TICK, formatTick, makeLabelTick, TooltipBox, useWide } from "./chart-parts";

export type KhoiStatusPoint = { khoiName: string; EXCEEDED: number; MET: number; NOT_MET: number; NO_DATA: number };

const ROW_HEIGHT = 40;

function KhoiTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as KhoiStatusPoint | undefined;
  if (!active || !row) return null;
  return (
    <TooltipBox title={row.khoiName}>
      {STATUS_ORDER.map((s) => (
        <p key={s}>
          {PROGRESS_STATUS_LABELS[s]}: {formatTick(row[s])}
        </p>
      ))}
    </TooltipBox>
  );
}

export function KhoiStatusChart({ rows }: { rows: KhoiStatusPoint[] }) {
  const wide = useWide();
  const height = Math.max(rows.length, 1) * ROW_HEIGHT + 40;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis type="number" allowDecimals={false} tickFormatter={formatTick} tick={AXIS_TICK} />
        <YAxis type="category" dataKey="khoiName" width={wide ? 280 : 140} interval={0} tick={makeLabelTick(wide ? 46 : 22)} />
        <Tooltip content={KhoiTooltip} cursor={{ fill: "#f1f5f9" }} />
        {STATUS_ORDER.map((s) => (
          <Bar
            key={s}
            dataKey={s}
            stackId="status"
            name={PROGRESS_STATUS_LABELS[s]}
            fill={STATUS_COLOURS[s]}
            maxBarSize={24}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
