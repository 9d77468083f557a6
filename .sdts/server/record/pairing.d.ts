import type { Pair } from "../../lib/record/format";
import type { JsonRpcId } from "../../lib/protocol/jsonrpc";
export interface PairingOptions {
    /** Open requests kept per direction; past it the oldest is forgotten (a peer that never waits for answers cannot grow this). */
    maxOpen?: number;
    /** The monotonic clock latencies are read on; tests may fake it. */
    now?: () => number;
}
/**
 * The one place a response is paired with its request: by the direction the request went and
 * its JSON-RPC id, as the SDK's Protocol keys its response handlers by id. The owner of the
 * frames (the connection, the load sink, the App recorder) opens each request once it is
 * recorded and stamps the `Pair` on a response's draft before it is recorded, so an entry is
 * complete when it is written and never edited after. Ids are Map keys as they are: 1 and "1"
 * are different requests, as in JSON-RPC. A reused id replaces the older request.
 */
export declare class Pairing<D extends string> {
    private readonly open;
    private readonly maxOpen;
    private readonly now;
    constructor(opts?: PairingOptions);
    /** A request that went in direction `dir` was recorded as entry `seq`: its answer will find it. */
    opened(dir: D, id: JsonRpcId, seq: number, method: string): void;
    /**
     * A response to a request that went in direction `requestDir`: the request it answers (now
     * closed), or undefined when none with that id is open.
     */
    answered(requestDir: D, id: JsonRpcId): {
        pair: Pair;
    } | undefined;
    /** Requests still waiting for an answer, in every direction. */
    get size(): number;
}
