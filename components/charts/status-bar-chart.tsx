"use client";
// Horizontal bars of "percent of target", one per indicator or per cơ sở, coloured by status
// (vượt / đạt / chưa đạt / chưa có số liệu), with a dashed line at 100% = the target.
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Rectangle,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
  type TooltipContentProps,
} from "recharts";
import type { StatusBarRow } from "@/lib/domain/dashboard-progress";
import { AXIS_TICK, formatPercentTick, makeLabelTick, TooltipBox, useWide } from "./chart-parts";

const ROW_HEIGHT = 34;

function StatusTooltip({ active, payload }: TooltipContentProps) {
  const row = payload?.[0]?.payload as StatusBarRow | undefined;
  if (!active || !row) return null;
  return (
    <TooltipBox title={row.label === row.name ? row.name : `${row.label} – ${row.name}`}>
      <p>Kết quả: {row.valueText}</p>
      <p>Mục tiêu: {row.targetText}</p>
      <p>
        Tỉ lệ: {row.percentText} · <span className="font-medium">{row.statusLabel}</span>
      </p>
    </TooltipBox>
  );
}

/** The bar in its row's colour (recharts 3 replaces <Cell> with a shape). */
const ColouredBar = (props: BarShapeProps) => <Rectangle {...props} fill={(props.payload as StatusBarRow).colour} />;

/** Label room at desk size and on a phone: whole names where there is room, short on a phone. */
export type LabelRoom = { width: number; chars: number; narrowWidth: number; narrowChars: number };

export function StatusBarChart({ rows, room }: { rows: StatusBarRow[]; room: LabelRoom }) {
  const wide = useWide();
  const labelWidth = wide ? room.width : room.narrowWidth;
  const labelChars = wide ? room.chars : room.narrowChars;
  const names = new Map(rows.map((r) => [r.label, r.name]));
  const height = Math.max(rows.length, 1) * ROW_HEIGHT + 48;
  // Room for the target line and for a bar past it; ticks every 50%.
  const top = Math.max(100, Math.ceil(Math.max(...rows.map((r) => r.bar), 0) / 50) * 50);
  const ticks = Array.from({ length: top / 50 + 1 }, (_, i) => i * 50);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={rows} layout="vertical" margin={{ top: 16, right: 52, bottom: 4, left: 4 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis type="number" domain={[0, top]} ticks={ticks} tickFormatter={formatPercentTick} tick={AXIS_TICK} />
        <YAxis
          type="category"
          dataKey="label"
          width={labelWidth}
          interval={0}
          tick={makeLabelTick(labelChars, (v) => names.get(v) ?? v)}
        />
        <ReferenceLine
          x={100}
          stroke="#334155"
          strokeDasharray="4 4"
          label={{ value: "Mục tiêu", position: "top", fontSize: 11, fill: "#334155" }}
        />
        <Tooltip content={StatusTooltip} cursor={{ fill: "#f1f5f9" }} />
        <Bar dataKey="bar" shape={ColouredBar} maxBarSize={22} isAnimationActive={false}>
          <LabelList dataKey="percentText" position="right" style={{ fontSize: 11, fill: "#334155" }} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
