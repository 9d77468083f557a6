"use client";
import "./app-rows.css";
import { createContext, memo, useContext } from "react";
import type { Entry } from "../../lib/record/format";
import type { LintMark } from "../../client/lint-store";
import { LintMarker } from "./lint-marker";
import { verdictFailed, type Verdict } from "../../lib/session/verdicts";
import { shownName } from "../../components/shown-text";
import type { AppLinkFacts } from "./app-links";
import { rpcErrorName, rpcErrorOf } from "../../lib/protocol/error-names";
import { resultObject } from "../../lib/protocol/jsonrpc";
import { formatBytes, formatMs, formatTime, hintOf, idLabelOf, isAlarming, kindOf, shortLabelOf } from "../../lib/record/entry-facts";

export interface TimelineRowProps {
  entry: Entry;
  /** Pixel offset inside the virtual list. */
  top: number;
  selected: boolean;
  onSelect(seq: number): void;
  /** Lint findings on this entry, when there are any. */
  mark?: LintMark;
  /** The seq of what cancelled this request (notifications/cancelled, or a closed stream). */
  cancelledBy?: number;
  /** MCP Apps: this App request became server request `serverSeq`, or this server request was made for App request `appSeq`. */
  appLink?: AppLinkFacts;
  /** A response: what its request named (the tool of a tools/call, the uri of a read), so it reads "response to tools/call echo". */
  requestHint?: string;
  /** HTTP housekeeping rows (priming events, 202s) folded into this request's row. */
  folded?: number;
  /** A recording's verdict on this request or response (the step or probe that judged it). */
  verdict?: Pick<Verdict, "name" | "status">;
  /** Offered on a request this side sent: run it again (a live session) or reproduce up to it (a recording). */
  onRunAgain?(seq: number): void;
}

/** One record entry: seq, time, direction, method or text, id, latency, size. */
export const TimelineRow = memo(function TimelineRow({
  entry: e,
  top,
  selected,
  onSelect,
  mark,
  cancelledBy,
  appLink,
  requestHint,
  folded,
  verdict,
  onRunAgain,
}: TimelineRowProps) {
  const kind = kindOf(e);
  const dirWords = useContext(DirectionWords);
  const dir = e.kind === "message" || e.kind === "app" ? e.dir : undefined;
  // The server's words (a tool name, a stderr line) escaped: the row never reorders (issue 52 item 7).
  const label = shownName(requestHint ? `${shortLabelOf(e)} ${requestHint}` : shortLabelOf(e));
  const hint = shownName(rowHint(e));
  // An MRTR retry (2026-07-28): the request sent again with the input the server asked for.
  const retryOf = e.kind === "message" ? e.retryOf : undefined;
  // Red is for what failed: a failing verdict, or an error no verdict expected. A step that expected
  // an isError and got it passed (issue 87: it was the only red row of a failed run's recording).
  const failed = verdict !== undefined && verdictFailed(verdict);
  const alarm = failed || (isAlarming(e) && !(verdict && verdict.status === "pass"));
  const cls = [
    "tl-row",
    `tl-${kind}`,
    alarm ? "tl-alarm" : "",
    failed ? "tl-verdict-fail" : verdict?.status === "warn" ? "tl-verdict-warn" : "",
    selected ? "tl-selected" : "",
  ].join(" ");
  return (
    <div
      id={`entry-${e.seq}`}
      role="option"
      aria-selected={selected}
      className={cls}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => onSelect(e.seq)}
      data-testid="timeline-row"
      data-seq={e.seq}
      data-kind={kind}
      data-cancelled={cancelledBy !== undefined || undefined}
      data-verdict={verdict?.status}
    >
      <span className="tl-seq">{e.seq}</span>
      <span className="tl-time">{formatTime(e.t)}</span>
      <span className="tl-dir" title={(dir && dirWords !== DIR_WORDS ? dirWords[dir]?.trim() : dir) ?? KIND_TITLE[e.kind] ?? e.kind}>
        {DIR_GLYPH[dir ?? ""] ?? KIND_GLYPH[e.kind] ?? "·"}
        <span className="sr-only">{dirWords[dir ?? ""] ?? ` ${e.kind}`}</span>
      </span>
      <span className="tl-label" title={hint ? `${label} ${hint}` : label}>
        {mark && <LintMarker mark={mark} />}
        {verdict && (
          <span
            className={`tl-verdict tl-verdict-${verdict.status}`}
            data-testid="verdict-mark"
            title={`${VERDICT_WORD[verdict.status]}: ${shownName(verdict.name)}`}
          >
            {VERDICT_GLYPH[verdict.status]}
            <span className="sr-only"> {VERDICT_WORD[verdict.status]}: </span>{" "}
          </span>
        )}
        {label}
        {(e.kind === "message" || e.kind === "lifecycle") && e.by === "agent" && (
          <span className="tl-agent" data-testid="by-agent" title="sent by the coding agent attached to this session">
            {" "}
            agent
          </span>
        )}
        {retryOf !== undefined && (
          <span className="tl-retry" data-testid="retry-of">
            {" "}
            retry of seq {retryOf}
          </span>
        )}
        {cancelledBy !== undefined && (
          <span className="tl-cancelled" data-testid="cancelled-mark" title={`cancelled (seq ${cancelledBy})`}>
            {" "}
            ⊘ cancelled
          </span>
        )}
        {hint && <span className="tl-hint"> {hint}</span>}
        {folded !== undefined && (
          <span
            className="tl-hint tl-folded"
            data-testid="folded-http"
            title="HTTP transport rows after this request (priming events, SSE housekeeping): shown as rows with the HTTP transport filter"
          >
            {" "}
            +{folded} HTTP
          </span>
        )}
        {appLink?.serverSeq !== undefined && (
          <span className="tl-app-link" data-testid="app-link-server">
            {" "}
            ⇒ server seq {appLink.serverSeq}
          </span>
        )}
        {appLink?.appSeq !== undefined && (
          <span className="tl-app-link" data-testid="app-link-app">
            {" "}
            for App seq {appLink.appSeq}
          </span>
        )}
      </span>
      <span className="tl-id">
        {onRunAgain && (
          <button
            type="button"
            className="tl-run-again"
            data-testid="run-again"
            aria-label={`Run seq ${e.seq} again`}
            title="Run this request again"
            onClick={(ev) => {
              // The row's own click selects it; this runs it.
              ev.stopPropagation();
              onRunAgain(e.seq);
            }}
          >
            ↻
          </button>
        )}
        {/* The JSON-RPC id, named as such: the row's first column is its seq (issue 92). */}
        {idLabelOf(e) && <span title="JSON-RPC id">id {shownName(idLabelOf(e)!)}</span>}
      </span>
      <span className="tl-latency">{(e.kind === "message" || e.kind === "app") && e.pair ? formatMs(e.pair.latencyMs) : ""}</span>
      <span className="tl-size">
        {e.kind === "message" || e.kind === "stdout-noise" || e.kind === "http" || e.kind === "app" ? formatBytes(e.size) : ""}
      </span>
    </div>
  );
});

