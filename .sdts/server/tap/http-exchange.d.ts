import type { ClientRequest, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { HttpFacts } from "../../lib/record/format";
import type { TapRecorder } from "./recorder";
/** Times one host request goes upstream at most (the first, and again after a refused connection or a forgotten session). */
export declare const RESEND_LIMIT = 3;
/**
 * One request of the host and its answer, across the attempts a restart may take: the host's body
 * (kept up to a bound, to go again), the requests in it still unanswered, where the answer stands
 * (headers sent, an SSE event half written), and what the tap itself may write to the host on it:
 * the "server restarted" error, a restart's list_changed on a GET stream.
 */
export declare class Exchange {
    readonly method: string;
    readonly headers: OutgoingHttpHeaders;
    private readonly res;
    private readonly recorder;
    private readonly maxBody;
    private chunks;
    private kept;
    private over;
    private done;
    private readonly endWaiters;
    /** The host's requests in this exchange not answered yet (id → method). */
    private readonly open;
    private up?;
    private facts?;
    private recorded;
    private tail;
    private pending;
    private keptAnswer?;
    /** The host's initialize (body as sent, its id) or initialized, when this exchange carried one. */
    init?: {
        body: string;
        id: unknown;
    };
    initialized?: string;
    attempts: number;
    /** The host has its whole answer (or its stream was ended): nothing more goes on it. */
    answered: boolean;
    /** The host went away. */
    closed: boolean;
    /** A GET stream opened again upstream after a restart (the host's end of it never closed). */
    reopened: boolean;
    constructor(method: string, headers: OutgoingHttpHeaders, res: ServerResponse, recorder: TapRecorder, maxBody: number);
    /** A chunk of the host's body (already forwarded): kept for the record and for going again, up to the bound. */
    keep(c: Buffer): void;
    /** The host's body is in: its requests (to answer if the server goes), its initialize or initialized. */
    ended(): void;
    whenEnded(): Promise<void>;
    body(): Buffer;
    /** The whole body is kept: the request can go again. */
    get resendable(): boolean;
    get openRequests(): number;
    carries(sessionId: string | undefined): boolean;
    upstream(up: ClientRequest): void;
    /** A message of the answer (as recorded): a response to one of the host's requests closes it. */
    seen(text: string): void;
    /** The answer's status and headers go to the host (once: a re-opened stream keeps the ones it had). */
    begin(status: number, message: string | undefined, headers: OutgoingHttpHeaders, facts: HttpFacts): void;
    write(c: Buffer, from: IncomingMessage): void;
    finish(): void;
    /** The server's answer ended short (it went): the host sees it end so, as it would without the tap. */
    cut(): void;
    fail(text: string): void;
    hostClosed(): void;
    /** An answer kept back (a 404 for the host's session) while the tap decides; `then` when it is read. */
    keepAnswer(ures: IncomingMessage, then: () => void): void;
    /** The server did not come back: the host gets the answer it sent (kept), or a 502 saying so. */
    giveUp(): void;
    /** The record gets the host's body once, with the exchange's facts. */
    private recordHost;
    /**
     * The server restarted before it answered: each of the host's requests still open here gets a
     * JSON-RPC error saying so (as the stdio tap's), as an SSE event on a stream already begun, else
     * as a JSON answer. An answer already begun as JSON cannot take more: it ends short.
     */
    restartError(): {
        failed: number;
    };
    /** A restart's list_changed on this GET stream: false when it is no open SSE stream to the host. */
    notify(methods: string[]): boolean;
}
