import type { SessionFile } from "../../lib/session/file";
import { describeShared } from "../../lib/session/shared";
import { objectOr } from "../../lib/json/shape";
import { ServerText } from "../../components/server-text";
import { visible } from "../../lib/text/visible";

/** Whose recording this is: the server's identity, when and with what it was recorded, the target, what was redacted. */
export function ViewerHeader({ session: s }: { session: SessionFile }) {
  const info = objectOr(s.negotiated?.serverInfo);
  const when = new Date(s.createdAt);
  return (
    <header className="viewer-header" data-testid="viewer-header">
      <h1>
        MCP recording <span className="muted">(read-only)</span>
      </h1>
      <dl className="facts">
        <dt>server</dt>
        <dd data-testid="viewer-server">
          {typeof info?.name === "string" ? <ServerText text={info.name} /> : "unknown (no completed handshake)"}
          {typeof info?.version === "string" && (
            <>
              {" "}
              <ServerText text={info.version} className="muted" />
            </>
          )}
          {s.protocolVersion && <span className="muted"> · protocol {visible(s.protocolVersion)}</span>}
          {s.negotiated?.era && <span className="muted"> · {s.negotiated.era} era</span>}
        </dd>
        <dt>target</dt>
        <dd>
          <code data-testid="viewer-target">{describeShared(s.target)}</code>
          {s.target.transport === "stdio" && s.target.cwd && (
            <>
              {" "}
              in <code>{visible(s.target.cwd)}</code>
            </>
          )}
        </dd>
        <dt>recorded</dt>
        <dd>
          {Number.isNaN(when.getTime()) ? visible(s.createdAt) : when.toLocaleString()} with inspector {visible(s.inspectorVersion)},{" "}
          {s.entries.length} entries
        </dd>
        {s.redactions.length > 0 && (
          <>
            <dt>redacted</dt>
            <dd data-testid="viewer-redactions">{s.redactions.map((r) => `${visible(r.what)} ×${r.count}`).join(", ")}</dd>
          </>
        )}
      </dl>
    </header>
  );
}
