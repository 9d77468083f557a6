import type { ChatStop, ModelFailure, WaitingCall } from "../../lib/wire/chat";
type Decision = "approved" | "denied";
/**
 * One turn of a conversation as the page drives it: the model loop runs on, and stops for the
 * person at each tool call that needs a decision. `next()` resolves where the turn stands: the
 * calls waiting, or its end. The page asks again after each decision (`chat-decide`), so the
 * turn is plain request/response on the socket and nothing is pushed outside the record.
 */
export declare class ChatTurn {
    private readonly waiting;
    private wake?;
    private ended?;
    readonly abort: AbortController;
    /** Runs the loop; its end (or failure, already in words) ends the turn. */
    constructor(run: (turn: ChatTurn) => Promise<ChatStop>, failure: (e: unknown) => ModelFailure);
    get done(): boolean;
    /** The loop asks the person about `call`: resolves with their decision (denied when the turn is stopped). */
    ask(call: WaitingCall): Promise<Decision>;
    /** The person's decision on a waiting call; false when no call of that id waits. */
    decide(callId: string, decision: Decision): boolean;
    /** Stop the turn: the model request is aborted and every waiting call denied. */
    stop(): void;
    /** Where the turn stands: at once when calls wait or it ended, else when either happens. */
    next(): Promise<ChatStop>;
    private stand;
    private end;
}
export {};
