import type { Entry, NewEntry } from "../../lib/record/format";
import type { ResourceSubscription, SessionState } from "../../lib/session/state";
import { type ConnectSpecInput } from "../../lib/target/target";
import type { JsonRpcError, RequestOutcome, ToolCallOutcome } from "../../lib/wire/protocol";
import type { OutputVerdict } from "../../lib/protocol/output-verdict-schema";
import { type StandingAnswersPatch } from "../../lib/answers/schema";
import { Authorization } from "./authorization";
import { type Clock } from "./clock";
import type { RequestOptions } from "./requests";
import { type TransportFactory } from "./transports";
import type { EarlyTarget } from "./spawn-target";
/**
 * Where the engine writes what it sees: append-only, each entry as given (a response already
 * carries its request's `pair`: the connection pairs). The record store implements it; tests may fake it.
 */
export interface RecordSink {
    append(entry: NewEntry): Entry;
}
export interface EngineOptions {
    /** How targets are reached; tests hand the engine an in-memory pair. */
    transports?: TransportFactory;
    /** Time limits run on this clock; tests use a fake one instead of sleeping. */
    clock?: Clock;
    /**
     * 2026-07-28: keep a subscriptions/listen open for the list_changed the server declares
     * (server/engine/subscription-list-changed.ts), as the page needs to refresh its lists. Off
     * by default: a one-shot run needs none, and replay would send a recorded listen again.
     */
    listChangedListen?: boolean;
    /**
     * How many recent outcomes to keep for `outcomeOf` (default 256): the page asks for one when its
     * socket dropped before a reply. A caller that never asks (a load run, the test library, a
     * collection run) passes 0: each kept outcome holds its result long enough to be promoted to
     * V8's old space, and a load run's GC was a quarter of its CPU (bench figure 7, profiled).
     */
    outcomesKept?: number;
}
export type { RequestOptions } from "./requests";
export type { RequestOutcome } from "../../lib/wire/outcomes";
/** A request in flight, as callers hold it: where it was recorded, its progress token, and its outcome. */
/** A tools/call's options: a request's, with the call's own `_meta` and a task to run it as. */
export type ToolCallOptions = RequestOptions & {
    meta?: Record<string, unknown>;
    task?: {
        ttl?: number;
    };
};
export interface SentRequest<T> {
    requestSeq: number;
    progressToken?: number;
    outcome: Promise<T>;
}
export type StateListener = (state: SessionState) => void;
export declare class Engine {
    private readonly clientInfo;
    private state;
    /** Standing answers outlive connections: they are the person's settings for the session. */
    private answers;
    private conn?;
    private lastSpec?;
    private readonly listeners;
    /**
     * Output verdicts (Ajv, and RE2 for patterns) load at the first result that needs one: a tool
     * with an outputSchema. A session that never meets one never loads them (issue 49).
     */
    private validator?;
    private validatorLoad?;
    private readonly transports;
    readonly clock: Clock;
    private readonly listChangedListen;
    private readonly outcomesKept;
    private pendingCounter;
    /** Bumped by every connect and disconnect the caller asks for: a reconnect loop of an older one stops. */
    private retries;
    private readonly outcomes;
    /** MCP authorization of HTTP targets: its tokens outlive connections, like the standing answers. */
    readonly authorization: Authorization;
    /** Processes this engine has started, ever: lets a test assert that opening a recording ran nothing. */
    spawnCount: number;
    private readonly record;
    /** OpenTelemetry export (server/otel), present only when an OTEL_* endpoint is set. */
    private readonly otel;
    constructor(record: RecordSink, clientInfo: {
        name: string;
        version: string;
    }, options?: EngineOptions);
    getState(): SessionState;
    /** Change the standing answers (the parts given); held requests they now cover are answered at once. */
    setAnswers(patch: StandingAnswersPatch): SessionState;
    onState(listener: StateListener): () => void;
    /**
     * Connect to a target, replacing any current connection. Resolves with the new state; a
     * failed connection resolves too (status "failed" with the error in words). Throws only for
     * a spec that does not parse.
     */
    connect(input: ConnectSpecInput, opts?: {
        early?: EarlyTarget;
    }): Promise<SessionState>;
    /**
     * `early`: the target the launcher started while the engine loaded; the stdio transport adopts
     * it when it is this spec's launch (connect kills it otherwise).
     */
    private open;
    /** Disconnect on purpose: the target is closed (a stdio target's process group is ended). */
    disconnect(): Promise<void>;
    private close1;
    /** Drop the OAuth tokens held for the current HTTP target; the next 401 runs the flow again. */
    forgetAuthorization(): SessionState;
    /** Connect again with the last spec. */
    restart(): Promise<SessionState>;
    /**
     * An HTTP target may be gone (a transport error, a frame that could not be sent): ask it. If it
     * does not answer, or no longer knows the session, the connection is lost: say so at once and
     * reconnect by itself with backoff until it is back (a new session), or the person says otherwise.
     */
    private checkTarget;
    private reconnect;
    /**
     * Send any request as is. The handle says at once where the request was recorded; its outcome
     * is the raw result (after any `input_required` rounds, each answered through the person), and
     * a JSON-RPC error rejects as RpcError.
     */
    send(method: string, params: Record<string, unknown> | undefined, opts?: RequestOptions): SentRequest<RequestOutcome>;
    /**
     * A request and its rounds (the last round's response), not yet kept: send() and sendToolCall
     * each shape and keep their own outcome from it, in one step.
     */
    private startRounds;
    /** What a request's later rounds ask of the engine (made once: most requests have one round). */
    private readonly roundHooks;
    /** send(), awaited: the outcome of one request. */
    request(method: string, params: Record<string, unknown> | undefined, opts?: RequestOptions): Promise<RequestOutcome>;
    /**
     * tools/call as a raw request (the SDK's callTool throws on a result that breaks the
     * outputSchema): the result is returned as sent, with the verdict beside it; the target's
     * JSON-RPC error is an outcome too, not a failure.
     */
    sendToolCall(name: string, args: Record<string, unknown>, opts?: ToolCallOptions): SentRequest<ToolCallOutcome>;
    /**
     * sendToolCall, awaited. In the 2026-07-28 era over HTTP a tool never listed is listed first:
     * its `x-mcp-header` declarations decide the call's Mcp-Param-* headers (SEP-2243), and a tool
     * whose declarations are invalid is excluded (the spec's MUST), not called.
     */
    callTool(name: string, args: Record<string, unknown>, opts?: ToolCallOptions): Promise<ToolCallOutcome>;
    /** callTool once the tool's declarations are known: an excluded tool is refused, not called. */
    private callListedTool;
    /** Every page of tools/list (a bounded number), so the connection knows each tool's schema. */
    private listAllTools;
    /**
     * The verdict on a result against the tool's outputSchema as last listed: null when the tool
     * declares none (or was never listed). For a result that came another way (a task's).
     */
    outputVerdict(tool: string, result: unknown): Promise<OutputVerdict | null>;
    /** The output verdicts' validator, loaded once (see `validator`). */
    private loadValidator;
    /**
     * The outcome of a request this engine sent, by its record seq, for a caller that lost its
     * reply (the page's socket dropped): the same outcome the reply would have carried.
     */
    outcomeOf(requestSeq: number): Promise<RequestOutcome | ToolCallOutcome>;
    /**
     * The final result of a task the target runs (a task-augmented call answered with its
     * CreateTaskResult): the engine follows the task and asks tasks/result when it ends.
     */
    taskResult(taskId: string): Promise<RequestOutcome>;
    /**
     * Subscribe to a resource's updates in the connection's era (2025 resources/subscribe,
     * 2026-07-28 a subscriptions/listen held open): resolves once it is active or failed; the state's
     * `subscriptions` follows it (updates counted) until unsubscribe or the connection's end.
     */
    subscribe(uri: string): Promise<ResourceSubscription>;
    /** End a subscription (2026-07-28: the listen is cancelled through its request): what remains of it, undefined when gone. */
    unsubscribe(uri: string): Promise<ResourceSubscription | undefined>;
    notify(method: string, params?: Record<string, unknown>): Promise<void>;
    /** Answer a held server->client request with a result or a JSON-RPC error. */
    answer(pendingId: string, reply: {
        result?: Record<string, unknown>;
        error?: JsonRpcError;
    }): Promise<void>;
    /** Stop everything now, for process shutdown (spans still to send are sent first). */
    close(): Promise<void>;
    /** Synchronous last resort when the process is exiting: kill a stdio target's group. */
    killNow(): void;
    /** The person logged in after the connect gave up waiting: connect again, unless they moved on. */
    private reconnectAfterLogin;
    private keep;
    private requireConnected;
    /** A request that ended without an answer because the server died says so, with its last stderr. */
    private explainFailure;
    private onClosed;
    private setState;
}
