"use client";
import { useState } from "react";
import { SaveAsTestDialog } from "./save-as-test-dialog";

export interface SaveAsTestButtonProps {
  /** The request's record seq (a command's `requestSeq`, a timeline entry's seq). */
  requestSeq?: number;
  /** The step's name offered in the dialog. */
  defaultName: string;
}

/** "Save as test" on a live call: opens the dialog that puts it into a collection file. Nothing without a recorded request. */
export function SaveAsTestButton({ requestSeq, defaultName }: SaveAsTestButtonProps) {
  const [open, setOpen] = useState(false);
  if (requestSeq === undefined) return null;
  return (
    <>
      <button type="button" className="btn-small" onClick={() => setOpen(true)} data-testid="save-as-test">
        Save as test
      </button>
      {open && <SaveAsTestDialog requestSeq={requestSeq} defaultName={defaultName} onClose={() => setOpen(false)} />}
    </>
  );
}
