"use client";
import { useMemo, useState } from "react";
import { ModalDialog } from "../../components/modal-dialog";
import { ShareReview } from "./share-review";
import type { ShareOutcome } from "./share-result";
import { redactSession } from "../../lib/session/redact";
import type { SessionFile } from "../../lib/session/file";
import type { SessionState } from "../../lib/session/state";
import { MAX_LINK_BYTES, encodeSessionLink } from "../../lib/session/share-link";
import type { Entry } from "../../lib/record/format";
import { useSession } from "../../client/session-context";
import { downloadText } from "../../components/download";
import { otlpFileName, sessionOtlpJson } from "./otlp-download";
import { useSocketStatus } from "../../client/hooks";
import { secretsOf, sessionFileName, sessionFromLive } from "../../lib/session/shared";
import { NO_FILTER } from "../../client/timeline-store";
import { useLocalSetting } from "../../client/local-setting";
import { shareBase } from "../../client/page-settings";
import { pageFileName, sessionPageHtml } from "../../lib/session/page-file";

/**
 * "Share / export…": the last connection as a link or a file, after a review of what is redacted.
 * In the header, so it is in sight at every size (issue 66 item 10: at 1280 × 800 it sat below the
 * connection pane's fold).
 */
export function ShareButton({ state }: { state?: SessionState }) {
  const { timeline } = useSession();
  const socket = useSocketStatus();
  const [review, setReview] = useState<{ session: SessionFile } | { error: string }>();

  const start = () => {
    const view = timeline.view(NO_FILTER);
    const entries: Entry[] = [];
    for (let i = 0; i < view.count; i++) entries.push(view.at(i));
    const built = sessionFromLive(state, entries, socket.inspectorVersion);
    setReview(built.ok ? { session: built.session } : { error: built.message });
  };

  return (
    <>
      <button
        type="button"
        className="btn-small"
        onClick={start}
        disabled={!state?.target}
        title="Share what happened as a link or a file, for a bug report; secrets are reviewed and redacted first"
      >
        Share / export…
      </button>
      {review && (
        <ModalDialog title="Review what will be shared" onClose={() => setReview(undefined)} testId="share-dialog" wide>
          {"error" in review ? (
            <p className="notice">{review.error}</p>
          ) : (
            <ReviewStep original={review.session} secrets={secretsOf(state?.target)} launcherBase={socket.shareBase} />
          )}
        </ModalDialog>
      )}
    </>
  );
}

/** Redaction runs again whenever the person redacts more; a link is made only on request. */
function ReviewStep({
  original,
  secrets,
  launcherBase,
}: {
  original: SessionFile;
  secrets: Record<string, string>;
  launcherBase?: string;
}) {
  const [dropped, setDropped] = useState<number[]>([]);
  const [extra, setExtra] = useState<string[]>([]);
  const [outcome, setOutcome] = useState<ShareOutcome>();
  const [busy, setBusy] = useState(false);
  const [chosen, setBase] = useLocalSetting(shareBase);
  // The person's choice, else the launcher's --share-base, else (empty) this inspector's address.
  const base = chosen || launcherBase || "";
  const [pageError, setPageError] = useState<string>();
  const seqs = useMemo(() => new Set(original.entries.map((e) => e.seq)), [original]);
  const redacted = useMemo(() => redactSession(original, { secrets, dropSeqs: dropped, extra }), [original, secrets, dropped, extra]);
  const changed =
    <T,>(set: (f: (v: T[]) => T[]) => void) =>
    (f: (v: T[]) => T[]) => {
      set(f);
      setOutcome(undefined);
    };
  const editDropped = changed(setDropped);
  const editExtra = changed(setExtra);

  const makeLink = async () => {
    setBusy(true);
    try {
      const { url, bytes } = await encodeSessionLink(redacted.session, base || window.location.origin);
      setOutcome(bytes > MAX_LINK_BYTES ? { kind: "too-large", bytes, max: MAX_LINK_BYTES } : { kind: "link", url, bytes });
    } catch (e) {
      setOutcome({ kind: "error", message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  // The viewer's HTML is one of the page's own files (no token: it holds no session); the session goes in here.
  const downloadPage = async () => {
    setPageError(undefined);
    try {
      const res = await fetch("/viewer/index.html", { cache: "no-store" });
      if (!res.ok) throw new Error(`the viewer is not served here (HTTP ${res.status})`);
      // The linter's code loads apart from the page's first load (client/lint-store.ts, issue 89).
      const { recordingFindings } = await import("../../lib/session/page-findings");
      const page = sessionPageHtml(await res.text(), redacted.session, { findings: recordingFindings(redacted.session) });
      if (!page.ok) return setPageError(page.message);
      downloadText(pageFileName(redacted.session), page.html, "text/html");
    } catch (e) {
      setPageError((e as Error).message);
    }
  };

  return (
    <ShareReview
      session={redacted.session}
      totalEntries={original.entries.length}
      hits={redacted.hits}
      dropped={dropped}
      extra={extra}
      outcome={outcome}
      busy={busy}
      isSeq={(s) => seqs.has(s)}
      onDrop={(s) => editDropped((d) => (d.includes(s) ? d : [...d, s].sort((a, b) => a - b)))}
      onUndrop={(s) => editDropped((d) => d.filter((x) => x !== s))}
      onAddSecret={(v) => editExtra((x) => (x.includes(v) ? x : [...x, v]))}
      onRemoveSecret={(v) => editExtra((x) => x.filter((y) => y !== v))}
      onMakeLink={() => void makeLink()}
      onDownload={() => downloadText(sessionFileName(redacted.session), JSON.stringify(redacted.session, null, 2))}
      onDownloadOtlp={() => downloadText(otlpFileName(redacted.session), sessionOtlpJson(redacted.session))}
      onDownloadPage={() => void downloadPage()}
      base={base}
      onBase={(b) => {
        setBase(b);
        setOutcome(undefined);
      }}
      pageError={pageError}
    />
  );
}
