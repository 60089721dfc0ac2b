// Reading a generated .docx back in tests: its text (mammoth), one of its XML parts, and order checks.
import JSZip from "jszip"; // via mammoth and exceljs; used only to read the package's XML
import mammoth from "mammoth";
import { expect } from "vitest";

export const docxText = async (buffer: Buffer) => (await mammoth.extractRawText({ buffer })).value;
export const docxHtml = async (buffer: Buffer) => (await mammoth.convertToHtml({ buffer })).value;
export const docxPart = async (buffer: Buffer, name: string) => (await JSZip.loadAsync(buffer)).file(name)!.async("string");

/** Each needle found after the previous one. */
export function expectInOrder(haystack: string, needles: string[]) {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}
