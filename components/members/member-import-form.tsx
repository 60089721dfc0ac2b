"use client";
// Import members from .xlsx: choose a file → check it (nothing is written) → import the valid
// rows → download the rejected rows to fix them. The server parses the file again on import.
import { useRef, useState } from "react";
import Link from "next/link";
import { commitMemberImportAction, previewMemberImportAction } from "@/lib/actions/member-import";
import type { ImportPreview, ImportResult } from "@/lib/data/member-import";
import { formatNumber } from "@/lib/domain/dates";
import { IMPORT_MESSAGES, MAX_IMPORT_FILE_BYTES, XLSX_CONTENT_TYPE } from "@/lib/validation/member-import";
import { Button, buttonClass } from "@/components/ui/button";
import { FormError, FormNotice } from "@/components/ui/field";
import { newRequestKey } from "@/components/forms/use-request-key";
import { scrollRegion } from "@/components/ui/scroll-region";

type Result<T> = { ok: true; data: T } | { ok: false; formError?: string; fieldErrors?: Record<string, string> };

/** Bad rows listed on screen; the rest are counted (all of them are in the rejected-rows file). */
const SHOWN_ERRORS = 300;
const OFFLINE = "Không kết nối được máy chủ. Vui lòng thử lại.";

function downloadBase64(base64: string, filename: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_CONTENT_TYPE }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `makesAccounts`: the viewer may create member accounts (the option to invite the imported). */
export function MemberImportForm({ makesAccounts = false }: { makesAccounts?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [createAccounts, setCreateAccounts] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [requestKey, setRequestKey] = useState(newRequestKey);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<"preview" | "commit" | null>(null);

  function choose(next: File | null) {
    setFile(next);
    // A new key per chosen file: importing the same choice twice imports the rows once.
    setRequestKey(newRequestKey());
    setPreview(null);
    setResult(null);
    setError(null);
  }

  function reset() {
    if (input.current) input.current.value = "";
    choose(null);
  }

  async function send<T>(action: (fd: FormData) => Promise<Result<T>>): Promise<T | null> {
    if (!file) {
      setError(IMPORT_MESSAGES.noFile);
      return null;
    }
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      setError(IMPORT_MESSAGES.tooLarge);
      return null;
    }
    const fd = new FormData();
    fd.set("file", file);
    fd.set("requestKey", requestKey);
    if (createAccounts && action === commitMemberImportAction) fd.set("createAccounts", "on");
    setError(null);
    try {
      const res = await action(fd);
      if (res.ok) return res.data;
      setError(res.fieldErrors?.file ?? res.formError ?? OFFLINE);
    } catch {
      setError(OFFLINE);
    }
    return null;
  }

  async function check() {
    setPending("preview");
    setPreview(null);
    setPreview(await send(previewMemberImportAction));
    setPending(null);
  }

  async function commit() {
    setPending("commit");
    const done = await send(commitMemberImportAction);
    if (done) setResult(done);
    setPending(null);
  }

  if (result) {
    return (
      <div className="space-y-4">
        <FormNotice message={`Đã nhập ${formatNumber(result.imported)} đoàn viên.`} />
        {result.rejected > 0 && (
          <p className="text-sm text-slate-700">
            {formatNumber(result.rejected)} dòng bị loại chưa được nhập. Tải các dòng này về, sửa theo cột “Lý do” rồi nhập lại
            tệp đó.
          </p>
        )}
        {result.accountsCreated !== undefined && (
          <div role="status" className="text-sm text-slate-700">
            <p>
              Đã tạo {formatNumber(result.accountsCreated)} tài khoản; thư mời đăng nhập lần đầu đã được gửi tới email của từng
              đoàn viên.
            </p>
            {result.accountsError && <p className="text-red-700">{result.accountsError}</p>}
            {(result.accountsSkipped?.length ?? 0) > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {result.accountsSkipped!.map((s, i) => (
                  <li key={i}>
                    {s.name}: {s.reason}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
        <div className="flex flex-wrap gap-2">
          {result.rejectedFile && (
            <Button
              type="button"
              variant="secondary"
              onClick={() => downloadBase64(result.rejectedFile!, "Đoàn viên bị loại.xlsx")}
            >
              Tải các dòng bị loại (.xlsx)
            </Button>
          )}
          <Link href="/doan-vien" className={buttonClass("primary")}>
            Xem danh sách đoàn viên
          </Link>
          <Button type="button" variant="ghost" onClick={reset}>
            Nhập tệp khác
          </Button>
        </div>
      </div>
    );
  }

  const errorCount = preview ? preview.errors.length : 0;
  return (
    <div className="space-y-5">
      <div className="space-y-1 text-sm text-slate-600">
        <p>
          Các cột: <strong>STT, Họ và tên, Ngày sinh, Giới tính, Chức vụ, Chi đoàn, Cơ sở Đoàn, Email, Số điện thoại</strong>. Bắt
          buộc có họ và tên và chi đoàn; ngày sinh ghi dạng dd/mm/yyyy; giới tính ghi Nam, Nữ hoặc Khác.
        </p>
        <p>
          Tên chi đoàn và cơ sở Đoàn phải khớp tên trong hệ thống (không phân biệt dấu, chữ hoa). Cột Cơ sở Đoàn có thể bỏ trống
          nếu bạn chỉ nhập cho một cơ sở; cần ghi khi tên chi đoàn trùng nhau giữa các cơ sở (ví dụ “Chi đoàn Văn phòng Sở”).
        </p>
        <p>
          Dòng trùng với đoàn viên đã có trong chi đoàn (cùng họ tên và ngày sinh) bị loại, nên nhập lại một tệp không tạo đoàn
          viên trùng.{" "}
          <a href="/doan-vien/mau-excel" download className="font-medium text-doan-700 underline">
            Tải tệp mẫu
          </a>{" "}
          để có sẵn dòng tiêu đề và danh sách chi đoàn bạn được nhập.
        </p>
      </div>

      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="space-y-1 sm:flex-1">
          <label htmlFor="import-file" className="block text-sm font-medium text-slate-700">
            Tệp Excel (.xlsx)
          </label>
          <input
            ref={input}
            id="import-file"
            name="file"
            type="file"
            accept={`.xlsx,${XLSX_CONTENT_TYPE}`}
            onChange={(e) => choose(e.target.files?.[0] ?? null)}
            className="block w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border-0 file:bg-doan-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-doan-700 hover:file:bg-doan-100"
          />
        </div>
        <Button
          type="button"
          variant="secondary"
          onClick={check}
          pending={pending === "preview"}
          disabled={!file || pending !== null}
        >
          {pending === "preview" ? "Đang kiểm tra…" : "Kiểm tra tệp"}
        </Button>
      </div>

      <FormError message={error} />

      {preview && (
        <div className="space-y-4" aria-live="polite">
          <p className="text-sm text-slate-800">
            Tệp có <strong>{formatNumber(preview.total)}</strong> đoàn viên:{" "}
            <strong className="text-green-700">{formatNumber(preview.validCount)}</strong> dòng hợp lệ,{" "}
            <strong className={errorCount ? "text-red-700" : ""}>{formatNumber(errorCount)}</strong> dòng có lỗi.
          </p>

          {errorCount > 0 && (
            <div {...scrollRegion()} className="overflow-x-auto rounded-lg ring-1 ring-slate-200">
              <table className="w-full text-sm">
                <caption className="sr-only">Các dòng có lỗi</caption>
                <thead className="bg-slate-50 text-left text-slate-600">
                  <tr>
                    <th scope="col" className="px-3 py-2 font-medium">
                      Dòng
                    </th>
                    <th scope="col" className="px-3 py-2 font-medium">
                      Họ và tên
                    </th>
                    <th scope="col" className="px-3 py-2 font-medium">
                      Lý do
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {preview.errors.slice(0, SHOWN_ERRORS).map((e) => (
                    <tr key={e.row}>
                      <td className="px-3 py-2 tabular-nums">{e.row}</td>
                      <td className="px-3 py-2">{e.name || <span className="text-slate-400">(trống)</span>}</td>
                      <td className="px-3 py-2 text-red-700">{e.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {errorCount > SHOWN_ERRORS && (
                <p className="border-t border-slate-100 px-3 py-2 text-sm text-slate-600">
                  … và {formatNumber(errorCount - SHOWN_ERRORS)} dòng lỗi khác (có đủ trong tệp các dòng bị loại sau khi nhập).
                </p>
              )}
            </div>
          )}

          {preview.validCount > 0 ? (
            <div className="space-y-2">
              {errorCount > 0 && (
                <p className="text-sm text-slate-600">
                  Bạn có thể sửa tệp rồi chọn lại, hoặc nhập ngay các dòng hợp lệ và tải các dòng bị loại về để sửa sau.
                </p>
              )}
              {makesAccounts && (
                <label className="flex items-center gap-2 text-sm">
                  <input type="checkbox" checked={createAccounts} onChange={(e) => setCreateAccounts(e.target.checked)} />
                  Tạo tài khoản cho đoàn viên có email (gửi thư mời đăng nhập lần đầu)
                </label>
              )}
              <Button type="button" onClick={commit} pending={pending === "commit"} disabled={pending !== null}>
                {pending === "commit" ? "Đang nhập…" : `Nhập ${formatNumber(preview.validCount)} đoàn viên hợp lệ`}
              </Button>
            </div>
          ) : (
            <p className="text-sm text-slate-700">
              Không có dòng hợp lệ nào để nhập. Hãy sửa tệp theo các lỗi trên rồi chọn lại tệp.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
