"use client";
import { useEffect, useRef } from "react";

export interface ModalDialogProps {
  title: string;
  onClose(): void;
  children: React.ReactNode;
  testId?: string;
  wide?: boolean;
}

/**
 * A modal built on <dialog>: the browser keeps focus inside it, Escape closes it, and the
 * page behind is inert. Mounted means open.
 */
export function ModalDialog({ title, onClose, children, testId, wide }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) {
      if (typeof d.showModal === "function") d.showModal();
      else d.setAttribute("open", "");
    }
    return () => d?.close?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal${wide ? " modal-wide" : ""}`}
      aria-labelledby="modal-title"
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="modal-head">
        <h2 id="modal-title">{title}</h2>
        <span className="header-spacer" />
        <button type="button" className="btn-small" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </div>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
