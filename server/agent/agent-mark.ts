import type { Entry, NewEntry } from "../../lib/record/format";
import { asRecord } from "../../lib/json/shape";
import type { Engine, RecordSink } from "../engine";
import { methodProxy } from "../engine/method-proxy";

/** The engine calls that connect or disconnect: what a person does through the page is said to be theirs. */
const LIFECYCLE_CALLS = new Set(["connect", "disconnect", "restart"]);

/** Who made a row of a record two drive: the coding agent, the person at the page, or neither (the server, the engine by itself). */
export type Actor = "agent" | "person";

/** Lifecycle rows remembered with their actor: more than a session's connects and exits. */
const LIFECYCLE_KEPT = 4096;

/**
 * Marks what a coding agent causes in a record the person also drives (the page's): a request
 * the engine records while `during` runs is the agent's (the engine records a request
 * synchronously, before it is sent: server/engine/requests.ts), and so is its response (the
 * connection pairs it to that request's seq before recording it). The record stays append-only:
 * the mark is set as the entry is written, never after.
 *
 * Connects, restarts and disconnects take time: `acting` spans them, so the lifecycle rows they
 * write (connecting, spawned, exited, disconnected) are said to be the agent's or the person's;
 * a row written in no one's span (a crash, the engine reconnecting by itself) is neither's.
 */
export class AgentMark {
  private depth = 0;
  private readonly requests = new Set<number>();
  /** The agent's requests (with an id) still waiting for their response. */
  private readonly inFlight = new Set<number>();
  /** Spans of connects and disconnects in flight, newest last. */
  private readonly spans: Actor[] = [];
  private readonly lifecycle = new Map<number, Actor>();
  /** The seqs of server requests the agent is answering now: the reply row is the agent's. */
  private readonly answering_ = new Set<number>();

  /** Run `start` (which sends one request synchronously) as the agent. */
  during<T>(start: () => T): T {
    this.depth++;
    try {
      return start();
    } finally {
      this.depth--;
    }
  }

  /**
   * Answer the server's request recorded at `requestSeq` as the agent: the reply frame (paired to
   * that request when it is recorded) says `by: "agent"`, and the page shows the agent answered.
   */
  async answering<T>(requestSeq: number, run: () => Promise<T>): Promise<T> {
    this.answering_.add(requestSeq);
    try {
      return await run();
    } finally {
      this.answering_.delete(requestSeq);
    }
  }

  /** Run a connect, restart or disconnect as `who`: the rows it writes are theirs. */
  async acting<T>(who: Actor, run: () => Promise<T>): Promise<T> {
    this.spans.push(who);
    try {
      return await run();
    } finally {
      this.spans.splice(this.spans.lastIndexOf(who), 1);
    }
  }

  /**
   * The engine as the person's page drives it: its connects, restarts and disconnects are the
   * person's (everything else passes through unchanged, `this` bound to the engine).
   */
  asPerson(engine: Engine): Engine {
    return methodProxy(engine, (name, b) =>
      LIFECYCLE_CALLS.has(name) ? (...a: unknown[]) => this.acting("person", async () => b(...a)) : b,
    );
  }

  /** Who wrote a lifecycle row (undefined: no one asked for it). */
  actorOf(entry: Entry): Actor | undefined {
    if (entry.kind === "message") return entry.by === "agent" ? "agent" : undefined;
    return this.lifecycle.get(entry.seq);
  }

  /** A sink in front of `inner` that marks the agent's requests and their responses. */
  sink(inner: RecordSink): RecordSink {
    return { append: (draft) => this.seen(inner.append(this.marked(draft))) };
  }

  private get actor(): Actor | undefined {
    return this.spans.at(-1);
  }

  private marked(draft: NewEntry): NewEntry {
    // A connect, restart or disconnect the agent asked for: its rows say so in the record too.
    if (draft.kind === "lifecycle") return this.actor === "agent" ? { ...draft, by: "agent" } : draft;
    if (draft.kind !== "message") return draft;
    const m = asRecord(draft.message);
    const ours =
      draft.dir === "client->server"
        ? this.depth > 0 || this.actor === "agent" || (draft.pair !== undefined && this.answering_.has(draft.pair.seq))
        : draft.pair !== undefined
          ? this.requests.has(draft.pair.seq)
          : // A request the server sends while only the agent's calls are in flight is raised by them.
            typeof m.method === "string" && m.id !== undefined && this.inFlight.size > 0;
    return ours ? { ...draft, by: "agent" } : draft;
  }

  private seen(entry: Entry): Entry {
    if (entry.kind === "lifecycle" && this.actor) {
      this.lifecycle.set(entry.seq, this.actor);
      if (this.lifecycle.size > LIFECYCLE_KEPT) this.lifecycle.delete(this.lifecycle.keys().next().value!);
    }
    if (entry.kind !== "message" || entry.by !== "agent") return entry;
    // Only requests still waiting matter: a response ends its request's wait.
    if (entry.dir === "server->client") {
      if (entry.pair) {
        this.requests.delete(entry.pair.seq);
        this.inFlight.delete(entry.pair.seq);
      }
      return entry;
    }
    this.requests.add(entry.seq);
    const m = asRecord(entry.message);
    if (typeof m.method === "string" && m.id !== undefined) {
      this.inFlight.add(entry.seq);
      if (this.inFlight.size > 1024) this.inFlight.delete(this.inFlight.values().next().value!);
    }
    // Bounded for requests never answered (a notification has no response either).
    if (this.requests.size > 1024) this.requests.delete(this.requests.values().next().value!);
    return entry;
  }
}
