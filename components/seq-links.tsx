"use client";

export interface SeqLinksProps {
  requestSeq?: number;
  responseSeq?: number;
  onShowEntry(seq: number): void;
}

/**
 * "Request seq n" and "Response seq n" buttons that show those entries in the timeline. "seq" is the
 * record's own number (the timeline's first column), never the JSON-RPC id, which the timeline shows
 * as "id n" (issue 92: "Request #148" beside a row's "#5" read as two numberings of one thing).
 */
export function SeqLinks({ requestSeq, responseSeq, onShowEntry }: SeqLinksProps) {
  return (
    <>
      {requestSeq !== undefined && (
        <button type="button" className="btn-small" title={SEQ_TITLE} onClick={() => onShowEntry(requestSeq)}>
          Request seq {requestSeq}
        </button>
      )}
      {responseSeq !== undefined && (
        <button type="button" className="btn-small" title={SEQ_TITLE} onClick={() => onShowEntry(responseSeq)}>
          Response seq {responseSeq}
        </button>
      )}
    </>
  );
}

/** What "seq" means, on hover wherever the page shows one. */
export const SEQ_TITLE = "the timeline entry's sequence number (not the JSON-RPC id)";