const VERDICT_GLYPH: Record<Verdict["status"], string> = { pass: "✓", fail: "✗", error: "!", warn: "⚠", skipped: "–" };
const VERDICT_WORD: Record<Verdict["status"], string> = {
  pass: "passed",
  fail: "failed",
  error: "could not run",
  warn: "warning (did not fail the run)",
  skipped: "skipped",
};

/** The direction column: the server's two, and an App's two (MCP Apps), for the eye and for a screen reader. */
const DIR_GLYPH: Record<string, string> = { "client->server": "→", "server->client": "←", "app->host": "◆", "host->app": "◇" };
const DIR_WORDS: Record<string, string> = {
  "client->server": " to server",
  "server->client": " from server",
  "app->host": " app to host",
  "host->app": " host to app",
};

/** Who sent each frame, in a tap's page (issue 65): the client is the person's host. */
export const TAP_DIRECTION_WORDS: Record<string, string> = {
  ...DIR_WORDS,
  "client->server": " host to server",
  "server->client": " server to host",
};
/** The direction column's words (a tap's page names the host). */
export const DirectionWords = createContext<Record<string, string>>(DIR_WORDS);

/**
 * Rows that are not messages. stderr is the server's log, not a warning (issue 54 item 2: "Starting
 * default (STDIO) server…" read as a yellow "!"): it gets a log's mark and colour; what is a real
 * problem (non-JSON stdout, a lint finding, an error) says so through isAlarming and the lint marker.
 */
const KIND_GLYPH: Record<string, string> = { stderr: "≡", "stdout-noise": "!" };
const KIND_TITLE: Record<string, string> = { stderr: "stderr: the server's log", "stdout-noise": "not JSON-RPC on stdout" };

/**
 * The row's hint, with a known error code named ("-32021 Missing required client capability: …")
 * and a 2026-07-28 input_required result saying what it asks for.
 */
function rowHint(e: Entry): string {
  const hint = hintOf(e);
  if (e.kind !== "message") return hint;
  const result = resultObject(e.message);
  if (result?.resultType === "input_required") {
    const keys = result.inputRequests && typeof result.inputRequests === "object" ? Object.keys(result.inputRequests) : [];
    return `input_required${keys.length ? `: ${keys.join(", ")}` : ""}`;
  }
  const err = rpcErrorOf(e.message);
  const name = err && rpcErrorName(err.code);
  if (!name) return hint;
  const message = String(err.message ?? "");
  return message.toLowerCase().startsWith(name.toLowerCase())
    ? hint
    : `${String(err.code)} ${name}: ${hint.slice(String(err.code).length + 1)}`;
}
