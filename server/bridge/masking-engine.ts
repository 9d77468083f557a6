import type { SessionState } from "../../lib/session/state";
import type { ConnectSpecInput } from "../../lib/target/target";
import { methodProxy } from "../engine/method-proxy";

/** What hides a configured server's values from the page, and puts them back in a connect (config-servers.ts). */
export interface StateMasker {
  masked(state: SessionState): SessionState;
  unmasked(spec: ConnectSpecInput): ConnectSpecInput;
}

/** The engine's calls whose answer is the session state (sync or a promise of it). */
const STATE_CALLS = new Set(["getState", "connect", "disconnect", "restart", "setAnswers", "forgetAuthorization"]);

/**
 * The engine as the bridge sees it: every session state it hands on has the configured server's
 * variable and header values hidden, and a connect from the page's form gets them back.
 */
export function maskingEngine<E extends object>(engine: E, servers: StateMasker): E {
  const mask = (r: unknown): unknown =>
    r instanceof Promise ? r.then(mask) : r && typeof r === "object" && "status" in r ? servers.masked(r as SessionState) : r;
  return methodProxy(engine, (name, b) =>
    name === "onState"
      ? (l: (s: SessionState) => void) => b((s: SessionState) => l(servers.masked(s)))
      : name === "connect"
        ? (spec: ConnectSpecInput, ...rest: unknown[]) => mask(b(servers.unmasked(spec), ...rest))
        : STATE_CALLS.has(name)
          ? (...a: unknown[]) => mask(b(...a))
          : b,
  );
}
