"use client";
import { useId } from "react";
import { shownName, shownProse } from "./shown-text";

export interface CompletionInputProps {
  label: string;
  value: string;
  onChange(value: string): void;
  required?: boolean;
  description?: string;
  /** Values the server suggested for what is typed (completion/complete). */
  suggestions?: string[];
  /** The server has more than it sent. */
  more?: boolean;
  /** The server offers completions: the field keeps one line for them, whatever it holds. */
  completes?: boolean;
  loading?: boolean;
  problem?: string;
}

/**
 * A text field with the server's completions under it, each a button that fills the field. Where
 * the server completes, they sit in a line of fixed height (it scrolls sideways) that is there from
 * the start: an answer that comes while the person reaches for the button below (Read, Get prompt)
 * must not move it from under the pointer.
 */
export function CompletionInput({
  label,
  value,
  onChange,
  required,
  description,
  suggestions = [],
  more,
  completes,
  loading,
  problem,
}: CompletionInputProps) {
  const id = useId();
  const shown = suggestions.filter((s) => s !== value).slice(0, 12);
  return (
    <div className="field completion-field">
      <label htmlFor={id}>
        <span className="field-label">
          {shownName(label)}
          {required && (
            <span className="required" aria-hidden="true">
              *
            </span>
          )}
        </span>
      </label>
      <input
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-describedby={description ? `${id}-d` : undefined}
        spellCheck={false}
        autoComplete="off"
      />
      {description && (
        <span id={`${id}-d`} className="muted small">
          {shownProse(description)}
        </span>
      )}
      {(completes || shown.length > 0 || loading || problem) && (
        <div className="completion-line" data-testid="completion-line">
          {shown.length > 0 && (
            <div className="suggestions" role="group" aria-label={`Suggestions for ${shownName(label)}`}>
              {shown.map((s) => (
                <button key={s} type="button" className="chip" onClick={() => onChange(s)}>
                  {shownName(s)}
                </button>
              ))}
              {more && <span className="muted small">…more</span>}
            </div>
          )}
          {loading && shown.length === 0 && <span className="muted small">asking for completions…</span>}
          {problem && (
            <span className="form-error small" title={shownName(problem)}>
              completion/complete failed: {shownName(problem)}
            </span>
          )}
        </div>
      )}
    </div>
  );
}
