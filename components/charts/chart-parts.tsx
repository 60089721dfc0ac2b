"use client";
// Small pieces shared by the recharts wrappers: Vietnamese number ticks, shortened axis labels
// and the tooltip box.
import type { ReactNode } from "react";

const NUMBER = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });

export const formatTick = (v: number) => NUMBER.format(v);
export const formatPercentTick = (v: number) => `${NUMBER.format(v)}%`;

/** Long cơ sở names would eat a phone's width: the axis shows the start, the tooltip the whole. */
export function shorten(text: string, max = 18): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export const AXIS_TICK = { fontSize: 12, fill: "#475569" };

export function TooltipBox({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="max-w-xs rounded-md bg-white px-3 py-2 text-xs text-slate-800 shadow-lg ring-1 ring-slate-200">
      <p className="mb-1 font-semibold">{title}</p>
      {children}
    </div>
  );
}
