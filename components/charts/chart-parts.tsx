"use client";
// Small pieces shared by the recharts wrappers: Vietnamese number ticks, shortened axis labels
// and the tooltip box.
import { useSyncExternalStore, type ReactNode } from "react";

const NUMBER = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

export const formatTick = (v: number) => NUMBER.format(v);
export const formatPercentTick = (v: number) => `${NUMBER.format(v)}%`;

/** Long cơ sở names would eat a phone's width: the axis shows the start, the tooltip the whole. */
export function shorten(text: string, max = 18): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export const AXIS_TICK = { fontSize: 12, fill: "#475569" };

const DESK = "(min-width: 640px)";
const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(DESK);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};

/**
 * Whether the screen is desk-sized (Tailwind's `sm` and up): there, axis labels get the room to
 * show whole names; a phone keeps them short (the tooltip and the table carry the whole name).
 * The server and the first paint assume a desk, as most readers of the dashboards use one.
 */
export function useWide(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(DESK).matches,
    () => true,
  );
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

/**
 * A category tick that shows `max` characters and keeps the whole text in an SVG <title>, so
 * hovering a shortened name shows it in full.
 */
export function makeLabelTick(max: number, fullOf: (value: string) => string = (v) => v) {
  return function LabelTick({ x = 0, y = 0, payload }: TickProps) {
    const value = String(payload?.value ?? "");
    return (
      <g transform={`translate(${x},${y})`}>
        <title>{fullOf(value)}</title>
        <text x={-4} y={0} dy={4} textAnchor="end" fontSize={AXIS_TICK.fontSize} fill={AXIS_TICK.fill}>
          {shorten(value, max)}
        </text>
      </g>
    );
  };
}

export function TooltipBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="max-w-xs rounded-md bg-white px-3 py-2 text-xs text-slate-800 shadow-lg ring-1 ring-slate-200">
      <p className="mb-1 font-semibold">{title}</p>
      {children}
    </div>
  );
}
