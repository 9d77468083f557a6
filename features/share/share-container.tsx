"use client";
import { useState } from "react";
import { SessionImport } from "./session-import";
import { parseSession } from "../../lib/session/file";
import { sessionJsonInPage } from "../../lib/session/page-file";
import { useOpenRecording } from "../../client/open-recording-context";

/** The Session card: open a recording (a file). Sharing the live session is the header's "Share / export…". */
export function ShareContainer() {
  const recording = useOpenRecording();
  const [importError, setImportError] = useState<string>();

  const onFile = (text: string, name: string, refused?: string) => {
    if (refused) return setImportError(`${name}: ${refused}`);
    // A page file carries its session inside: it opens as the session file would.
    const r = parseSession(sessionJsonInPage(text) ?? text);
    if (!r.ok) return setImportError(`${name}: ${r.message}`);
    setImportError(undefined);
    recording?.open(r.session, "file", name);
  };

  return (
    <section className="card session-card" aria-labelledby="session-heading">
      <h2 id="session-heading">Session</h2>
      <p className="muted small">Open a recording to see it here. To share this session, use Share / export… at the top.</p>
      <SessionImport onFile={onFile} error={importError} />
    </section>
  );
}
