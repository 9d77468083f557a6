"use client";
import { useMemo, useState } from "react";
import { EntryDetail } from "../../components/entry-detail";
import { TimelineList } from "../../components/timeline-list";
import { TimelineToolbar } from "../../components/timeline-toolbar";
import { useSession } from "../../page-lib/connection-context";
import { useTimelineVersion } from "../../page-lib/hooks";
import { NO_FILTER, type TimelineFilter } from "../../page-lib/timeline-store";

export interface TimelineContainerProps {
  /** An entry to select and scroll to (the nonce repeats a request for the same seq). */
  focus?: { seq: number; nonce: number };
  onSelect(seq: number): void;
}

/** The live record: filters, the virtualized list, and the selected entry's JSON. */
export function TimelineContainer({ focus, onSelect }: TimelineContainerProps) {
  const { store } = useSession();
  const version = useTimelineVersion();
  const [filter, setFilter] = useState<TimelineFilter>(NO_FILTER);
  // The view is extended in place as entries arrive; version makes React pick up the new one.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const view = useMemo(() => store.view(filter), [store, filter, version]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const methods = useMemo(() => store.methods(), [store, version]);
  const selectedSeq = focus?.seq;
  const selected = selectedSeq !== undefined ? store.bySeq(selectedSeq) : undefined;
  const partner = selected?.kind === "message" ? (selected.pair ? selected.pair.seq : store.responseSeqOf(selected.seq)) : undefined;

  return (
    <div className="timeline">
      <TimelineToolbar filter={filter} onChange={setFilter} methods={methods} shown={view.count} total={store.size} />
      <TimelineList view={view} selectedSeq={selectedSeq} focusNonce={focus?.nonce} onSelect={onSelect} />
      {selected && <EntryDetail entry={selected} partnerSeq={partner} onJump={onSelect} />}
    </div>
  );
}
