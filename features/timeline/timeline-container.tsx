"use client";
import "./timeline.css";
import { useCallback, useContext, useMemo, useRef, useState } from "react";
import { EntryDetail } from "./entry-detail";
import { EntryFindings } from "./entry-findings";
import { TimelineList } from "./timeline-list";
import { TimelineToolbar } from "./timeline-toolbar";
import { LiveResendActions } from "./live-resend-actions";
import { SessionContext, useStore } from "../../client/session-context";
import type { LintStore } from "../../client/lint-store";
import { NO_FILTER, TIMELINE_FILTER, type TimelineFilter, type TimelineStore } from "../../client/timeline-store";
import { AppLinks, appLinkFacts } from "./app-links";
import { AppDirView, type AppDir } from "./app-dir-view";
import { hintOf } from "../../lib/record/entry-facts";
import type { Entry } from "../../lib/record/format";
import { verdictsBySeq, type Verdict } from "../../lib/session/verdicts";
import { useSendAgain, useSessionState } from "../../client/hooks";
import { canSendAgain, resendDraftOf } from "./resend";
import { VerdictDetail } from "./verdict-detail";

export interface TimelineContainerProps {
  /** An entry to select and scroll to (the nonce repeats a request for the same seq). */
  focus?: { seq: number; nonce: number };
  onSelect(seq: number): void;
  /** Another record than the live one (a shared recording), with its own lint. */
  store?: TimelineStore;
  lint?: LintStore;
  /** A recording's verdicts (the run that saved it): their entries marked, the selected one's shown. */
  verdicts?: readonly Verdict[];
  /** A recording's "Run again" on a request row (reproduce up to it); the live record sends it itself. */
  onRunAgain?(seq: number): void;
  /** A recording's actions under the selected entry (Run again, Edit and run). */
  actionsOf?(entry: Entry): React.ReactNode;
}

/** The record: filters, the virtualized list with lint markers, and the selected entry's findings and JSON. */
export function TimelineContainer(props: TimelineContainerProps) {
  const session = useContext(SessionContext);
  return !props.store && session ? <LiveTimeline {...props} /> : <TimelineBody {...props} />;
}

/** The live record: "Run again" on a request row sends it, and the detail says where it went. */
function LiveTimeline(props: TimelineContainerProps) {
  const runAgain = useSendAgain();
  const state = useSessionState();
  // Through a tap the page sends nothing into the host's session; not connected, nothing can go.
  return <TimelineBody {...props} runAgain={runAgain} rowsRunAgain={!state?.tap && state?.status === "connected"} />;
}

