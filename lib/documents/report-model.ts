// What a compiled report says, independent of how it is rendered (.docx for filing, .xlsx for
// the numbers behind it). lib/data/report-summary.ts builds it; lib/documents renders it.

export type ReportLine = {
  code: string;
  wording: string;
  /** "1.234", "85,5%", "12.500.000 đồng", or "Chưa có số liệu" */
  value: string;
  /** "1.000", "100%"; empty when the indicator has no target at this level */
  target: string;
  /** Đạt / Chưa đạt / Vượt / Chưa có số liệu */
  status: string;
};

export type ReportPillar = { heading: string; narrative: string | null; lines: ReportLine[] };

/** A figure read from the records (counts of confirmed ideas, trainings by kind, projects…). */
export type RecordFigure = { label: string; value: string };

export type ReportDocumentInput = {
  /** Top-left, first line: "THÀNH ĐOÀN TP. HỒ CHÍ MINH" */
  superiorName: string;
  /** Top-left, bold: "BCH ĐOÀN KHỐI DÂN - CHÍNH - ĐẢNG TP" */
  issuerName: string;
  /** "Số: 15-BC/ĐTN"; null prints "Số:      -BC/…" for the clerk to fill in */
  number: string | null;
  place: string;
  date: Date;
  /** "BÁO CÁO" */
  documentType: string;
  /** Below the type: "Sơ kết 6 tháng đầu năm 2026 thực hiện Kế hoạch số 126-KH/TĐTN-BCNLĐ …" */
  subject: string;
  /** Opening lines (căn cứ): "Thực hiện Kế hoạch số … ngày … của Ban Thường vụ Đoàn Khối …" */
  basis: string[];
  /** "I. CÔNG TÁC TRIỂN KHAI" text, if any */
  opening: string | null;
  /** "II. KẾT QUẢ THỰC HIỆN": one block per pillar (trách nhiệm), numbers then narrative */
  pillars: ReportPillar[];
  /** Indicators not filed under a pillar */
  otherLines: ReportLine[];
  /** Figures from the records in the period */
  figures: RecordFigure[];
  /** Khen thưởng trong kỳ: each honour of the period by name */
  honours: { name: string; unit: string; title: string; decision: string }[];
  /** "III. NHẬN XÉT, ĐÁNH GIÁ" */
  strengths: string | null;
  weaknesses: string | null;
  /** "IV. ĐỀ XUẤT, KIẾN NGHỊ" */
  proposals: string | null;
  /** Kiểm tra chuyên đề: each conclusion issued in the period (the cơ sở's own, in its report) */
  inspections: { name: string; visitOn: string; number: string; rating: string; recommendations: string }[];
  /** Hỏi đáp: each agency's answers to the public's questions received in the period */
  questions: { name: string; received: string; answered: string; onTime: string; lateNow: string; median: string }[];
  /** Appendix: each cơ sở's submission (Khối report only) */
  submissions: { name: string; status: string; submittedOn: string; late: boolean }[];
  recipients: string[];
  signOnBehalf: string | null;
  signTitle: string | null;
  signName: string | null;
};
