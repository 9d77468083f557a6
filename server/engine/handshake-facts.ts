// What a connection's handshake said, read off its recorded frames (initialize's, or server/discover's).
import type { SessionState } from "../../lib/wire/session-state";
import type { Connection } from "./connection";

/** The result of the server/discover the handshake sent, if the server answered one. */
export function discoverResult(conn: Connection): unknown {
  const method = (conn.handshakeRequest?.message as { method?: unknown } | undefined)?.method;
  return method === "server/discover" ? (conn.handshakeResponse?.message as { result?: unknown } | undefined)?.result : undefined;
}

/** The protocol version a refused initialize result named, if the server answered one. */
export function answeredVersion(conn: Connection): unknown {
  return (conn.handshakeResponse?.message as { result?: { protocolVersion?: unknown } } | undefined)?.result?.protocolVersion;
}

/** What the handshake settled, from the frames as recorded (initialize's, or server/discover's). */
export function negotiatedOf(conn: Connection, clientCapabilities: Record<string, unknown>): NonNullable<SessionState["negotiated"]> {
  const client = conn.client!;
  const result = (conn.handshakeResponse?.message as { result?: Record<string, unknown> } | undefined)?.result ?? {};
  const params = (conn.handshakeRequest?.message as { params?: Record<string, unknown> } | undefined)?.params ?? {};
  const requested = conn.era === "modern" ? (params._meta as Record<string, unknown> | undefined)?.["io.modelcontextprotocol/protocolVersion"] : params.protocolVersion;
  return {
    era: conn.era ?? "legacy",
    requestedProtocolVersion: String(requested ?? conn.protocolVersion ?? ""),
    protocolVersion: String(conn.protocolVersion ?? result.protocolVersion ?? ""),
    serverCapabilities: (client.getServerCapabilities() ?? result.capabilities ?? {}) as Record<string, unknown>,
    clientCapabilities,
    serverInfo: (result.serverInfo ?? client.getServerVersion() ?? {}) as Record<string, unknown>,
    instructions: client.getInstructions(),
    initializeRequestSeq: conn.handshakeRequest?.seq,
    initializeResponseSeq: conn.handshakeResponse?.seq,
  };
}
