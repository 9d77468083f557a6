"use client";
import { useMemo, useState } from "react";
import type { Entry } from "../../lib/record/format";
import { BIG_BYTES, formatKiB, previewJson } from "../../lib/text/big-text";
import { downloadText } from "../../components/download";
import { detailJsonOf, formatBytes, formatMs, formatTime, idLabelOf, kindOf, labelOf } from "../../lib/record/entry-facts";
import { CodeEditor } from "../../components/code-editor";
import { CopyButton } from "../../components/copy-button";
import { ServerText } from "../../components/server-text";
import { inertJson } from "../../lib/text/visible";
import { rpcErrorCodeText, rpcErrorOf } from "../../lib/protocol/error-names";
import { AppEntryFacts } from "./app-entry-facts";
import { TraceFact } from "./trace-fact";
import type { AppLinkFacts } from "./app-links";

export interface EntryDetailProps {
  entry: Entry;
  /** The request of a response, or the response of a request, when known. */
  partnerSeq?: number;
  onJump(seq: number): void;
  /** Close the detail (the × button; Escape is handled by the timeline). */
  onClose(): void;
  /** The entry that cancelled this request, when one did. */
  cancelledBySeq?: number;
  /** Actions on the entry under its heading (send a request again). */
  actions?: React.ReactNode;
  /** MCP Apps: the other side of the App boundary (an App request's server request, or the reverse). */
  appLink?: AppLinkFacts;
}

/**
 * The selected entry in full: facts, jump to its partner, and its JSON read-only in Monaco. A
 * big message (over BIG_BYTES on the wire) is shown clipped in a <pre> instead: Monaco with a
 * 20 MiB document takes seconds. "Open in the editor" and "Download" make its full JSON once.
 */
export function EntryDetail({ entry: e, partnerSeq, onJump, onClose, cancelledBySeq, actions, appLink }: EntryDetailProps) {
  const kind = kindOf(e);
  const big = e.kind === "message" && e.size > BIG_BYTES;
  const [openFull, setOpenFull] = useState<number>();
  const full = big && openFull === e.seq;
  // Pretty JSON of the whole entry only when it is shown whole (the memo keeps it one copy).
  const json = useMemo(() => (!big || full ? detailJsonOf(e) : undefined), [e, big, full]);
  const preview = useMemo(() => (big && !full ? previewJson(e.kind === "message" ? e.message : e) : undefined), [e, big, full]);
  const isResponse = (e.kind === "message" || e.kind === "app") && !!e.pair;
  const rpcError = e.kind === "message" ? rpcErrorOf(e.message) : undefined;
  return (
    <section className="entry-detail" aria-label={`Entry ${e.seq}`} data-testid="entry-detail">
      <div className="result-head">
        <h3>
          seq {e.seq} <ServerText text={labelOf(e).slice(0, 80)} />
        </h3>
        <span className="header-spacer" />
        {partnerSeq !== undefined && (
          <button type="button" className="btn-small" onClick={() => onJump(partnerSeq)}>
            {isResponse ? `Go to request seq ${partnerSeq}` : `Go to response seq ${partnerSeq}`}
          </button>
        )}
        <CopyButton text={() => json ?? detailJsonOf(e)} label="Copy JSON" />
        <button type="button" className="btn-icon entry-close" onClick={onClose} aria-label="Close the entry" title="Close (Escape)">
          ×
        </button>
      </div>
      {actions}
      <dl className="facts facts-inline">
        <dt>kind</dt>
        <dd>{kind}</dd>
        {e.kind === "message" && (
          <>
            <dt>direction</dt>
            <dd>{e.dir === "client->server" ? "inspector → server" : "server → inspector"}</dd>
          </>
        )}
        <AppEntryFacts entry={e} link={appLink} onJump={onJump} />
        <TraceFact entry={e} />
        {idLabelOf(e) && (
          <>
            <dt title="JSON-RPC id">id</dt>
            <dd>
              <ServerText text={idLabelOf(e)!} />
            </dd>
          </>
        )}
        <dt>time</dt>
        <dd>{formatTime(e.t)}</dd>
        {(e.kind === "message" || e.kind === "app") && e.pair && (
          <>
            <dt>latency</dt>
            <dd data-testid="entry-latency">{formatMs(e.pair.latencyMs)}</dd>
          </>
        )}
        {e.kind === "message" && (
          <>
            <dt>size</dt>
            <dd>{formatBytes(e.size)}</dd>
          </>
        )}
        {e.kind === "message" && e.retryOf !== undefined && (
          <>
            <dt>retry of</dt>
            <dd>
              <button type="button" className="linklike" onClick={() => onJump(e.retryOf!)} data-testid="entry-retry-of">
                seq {e.retryOf}
              </button>{" "}
              <span className="muted">sent again with the input the server asked for (input_required)</span>
            </dd>
          </>
        )}
        {cancelledBySeq !== undefined && (
          <>
            <dt>cancelled</dt>
            <dd>
              <button type="button" className="linklike" onClick={() => onJump(cancelledBySeq)} data-testid="entry-cancelled-by">
                seq {cancelledBySeq}
              </button>
            </dd>
          </>
        )}
        {rpcError && (
          <>
            <dt>error</dt>
            <dd data-testid="entry-error-code">{rpcErrorCodeText(rpcError.code)}</dd>
          </>
        )}
        {e.kind === "message" && e.undelivered && (
          <>
            <dt>not delivered</dt>
            <dd>
              <ServerText text={e.undelivered} />
            </dd>
          </>
        )}
      </dl>
      {preview ? (
        <>
          <p className="long-text-more" data-testid="entry-clipped">
            <span className="muted small">
              {formatKiB(e.kind === "message" ? e.size : 0)} message: long strings and lists are clipped here
            </span>
            <button type="button" className="btn-small" onClick={() => setOpenFull(e.seq)}>
              Open full in the editor
            </button>
            <button type="button" className="btn-small" onClick={() => downloadText(`entry-${e.seq}.json`, detailJsonOf(e))}>
              Download
            </button>
          </p>
          <pre className="json entry-preview" aria-label={`JSON of entry ${e.seq}, clipped`}>
            {inertJson(preview.text)}
          </pre>
        </>
      ) : (
        <CodeEditor value={json!} modelUri="inmemory://timeline/selected-entry.json" ariaLabel={`JSON of entry ${e.seq}`} height={260} />
      )}
    </section>
  );
}
