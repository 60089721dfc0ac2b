// What a cơ sở report must hold before it is sent to the Khối (issue 16): every figure the cơ sở
// types itself (indicators measured by hand or in đồng; 0 is a figure, blank is not) and the
// narrative of each pillar (trách nhiệm) of the plan. A draft may be saved without them; only
// sending checks, on the server. The errors are keyed as the report form names its fields
// (`values.<indicatorId>`, `narratives.<i>`), so each shows beside its box. No I/O.

export type TypedFigure = { id: string; code: string };

export type ReportContent = {
  narratives: readonly (string | null | undefined)[];
  values: Readonly<Record<string, number | null | undefined>>;
};

export const figureMissing = (code: string) =>
  `Vui lòng nhập số liệu chỉ tiêu ${code} trước khi gửi báo cáo (không có thì nhập 0)`;
export const narrativeMissing = (pillar: string) => `Vui lòng viết kết quả thực hiện “${pillar}” trước khi gửi báo cáo`;

/** The field errors of what is missing; empty when the report may be sent. */
export function missingForSubmit(pillars: readonly string[], typed: readonly TypedFigure[], content: ReportContent) {
  const errors: Record<string, string> = {};
  for (const t of typed) {
    const v = content.values[t.id];
    if (v === null || v === undefined) errors[`values.${t.id}`] = figureMissing(t.code);
  }
  pillars.forEach((pillar, i) => {
    if (!content.narratives[i]?.trim()) errors[`narratives.${i}`] = narrativeMissing(pillar);
  });
  return errors;
}

/** The message above the form: what is missing, counted, and that the draft can still be kept. */
export function incompleteMessage(errors: Record<string, string>): string {
  const keys = Object.keys(errors);
  const figures = keys.filter((k) => k.startsWith("values.")).length;
  const narratives = keys.filter((k) => k.startsWith("narratives.")).length;
  const parts = [
    figures ? `${figures} số liệu nhập tay` : null,
    narratives ? `kết quả thực hiện của ${narratives} trách nhiệm` : null,
  ].filter(Boolean);
  return `Báo cáo chưa đủ nội dung để gửi: còn thiếu ${parts.join(" và ")}. Bạn vẫn có thể lưu nháp.`;
}