function TimelineBody({
  focus,
  onSelect,
  store: ownStore,
  lint: ownLint,
  verdicts,
  onRunAgain,
  actionsOf,
  runAgain,
  rowsRunAgain,
}: TimelineContainerProps & { runAgain?: ReturnType<typeof useSendAgain>; rowsRunAgain?: boolean }) {
  const session = useContext(SessionContext);
  const store = ownStore ?? session!.timeline;
  const version = useStore(store);
  const lint = ownLint ?? session!.lint;
  const lintVersion = useStore(lint);
  const [filter, setFilter] = useState<TimelineFilter>(TIMELINE_FILTER);
  // MCP Apps: the store's filter knows the server's directions only; an App direction narrows its App rows here.
  const [appDir, setAppDir] = useState<AppDirView>();
  const baseFilter = useMemo(() => (appDir ? { ...filter, dir: "all" as const, kinds: ["app" as const] } : filter), [filter, appDir]);
  // The view is extended in place as entries arrive; version makes React pick up the new one.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the store changes in place; its version says when
  const view = useMemo(() => (appDir ? appDir.of(store.view(baseFilter)) : store.view(baseFilter)), [store, baseFilter, appDir, version]);
  const [links] = useState(() => new AppLinks());
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the store changes in place; its version says when
  useMemo(() => links.update(store.view(NO_FILTER), store), [links, store, version]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the store changes in place; its version says when
  const methods = useMemo(() => mergeSorted(store.methods(), links.methods()), [store, links, version]);
  const changeFilter = useCallback((f: TimelineFilter, dir?: AppDir) => {
    setFilter(f);
    setAppDir((cur) => (dir === undefined ? undefined : cur?.dir === dir ? cur : new AppDirView(dir)));
  }, []);
  // A new function when findings arrive, so the list passes rows their (possibly new) markers.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the lint changes in place; its version says when
  const markOf = useCallback((seq: number) => lint.markOf(seq), [lint, lintVersion]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a cancellation arrives with new entries; the version says when
  const cancelledByOf = useCallback((seq: number) => store.cancellationOf(seq), [store, version]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- links arrive with new entries; the version says when
  const appLinkOf = useCallback((seq: number) => appLinkFacts(links, seq), [links, version]);
  // "response to tools/call echo": a response is labelled with what its request named (issue 39 item 7).
  const requestHintOf = useCallback(
    (seq: number) => {
      const e = store.bySeq(seq);
      if (e?.kind !== "message" || !e.pair) return undefined;
      const request = store.bySeq(e.pair.seq);
      return request?.kind === "message" ? hintOf(request) || undefined : undefined;
    },
    [store],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps -- HTTP rows are folded as entries arrive; the version says when
  const foldedOf = useCallback((seq: number) => (filter.foldTransport ? store.foldedInto(seq) : 0), [store, filter, version]);
  const verdictBySeq = useMemo(() => verdictsBySeq(verdicts), [verdicts]);
  const verdictOf = useCallback((seq: number) => verdictBySeq.get(seq), [verdictBySeq]);
  const canRunAgain = useCallback(
    (seq: number) => {
      const e = store.bySeq(seq);
      const draft = e && resendDraftOf(e);
      return !!draft && canSendAgain(draft);
    },
    [store],
  );
  // Live: the row's ↻ sends the request as "Run again" in its detail does (and selects it, so the detail says where it went).
  const runRow = useMemo(() => {
    if (onRunAgain) return onRunAgain;
    if (!runAgain || !rowsRunAgain) return undefined;
    return (seq: number) => {
      const e = store.bySeq(seq);
      const draft = e && resendDraftOf(e);
      if (!draft) return;
      onSelect(seq);
      runAgain.send(seq, draft);
    };
  }, [onRunAgain, runAgain, rowsRunAgain, store, onSelect]);
  // The shell owns the selection and only ever sets it: closing hides the detail of this focus
  // request; the next one (a click, a jump, the same row again) opens it.
  const [closedNonce, setClosedNonce] = useState<number>();
  // Issue 92: the detail follows the connection. An entry opened before a reconnect (to this or
  // another server) closes when the new connection starts; one opened after it stays open.
  const connecting = store.lastConnectingSeq;
  const [openedIn, setOpenedIn] = useState({ nonce: focus?.nonce, connecting });
  if (openedIn.nonce !== focus?.nonce) setOpenedIn({ nonce: focus?.nonce, connecting });
  const open = focus !== undefined && focus.nonce !== closedNonce && (openedIn.nonce !== focus.nonce || openedIn.connecting === connecting);
  const selectedSeq = open ? focus.seq : undefined;
  const selected = selectedSeq !== undefined ? store.bySeq(selectedSeq) : undefined;
  const partner =
    selected?.kind === "message"
      ? selected.pair
        ? selected.pair.seq
        : store.responseSeqOf(selected.seq)
      : selected?.kind === "app"
        ? selected.pair
          ? selected.pair.seq
          : links.appResponseOf(selected.seq)
        : undefined;
  const root = useRef<HTMLDivElement>(null);
  const close = () => {
    setClosedNonce(focus?.nonce);
    // Back to the list, so the keyboard goes on from where the person was.
    root.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
  };

  return (
    <div
      className="timeline"
      ref={root}
      onKeyDown={(e) => {
        // Escape closes the detail, unless something inside used it first (Monaco's find widget).
        if (e.key === "Escape" && selected && !e.defaultPrevented) close();
      }}
    >
      <TimelineToolbar
        filter={filter}
        appDir={appDir?.dir}
        onChange={changeFilter}
        methods={methods}
        shown={view.count}
        total={store.size}
        transportRows={store.housekeepingCount}
        nextSeq={store.lastSeq + 1}
      />
      <TimelineList
        view={view}
        selectedSeq={selectedSeq}
        focusNonce={focus?.nonce}
        onSelect={onSelect}
        markOf={markOf}
        cancelledByOf={cancelledByOf}
        appLinkOf={appLinkOf}
        requestHintOf={requestHintOf}
        foldedOf={foldedOf}
        verdictOf={verdicts ? verdictOf : undefined}
        canRunAgain={canRunAgain}
        onRunAgain={runRow}
        emptyText={emptyTextOf(store.size, filter)}
      />
      {selected && verdictBySeq.get(selected.seq) && <VerdictDetail verdict={verdictBySeq.get(selected.seq)!} onJump={onSelect} />}
      {selected && <EntryFindings findings={lint.findingsOf(selected.seq)} onJump={onSelect} />}
      {selected && (
        <EntryDetail
          entry={selected}
          partnerSeq={partner}
          onJump={onSelect}
          onClose={close}
          cancelledBySeq={store.cancellationOf(selected.seq)}
          appLink={appLinkOf(selected.seq)}
          // A shared recording is read, not sent again: only the live record offers it.
          actions={runAgain ? <LiveResendActions entry={selected} onJump={onSelect} runAgain={runAgain} /> : actionsOf?.(selected)}
        />
      )}
    </div>
  );
}

/** What an empty list says: nothing recorded yet, or what hides the entries there are. */
function emptyTextOf(total: number, filter: TimelineFilter): string {
  if (total === 0) return "No entries yet.";
  if (filter.text.trim()) return `No match for “${filter.text.trim()}” in ${total.toLocaleString("en-US")} entries.`;
  return `None of the ${total.toLocaleString("en-US")} entries passes these filters.`;
}

/** Two sorted lists of methods as one, each method once. */
function mergeSorted(a: readonly string[], b: readonly string[]): readonly string[] {
  if (b.length === 0) return a;
  return [...new Set([...a, ...b])].sort();
}
