"use client";
import { useState } from "react";
import { validIgnorePath } from "../../lib/session/shared";

export interface IgnorePathsProps {
  paths: readonly string[];
  onChange(paths: string[]): void;
}

/** JSON paths left out of the comparison (`$.result.content[0].text`, `$..timestamp`, `[*]`). */
export function IgnorePaths({ paths, onChange }: IgnorePathsProps) {
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string>();
  const add = () => {
    const p = text.trim();
    const bad = validIgnorePath(p);
    if (bad) return setProblem(bad);
    if (!paths.includes(p)) onChange([...paths, p]);
    setText("");
    setProblem(undefined);
  };
  return (
    <div className="ignore-paths">
      <div className="inline-form">
        <label className="field">
          <span>Ignore a JSON path</span>
          <input
            value={text}
            placeholder="$.result.content[0].text"
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            }}
          />
        </label>
        <button type="button" onClick={add} disabled={!text.trim()}>
          Add
        </button>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {paths.length > 0 && (
        <ul className="chips-list" aria-label="Ignored paths">
          {paths.map((p) => (
            <li key={p} className="chip-item" data-testid="ignored-path">
              <code>{p}</code>{" "}
              <button
                type="button"
                className="btn-small"
                aria-label={`Stop ignoring ${p}`}
                onClick={() => onChange(paths.filter((x) => x !== p))}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
