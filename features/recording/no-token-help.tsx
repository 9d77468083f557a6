import { CopyButton } from "../../components/copy-button";

/** Why Reproduce cannot run from this page, and the one command that makes it possible. */
export function NoTokenHelp({ command }: { command: string }) {
  return (
    <div className="notice no-token-help" data-testid="no-token-help">
      <p>
        Reproducing runs a program, so it needs an inspector you started yourself. This page has no access token for this inspector. Run:
      </p>
      {/* The link can be tens of KB: show its start, copy all of it. */}
      <pre className="command-line" title={command.length > 120 ? "shortened; Copy command copies all of it" : undefined}>
        {command.length > 120 ? `${command.slice(0, 100)}…'` : command}
      </pre>
      <CopyButton text={() => command} label="Copy command" />
      <p className="small">
        It starts an inspector with this recording loaded and opens it with a token; nothing runs until you press Reproduce there and
        confirm.
      </p>
    </div>
  );
}
