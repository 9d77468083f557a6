"use client";
import { errorId, type FieldErrorProps } from "@rjsf/utils";
import { useEffect, useRef, useState } from "react";

/**
 * A field's errors, shown once the person has touched the field (typed in it, changed it, or left
 * it) or pressed the form's submit button: validation stays live, but an array item just added is
 * not red before anything was typed in it. A new field starts untouched.
 */
export function FieldErrors({ errors = [], fieldPathId }: FieldErrorProps) {
  const anchor = useRef<HTMLSpanElement>(null);
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (touched) return;
    // The anchor sits in the field's wrapper (rjsf's FieldTemplate), beside its input(s).
    const field = anchor.current?.parentElement;
    const form = anchor.current?.closest("form");
    if (!field) return;
    const touch = () => setTouched(true);
    const events = ["input", "change", "focusout"] as const;
    for (const t of events) field.addEventListener(t, touch);
    form?.addEventListener("submit", touch);
    return () => {
      for (const t of events) field.removeEventListener(t, touch);
      form?.removeEventListener("submit", touch);
    };
  }, [touched]);
  const shown = touched ? errors.filter(Boolean) : [];
  if (!shown.length) return <span ref={anchor} hidden />;
  return (
    <div className="field-errors" data-shown="true">
      <ul id={errorId(fieldPathId)} className="error-detail">
        {shown.map((error, i) => (
          <li key={i} className="text-danger">
            {error}
          </li>
        ))}
      </ul>
    </div>
  );
}
