import type { OutgoingHttpHeaders } from "node:http";
import { connect } from "node:net";
import type { RecordStore } from "../record/store";
import type { SurfaceDiff } from "../../lib/surface";
import { OWN_PREFIX } from "./handshake-gate";
import { postOwn, resultOf } from "./http-own";
import type { TapRecorder } from "./recorder";
import { restartLists } from "./restart";

/** What the tap knows of the host's session upstream: enough to open it again after a restart. */
export interface UpstreamSession {
  /** The host's initialize as it sent it, with its headers (a token among them stays in memory, never in the record). */
  init?: { body: string; id: unknown; headers: OutgoingHttpHeaders };
  /** The host's notifications/initialized as it sent it. */
  initialized?: string;
  /** The Mcp-Protocol-Version the host sends since its initialize. */
  protocolVersion?: string;
  /** The session id the host was given (it keeps it), and the one the server knows now. */
  hostSession?: string;
  serverSession?: string;
}

/** What became of the server: restarted (and answering), still the same process, or not back within the limit. */
export type Verdict = "restarted" | "alive" | "gone";

export interface Recovery {
  verdict: Verdict;
  /** A new upstream session was opened with the host's initialize (the server had forgotten the host's). */
  renewed: boolean;
  /** Host requests in flight answered with the "server restarted" error. */
  failed: number;
  /** The list_changed notifications the surface compare called for, and how many host streams took them. */
  notified: string[];
  delivered: number;
  diff?: SurfaceDiff;
  notes: string[];
}

export interface RecoveryOptions {
  target: URL;
  state: UpstreamSession;
  /** What the host listed is read here after a restart; without it, no surface compare (no list_changed). */
  record?: RecordStore;
  recorder: TapRecorder;
  say(text: string): void;
  /**
   * The verdict is in (before the lists): the tap answers its held requests (the restart error, or
   * what the server did) and re-opens or ends the host's streams; returns how many got the error.
   */
  settled(verdict: Verdict): number;
  /** Send the host these notifications on its open streams; how many streams took them. */
  deliver(methods: string[]): number;
  /** How long the server gets to answer again (refused connections are tried again meanwhile). */
  limitMs?: number;
  /** Each recovery once done, whatever started it (the page shows its outcome). */
  recovered?(r: Recovery): void;
}

/** The time a restarting server gets to answer again: a nodemon restart takes a second or two, a deploy longer. */
export const RECOVER_MS = 30_000;
/** Between two tries while the server refuses connections. */
const RETRY_MS = 200;

/** A connection error that means the server is not listening (yet, or any more): worth another try. */
export function notUp(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return code === "ECONNREFUSED" || code === "ECONNRESET" || code === "EPIPE";
}

