"use client";

export interface SeqLinksProps {
  requestSeq?: number;
  responseSeq?: number;
  onShowEntry(seq: number): void;
}

/** "Request #n" and "Response #n" buttons that show those entries in the timeline. */
export function SeqLinks({ requestSeq, responseSeq, onShowEntry }: SeqLinksProps) {
  return (
    <>
      {requestSeq !== undefined && (
        <button type="button" className="btn-small" onClick={() => onShowEntry(requestSeq)}>
          Request #{requestSeq}
        </button>
      )}
      {responseSeq !== undefined && (
        <button type="button" className="btn-small" onClick={() => onShowEntry(responseSeq)}>
          Response #{responseSeq}
        </button>
      )}
    </>
  );
}
