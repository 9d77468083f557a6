import type { AgentConnection } from "./connection";

/** How long a call waits on its own before it says a request of the server is waiting for the agent. */
const HELD_GRACE_MS = 300;

export type Waited<T> = { done: T } | { held: true };

/**
 * The outcome, or, on a connection of the agent's own, word that the server asked something of
 * the client (sampling, elicitation, roots) that nothing answers but the agent: then the agent
 * answers it (answer_request) and picks the outcome up (await_call). On the page's connection
 * the person answers in the page, so the call simply waits.
 */
export function outcomeOrHeld<T>(c: AgentConnection, outcome: Promise<T>): Promise<Waited<T>> {
  const done = outcome.then((v) => ({ done: v }));
  if (c.link.shared) return done;
  return new Promise<Waited<T>>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const check = () => {
      if (c.state().pending.length && !timer) timer = setTimeout(() => finish({ held: true }), HELD_GRACE_MS);
    };
    const off = c.engine.onState(check);
    const finish = (w: Waited<T>) => {
      off();
      clearTimeout(timer);
      resolve(w);
    };
    done.then(finish, (e: unknown) => {
      off();
      clearTimeout(timer);
      reject(e);
    });
    check();
  });
}
