"use client";
// "Hoặc tải lên tệp Word (.docx)" beside the paste box (issue 17): the server reads the file into
// the text a paste from Word gives (lib/domain/docx-reader.ts), which then fills the draft exactly
// as a paste does. An old .doc or a PDF is refused with a message saying to save it as .docx.
import { useEffect, useRef, useState } from "react";
import { readPlanDocumentAction } from "@/lib/actions/plan-documents";
import { DOCX_CONTENT_TYPE, MAX_PLAN_DOCUMENT_BYTES, PLAN_DOCUMENT_MESSAGES } from "@/lib/validation/plan-document";

const OFFLINE = "Không kết nối được máy chủ. Vui lòng thử lại.";

export function UploadPlanDocument({ onText }: { onText: (text: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  // The file is read from a native listener that keeps its events inside the box: choosing a file
  // is not an edit of the draft, and the form's note ("Đã điền…", FormNotice) hides on any input
  // or change event reaching the form — after a refused file it stayed hidden for the next one.
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    async function read(from: HTMLInputElement) {
      const file = from.files?.[0] ?? null;
      setError(null);
      if (!file) return;
      // Checked here to spare the upload; the server checks again (actions can be POSTed directly).
      if (file.size > MAX_PLAN_DOCUMENT_BYTES) {
        setError(PLAN_DOCUMENT_MESSAGES.tooLarge);
        return;
      }
      const fd = new FormData();
      fd.set("file", file);
      setReading(true);
      try {
        const res = await readPlanDocumentAction(fd);
        if (res.ok) onText(res.data.text);
        else setError(res.fieldErrors?.file ?? res.formError ?? OFFLINE);
      } catch {
        setError(OFFLINE);
      } finally {
        setReading(false);
        // The same file chosen again (after fixing it in Word) is read again.
        from.value = "";
      }
    }
    const stop = (e: Event) => e.stopPropagation();
    const changed = (e: Event) => {
      e.stopPropagation();
      void read(el);
    };
    el.addEventListener("input", stop);
    el.addEventListener("change", changed);
    return () => {
      el.removeEventListener("input", stop);
      el.removeEventListener("change", changed);
    };
  }, [onText]);

  return (
    <div className="space-y-1">
      <label htmlFor="plan-docx" className="block text-sm font-medium text-doan-900">
        Hoặc tải lên tệp Word (.docx)
      </label>
      <input
        ref={input}
        id="plan-docx"
        type="file"
        accept={`.docx,${DOCX_CONTENT_TYPE}`}
        disabled={reading}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "plan-docx-error" : undefined}
        className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium file:text-doan-700 hover:file:bg-doan-100"
      />
      <p aria-live="polite" className="text-sm text-slate-600">
        {reading ? "Đang đọc văn bản…" : ""}
      </p>
      {error && (
        <p id="plan-docx-error" role="alert" className="text-sm text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
