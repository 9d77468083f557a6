import type { TransportFactory } from "../engine";
import type { InProcessServer } from "./types";
/**
 * A server object from the MCP SDK, reached through an in-memory pair: no process, no socket.
 * The engine's end records each frame it receives before delivering it, as its stdio and HTTP
 * transports do; the engine records what it sends itself.
 */
export declare function inProcessTransports(server: InProcessServer): TransportFactory;
/** True for an object that looks like an SDK server (it has `connect`), not a target description. */
export declare function isInProcessServer(x: unknown): x is InProcessServer;
