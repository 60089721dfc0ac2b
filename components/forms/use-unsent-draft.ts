"use client";
// A new record's form kept on this device until it is sent: a member typing an idea on a phone
// whose connection drops loses nothing. What was typed is saved as it is typed, comes back when
// the form is opened again, and a submit that failed for want of a network goes again by itself
// when the connection returns, under the form's same key (one record, however many tries).
// Stored under the signed-in user's id and cleared at sign-out: a shared phone never shows one
// officer another's unsent text.
import { useCallback, useEffect, useRef, useState } from "react";
import type { DefaultValues, FieldValues, UseFormReturn } from "react-hook-form";
import { newRequestKey } from "./use-request-key";

const PREFIX = "cong3tn:unsent:";
const KEPT_FOR_MS = 30 * 24 * 60 * 60 * 1000;

type Stored<V> = { values: V; requestKey: string; savedAt: number };

export const OFFLINE_MESSAGE = "Không có kết nối mạng. Nội dung vẫn được giữ trên máy này và sẽ tự gửi khi có mạng trở lại.";

/** Every unsent form on this device (at sign-out). */
export function clearUnsentDrafts() {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    // Storage refused (private mode): there is nothing kept either.
  }
}

function read<V>(key: string): Stored<V> | null {
  try {
    const stored = JSON.parse(localStorage.getItem(key) ?? "null") as Stored<V> | null;
    if (stored && typeof stored.requestKey === "string" && Date.now() - stored.savedAt < KEPT_FOR_MS) return stored;
    localStorage.removeItem(key);
  } catch {
    // Unreadable: start afresh.
  }
  return null;
}

function remove(key: string) {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage refused: nothing was kept.
  }
}

function write<V>(key: string, stored: Stored<V>) {
  try {
    localStorage.setItem(key, JSON.stringify(stored));
  } catch {
    // Full or refused: the form still works online.
  }
}

/**
 * @param owner the signed-in user's id and the form's name ("entry:IDEA"), or null to keep nothing
 *   (an edit of a saved record).
 */
export function useUnsentDraft<V extends FieldValues>(
  form: UseFormReturn<V>,
  owner: { userId: string; form: string } | null,
  empty: DefaultValues<V>,
  initialRequestKey: string,
) {
  const storageKey = owner ? `${PREFIX}${owner.userId}:${owner.form}` : null;
  const requestKey = useRef(initialRequestKey);
  const [restoredAt, setRestoredAt] = useState<Date | null>(null);
  const [offline, setOffline] = useState(false);

  useEffect(() => {
    if (!storageKey) return;
    const stored = read<V>(storageKey);
    if (stored) {
      form.reset(stored.values);
      requestKey.current = stored.requestKey;
      // The device's storage exists only after hydration: the restored form is drawn once more.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setRestoredAt(new Date(stored.savedAt));
    }
    const untouched = JSON.stringify(empty);
    const subscription = form.watch((values) => {
      if (JSON.stringify(values) === untouched) remove(storageKey);
      else write(storageKey, { values: values as V, requestKey: requestKey.current, savedAt: Date.now() });
    });
    return () => subscription.unsubscribe();
  }, [form, storageKey, empty]);

  /** Sent: nothing more to keep. */
  const sent = useCallback(() => {
    if (storageKey) remove(storageKey);
    setOffline(false);
  }, [storageKey]);

  /** The user drops what was kept and starts afresh, under a new key (the old one may have made a record). */
  const discard = useCallback(() => {
    if (storageKey) remove(storageKey);
    requestKey.current = newRequestKey();
    form.reset(empty);
    setRestoredAt(null);
  }, [form, empty, storageKey]);

  // One retry waits for the network at a time, however many times "Gửi" was pressed offline.
  const waiting = useRef<(() => void) | null>(null);
  const stopWaiting = useCallback(() => {
    if (waiting.current) window.removeEventListener("online", waiting.current);
    waiting.current = null;
  }, []);
  useEffect(() => stopWaiting, [stopWaiting]);

  /** A submit failed for want of a network: try again once it returns. */
  const retryWhenOnline = useCallback(
    (retry: () => void) => {
      stopWaiting();
      setOffline(true);
      waiting.current = () => {
        stopWaiting();
        setOffline(false);
        retry();
      };
      window.addEventListener("online", waiting.current);
    },
    [stopWaiting],
  );

  return { requestKey: () => requestKey.current, restoredAt, offline, sent, discard, retryWhenOnline };
}
