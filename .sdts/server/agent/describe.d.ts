import type { AgentConnection } from "./connection";
export declare const cutLine: (s: string, n?: number) => string;
/** A connection in a few lines: status, target, what was negotiated, why it failed, what waits on an answer. */
export declare function describeConnection(c: AgentConnection, o?: {
    instructions?: boolean;
}): Record<string, unknown>;
