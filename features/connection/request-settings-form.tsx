"use client";
import { useState } from "react";
import type { RequestTiming } from "../../client/page-settings";

export interface RequestSettingsFormProps {
  timing: RequestTiming;
  onChange(t: RequestTiming): void;
}

function seconds(ms: number): string {
  return ms ? String(ms / 1000) : "";
}
/** Milliseconds of a seconds text; undefined when it is not a positive number. */
function toMs(text: string): number | undefined {
  const n = Number(text.trim());
  return text.trim() !== "" && Number.isFinite(n) && n > 0 ? Math.round(n * 1000) : undefined;
}

/** Timing used by every request the page sends: timeout, reset on progress, maximum total. */
export function RequestSettingsForm({ timing, onChange }: RequestSettingsFormProps) {
  return (
    <fieldset className="request-settings">
      <legend>Request timing (every request)</legend>
      <SecondsField
        label="Timeout (s)"
        ariaLabel="Request timeout in seconds"
        ms={timing.timeoutMs}
        required
        onMs={(ms) => onChange({ ...timing, timeoutMs: ms ?? timing.timeoutMs })}
      />
      <label className="check">
        <input
          type="checkbox"
          checked={timing.resetTimeoutOnProgress}
          onChange={(e) => onChange({ ...timing, resetTimeoutOnProgress: e.target.checked })}
        />{" "}
        Reset the timeout on progress
      </label>
      <SecondsField
        label="Maximum total (s, empty: none)"
        ariaLabel="Maximum total timeout in seconds"
        ms={timing.maxTotalTimeoutMs}
        onMs={(ms) => onChange({ ...timing, maxTotalTimeoutMs: ms ?? 0 })}
      />
    </fieldset>
  );
}

/**
 * A seconds field that holds what the person types (it can be emptied and retyped: the
 * setting changes only when the text is a number), and says when it is not one.
 */
function SecondsField({
  label,
  ariaLabel,
  ms,
  required,
  onMs,
}: {
  label: string;
  ariaLabel: string;
  ms: number;
  required?: boolean;
  onMs(ms: number | undefined): void;
}) {
  const [text, setText] = useState(() => seconds(ms));
  const parsed = toMs(text);
  const invalid = text.trim() !== "" ? parsed === undefined : !!required;
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-label={ariaLabel}
        aria-invalid={invalid}
        onChange={(e) => {
          setText(e.target.value);
          const next = toMs(e.target.value);
          if (next !== undefined || (!required && e.target.value.trim() === "")) onMs(next);
        }}
        onBlur={() => invalid && setText(seconds(ms))}
      />
      {invalid && (
        <span className="field-hint form-error">
          {required ? "a number of seconds above 0 (the last valid value stays in use)" : "a number of seconds, or empty"}
        </span>
      )}
    </label>
  );
}
