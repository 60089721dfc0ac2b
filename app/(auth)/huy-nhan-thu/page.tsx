import type { Metadata } from "next";
import Link from "next/link";
import { unsubscribeTarget } from "@/lib/data/notice-preferences";
import { AuthShell } from "@/components/auth/auth-shell";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Hủy nhận thư", robots: { index: false } };

/**
 * Opened from the link at the foot of an e-mail, signed out. Opening it changes nothing (mail
 * scanners open links); the button does, for this one kind only. Mail clients' own "unsubscribe"
 * posts to /api/huy-nhan-thu directly (one click, RFC 8058).
 */
export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ t?: string; xong?: string }> }) {
  const { t, xong } = await searchParams;
  const target = await unsubscribeTarget(typeof t === "string" ? t : null);
  if (!target)
    return (
      <AuthShell title="Liên kết không hợp lệ">
        <p className="text-sm text-slate-700">
          Liên kết hủy nhận thư không đúng hoặc tài khoản không còn hoạt động. Đồng chí có thể đăng nhập và chọn trong Cài đặt
          thông báo.
        </p>
        <p className="mt-4 text-center text-sm">
          <Link href="/thong-bao/cai-dat" className="text-doan-700 underline">
            Cài đặt thông báo
          </Link>
        </p>
      </AuthShell>
    );
  return (
    <AuthShell title="Hủy nhận thư">
      {xong === "1" ? (
        <p role="status" className="text-sm text-slate-700">
          Đã hủy. Địa chỉ <strong>{target.address}</strong> sẽ không nhận thư “{target.label}” nữa. Thông báo vẫn hiện trong Cổng.
        </p>
      ) : (
        <form method="post" action={`/api/huy-nhan-thu?t=${encodeURIComponent(t!)}`} className="space-y-4">
          <p className="text-sm text-slate-700">
            Địa chỉ <strong>{target.address}</strong> sẽ không nhận thư “{target.label}” nữa. Các loại thư khác giữ nguyên.
          </p>
          <input type="hidden" name="from" value="page" />
          <Button type="submit" className="w-full">
            Hủy nhận thư này
          </Button>
        </form>
      )}
      <p className="mt-4 text-center text-sm">
        <Link href="/thong-bao/cai-dat" className="text-doan-700 underline">
          Chọn chi tiết trong Cài đặt thông báo
        </Link>
      </p>
    </AuthShell>
  );
}
