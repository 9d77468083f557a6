import type { ConnectError } from "../../lib/session/state";
import type { Target } from "../../lib/target/target";
import type { ExitInfo } from "./stdio-transport";
/** Turn whatever a failed connect threw into words a person can act on. */
export declare function classifyConnectError(err: unknown, target: Target, exit: ExitInfo | undefined, stderrTail: string[], 
/** Lines the server printed on stdout that are not JSON-RPC (the usual reason a stdio server never answers). */
stdoutNoise?: readonly string[], 
/** The protocol version the server's initialize result named, when it answered. */
answeredVersion?: unknown, 
/** The result of the server/discover the SDK sent, when it answered one. */
discoverResult?: unknown): ConnectError;
