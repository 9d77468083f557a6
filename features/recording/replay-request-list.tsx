"use client";
import { useState } from "react";
import { folded, type ListedRequest } from "../../lib/session/replay-listing";
import { visible } from "../../lib/text/visible";

export interface ReplayRequestListProps {
  /** lib/session/replay-listing.ts: every request and notification the replay sends again, in order. */
  requests: readonly ListedRequest[];
  /** Characters of arguments shown before they are folded. */
  max?: number;
}

const MARK = { background: "var(--warn-soft)", color: "var(--warn)", padding: "0 0.3rem", borderRadius: 4, fontWeight: 600 } as const;
const WHOLE = { whiteSpace: "pre-wrap", overflowWrap: "anywhere" } as const;

/**
 * What a replay sends, one line each: method, tool, arguments escaped (folded past `max`, with a
 * button that shows them whole), and the tools that may change something marked (issue 38 item 7:
 * a confirm that only counted the requests let a recorded `write_file` run again unseen).
 */
export function ReplayRequestList({ requests, max = 200 }: ReplayRequestListProps) {
  const changing = requests.filter((r) => r.sideEffect).length;
  return (
    <section aria-label="What it sends again" data-testid="confirm-requests">
      <p className="small">
        {requests.length === 0
          ? "It sends no recorded request again (the recording has none after the handshake)"
          : `It then sends ${requests.length === 1 ? "this recorded message" : `these ${requests.length} recorded messages`} again, in order`}
        {changing > 0 && (
          <>
            {" "}
            (<strong data-testid="confirm-side-effects">{changing} may change things</strong>: tools the recording&apos;s tools/list did not
            mark read-only)
          </>
        )}
        {requests.length ? ":" : "."}
      </p>
      <ol className="small" style={{ paddingLeft: "1.5rem" }}>
        {requests.map((r) => (
          <li key={r.seq} data-testid="confirm-request" data-side-effect={r.sideEffect} style={WHOLE}>
            {r.sideEffect && <span style={MARK}>may change things</span>} <code>{visible(r.method)}</code>
            {r.notification && <span className="muted"> (notification)</span>}
            {r.tool !== undefined && <strong> {visible(r.tool)}</strong>}
            {r.args !== undefined && <FoldedArgs args={r.args} max={max} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

function FoldedArgs({ args, max }: { args: string; max: number }) {
  const [open, setOpen] = useState(false);
  const whole = visible(args);
  if (whole.length <= max) return <code data-testid="confirm-args"> {whole}</code>;
  return (
    <>
      <code data-testid="confirm-args"> {open ? whole : folded(args, max)}</code>{" "}
      <button type="button" className="btn-small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? "Fold" : `Show all ${whole.length} characters`}
      </button>
    </>
  );
}
