import type { RecordStore } from "../record/store";
import type { Finding } from "../../lib/lint/finding";
import type { HttpFacts } from "../../lib/record/format";
import type { JsonRpcId } from "../../lib/protocol/jsonrpc";
/** The three byte streams a tap sees: the host's stdin, the server's stdout, the server's stderr. */
export type TapStream = "host" | "server" | "stderr";
export interface TapRecorderOptions {
    /** Bytes waiting to be recorded past which new chunks are dropped (and counted) instead of queued. */
    maxQueuedBytes?: number;
    /** Requests kept open per direction for pairing (a peer that never answers cannot grow it). */
    maxOpen?: number;
}
/**
 * The tap's recording side: the chunks forwarding has already passed on are queued here and
 * turned into record entries later (lines split, JSON parsed, requests paired, each entry linted).
 * Nothing here is on the forwarding path: when the queue is over its bound (the loop is busy, the
 * record slow), chunks are dropped and the record says how many, and where the stream resumes.
 */
export declare class TapRecorder {
    private readonly record;
    /** Waiting chunks from `head` on (an index, not shift(): a long queue would be copied at each take). */
    private head;
    /** Each with when it came (`at`, performance.now()): its entry's time and its pairing latency are the wire's, not the recording's. */
    private queue;
    private queued;
    private scheduled;
    /** When forwarding last handed a chunk over (monotonic ms). */
    private lastIo;
    /** The arrival time of the chunk being recorded now: what its entries and their pairing are stamped with. */
    private at?;
    /** The server process (its generation) the host's chunk being recorded now went to. */
    private gen;
    private readonly dropped;
    private readonly maxQueuedBytes;
    private readonly pairing;
    private readonly linter;
    private readonly splitters;
    private readonly stderr;
    /** Host requests not yet answered (id -> method, the generation of the server it went to), for the errors a restart sends. */
    private readonly inFlight;
    /** How many host requests are open (bounded by maxOpen). */
    get openRequests(): number;
    /** Requests to servers before this generation are answered by a restart already: one parsed later goes to `stale`. */
    private answeredBefore;
    private stale?;
    private readonly maxOpen;
    readonly findings: Finding[];
    /** The host's initialize request as it sent it (the raw line), its params and the server generation it went to, once seen. */
    hostInitialize?: {
        raw: string;
        id: JsonRpcId;
        params: Record<string, unknown>;
        gen: number;
    };
    /** The host's notifications/initialized line. */
    hostInitialized?: string;
    /** The server's initialize result (capabilities, serverInfo), once seen. */
    serverInitialize?: Record<string, unknown>;
    /**
     * Where each host and server chunk goes raw right after it was forwarded (the session's journal,
     * so a tap killed before it records still leaves the frames), and how many whole lines of each
     * stream are recorded so far (the journal's frames past those are the ones not yet recorded).
     */
    raw?: (stream: "host" | "server", chunk: Buffer) => void;
    readonly linesRecorded: {
        host: number;
        server: number;
    };
    /** Ids a restart sent itself: their answers are the tap's, not recorded as the host's. */
    private readonly own;
    constructor(record: RecordStore, opts?: TapRecorderOptions);
    /**
     * A chunk forwarding has passed on: queued for the record, or dropped (counted) when the queue is
     * full. `gen`: the server process (its restart generation) a host chunk went to, or is held for.
     */
    chunk(stream: TapStream, chunk: Buffer, gen?: number): void;
    private later;
    /** One whole message of an HTTP exchange (a POST body, a JSON answer, an SSE event's data), queued as chunks are. */
    frame(stream: "host" | "server", text: string, http: HttpFacts): void;
    /** What an HTTP exchange carried that is no message (a status, a priming event), as the record's http entry. */
    http(http: HttpFacts, text: string, reason: string): void;
    /** Something the tap did or saw (spawned, exited, restarted), in its own words. */
    lifecycle(event: "spawned" | "exited" | "connected" | "disconnected" | "note", text: string): void;
    /** A request the tap sends itself (a restart's lists): its answer is kept out of the host's pairing. */
    ownRequest(id: JsonRpcId): void;
    /**
     * A restart's answer to what the old servers will never answer: the host's requests sent to a
     * server before generation `gen` and still open are taken out and returned (the caller answers
     * each with the restart error, once); one of theirs recorded later (the end of a line the host
     * was writing when the restart began) is handed to `late`. Requests held for the new server stay.
     */
    unansweredBefore(gen: number, late: (id: JsonRpcId, method: string) => void): Array<[JsonRpcId, string]>;
    /** Record everything queued now (before a restart reads what is in flight, before a save). */
    flush(): void;
    /** The streams ended: the last partial lines are recorded. */
    end(): void;
    /**
     * A turn of recording: a slice when forwarding has been quiet for QUIET_MS, or BEHIND_QUIET_MS
     * when the oldest chunk waiting is BEHIND_MS old, then the next turn at once (I/O polled
     * between); otherwise wait for the quiet.
     */
    private readonly work;
    private get waiting();
    private take;
    /** What was dropped since the last note, said once the queue has room again; the line splitters start afresh. */
    private noteDropped;
    private line;
    private add;
}
