import type { JSONRPCMessage } from "@modelcontextprotocol/client";
import type { Clock } from "./clock";
import type { PendingServerRequest } from "../../lib/session/state";
import type { OfferedCapabilities } from "../../lib/target/target";
import type { JsonRpcError } from "../../lib/wire/protocol";
import type { StandingAnswers } from "../../lib/answers/schema";
type Reply = {
    result: Record<string, unknown>;
} | {
    error: JsonRpcError;
};
export interface HeldRequestsOptions {
    clock: Clock;
    capabilities: OfferedCapabilities;
    timeoutMs: number;
    /** Send a frame to the server through the tapped transport (so it is recorded). */
    send(message: JSONRPCMessage): Promise<void>;
    changed(pending: PendingServerRequest[]): void;
    nextPendingId(): string;
    /** The standing answers in force now (the engine's session settings). */
    answers(): StandingAnswers;
}
/**
 * Holds sampling, elicitation and roots requests until someone answers, with a timeout that
 * answers for them. When the client offered tasks and the server asks for a task, the request
 * becomes a client-side task: the server gets a CreateTaskResult at once and polls tasks/get
 * and tasks/result, answered from here, while the person takes their time.
 */
export declare class HeldRequests {
    private readonly opts;
    private readonly held;
    private readonly tasks;
    /** The roots list the server was last told about, to tell it again only when it changes. */
    private rootsKey;
    constructor(opts: HeldRequestsOptions);
    /**
     * The standing answers changed: answer the held requests they now cover and, when the roots
     * list changed on an initialized connection that offered roots, tell the server
     * (notifications/roots/list_changed: it then asks roots/list again).
     */
    answersChanged(initialized: boolean): void;
    /** How many are held now (a call's timer asks on each request: no list built for it). */
    get size(): number;
    list(): PendingServerRequest[];
    /** Take a frame the engine received; true when it is held (the SDK client must not see it). */
    intercept(m: JSONRPCMessage, seq: number): boolean;
    /** Answer a held request: a reply to the server, or the completion of its task. */
    answer(pendingId: string, reply: {
        result?: Record<string, unknown>;
        error?: JsonRpcError;
    }): Promise<void>;
    /**
     * A request the server embedded in an input_required result (2026-07-28 MRTR): held for the
     * person exactly like one it sent, answered by the standing answers the same way; resolves with
     * the answer (the engine sends it back with the retried request).
     */
    holdEmbedded(method: string, params: Record<string, unknown>, seq: number, inputRequired: {
        requestSeq: number;
        key: string;
    }): Promise<Reply>;
    private deliver;
    /** The connection ended: stop every timer, forget everything. */
    clear(): void;
    private hold;
    private release;
    private reply;
    private createTask;
    private settleTask;
    private answerTaskRequest;
}
export {};
