import type { Entry } from "../../lib/record/format";
import type { SessionState } from "../../lib/session/state";
import type { ConnectSpecInput } from "../../lib/target/target";
import { methodProxy } from "../engine/method-proxy";
import type { BridgeRecord } from "./ws-bridge";

/** What hides a configured server's values from the page, and puts them back in a connect (config-servers.ts). */
export interface StateMasker {
  masked(state: SessionState): SessionState;
  unmasked(spec: ConnectSpecInput): ConnectSpecInput;
  /** An entry as the page may see it (a server's stderr or answer that echoes a hidden value); the same object when nothing is hidden. */
  maskedEntry(entry: Entry): Entry;
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

/**
 * The record as the bridge sees it: each entry the page is sent goes through the same masker as
 * the state, so a value hidden there (one the host's file filled from the environment) is hidden
 * where the server echoes it too (its stderr, a result). The record itself keeps what crossed.
 */
export function maskingRecord(record: BridgeRecord, servers: StateMasker): BridgeRecord {
  const m = (e?: Entry) => e && servers.maskedEntry(e);
  // A plain object over the bridge's narrow view, not a Proxy: the bridge reads the record several
  // times a call (lastSeq in each flush), and each read through a Proxy ran its trap (issue 74).
  return {
    get firstSeq() {
      return record.firstSeq;
    },
    get lastSeq() {
      return record.lastSeq;
    },
    since: (seq) => record.since(seq).map((e) => m(e)!),
    get: (seq) => m(record.get(seq)),
    subscribe: (l) => record.subscribe((e) => l(m(e)!)),
    append: (draft, at) => record.append(draft, at),
  };
}
