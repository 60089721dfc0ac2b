"use client";
// The member list's table. For whoever makes member accounts (the Khối admin, the cơ sở's
// secretary), each row has a checkbox and the table a toolbar: accounts for the ticked members or
// a whole chi đoàn, handed over by a first-sign-in e-mail or a printed temporary password sheet.
// The ids sent are only a request: the server reads each one again through the viewer's scope.
import { useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { bulkCreateAccountsAction } from "@/lib/actions/accounts";
import type { BulkAccountResult } from "@/lib/data/bulk-accounts";
import type { BulkDelivery } from "@/lib/validation/bulk-accounts";
import { AccountSlips } from "@/components/accounts/account-slips";
import { useRequestKey } from "@/components/forms/use-request-key";
import { Button } from "@/components/ui/button";
import { askConfirm } from "@/components/ui/confirm-dialog";
import { FormError, Select } from "@/components/ui/field";
import { scrollRegion } from "@/components/ui/scroll-region";

export type MemberRow = {
  id: string;
  fullName: string;
  birthDate: string;
  gender: string;
  position: string;
  chiDoanName: string;
  coSoName: string;
  hasEmail: boolean;
  hasAccount: boolean;
};

/** `needsCoSo`: a large Khối lists a cơ sở's chi đoàn only, once the filter has chosen the cơ sở. */
export type BulkAccountOptions = { chiDoanOptions: { id: string; label: string }[]; chiDoan?: string; needsCoSo?: boolean };

const DELIVERY_LABELS: Record<BulkDelivery, string> = {
  INVITE: "Gửi thư mời đăng nhập lần đầu",
  SHEET: "In phiếu mật khẩu tạm",
};

const mayGetAccount = (r: MemberRow) => r.hasEmail && !r.hasAccount;

export function MemberTable({ rows, bulk }: { rows: MemberRow[]; bulk: BulkAccountOptions | null }) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [delivery, setDelivery] = useState<BulkDelivery>("INVITE");
  const [chiDoanId, setChiDoanId] = useState(bulk?.chiDoan ?? "");
  const [result, setResult] = useState<BulkAccountResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [requestKey, renewKey] = useRequestKey();
  const selectable = rows.filter(mayGetAccount);
  const allTicked = selectable.length > 0 && selectable.every((r) => selected.has(r.id));

  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const create = (input: { memberIds?: string[]; chiDoanId?: string }) =>
    startTransition(async () => {
      setError(null);
      let answer;
      try {
        answer = await bulkCreateAccountsAction({ memberIds: [], ...input, delivery, requestKey });
      } catch {
        answer = { ok: false as const, formError: "Không kết nối được máy chủ. Vui lòng thử lại." };
      }
      if (!answer.ok) {
        setError(answer.formError ?? Object.values(answer.fieldErrors ?? {})[0] ?? null);
        return;
      }
      setResult(answer.data);
      setSelected(new Set());
      renewKey();
      router.refresh();
    });

  const wholeChiDoan = async () => {
    const label = bulk?.chiDoanOptions.find((o) => o.id === chiDoanId)?.label ?? "";
    const question = `Tạo tài khoản cho mọi đoàn viên có email của ${label}? (${DELIVERY_LABELS[delivery]})`;
    if (await askConfirm(question, { confirmLabel: "Tạo tài khoản" })) create({ chiDoanId });
  };

  return (
    <>
      {result && (
        <AccountSlips
          result={result}
          onClose={() => {
            setResult(null);
          }}
        />
      )}
      {bulk && (
        <section aria-label="Tạo tài khoản hàng loạt" className="mb-3 rounded-lg bg-slate-50 p-3 ring-1 ring-slate-200">
          <fieldset className="flex flex-col gap-1 text-sm sm:flex-row sm:gap-4">
            <legend className="mb-1 font-medium">Tạo tài khoản cho đoàn viên có email, trao bằng cách:</legend>
            {(Object.keys(DELIVERY_LABELS) as BulkDelivery[]).map((d) => (
              <label key={d} className="inline-flex items-center gap-2">
                <input type="radio" name="delivery" value={d} checked={delivery === d} onChange={() => setDelivery(d)} />
                {DELIVERY_LABELS[d]}
              </label>
            ))}
          </fieldset>
          <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-center">
            <Button
              type="button"
              pending={pending}
              disabled={selected.size === 0}
              onClick={() => create({ memberIds: [...selected] })}
            >
              Tạo tài khoản ({selected.size} đã chọn)
            </Button>
            <span className="text-sm text-slate-500 sm:ml-2">hoặc</span>
            <label htmlFor="bulk-chi-doan" className="sr-only">
              Chi đoàn cần tạo tài khoản
            </label>
            <Select id="bulk-chi-doan" value={chiDoanId} onChange={(e) => setChiDoanId(e.target.value)} className="sm:w-64">
              <option value="">{bulk.needsCoSo ? "— Lọc theo cơ sở để chọn chi đoàn —" : "— Chọn chi đoàn —"}</option>
              {bulk.chiDoanOptions.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </Select>
            <Button type="button" variant="secondary" pending={pending} disabled={!chiDoanId} onClick={wholeChiDoan}>
              Tạo tài khoản cả chi đoàn
            </Button>
          </div>
          <div className="mt-2">
            <FormError message={error} />
          </div>
        </section>
      )}
      <div {...scrollRegion()} className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
        <table className="w-full text-sm">
          <thead className="bg-slate-50 text-left text-slate-600">
            <tr>
              {bulk && (
                <th className="w-8 px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label="Chọn mọi đoàn viên trên trang này có thể tạo tài khoản"
                    checked={allTicked}
                    disabled={selectable.length === 0}
                    onChange={() => setSelected(allTicked ? new Set() : new Set(selectable.map((r) => r.id)))}
                  />
                </th>
              )}
              <th className="px-3 py-2 font-medium">Họ và tên</th>
              <th className="hidden px-3 py-2 font-medium sm:table-cell">Ngày sinh</th>
              <th className="hidden px-3 py-2 font-medium md:table-cell">Giới tính</th>
              <th className="hidden px-3 py-2 font-medium md:table-cell">Chức vụ</th>
              <th className="px-3 py-2 font-medium">Chi đoàn</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((m) => (
              <tr key={m.id}>
                {bulk && (
                  <td className="px-3 py-2">
                    <input
                      type="checkbox"
                      aria-label={`Chọn ${m.fullName}`}
                      checked={selected.has(m.id)}
                      disabled={!mayGetAccount(m)}
                      onChange={() => toggle(m.id)}
                    />
                  </td>
                )}
                <td className="px-3 py-2">
                  <Link href={`/doan-vien/${m.id}`} className="font-medium text-doan-700 hover:underline">
                    {m.fullName}
                  </Link>
                  {bulk && m.hasAccount && (
                    <span className="ml-2 rounded bg-green-50 px-1.5 text-xs text-green-800">Đã có tài khoản</span>
                  )}
                  {bulk && !m.hasAccount && !m.hasEmail && (
                    <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs text-slate-600">Chưa có email</span>
                  )}
                </td>
                <td className="hidden px-3 py-2 tabular-nums sm:table-cell">{m.birthDate}</td>
                <td className="hidden px-3 py-2 md:table-cell">{m.gender}</td>
                <td className="hidden px-3 py-2 md:table-cell">{m.position}</td>
                <td className="px-3 py-2">
                  {m.chiDoanName}
                  <span className="block text-xs text-slate-500">{m.coSoName}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
