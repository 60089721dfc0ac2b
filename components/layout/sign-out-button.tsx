"use client";
import { signOut } from "next-auth/react";
import { clearUnsentDrafts } from "@/components/forms/use-unsent-draft";

export function SignOutButton() {
  // The server ends the session; the browser then goes to the sign-in page of the origin it is
  // on (a relative path), whatever public URL the server was or was not told.
  const onClick = async () => {
    await signOut({ redirect: false });
    // Forms kept unsent on this device belong to who signed out.
    clearUnsentDrafts();
    // A full load drops everything the signed-in pages left in the browser's memory.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/dang-nhap");
  };
  return (
    <button type="button" onClick={onClick} className="rounded-md px-2 py-1 text-sm text-white/90 hover:bg-white/10">
      Đăng xuất
    </button>
  );
}
