"use client";
// What a bulk account creation made: the count, the members left out with the reason, and, for
// temporary passwords, the sheet of slips (phiếu) to print and cut. The passwords live only in
// this page's memory: leaving or reloading the page loses them (they were shown once). Printing
// shows the sheet alone (`.account-sheet` in app/globals.css).
import type { BulkAccountResult } from "@/lib/data/bulk-accounts";
import { Button } from "@/components/ui/button";

export function AccountSlips({ result, onClose }: { result: BulkAccountResult; onClose: () => void }) {
  const sheet = result.delivery === "SHEET";
  return (
    <section aria-label="Kết quả tạo tài khoản" className="mb-4 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div role="status" className="text-sm">
        <p className="font-medium">
          Đã tạo {result.created.length} tài khoản
          {result.created.length > 0 &&
            (sheet ? ": in phiếu mật khẩu tạm dưới đây và trao tận tay." : ", thư mời đăng nhập lần đầu đã được gửi.")}
        </p>
        {result.skipped.length > 0 && (
          <>
            <p className="mt-2">{result.skipped.length} đoàn viên chưa được tạo tài khoản:</p>
            <ul className="mt-1 list-disc pl-5 text-slate-700">
              {result.skipped.map((s) => (
                <li key={s.memberId}>
                  {s.name || "Đoàn viên ngoài phạm vi"}: {s.reason}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {sheet && result.created.length > 0 && (
        <div className="account-sheet mt-4">
          <div className="no-print mb-3 flex flex-wrap items-center gap-2">
            <Button type="button" onClick={() => window.print()}>
              In phiếu
            </Button>
            <Button type="button" variant="secondary" onClick={onClose}>
              Đóng
            </Button>
            <p className="text-sm text-amber-800">Mật khẩu tạm chỉ hiển thị một lần: hãy in ngay, trước khi rời trang.</p>
          </div>
          <ul aria-label="Phiếu mật khẩu tạm" className="grid grid-cols-1 gap-3 sm:grid-cols-2 print:grid-cols-2">
            {result.created.map((s) => (
              <li
                key={s.memberId}
                aria-label={`Phiếu của ${s.name}`}
                className="break-inside-avoid rounded border border-dashed border-slate-400 p-3 text-sm"
              >
                <p className="text-xs uppercase tracking-wide text-slate-500">Cổng “3 trách nhiệm” – tài khoản đoàn viên</p>
                <p className="mt-1 text-base font-semibold">{s.name}</p>
                <p className="text-slate-700">
                  {s.chiDoanName}
                  {s.coSoName && ` – ${s.coSoName}`}
                </p>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5">
                  <dt className="text-slate-500">Địa chỉ:</dt>
                  <dd className="break-all">{result.signInUrl}</dd>
                  <dt className="text-slate-500">Tên đăng nhập:</dt>
                  <dd className="break-all">{s.email}</dd>
                  <dt className="text-slate-500">Mật khẩu tạm:</dt>
                  <dd>
                    <code className="font-mono text-base">{s.temporaryPassword}</code>
                  </dd>
                </dl>
                <p className="mt-2 text-xs">Đổi mật khẩu khi đăng nhập lần đầu. Không đưa phiếu này cho người khác.</p>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!(sheet && result.created.length > 0) && (
        <Button type="button" variant="secondary" className="mt-3" onClick={onClose}>
          Đóng
        </Button>
      )}
    </section>
  );
}
