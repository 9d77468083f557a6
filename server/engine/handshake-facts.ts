// What a connection's handshake said, read off its recorded frames (initialize's, or server/discover's).
import type { SessionState } from "../../lib/session/state";
import { asRecord } from "../../lib/json/shape";
import { methodOf } from "../../lib/protocol/jsonrpc";
import type { Connection } from "./connection";

/** The result of the server/discover the handshake sent, if the server answered one. */
export function discoverResult(conn: Connection): unknown {
  return methodOf(conn.handshakeRequest?.message) === "server/discover" ? asRecord(conn.handshakeResponse?.message).result : undefined;
}

/** The protocol version a refused initialize result named, if the server answered one. */
export function answeredVersion(conn: Connection): unknown {
  return asRecord(asRecord(conn.handshakeResponse?.message).result).protocolVersion;
}

/** What the handshake settled, from the frames as recorded (initialize's, or server/discover's). */
export function negotiatedOf(conn: Connection, clientCapabilities: Record<string, unknown>): NonNullable<SessionState["negotiated"]> {
  const client = conn.client!;
  const result = asRecord(asRecord(conn.handshakeResponse?.message).result);
  const params = asRecord(asRecord(conn.handshakeRequest?.message).params);
  const requested = conn.era === "modern" ? asRecord(params._meta)["io.modelcontextprotocol/protocolVersion"] : params.protocolVersion;
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
