"use client";
// The portal's own confirmation, in place of the browser's pop-up (which phones draw as a system
// alert with the site's address and "OK"): `await askConfirm("…")` anywhere in the browser code,
// answered in the one <ConfirmHost /> the layout renders. A native <dialog> opened as a modal
// keeps the focus inside and closes on Esc (a "no").
import { useEffect, useRef, useSyncExternalStore } from "react";
import { buttonClass } from "./button";

type Request = {
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  danger: boolean;
  answer: (yes: boolean) => void;
};

let pending: Request | null = null;
const listeners = new Set<() => void>();
const publish = () => listeners.forEach((listener) => listener());

export function askConfirm(
  message: string,
  options: { confirmLabel?: string; cancelLabel?: string; danger?: boolean } = {},
): Promise<boolean> {
  // One question at a time: an earlier one still open is answered "no".
  pending?.answer(false);
  return new Promise((resolve) => {
    const request: Request = {
      message,
      confirmLabel: options.confirmLabel ?? "Đồng ý",
      cancelLabel: options.cancelLabel ?? "Hủy",
      danger: options.danger ?? false,
      answer: (yes) => {
        if (pending === request) {
          pending = null;
          publish();
        }
        resolve(yes);
      },
    };
    pending = request;
    publish();
  });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function ConfirmHost() {
  const request = useSyncExternalStore(
    subscribe,
    () => pending,
    () => null,
  );
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (request && !element.open) {
      element.showModal();
      // A destructive question starts on the careful answer.
      (request.danger ? cancel : confirm).current?.focus();
    }
    if (!request && element.open) element.close();
  }, [request]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="confirm-title"
      aria-describedby="confirm-message"
      onCancel={() => request?.answer(false)}
      // However it was closed, an open question is answered "no" rather than left waiting.
      onClose={() => request?.answer(false)}
      // Tailwind resets every margin: the native dialog centres itself with margin: auto.
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/50"
    >
      {request && (
        <div className="space-y-4 p-5">
          <h2 id="confirm-title" className="text-base font-semibold text-slate-900">
            Xác nhận
          </h2>
          <p id="confirm-message" className="whitespace-pre-line text-sm text-slate-700">
            {request.message}
          </p>
          <div className="flex flex-wrap justify-end gap-2">
            <button ref={cancel} type="button" className={buttonClass("secondary")} onClick={() => request.answer(false)}>
              {request.cancelLabel}
            </button>
            <button
              ref={confirm}
              type="button"
              className={buttonClass(request.danger ? "danger" : "primary")}
              onClick={() => request.answer(true)}
            >
              {request.confirmLabel}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
