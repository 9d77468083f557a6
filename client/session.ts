import type { QueryClient } from "@tanstack/react-query";
import { CommandFailed, SocketDropped, type CommandBodyOf, type SentCommand } from "../lib/wire/client";
import type { CommandType, WireEvent } from "../lib/wire/protocol";
import type { ReplyOf } from "../lib/wire/replies";
import type { Entry } from "../lib/record/format";
import type { SessionState } from "../lib/session/state";
import { isNotification } from "../lib/protocol/jsonrpc";
import { InspectorConnection, type ConnectionOptions } from "./connection";
import { LintStore, entrySourceOf } from "./lint-store";
import { ProtocolFeed } from "./protocol-feed";
import { messageChannelTask } from "./paced-socket";
import { TimelineStore, type Scheduler } from "./timeline-store";
import { timingFields } from "./page-settings";
import { keys } from "./query-keys";
import { asRecord } from "../lib/json/shape";

/**
 * Most entries the timeline appends in one animation frame: well above a flood's rate (3,000 at 60
 * frames a second is 180,000 entries a second; bench figure 3p ingests 35,000), well under the
 * backlog one frame took in bench figure 3f.
 */
const FRAME_ENTRIES = 3000;

/** How long a call whose socket dropped waits for its response to come back through the record. */
const LATE_RESPONSE_WAIT_MS = 5 * 60_000;

export interface SessionOptions extends ConnectionOptions {
  /** The page's query cache: session state goes in, list queries are invalidated on list_changed. */
  queryClient: QueryClient;
  /** When the timeline appends what arrived (tests run frames by hand). */
  schedule?: Scheduler;
}

/** list_changed notifications and the lists they make stale. */
const LIST_CHANGED: [string, readonly (readonly unknown[])[]][] = [
  ["notifications/tools/list_changed", [keys.toolsAll]],
  ["notifications/resources/list_changed", [keys.resourcesAll, keys.templatesAll]],
  ["notifications/prompts/list_changed", [keys.promptsAll]],
];

/**
 * The page's session with the backend: one per page load. It holds the socket and every store
 * fed from it (the timeline, its lint and its protocol feed), made with the session and reset
 * together when the backend restarted. Commands are typed by their `type` and addressed by
 * their own id: `send` gives the id at once (for cancel), then `accepted` (the request's record
 * seq and progress token), then the reply.
 */
export class Session {
  readonly timeline: TimelineStore;
  readonly lint: LintStore;
  readonly feed: ProtocolFeed;
  /** The socket to the backend; as a store, its status. */
  readonly connection: InspectorConnection;
  /** Entries up to this seq are history replayed at hello, not news. */
  private historyUpTo = 0;
  private welcomed = deferred<SessionState>();

  constructor(private readonly opts: SessionOptions) {
    // The page appends at most FRAME_ENTRIES a frame (see TimelineStore); tests flushing by hand take all.
    this.timeline = new TimelineStore(opts.schedule, opts.schedule ? Infinity : FRAME_ENTRIES);
    this.lint = new LintStore(entrySourceOf(this.timeline));
    // The feed's views render in a task after the timeline's frame (tests flushing by hand get them at once).
    this.feed = new ProtocolFeed(this.timeline, opts.schedule ? undefined : messageChannelTask());
    this.connection = new InspectorConnection(opts, {
      lastSeq: () => this.timeline.lastSeq,
      welcome: (w, restarted) => this.onWelcome(w, restarted),
      entries: (entries) => this.onEntries(entries),
      state: (s) => this.onState(s),
    });
  }

  start(): this {
    this.lint.start();
    this.feed.start();
    this.connection.start();
    return this;
  }

  stop(): void {
    this.connection.stop();
    this.feed.stop();
    this.lint.stop();
  }

  /** Forget the record and everything derived from it (a new backend process: its seqs start over). */
  reset(): void {
    this.timeline.reset();
    this.lint.reset();
    this.feed.reset();
  }

  /** Resolves with the session state once the backend has welcomed this page. */
  whenWelcomed(): Promise<SessionState> {
    return this.welcomed.promise;
  }

