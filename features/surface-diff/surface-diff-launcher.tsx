"use client";
import { useEffect, useRef, useState } from "react";
import type { SessionState } from "../../lib/session/state";
import { SurfaceDiffContainer } from "./surface-diff-container";

/**
 * The "Compare versions" card and its dialog. Unlike a ModalDialog (mounted means open), this
 * dialog stays mounted once opened, so closing it loses no loaded file or result.
 */
export function SurfaceDiffLauncher({ state }: { state?: SessionState }) {
  const [opened, setOpened] = useState(false);
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open, opened]);
  return (
    <section className="card diff-launcher" aria-labelledby="diff-launcher-heading">
      <h2 id="diff-launcher-heading">Compare versions</h2>
      <p className="muted small">
        What changed between this server and a recording of it, or two recordings: breaking or compatible, as <code>inspector diff</code>{" "}
        says.
      </p>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            setOpened(true);
            setOpen(true);
          }}
        >
          Compare versions…
        </button>
      </div>
      {opened && (
        <dialog
          ref={ref}
          className="modal modal-wide diff-dialog"
          aria-labelledby="diff-dialog-title"
          data-testid="diff-dialog"
          onClose={() => setOpen(false)}
        >
          <div className="modal-head">
            <h2 id="diff-dialog-title">Compare two versions of the server</h2>
            <span className="header-spacer" />
            <button type="button" className="btn-small" onClick={() => setOpen(false)} aria-label="Close">
              ✕
            </button>
          </div>
          <div className="modal-body">
            <SurfaceDiffContainer state={state} active={open} />
          </div>
        </dialog>
      )}
    </section>
  );
}
