"use client";
// Registers public/sw.js (the offline page, static files only: no portal page is ever cached).
// Production only: in development it would serve stale bundles, so one left by `npm start` on
// the same address is removed.
import { useEffect } from "react";

export function ServiceWorker() {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    if (process.env.NODE_ENV !== "production") {
      void navigator.serviceWorker.getRegistrations().then((all) => all.forEach((registration) => registration.unregister()));
      return;
    }
    navigator.serviceWorker.register("/sw.js").catch(() => {
      // Without it the portal works as before, online only.
    });
  }, []);
  return null;
}
