import type { SessionState } from "../../lib/session/state";
import type { Connection } from "./connection";
/** The result of the server/discover the handshake sent, if the server answered one. */
export declare function discoverResult(conn: Connection): unknown;
/** The protocol version a refused initialize result named, if the server answered one. */
export declare function answeredVersion(conn: Connection): unknown;
/** What the handshake settled, from the frames as recorded (initialize's, or server/discover's). */
export declare function negotiatedOf(conn: Connection, clientCapabilities: Record<string, unknown>): NonNullable<SessionState["negotiated"]>;