/** Resolves once `url`'s host accepts a TCP connection (the probe of a server with no session: nothing is sent). */
export function reachable(url: URL): Promise<void> {
  const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
  return new Promise((resolve, reject) => {
    const s = connect({ host: url.hostname.replace(/^\[|\]$/g, ""), port });
    s.once("connect", () => (s.destroy(), resolve()));
    s.once("error", reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * After the server's streams died, or it refused a connection, or forgot the host's session: wait
 * (bounded) until it answers again, open a new upstream session with the host's own initialize and
 * initialized when it forgot the host's, let the tap answer what was in flight, then list the new
 * server's surface and send the host the list_changed the compare calls for. One at a time: every
 * caller during a recovery shares it.
 */
export class HttpRecovery {
  private running?: { ready: Promise<Verdict>; done: Promise<Recovery> };
  private next = 1;
  /** The tap itself restarted the process (its own command): the server is known to be a new one. */
  known = false;
  /** The tap is closing: a recovery under way stops waiting. */
  private stopped = false;

  constructor(private readonly o: RecoveryOptions) {}

  stop(): void {
    this.stopped = true;
  }

  get busy(): boolean {
    return this.running !== undefined;
  }

  /** The whole recovery (the lists and notifications included). */
  recover(why: string): Promise<Recovery> {
    return this.start(why).done;
  }

  /** The verdict, as soon as it is in (a host request waiting to go again waits for this, not for the lists). */
  ready(why: string): Promise<Verdict> {
    return this.start(why).ready;
  }

  private start(why: string) {
    if (this.running) return this.running;
    let settle!: (v: Verdict) => void;
    const ready = new Promise<Verdict>((r) => (settle = r));
    let settled = false;
    /** The verdict goes out once: the held requests answered, the waiting ones let go. */
    const verdict = (v: Verdict): number => {
      if (settled) return 0;
      settled = true;
      const failed = this.o.settled(v);
      settle(v);
      return failed;
    };
    const done = this.run(why, verdict)
      .catch((e: Error): Recovery => {
        // Nothing here may leave the host's requests waiting for ever, nor end the tap.
        verdict("gone");
        return { verdict: "gone", renewed: false, failed: 0, notified: [], delivered: 0, notes: [`the recovery failed: ${e.message}`] };
      })
      .finally(() => (this.running = undefined));
    // Told before whoever awaits `done` goes on (a page's restart then sees it told).
    void done.then((r) => this.o.recovered?.(r));
    this.running = { ready, done };
    return this.running;
  }

  /** The headers of the tap's own messages: the host's (its token too), the session, the protocol version. */
  private headers(sid: string | undefined): OutgoingHttpHeaders {
    const h = { ...this.o.state.init?.headers };
    for (const k of ["content-length", "mcp-session-id", "last-event-id", "mcp-protocol-version"]) delete h[k];
    if (sid) h["mcp-session-id"] = sid;
    if (this.o.state.protocolVersion) h["mcp-protocol-version"] = this.o.state.protocolVersion;
    return h;
  }

  private own(method: string, params: Record<string, unknown> = {}) {
    const id = `${OWN_PREFIX}${this.next++}`;
    return { id, body: JSON.stringify({ jsonrpc: "2.0", id, method, params }) };
  }

  /** The host's initialize again, then its initialized: the new session's id and the new initialize result. */
  private async renew(): Promise<{ sid?: string; result?: Record<string, unknown> }> {
    const { state, target } = this.o;
    const init = state.init!;
    const headers = { ...init.headers };
    delete headers["content-length"];
    delete headers["mcp-session-id"];
    const a = await postOwn(target, headers, init.body, init.id as string | number);
    if (a.status !== 200) throw Object.assign(new Error(`the host's initialize was answered HTTP ${a.status}`), { final: true });
    const initialized = state.initialized ?? '{"jsonrpc":"2.0","method":"notifications/initialized"}';
    if (a.sessionId) await postOwn(target, this.headers(a.sessionId), initialized);
    return { sid: a.sessionId, result: resultOf(a) };
  }

  private async run(why: string, verdict: (v: Verdict) => number): Promise<Recovery> {
    const { state, recorder, target } = this.o;
    const limit = this.o.limitMs ?? RECOVER_MS;
    const deadline = performance.now() + limit;
    const out: Recovery = { verdict: "gone", renewed: false, failed: 0, notified: [], delivered: 0, notes: [] };
    let down = this.known;
    let result: Record<string, unknown> | undefined;
    recorder.lifecycle("note", `the tap is waiting for the server to answer again (${why})`);
    // The lists the host saw are those recorded before now: the host's retried request and the
    // tap's own lists of the new server are recorded while this runs (a loaded machine's timing
    // once put one first, and the restart's list_changed was judged "no change").
    recorder.flush();
    const listedBefore = this.o.record?.lastSeq;
    for (;;) {
      try {
        if (state.serverSession && state.init) {
          // A ping of the tap's own on the session the server knew: 404 is the spec's "session expired".
          const ping = this.own("ping");
          const probe = await postOwn(target, this.headers(state.serverSession), ping.body, ping.id);
          if (probe.status !== 404) {
            out.verdict = down ? "restarted" : "alive";
            break;
          }
          const renewed = await this.renew();
          if (renewed.sid) state.serverSession = renewed.sid;
          result = renewed.result;
          out.renewed = true;
          out.verdict = "restarted";
          break;
        }
        // No session (a stateless server, the 2026-07-28 era): nothing to re-open, and nothing to
        // ask whether the process is the same. A recovery starts only from a refused connection or
        // a stream cut off, and the tap may see the cut after the new process is up (a loaded
        // machine): a server that answers again counts as restarted.
        await reachable(target);
        if (state.init && !state.hostSession) result = (await this.renew()).result;
        out.verdict = "restarted";
        break;
      } catch (e) {
        if (!notUp(e)) {
          out.notes.push(`the server could not be reached again: ${(e as Error).message}`);
          break;
        }
        down = true;
        if (this.stopped) {
          out.notes.push("the tap closed");
          break;
        }
        if (performance.now() + RETRY_MS > deadline) {
          out.notes.push(`the server did not answer again within ${limit} ms`);
          break;
        }
        await sleep(RETRY_MS);
      }
    }
    out.failed = verdict(out.verdict);
    if (out.verdict === "restarted") {
      recorder.flush();
      const gate = {
        request: (method: string, params: Record<string, unknown> = {}) => {
          const m = this.own(method, params);
          return postOwn(target, this.headers(state.serverSession), m.body, m.id).then(
            (a) => a.message,
            () => undefined,
          );
        },
      };
      if (result && this.o.record)
        out.notified = await restartLists(this.o.record, recorder, (d) => (out.diff = d))(gate, result, listedBefore);
      out.delivered = out.notified.length ? this.o.deliver(out.notified) : 0;
      if (out.notified.length && !out.delivered)
        out.notes.push(`${out.notified.join(", ")} could not be delivered: the host holds no open GET stream`);
    }
    recorder.lifecycle("note", recoveryText(out));
    this.o.say(recoveryText(out));
    return out;
  }
}

/** A recovery in the tap's words (the record's note and the log's line). */
export function recoveryText(r: Recovery): string {
  const notes = r.notes.length ? `; ${r.notes.join("; ")}` : "";
  if (r.verdict === "gone") return `the server did not come back: the host gets what the server did${notes}`;
  if (r.verdict === "alive") return `the server is the same process (its session lives): nothing to re-open${notes}`;
  return (
    `the server restarted: ${r.renewed ? "it forgot the host's session; the tap opened a new one with the host's own initialize; the host keeps its session id" : "nothing to re-open (no session)"}; ` +
    `${r.failed} request(s) in flight answered with an error${r.notified.length ? `; sent ${r.notified.join(", ")} on ${r.delivered} stream(s)` : ""}${notes}`
  );
}
