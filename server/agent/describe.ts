import { asRecord } from "../../lib/json/shape";
import { describeTarget } from "../../lib/target/target";
import type { AgentConnection } from "./connection";

/** Longest stderr line kept in a status (a minified stack on one line would fill the answer). */
const LINE_CHARS = 400;

export const cutLine = (s: string, n = LINE_CHARS) => (s.length > n ? `${s.slice(0, n)}… [${s.length - n} more characters]` : s);

/** A connection in a few lines: status, target, what was negotiated, why it failed, what waits on an answer. */
export function describeConnection(c: AgentConnection): Record<string, unknown> {
  const s = c.state();
  const n = s.negotiated;
  const info = asRecord(n?.serverInfo);
  return {
    name: c.name,
    status: s.status,
    ...(c.target ? { target: describeTarget(c.target) } : {}),
    ...(s.pid !== undefined ? { pid: s.pid } : {}),
    ...(c.link.shared ? { shared: "the person's page connection: the person sees and drives it too" } : {}),
    ...(n && s.status === "connected"
      ? {
          negotiated: {
            era: n.era,
            protocolVersion: n.protocolVersion,
            serverInfo: { name: info.name, version: info.version },
            serverCapabilities: Object.keys(n.serverCapabilities),
            ...(n.instructions ? { instructions: cutLine(n.instructions, 2_000) } : {}),
          },
        }
      : {}),
    ...(s.error
      ? {
          error: {
            kind: s.error.kind,
            message: cutLine(s.error.message),
            ...(s.error.exitCode !== undefined ? { exitCode: s.error.exitCode } : {}),
            ...(s.error.signal ? { signal: s.error.signal } : {}),
            stderrTail: s.error.stderrTail.slice(-10).map((l) => cutLine(l)),
          },
        }
      : {}),
    ...(s.authorization?.pendingUrl
      ? { loginUrl: s.authorization.pendingUrl, loginNote: "a person must log in: give them this URL, then call status again" }
      : {}),
    ...(s.pending.length
      ? {
          pending: s.pending.map((p) => ({
            pendingId: p.pendingId,
            method: p.method,
            seq: p.seq,
            // On the page's connection the person answers in the page (the agent may too).
            ...(c.link.shared ? { waitingFor: "person" } : {}),
            params: p.params,
          })),
        }
      : {}),
  };
}
