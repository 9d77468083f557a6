import { createRoot } from "react-dom/client";
import { useEffect, useState } from "react";
import { readRecording, type ReadResult } from "./read-recording";
import { ViewerApp } from "./viewer-app";
import "./viewer.css";

/**
 * The read-only viewer's entry (scripts/build.mjs bundles it into one inline script): a page
 * file's own session, or a link's `#session=…` when served as a static folder. It makes no
 * request: its policy (lib/session/page-template.ts) would refuse one.
 */
function Viewer() {
  const [read, setRead] = useState<ReadResult>();
  useEffect(() => {
    const load = () =>
      void readRecording(document, window.location.href).then(setRead, (e: Error) => setRead({ ok: false, message: e.message }));
    load();
    // A second link pasted into the same tab.
    window.addEventListener("hashchange", load);
    return () => window.removeEventListener("hashchange", load);
  }, []);
  useEffect(() => {
    if (read?.ok === true) {
      const name = read.recording.session.negotiated?.serverInfo?.name;
      document.title = `MCP recording${typeof name === "string" ? `: ${name}` : ""} (read-only)`;
    }
  }, [read]);
  if (!read) return <p className="muted">Opening the recording…</p>;
  if (read.ok === "empty")
    return (
      <main className="viewer-empty" data-testid="viewer-empty">
        <h1>MCP recording viewer</h1>
        <p>
          This page shows a recording shared as a link (<code>…/#session=v1.…</code>). The recording travels in the part after{" "}
          <code>#</code>, which the browser never sends to this site. Make a link with the inspector&apos;s Share / export….
        </p>
      </main>
    );
  if (read.ok === false)
    return (
      <main className="viewer-empty" role="alert" data-testid="viewer-error">
        <h1>This recording cannot be shown</h1>
        <p>{read.message}.</p>
      </main>
    );
  return <ViewerApp recording={read.recording} />;
}

createRoot(document.getElementById("root")!).render(<Viewer />);
