import type { AgentConnection } from "./connection";

/** How long a call waits on its own before it says a request of the server is waiting for the agent. */
const HELD_GRACE_MS = 300;
/** How long a call on the page's connection gives the person to answer before it returns to the agent (unless timeoutMs says). */
export const PERSON_WAIT_MS = 15_000;

export type Waited<T> = { done: T } | { held: "agent" | "person" };

/**
 * The outcome, or word that the server asked something of the client (sampling, elicitation,
 * roots) that waits for an answer. On a connection of the agent's own only the agent answers: it
 * hears at once (answer_request, then await_call). On the page's connection the person answers in
 * the page: the call gives them until its own `waitMs` (the agent's timeoutMs), then returns
 * "waiting for the person" (the request stays open; await_call picks the outcome up). The
 * request's own time limit is paused while a person is asked (server/engine/requests.ts).
 */
export function outcomeOrHeld<T>(c: AgentConnection, outcome: Promise<T>, waitMs = PERSON_WAIT_MS): Promise<Waited<T>> {
  const started = Date.now();
  const shared = c.link.shared;
  return new Promise<Waited<T>>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const check = () => {
      if (!c.state().pending.length || timer) return;
      const wait = shared ? Math.max(0, started + waitMs - Date.now()) : HELD_GRACE_MS;
      timer = setTimeout(() => finish({ held: shared ? "person" : "agent" }), wait);
    };
    const off = c.engine.onState(check);
    const finish = (w: Waited<T>) => {
      off();
      clearTimeout(timer);
      resolve(w);
    };
    outcome.then(
      (v) => finish({ done: v }),
      (e: unknown) => {
        off();
        clearTimeout(timer);
        reject(e);
      },
    );
    check();
  });
}
