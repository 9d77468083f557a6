import type { Entry } from "../../lib/record/format";
import type { Engine, RecordSink } from "../engine";
/** Who made a row of a record two drive: the coding agent, the person at the page, or neither (the server, the engine by itself). */
export type Actor = "agent" | "person";
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
export declare class AgentMark {
    private depth;
    private readonly requests;
    /** The agent's requests (with an id) still waiting for their response. */
    private readonly inFlight;
    /** Spans of connects and disconnects in flight, newest last. */
    private readonly spans;
    private readonly lifecycle;
    /** The seqs of server requests the agent is answering now: the reply row is the agent's. */
    private readonly answering_;
    /** Run `start` (which sends one request synchronously) as the agent. */
    during<T>(start: () => T): T;
    /**
     * Answer the server's request recorded at `requestSeq` as the agent: the reply frame (paired to
     * that request when it is recorded) says `by: "agent"`, and the page shows the agent answered.
     */
    answering<T>(requestSeq: number, run: () => Promise<T>): Promise<T>;
    /** Run a connect, restart or disconnect as `who`: the rows it writes are theirs. */
    acting<T>(who: Actor, run: () => Promise<T>): Promise<T>;
    /**
     * The engine as the person's page drives it: its connects, restarts and disconnects are the
     * person's (everything else passes through unchanged, `this` bound to the engine).
     */
    asPerson(engine: Engine): Engine;
    /** Who wrote a lifecycle row (undefined: no one asked for it). */
    actorOf(entry: Entry): Actor | undefined;
    /** A sink in front of `inner` that marks the agent's requests and their responses. */
    sink(inner: RecordSink): RecordSink;
    private get actor();
    private marked;
    private seen;
}
