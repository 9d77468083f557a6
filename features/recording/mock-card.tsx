"use client";
import { CopyButton } from "../../components/copy-button";
import { mockCommands } from "../../lib/session/mock-command";
import { visible } from "../../lib/text/visible";

export interface MockCardProps {
  /** The file name the command names: the opened file's, or the one "Save session file" writes. */
  fileName: string;
  /** The recording is not on disk yet (a link, or the launcher's --open): offer to save it. */
  onSave?(): void;
}

/** "Serve this recording as a mock": what it does in one line, the commands to copy, and the file they need. */
export function MockCard({ fileName, onSave }: MockCardProps) {
  const cmd = mockCommands(fileName);
  return (
    <section className="card mock-card" aria-labelledby="mock-heading" data-testid="mock-card">
      <h2 id="mock-heading">Serve this recording as a mock</h2>
      <p className="muted small">
        The recording plays the server: a client gets the recorded handshake and, for each request, the recorded response that matches it; a
        request it never saw gets an error naming the closest one.
      </p>
      <MockLine label="stdio (point your client's command at it)" command={cmd.stdio} testId="mock-command" />
      <MockLine label={`Streamable HTTP at ${cmd.url}`} command={cmd.http} testId="mock-command-http" />
      {onSave ? (
        <div className="mock-save">
          <p className="muted small">
            Run it where <code>{visible(fileName)}</code> is: save the recording first.
          </p>
          <button type="button" onClick={onSave}>
            Save session file
          </button>
        </div>
      ) : (
        <p className="muted small">
          Run it in the folder that holds <code>{visible(fileName)}</code>.
        </p>
      )}
    </section>
  );
}

function MockLine({ label, command, testId }: { label: string; command: string; testId: string }) {
  return (
    <div className="mock-line">
      <span className="small">{label}</span>
      <div className="mock-command-row">
        <code data-testid={testId}>{command}</code>
        <CopyButton text={() => command} label="Copy" />
      </div>
    </div>
  );
}
