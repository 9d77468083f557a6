"use client";
import type { Entry } from "../lib/record";
import { detailJsonOf, formatBytes, formatMs, formatTime, idLabelOf, kindOf, labelOf } from "../page-lib/entry-facts";
import { CodeEditor } from "./code-editor";
import { CopyButton } from "./copy-button";

export interface EntryDetailProps {
  entry: Entry;
  /** The request of a response, or the response of a request, when known. */
  partnerSeq?: number;
  onJump(seq: number): void;
}

/** The selected entry in full: facts, jump to its partner, and its JSON read-only in Monaco. */
export function EntryDetail({ entry: e, partnerSeq, onJump }: EntryDetailProps) {
  const kind = kindOf(e);
  const json = detailJsonOf(e);
  const isResponse = e.kind === "message" && !!e.pair;
  return (
    <section className="entry-detail" aria-label={`Entry ${e.seq}`} data-testid="entry-detail">
      <div className="result-head">
        <h3>
          #{e.seq} {labelOf(e).slice(0, 80)}
        </h3>
        <span className="header-spacer" />
        {partnerSeq !== undefined && (
          <button type="button" className="btn-small" onClick={() => onJump(partnerSeq)}>
            {isResponse ? `Go to request #${partnerSeq}` : `Go to response #${partnerSeq}`}
          </button>
        )}
        <CopyButton text={() => json} label="Copy JSON" />
      </div>
      <dl className="facts facts-inline">
        <dt>kind</dt>
        <dd>{kind}</dd>
        {e.kind === "message" && (
          <>
            <dt>direction</dt>
            <dd>{e.dir === "client->server" ? "inspector → server" : "server → inspector"}</dd>
          </>
        )}
        {idLabelOf(e) && (
          <>
            <dt>id</dt>
            <dd>{idLabelOf(e)}</dd>
          </>
        )}
        <dt>time</dt>
        <dd>{formatTime(e.t)}</dd>
        {e.kind === "message" && e.pair && (
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
        {e.kind === "message" && e.undelivered && (
          <>
            <dt>not delivered</dt>
            <dd>{e.undelivered}</dd>
          </>
        )}
      </dl>
      <CodeEditor value={json} modelUri="inmemory://timeline/selected-entry.json" ariaLabel={`JSON of entry ${e.seq}`} height={260} />
    </section>
  );
}
