"use client";
import { useState } from "react";

export interface RedactMoreProps {
  dropped: readonly number[];
  extra: readonly string[];
  /** Entry seqs that exist, to refuse a typo. */
  isSeq(seq: number): boolean;
  onDrop(seq: number): void;
  onUndrop(seq: number): void;
  onAddSecret(value: string): void;
  onRemoveSecret(value: string): void;
}

/** Leave out whole entries, and mark more strings as secret. */
export function RedactMore({ dropped, extra, isSeq, onDrop, onUndrop, onAddSecret, onRemoveSecret }: RedactMoreProps) {
  const [seqText, setSeqText] = useState("");
  const [secret, setSecret] = useState("");
  const [problem, setProblem] = useState<string>();
  const dropTyped = () => {
    const seqs = seqText
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const bad = seqs.find((s) => !Number.isInteger(s) || !isSeq(s));
    if (bad !== undefined) return setProblem(`there is no entry seq ${bad} in this session`);
    seqs.forEach(onDrop);
    setSeqText("");
    setProblem(undefined);
  };
  const addSecret = () => {
    if (secret.length < 4) return setProblem("a secret needs at least 4 characters");
    onAddSecret(secret);
    setSecret("");
    setProblem(undefined);
  };
  return (
    <div className="redact-more">
      <div className="inline-form">
        <label className="field">
          <span>Leave out entries (seq numbers)</span>
          <input
            value={seqText}
            onChange={(e) => setSeqText(e.target.value)}
            onKeyDown={(e) => e.key === "Enter" && dropTyped()}
            placeholder="e.g. 12, 13"
          />
        </label>
        <button type="button" onClick={dropTyped} disabled={!seqText.trim()}>
          Leave out
        </button>
      </div>
      <div className="inline-form">
        <label className="field">
          <span>Mark a string as secret</span>
          <input
            type="password"
            autoComplete="off"
            value={secret}
            onChange={(e) => setSecret(e.target.value)}
            onKeyDown={(e) => e.key === "Enter" && addSecret()}
          />
        </label>
        <button type="button" onClick={addSecret} disabled={!secret}>
          Redact it
        </button>
      </div>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {(dropped.length > 0 || extra.length > 0) && (
        <ul className="chips-list" aria-label="Your redactions">
          {dropped.map((s) => (
            <li key={`d${s}`} className="chip-item" data-testid="dropped-entry">
              entry seq {s} left out{" "}
              <button type="button" className="btn-small" onClick={() => onUndrop(s)} aria-label={`Keep entry ${s}`}>
                keep
              </button>
            </li>
          ))}
          {extra.map((v) => (
            <li key={`x${v}`} className="chip-item" data-testid="extra-secret">
              marked secret:{" "}
              <code>
                {v.slice(0, 2)}… ({v.length} chars)
              </code>{" "}
              <button type="button" className="btn-small" onClick={() => onRemoveSecret(v)} aria-label="Stop redacting this string">
                undo
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
