"use client";
// A form's success note ("Đã lưu…"). It stands for the state the form had when it was saved: as
// soon as the user types or changes anything in the same form it goes away, and it comes back on
// the next save (useActionForm announces each one on the form) or a new message. One place for
// every form that shows its note with FormNotice.
import { useEffect, useRef, useState } from "react";

/** Dispatched on the <form> element by useActionForm after a save went through. */
export const FORM_SAVED_EVENT = "action-form:saved";

export function FormNotice({ message }: { message?: string | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(true);
  const [shown, setShown] = useState(message);
  // A new message is news again (state adjusted while rendering, as React recommends over an effect).
  if (shown !== message) {
    setShown(message);
    setVisible(true);
  }
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const hide = () => setVisible(false);
    const show = () => setVisible(true);
    form.addEventListener("input", hide);
    form.addEventListener("change", hide);
    form.addEventListener(FORM_SAVED_EVENT, show);
    return () => {
      form.removeEventListener("input", hide);
      form.removeEventListener("change", hide);
      form.removeEventListener(FORM_SAVED_EVENT, show);
    };
  }, [message]);
  // The empty anchor stays mounted so the listeners survive while the note is hidden.
  return (
    <div ref={ref} hidden={!message || !visible}>
      {message && visible && (
        <div role="status" className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
          {message}
        </div>
      )}
    </div>
  );
}
