"use client";
import { hasInvisible, visible } from "../../lib/text/visible";
import { fieldText, fromFieldText } from "../../lib/text/field-text";

export interface ArgumentFieldsProps {
  args: readonly string[];
  onChange(args: string[]): void;
}

/**
 * The command's arguments, one field each: a box of lines would split an argument that holds a
 * newline into two. An argument with a line break gets a textarea (an input drops line breaks);
 * one with invisible characters shows them escaped, in its field (lib/text/field-text.ts) and under it.
 */
export function ArgumentFields({ args, onChange }: ArgumentFieldsProps) {
  const set = (i: number, v: string) => onChange(args.map((a, j) => (j === i ? v : a)));
  return (
    <fieldset className="argument-fields" data-testid="argument-fields">
      <legend>Arguments</legend>
      {args.map((a, i) => (
        <div key={i} className="field">
          <div className="button-row">
            {/[\r\n]/.test(a) ? (
              <textarea
                aria-label={`Argument ${i + 1}`}
                rows={Math.min(6, a.split(/\r\n|\r|\n/).length)}
                value={fieldText(a, { lines: true })}
                onChange={(e) => set(i, fromFieldText(e.target.value))}
              />
            ) : (
              <input aria-label={`Argument ${i + 1}`} value={fieldText(a)} onChange={(e) => set(i, fromFieldText(e.target.value))} />
            )}
            <button
              type="button"
              className="btn-small"
              aria-label={`Remove argument ${i + 1}`}
              onClick={() => onChange(args.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </div>
          {hasInvisible(a) && (
            <code className="small" data-testid="argument-escaped" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              holds invisible characters: {visible(a)}
            </code>
          )}
        </div>
      ))}
      <button type="button" className="btn-small" onClick={() => onChange([...args, ""])}>
        Add argument
      </button>
    </fieldset>
  );
}
