import { asRecord } from "../../lib/json/shape";
import { describeTarget } from "../../lib/target/target";
import type { AgentConnection } from "./connection";
import { untrusted } from "./untrusted";

/** Longest stderr line kept in a status (a minified stack on one line would fill the answer). */
const LINE_CHARS = 400;

export const cutLine = (s: string, n = LINE_CHARS) => (s.length > n ? `${s.slice(0, n)}… [${s.length - n} more characters]` : s);

/** A connection in a few lines: status, target, what was negotiated, why it failed, what waits on an answer. */
export function describeConnection(c: AgentConnection, o: { instructions?: boolean } = {}): Record<string, unknown> {
  const s = c.state();
  const n = s.negotiated;
  const info = asRecord(n?.serverInfo);
  const connected = n && s.status === "connected";
  // The server's own words (its name, instructions, why it failed, what it asks) sit apart, in `untrusted`.
  const server = untrusted({
    ...(connected
      ? {
          serverInfo: { name: info.name, version: info.version },
          serverCapabilities: Object.keys(n.serverCapabilities),
          ...(n.instructions && o.instructions !== false ? { instructions: cutLine(n.instructions, 2_000) } : {}),
        }
      : {}),
    ...(s.error ? { error: { message: cutLine(s.error.message), stderrTail: s.error.stderrTail.slice(-10).map((l) => cutLine(l)) } } : {}),
    ...(s.authorization?.pendingUrl ? { loginUrl: s.authorization.pendingUrl } : {}),
  });
  return {
    name: c.name,
    status: s.status,
    ...(c.target ? { target: describeTarget(c.target) } : {}),
    ...(s.pid !== undefined ? { pid: s.pid } : {}),
    ...(c.link.shared ? { shared: "the person's page connection: the person sees and drives it too" } : {}),
    ...(connected
      ? {
          negotiated: {
            era: n.era,
            protocolVersion: n.protocolVersion,
            ...(n.instructions && o.instructions === false ? { instructions: "as given before (unchanged)" } : {}),
          },
        }
      : {}),
    ...(s.error
      ? {
          error: {
            kind: s.error.kind,
            ...(s.error.exitCode !== undefined ? { exitCode: s.error.exitCode } : {}),
            ...(s.error.signal ? { signal: s.error.signal } : {}),
          },
        }
      : {}),
    ...(s.authorization?.pendingUrl
      ? { loginNote: "a person must log in: give them untrusted.loginUrl (the server's login page), then call status again" }
      : {}),
    ...(s.pending.length
      ? {
          pending: s.pending.map((p) => ({
            pendingId: p.pendingId,
            method: p.method,
            seq: p.seq,
            // On the page's connection the person answers in the page (the agent may too, with takeOver).
            ...(c.link.shared ? { waitingFor: "person" } : {}),
            untrusted: { params: p.params },
          })),
        }
      : {}),
    ...server,
  };
}
