import type { AgentConnection } from "./connection";
/** How long a call on the page's connection gives the person to answer before it returns to the agent (unless timeoutMs says). */
export declare const PERSON_WAIT_MS = 15000;
export type Waited<T> = {
    done: T;
} | {
    held: "agent" | "person";
};
/**
 * The outcome, or word that the server asked something of the client (sampling, elicitation,
 * roots) that waits for an answer. On a connection of the agent's own only the agent answers: it
 * hears at once (answer_request, then await_call). On the page's connection the person answers in
 * the page: the call gives them until its own `waitMs` (the agent's timeoutMs), then returns
 * "waiting for the person" (the request stays open; await_call picks the outcome up). The
 * request's own time limit is paused while a person is asked (server/engine/requests.ts).
 */
export declare function outcomeOrHeld<T>(c: AgentConnection, outcome: Promise<T>, waitMs?: number): Promise<Waited<T>>;
