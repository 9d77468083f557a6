"use client";
import type { Target } from "../../lib/target/target";
import { ArgumentFields } from "./argument-fields";
import { visible } from "../../lib/text/visible";
import { fieldText, fromFieldText } from "../../lib/text/field-text";

export interface ReproduceFormProps {
  target: Target;
  onChange(t: Target): void;
  /** The person asked to run it: show the confirm step. */
  onReproduce(): void;
  disabled?: boolean;
  /** Why it cannot run here (no token), shown instead of the button. */
  blocked?: React.ReactNode;
}

/**
 * The command (or URL) a reproduction will use, editable; env and header values are this machine's.
 * Every field shows invisible and direction-changing characters as `\u{…}` escapes (lib/text/field-text.ts):
 * an input would draw `/srv/\u202Eevil` as `/srv/live`.
 */
export function ReproduceForm({ target: t, onChange, onReproduce, disabled, blocked }: ReproduceFormProps) {
  return (
    <form
      className="reproduce-form"
      aria-labelledby="reproduce-heading"
      data-testid="reproduce-form"
      onSubmit={(e) => {
        e.preventDefault();
        onReproduce();
      }}
    >
      <h2 id="reproduce-heading">Reproduce</h2>
      <p className="muted small">
        Runs the recorded requests again against this target and compares the responses. Edit what differs on your machine.
      </p>
      {t.transport === "stdio" ? (
        <>
          <label className="field">
            <span>Command</span>
            <input value={fieldText(t.command)} onChange={(e) => onChange({ ...t, command: fromFieldText(e.target.value) })} />
          </label>
          <ArgumentFields args={t.args} onChange={(args) => onChange({ ...t, args })} />
          <label className="field">
            <span>Working directory</span>
            <input
              value={fieldText(t.cwd ?? "")}
              placeholder="the inspector's"
              onChange={(e) => onChange({ ...t, cwd: fromFieldText(e.target.value) || undefined })}
            />
          </label>
          {Object.keys(t.env).length > 0 && (
            <fieldset>
              <legend>Environment (values from this machine)</legend>
              {Object.entries(t.env).map(([name, value]) => (
                <label key={name} className="field">
                  <span>{visible(name)}</span>
                  <input
                    type="password"
                    autoComplete="off"
                    value={value}
                    onChange={(e) => onChange({ ...t, env: { ...t.env, [name]: e.target.value } })}
                  />
                </label>
              ))}
            </fieldset>
          )}
        </>
      ) : (
        <>
          <label className="field">
            <span>URL</span>
            <input value={fieldText(t.url)} onChange={(e) => onChange({ ...t, url: fromFieldText(e.target.value) })} />
          </label>
          {Object.keys(t.headers).length > 0 && (
            <fieldset>
              <legend>Headers (values from this machine)</legend>
              {Object.entries(t.headers).map(([name, value]) => (
                <label key={name} className="field">
                  <span>{visible(name)}</span>
                  <input
                    type="password"
                    autoComplete="off"
                    value={value}
                    onChange={(e) => onChange({ ...t, headers: { ...t.headers, [name]: e.target.value } })}
                  />
                </label>
              ))}
            </fieldset>
          )}
        </>
      )}
      {blocked ?? (
        <div className="button-row">
          <button type="submit" className="btn-primary" disabled={disabled}>
            Reproduce…
          </button>
        </div>
      )}
    </form>
  );
}
