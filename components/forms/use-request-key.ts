"use client";
// One key per opened form (SECURITY.md #23): every submit of it — a double click, a retry after a
// lost answer — carries the same key, and the server creates one record (lib/data/create-once.ts).
// Every create schema requires the key. `renew` when the form stays open for the next record.
import { useCallback, useState } from "react";

/**
 * A random v4 uuid. `crypto.randomUUID` exists only in secure contexts (HTTPS or localhost): a
 * portal opened over plain HTTP on an office network has `getRandomValues` alone, and without a
 * key every create would be refused.
 */
export function newRequestKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function useRequestKey(): [key: string, renew: () => void] {
  const [key, setKey] = useState(newRequestKey);
  const renew = useCallback(() => setKey(newRequestKey()), []);
  return [key, renew];
}
