import type { SharedTarget } from "../../lib/session/file";
import { openCommandFor } from "../../lib/session/shared";
import { CopyButton } from "../../components/copy-button";
import { visible } from "../../lib/text/visible";

export interface ReproduceBoxProps {
  from: "page" | "link";
  /** The page file's name, or the link. */
  openArg: string;
  target: SharedTarget;
}

/**
 * How to reproduce it: nothing here runs anything (a file opened from disk cannot, and should
 * not); the command opens it in an inspector of one's own, where Reproduce shows the exact
 * command, folder and variable names and asks first.
 */
export function ReproduceBox({ from, openArg, target }: ReproduceBoxProps) {
  const command = openCommandFor(openArg);
  const names = target.transport === "stdio" ? target.envNames : target.headerNames;
  return (
    <section className="card reproduce-box" aria-labelledby="reproduce-heading">
      <h2 id="reproduce-heading">Reproduce it</h2>
      <p className="small">
        {from === "page"
          ? "Nothing in this page runs or connects. To reproduce it, run this in the folder where you saved the file (Node.js 20 or later):"
          : "Nothing in this page runs or connects. To reproduce it, run (Node.js 20 or later):"}
      </p>
      <div className="command-row">
        <input
          readOnly
          className="command"
          aria-label="Command to reproduce"
          data-testid="viewer-open-command"
          value={command}
          onFocus={(e) => e.currentTarget.select()}
        />
        <CopyButton text={() => command} label="Copy" />
      </div>
      <p className="muted small">
        The inspector opens the recording; its Reproduce shows what it will run and asks first.
        {names.length > 0 && ` It needs the values of ${names.map(visible).join(", ")} (they are never shared).`}
      </p>
    </section>
  );
}
