"use client";
import { useMemo } from "react";
import { expectSnapshot, expectType, expectValue, resultFields, valuePreview } from "./result-fields";

export interface FieldPickerProps {
  /** The step's result from its last run. */
  result: unknown;
  busy?: boolean;
  onExpect(expectation: Record<string, unknown>): void;
}

/** The fields of a step's result, each with "expect this value" and "expect this type"; and the whole result as a snapshot. */
export function FieldPicker({ result, busy, onExpect }: FieldPickerProps) {
  // The whole result is what "Snapshot the result" is for: the list starts at its fields.
  const { fields, clipped } = useMemo(() => {
    const all = resultFields(result);
    return { ...all, fields: all.fields.filter((f) => f.depth > 0) };
  }, [result]);
  return (
    <div className="coll-picker" data-testid="field-picker">
      <div className="coll-picker-head">
        <span className="muted small">Pick a field of the last result to expect it.</span>
        <span className="header-spacer" />
        <button type="button" className="btn-small" disabled={busy} onClick={() => onExpect(expectSnapshot())}>
          Snapshot the result
        </button>
      </div>
      <ul aria-label="Fields of the result">
        {fields.map((f) => (
          <li key={f.path} style={{ paddingLeft: `${(f.depth - 1) * 0.9}rem` }} data-path={f.path}>
            <code className="coll-field-path" title={f.path}>
              {f.path}
            </code>
            <span className="coll-field-value muted small">{valuePreview(f.value)}</span>
            <span className="coll-field-actions">
              <button
                type="button"
                className="btn-small"
                disabled={busy}
                aria-label={`Expect the value of ${f.path}`}
                onClick={() => onExpect(expectValue(f))}
              >
                Expect this value
              </button>
              <button
                type="button"
                className="btn-small"
                disabled={busy}
                aria-label={`Expect the type of ${f.path}`}
                onClick={() => onExpect(expectType(f))}
              >
                Expect this type
              </button>
            </span>
          </li>
        ))}
      </ul>
      {clipped && <p className="muted small">Only the first fields are listed; write a path by hand in the file for the rest.</p>}
    </div>
  );
}
