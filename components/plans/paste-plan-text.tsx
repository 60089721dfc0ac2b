"use client";
// Paste the text of a plan (from Word) and fill the draft: header, sections and proposed
// indicators. The extraction runs in the browser (pure, lib/domain/plan-text); the server
// validates everything again when the draft is saved.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormNotice } from "@/components/ui/field";
import { extractPlanText } from "@/lib/domain/plan-text";
import { formatVietnameseDate } from "@/lib/domain/dates";
import type { IndicatorFormValues } from "./indicator-fields";
import type { PlanFormValues } from "./plan-form";
import { pastedDeadlines, type PastedDeadlines } from "./plan-deadline-values";
import { UploadPlanDocument } from "./upload-plan-document";

export type PastedPlan = {
  values: Pick<
    PlanFormValues,
    | "kind"
    | "number"
    | "subject"
    | "superiorName"
    | "issuerName"
    | "place"
    | "issueDate"
    | "startYear"
    | "endYear"
    | "basisText"
    | "sections"
    | "closing"
  > & { pillars?: { name: string }[] };
  indicators: (IndicatorFormValues & { confirmed: boolean })[];
  /** Thời hạn read from the text: proposals staff take or tick (plan-deadline-values.ts). */
  deadlines: PastedDeadlines;
};

function isoToVietnamese(iso: string | null) {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  return formatVietnameseDate(new Date(Date.UTC(y, m - 1, d)));
}

export function toPastedPlan(text: string): PastedPlan {
  const x = extractPlanText(text);
  return {
    values: {
      kind: x.kind,
      number: x.number ?? "",
      subject: x.subject,
      superiorName: x.superiorName ?? "",
      issuerName: x.issuerName ?? "",
      place: x.place ?? "",
      issueDate: isoToVietnamese(x.issueDate),
      startYear: x.startYear ? String(x.startYear) : "",
      endYear: x.endYear ? String(x.endYear) : "",
      basisText: x.basisText ?? "",
      sections: x.sections,
      closing: x.closing ?? "",
    },
    indicators: x.indicators.map((p, i) => ({
      confirmed: false,
      code: `CT${i + 1}`,
      wording: p.wording,
      pillar: "",
      measure: p.measure,
      recordKind: p.recordKind ?? "",
      targetKind: p.targetKind,
      target: String(p.target),
      minTarget: "",
      unitLabel: p.unitLabel,
      appliesTo: p.appliesTo,
      period: p.period,
      months: p.months.join(", "),
      honourLevel: p.honourLevel ?? "",
      source: p.source,
      highlight: `${p.highlight.start}-${p.highlight.end}`,
      reason: p.reason,
      inTargets: p.inTargets,
    })),
    deadlines: pastedDeadlines(x),
  };
}

export function PastePlanText({ onApply, note }: { onApply: (p: PastedPlan) => void; note: string | null }) {
  const [text, setText] = useState("");
  return (
    <section className="space-y-2 rounded-lg border border-doan-200 bg-doan-50 p-4">
      <label htmlFor="plan-text" className="block font-medium text-doan-900">
        Dán nội dung văn bản (không bắt buộc)
      </label>
      <p className="text-sm text-slate-700">
        Dán toàn bộ văn bản kế hoạch hoặc chương trình từ Word: hệ thống điền sẵn số, ngày, trích yếu, các mục và đề xuất các chỉ
        tiêu để bạn xác nhận.
      </p>
      <textarea
        id="plan-text"
        rows={6}
        value={text}
        onChange={(e) => setText(e.target.value)}
        className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300"
      />
      <Button type="button" variant="secondary" disabled={!text.trim()} onClick={() => onApply(toPastedPlan(text))}>
        Điền từ văn bản
      </Button>
      <UploadPlanDocument
        onText={(read) => {
          // The text read is shown in the box, so staff see what the form was filled from.
          setText(read);
          onApply(toPastedPlan(read));
        }}
      />
      <FormNotice message={note} />
    </section>
  );
}