  /**
   * Send a command: its id now, then `accepted` and the reply. Requests and tool calls get the
   * person's timing settings unless they set their own, and a result left in the record
   * (`resultInRecord`) is read from the entry the reply names.
   */
  send<K extends CommandType>(body: CommandBodyOf<K>): PageCommand<K> {
    if (body.type !== "request" && body.type !== "call-tool") return this.connection.send(body);
    const sent = this.connection.send({ ...timingFields(), ...body } as CommandBodyOf<K>);
    const reply = sent.reply.catch((e: unknown) =>
      e instanceof SocketDropped ? (this.outcomeAfterDrop(e) as Promise<ReplyOf<K>>) : Promise.reject(e),
    );
    return { ...sent, reply: reply.then((r) => this.withResultFromRecord(r)), preview: reply.then(previewReply, () => undefined) };
  }

  /** Send a command and wait for its reply. */
  command<K extends CommandType>(body: CommandBodyOf<K>): Promise<ReplyOf<K>> {
    return this.send(body).reply;
  }

  /** Cancel a request or tool call this page sent, by its command id (the target is sent notifications/cancelled). */
  cancel(id: string, reason: string): Promise<null> {
    return this.command({ type: "cancel", target: id, reason });
  }

  /**
   * The socket dropped after the backend sent the request: once the socket is back, ask the
   * backend how that request ended (the engine keeps each request's outcome by its record seq).
   */
  private async outcomeAfterDrop(dropped: SocketDropped): Promise<unknown> {
    await this.connection.whenOpen(LATE_RESPONSE_WAIT_MS);
    return this.command({ type: "outcome", requestSeq: dropped.requestSeq }).catch((e: unknown) => {
      throw e instanceof CommandFailed || !(e instanceof Error)
        ? e
        : new Error(`${dropped.message}; asking how it ended failed: ${e.message}`);
    });
  }

  /** A reply that left a big result in the record gets it from the entry it names (its preview, if any, dropped). */
  private async withResultFromRecord<T>(reply: T): Promise<T> {
    const r = asRecord(reply);
    if (r.resultInRecord !== true || typeof r.responseSeq !== "number") return reply;
    const entry = await this.timeline.whenEntry(r.responseSeq);
    const result = entry?.kind === "message" ? asRecord(entry.message).result : undefined;
    const { preview: _preview, ...rest } = reply as T & { preview?: unknown };
    return { ...rest, result } as T;
  }

  private onWelcome(w: Extract<WireEvent, { type: "welcome" }>, restarted: boolean): void {
    if (restarted) this.reset();
    this.historyUpTo = w.lastSeq;
    this.onState(w.state);
  }

  private onEntries(entries: Entry[]): void {
    this.timeline.push(entries);
    // Spec: a server that declared tools.listChanged sends this when its list changes.
    // Only news counts: a replayed notification is about a list that was re-read since.
    for (const [method, queryKeys] of LIST_CHANGED) {
      if (
        entries.some(
          (e) =>
            e.seq > this.historyUpTo &&
            e.kind === "message" &&
            e.dir === "server->client" &&
            isNotification(e.message) &&
            e.message.method === method,
        )
      ) {
        for (const queryKey of queryKeys) void this.opts.queryClient.invalidateQueries({ queryKey });
      }
    }
  }

  private onState(s: SessionState): void {
    this.opts.queryClient.setQueryData(keys.state, s);
    this.welcomed.resolve(s);
  }
}

/**
 * A command as the page sends it: with, for a big tool result, its preview (outcomes.ts `preview`)
 * as the reply's result, before the reply itself resolves with the whole result from the record.
 */
export type PageCommand<K extends CommandType> = SentCommand<K> & { readonly preview?: Promise<ReplyOf<K> | undefined> };

/** The reply with its preview as its result, when it carries one. */
function previewReply<T>(reply: T): T | undefined {
  const r = asRecord(reply);
  if (r.resultInRecord !== true || r.preview === undefined) return undefined;
  const { preview, ...rest } = r;
  return { ...rest, result: preview } as T;
}

function deferred<T>(): { promise: Promise<T>; resolve(v: T): void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
