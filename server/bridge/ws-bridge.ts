import { randomUUID } from "node:crypto";
import type { WebSocket } from "ws";
import type { Engine, SentRequest } from "../engine";
import { RpcError } from "../engine";
import { CancelSignal } from "../engine/cancel-signal";
import type { RecordStore } from "../record/store";
import { FrameWriter } from "./frame-writer";
import { WIRE_PROTOCOL_VERSION, parseCommand, type Command, type WireEvent } from "../../lib/wire/protocol";
import { parseReply } from "../../lib/wire/replies";
import { previewOf } from "../../lib/wire/preview";
import type { SessionFile } from "../../lib/session/file";
import type { ReplayReport } from "../../lib/session/replay-result";
import type { Target } from "../../lib/target/target";
import type { Entry } from "../../lib/record/format";
import type { SessionState } from "../../lib/session/state";
import { AppRecorder } from "../record/app-recorder";
import { isLoadFrame } from "../../lib/load/wire";
import type { PageLoadRuns } from "../load/page-runs";
import type { handleLoadFrame } from "../load/channel";
import type { CollectionCommand } from "./collections-commands";
import type { ChatCommand } from "./chat-service";
import type { ServersCommand } from "./config-servers";
import { objectOr } from "../../lib/json/shape";

/** Largest number of entries in one frame; a page catches up on history in chunks of this. */
const ENTRIES_PER_FRAME = 5000;
/** Results bigger than this (bytes on the wire) are not repeated in the command's reply. */
const INLINE_RESULT_BYTES = 1024 * 1024;
/** Stop writing to a socket while this much is still buffered (a slow page): resumes later. */
const MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
/**
 * New entries wait this long to be pushed, so a burst goes out as one frame. Far below a
 * display frame (16 ms); a reply never waits: it flushes its peer's entries first.
 */
const FLUSH_DELAY_MS = 4;

/** A view of a session: its state and news of it. All the bridge needs to show one. */
export type SessionView = Pick<Engine, "getState" | "onState">;
/** What drives a session: the commands the bridge routes to the engine. */
export type SessionDriver = Pick<
  Engine,
  | "connect"
  | "disconnect"
  | "restart"
  | "send"
  | "notify"
  | "sendToolCall"
  | "outcomeOf"
  | "setAnswers"
  | "answer"
  | "forgetAuthorization"
  | "subscribe"
  | "unsubscribe"
>;
/** What the bridge asks of the engine: a view of its session and the commands it routes. */
export type BridgeEngine = SessionView & SessionDriver;

/**
 * A session the bridge shows and does not drive (issue 65: a host's session seen through the
 * tap). Every driving command is refused with `refusal`, except the ones it offers itself.
 */
export interface WatchedSession extends SessionView {
  readonly watched: true;
  /** Why driving commands are refused, in words (after "this is a host's session seen through the tap: "). */
  readonly refusal: string;
  /** Restart the server under the host; absent: refused too. */
  restart?(): Promise<SessionState>;
  /** Write the session file now. */
  save?(): Promise<{ file: string; entries: number; findings: number }>;
}

/** The words every refused command of a watched session starts with. */
export const WATCHED_REFUSAL = "this is a host's session seen through the tap";

function isWatched(e: BridgeEngine | WatchedSession): e is WatchedSession {
  return (e as WatchedSession).watched === true;
}

/** What it reads of the record: the entries since a seq, one entry, and news of each. */
export type BridgeRecord = Pick<RecordStore, "subscribe" | "since" | "get" | "firstSeq" | "lastSeq" | "append">;

/** What the bridge does not do itself: orchestration, passed in by server/launcher/inspector.ts. */
export interface BridgeServices {
  /** Reproduce a recorded session in the live engine and record (the page's Reproduce). */
  replay(session: SessionFile, target: Target, ignore: readonly string[]): Promise<ReplayReport>;
  /** The Collections tab's files and runs (server/collections/page-store.ts); absent: the commands are refused. */
  collections?: { handle(cmd: CollectionCommand): Promise<unknown> };
  /** The Chat tab and "Ask the model" (server/bridge/chat-service.ts); absent: the commands are refused. */
  chat?: { handle(cmd: ChatCommand): Promise<unknown> };
  /** The configured servers' list (server/bridge/config-servers.ts); absent: the commands are refused. */
  servers?: { handle(cmd: ServersCommand): Promise<unknown> };
  /** --share-base: where the page's share links open, said in the welcome. */
  shareBase?: string;
  /** The page's path with a fresh one-time launch code (launch-code.ts), for another tab; absent: `new-tab-link` is refused. */
  newTabLink?(): string;
}

interface Peer {
  ws: WebSocket;
  out: FrameWriter;
  /** Highest seq this peer has been sent; undefined until it says hello. */
  sentSeq?: number;
  /** This socket's commands in flight, by command id (what `cancel` names). */
  inflight: Map<string, CancelSignal>;
  /** Events for the next write, sent ahead of the entries (a command's `accepted`). */
  queued: WireEvent[];
  /** Said at hello: a big tool result's reply carries a preview and goes ahead of the entry (outcomes.ts `preview`). */
  previews?: boolean;
  /**
   * The request seqs of this peer's tool calls whose big response may go as a preview: their
   * response entry waits for the reply. Between the response and the outcome the engine may take
   * longer than one push delay (its first output verdict loads the validator; a big result is
   * checked against its schema), and the timed push would otherwise send the entry first.
   */
  previewing?: Set<number>;
}

/**
 * Connects page sockets to the engine and the record: routes each command, replies, and
 * streams the record. Each peer reads the record from where it left off, so history and the
 * live stream are the same path and nothing is skipped.
 */
export class Bridge {
  private readonly peers = new Set<Peer>();
  private flushScheduled = false;
  private readonly unsubscribe: Array<() => void>;
  private readonly instanceId = randomUUID();
  /** Load runs (issue 26): each on a connection of its own; the record gets a note at start and end. */
  /** Loaded at the first load frame, not with the bridge (issue 49); frames wait for it in order. */
  private loads?: Promise<{ runs: PageLoadRuns; handle: typeof handleLoadFrame }>;
  /** MCP Apps: the page's tap writes each App message into the record through this. */
  private readonly apps: AppRecorder;

  constructor(
    private readonly engine: BridgeEngine | WatchedSession,
    private readonly record: BridgeRecord,
    private readonly inspectorVersion: string,
    private readonly services: BridgeServices,
  ) {
    this.apps = new AppRecorder((draft) => record.append(draft));
    this.unsubscribe = [record.subscribe(() => this.scheduleFlush()), engine.onState((state) => this.broadcast({ type: "state", state }))];
  }

  attach(ws: WebSocket): void {
    const peer: Peer = { ws, out: new FrameWriter(ws), inflight: new Map(), queued: [] };
    this.peers.add(peer);
    ws.on("message", (data, isBinary) => {
      if (isBinary) return this.send(peer, { type: "error", message: "binary frames are not accepted; send JSON text" });
      const text = data.toString();
      // --- load runs (issue 26): a page's load channel speaks only load-* frames ---
      if (isLoadFrame(text)) {
        if (isWatched(this.engine))
          return this.send(peer, {
            type: "error",
            message: `${WATCHED_REFUSAL}: a load run starts connections of its own; ${this.engine.refusal}`,
          });
        this.loads ??= Promise.all([import("../load/page-runs"), import("../load/channel")]).then(
          ([{ PageLoadRuns }, { handleLoadFrame }]) => ({
            runs: new PageLoadRuns({ state: () => this.engine.getState(), note: (e) => this.record.append(e) }),
            handle: handleLoadFrame,
          }),
        );
        return void this.loads.then(({ runs, handle }) => handle(runs, text, (e) => this.send(peer, e)));
      }
      // --- end load runs ---
      const parsed = parseCommand(text);
      if (!parsed.ok) return this.send(peer, { type: "error", message: parsed.message, id: parsed.id });
      void this.handle(peer, parsed.command);
    });
    ws.on("close", () => {
      this.peers.delete(peer);
      // A page that went away does not cancel what it started: its replies go to the record.
    });
    ws.on("error", () => undefined);
  }

  dispose(): void {
    for (const u of this.unsubscribe) u();
    for (const p of this.peers) p.ws.close(1001, "inspector shutting down");
  }

  private async handle(peer: Peer, cmd: Command): Promise<void> {
    const reply = await this.reply(cmd, () => this.run(peer, cmd));
    if (hasPreview(reply)) {
      // The preview is what the page shows first: it leaves before the big entry, whose write
      // (tens of MiB) the page would otherwise receive and parse before it could show anything.
      peer.out.add(reply);
      peer.out.write();
      this.flushPeer(peer);
      peer.out.write();
      return;
    }
    // Entries first: the page has the request and response entries a reply's seqs point to.
    // One frame with the reply, so they leave in one write instead of waking the page (and the
    // loopback stack) once per frame (figure 1 in bench/ measures the round trip).
    this.flushPeer(peer);
    peer.out.add(reply);
    peer.out.write();
  }

  /** Run a command and make its reply, checked against the command's reply schema first. */
  private async reply(cmd: Command, run: () => Promise<unknown>): Promise<WireEvent> {
    try {
      const checked = parseReply(cmd.type, (await run()) ?? null);
      if (checked.ok) return { type: "reply", id: cmd.id, ok: true, result: checked.reply };
      return { type: "reply", id: cmd.id, ok: false, error: { message: `inspector bug: ${checked.message}` } };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      return { type: "reply", id: cmd.id, ok: false, error: err instanceof RpcError ? { message, rpc: err.rpc } : { message } };
    }
  }

  private async run(peer: Peer, cmd: Command): Promise<unknown> {
    const engine = this.engine;
    if (isWatched(engine)) return this.runWatched(peer, cmd, engine);
    if (cmd.type === "save-session") throw new Error("save-session is a tap's: save this session with Share / export");
    switch (cmd.type) {
      case "hello":
        if (cmd.previews !== undefined) peer.previews = cmd.previews;
        return this.hello(peer, cmd.since);
      case "connect":
        return engine.connect(cmd.spec);
      case "disconnect":
        await engine.disconnect();
        return engine.getState();
      case "restart":
        return engine.restart();
      case "request": {
        const { method, params, progress, timeoutMs, resetTimeoutOnProgress, maxTotalTimeoutMs } = cmd;
        return this.slim(
          await this.track(peer, cmd.id, (signal) =>
            engine.send(method, params, { signal, progress, timeoutMs, resetTimeoutOnProgress, maxTotalTimeoutMs }),
          ),
        );
      }
      case "notify":
        return engine.notify(cmd.method, cmd.params);
      case "call-tool": {
        const { name, arguments: args, meta, task, timeoutMs, resetTimeoutOnProgress, maxTotalTimeoutMs } = cmd;
        return this.slim(
          await this.track(
            peer,
            cmd.id,
            (signal) => engine.sendToolCall(name, args, { signal, meta, task, timeoutMs, resetTimeoutOnProgress, maxTotalTimeoutMs }),
            peer.previews,
          ),
          peer.previews,
        );
      }
      case "outcome": {
        // A page whose socket dropped asks how its request ended: the engine kept the outcome.
        return this.slim(await engine.outcomeOf(cmd.requestSeq));
      }
      case "cancel": {
        const ctl = peer.inflight.get(cmd.target);
        if (!ctl) throw new Error(`nothing in flight with id ${cmd.target} on this socket`);
        ctl.abort(cmd.reason ?? "cancelled from the inspector");
        return null;
      }
      case "replay":
        return this.services.replay(cmd.session, cmd.target, cmd.ignore);
      case "set-answers":
        return engine.setAnswers(cmd.answers);
      case "forget-authorization":
        return engine.forgetAuthorization();
      case "new-tab-link":
        if (!this.services.newTabLink) throw new Error("this inspector issues no launch codes: open the URL the launcher printed");
        return { link: this.services.newTabLink() };
      case "subscribe-resource":
        return engine.subscribe(cmd.uri);
      case "unsubscribe-resource":
        return engine.unsubscribe(cmd.uri);
      case "answer":
        return engine.answer(cmd.pendingId, { result: cmd.result, error: cmd.error });
      case "collections-list":
      case "collection-save":
      case "collection-edit-step":
      case "collection-run":
        if (!this.services.collections) throw new Error("this inspector has no collections folder");
        return this.services.collections.handle(cmd);
      case "models-info":
      case "model-key":
      case "chat-send":
      case "chat-decide":
      case "chat-stop":
      case "sampling-ask":
        if (!this.services.chat) throw new Error("this inspector has no model in the loop");
        return this.services.chat.handle(cmd);
      case "servers-list":
      case "server-connect":
        if (!this.services.servers) throw new Error("this inspector has no server list");
        return this.services.servers.handle(cmd);
      case "app-message": {
        // MCP Apps: appended synchronously, so an App's messages keep the order the page sent them in.
        const { appId, tool, dir, message, omitted, cspViolation, serverSeq } = cmd;
        return { seq: this.apps.record({ appId, tool, dir, message, omitted, cspViolation, serverSeq }).seq };
      }
      case "app-source-map": {
        // Loaded at the first App error that names a script, not with the bridge (the map parser).
        const { resolveAppFrames } = await import("./app-source-maps");
        return resolveAppFrames(cmd.frames, cmd.allow);
      }
    }
  }

  /** A watched session: what it offers (restart, save) and what only reads; every other command is refused in words. */
  private async runWatched(peer: Peer, cmd: Command, session: WatchedSession): Promise<unknown> {
    switch (cmd.type) {
      case "hello":
        if (cmd.previews !== undefined) peer.previews = cmd.previews;
        return this.hello(peer, cmd.since);
      case "restart":
        if (session.restart) return session.restart();
        break;
      case "save-session":
        if (session.save) return session.save();
        break;
      case "cancel": {
        const ctl = peer.inflight.get(cmd.target);
        if (!ctl) throw new Error(`nothing in flight with id ${cmd.target} on this socket`);
        ctl.abort(cmd.reason ?? "cancelled from the inspector");
        return null;
      }
    }
    throw new Error(`${WATCHED_REFUSAL}: ${cmd.type} is not offered; ${session.refusal}`);
  }

  private hello(peer: Peer, since: number): { firstSeq: number; lastSeq: number } {
    peer.sentSeq = Math.max(since, this.record.firstSeq - 1);
    const { firstSeq, lastSeq } = this.record;
    this.send(peer, {
      type: "welcome",
      protocol: WIRE_PROTOCOL_VERSION,
      inspectorVersion: this.inspectorVersion,
      instanceId: this.instanceId,
      state: this.engine.getState(),
      firstSeq,
      lastSeq,
      cwd: process.cwd(),
      ...(this.services.shareBase ? { shareBase: this.services.shareBase } : {}),
    });
    this.scheduleFlush();
    return { firstSeq, lastSeq };
  }

  /**
   * Run a request command cancellably under its command id, and tell its peer where the
   * request went (`accepted`: its record seq and progress token) ahead of its progress and response.
   */
  private async track<T>(peer: Peer, id: string, start: (signal: CancelSignal) => SentRequest<T>, preview = false): Promise<T> {
    const ctl = new CancelSignal();
    peer.inflight.set(id, ctl);
    let held: number | undefined;
    try {
      const sent = start(ctl);
      // Held until the outcome: from here to the reply's write (handle) is promise steps only, so
      // no timed push comes between.
      if (preview) (peer.previewing ??= new Set()).add((held = sent.requestSeq));
      peer.queued.push({
        type: "accepted",
        id,
        requestSeq: sent.requestSeq,
        ...(sent.progressToken !== undefined ? { progressToken: sent.progressToken } : {}),
      });
      this.scheduleFlush();
      return await sent.outcome;
    } finally {
      peer.inflight.delete(id);
      if (held !== undefined) peer.previewing?.delete(held);
    }
  }

  /**
   * A big result goes to the page once, in its record entry: the reply then says where it is
   * instead of carrying it again (a 20 MiB result would otherwise cross the socket twice). With
   * `withPreview` (a socket that asked at hello) it carries a bounded preview of it instead.
   */
  private slim<T extends { result?: unknown; responseSeq?: number }>(
    outcome: T,
    withPreview = false,
  ): T | (Omit<T, "result"> & { resultInRecord: true; preview?: unknown }) {
    const entry = outcome.responseSeq !== undefined ? this.record.get(outcome.responseSeq) : undefined;
    // An entry the record cut (server/record/cut.ts) does not hold the result: the reply carries it whole.
    if (!entry || entry.kind !== "message" || entry.size < INLINE_RESULT_BYTES || entry.cut) return outcome;
    const { result, ...rest } = outcome;
    const preview = withPreview ? previewOf(result) : undefined;
    return { ...rest, resultInRecord: true, ...(preview !== undefined ? { preview } : {}) };
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setTimeout(() => {
      this.flushScheduled = false;
      this.flush();
    }, FLUSH_DELAY_MS);
  }

  private flush(): void {
    let behind = false;
    for (const peer of this.peers) {
      if (!this.flushPeer(peer)) behind = true;
      peer.out.write();
    }
    if (behind) setTimeout(() => this.scheduleFlush(), 20);
  }

  /** Add what a peer has not seen yet to its next write; false when it is too far behind to take more now. */
  private flushPeer(peer: Peer): boolean {
    for (const e of peer.queued.splice(0)) peer.out.add(e);
    if (peer.sentSeq === undefined) return true;
    while (peer.sentSeq < this.record.lastSeq) {
      if (peer.out.buffered > MAX_BUFFERED_BYTES) return false;
      let entries = this.record.since(peer.sentSeq).slice(0, ENTRIES_PER_FRAME);
      const wait = peer.previewing?.size ? entries.findIndex((e) => isHeldResponse(e, peer.previewing!)) : -1;
      if (wait !== -1) entries = entries.slice(0, wait);
      if (entries.length === 0) break;
      peer.sentSeq = entries[entries.length - 1].seq;
      peer.out.add({ type: "entries", entries });
    }
    return true;
  }

  private broadcast(event: WireEvent): void {
    for (const p of this.peers) if (p.sentSeq !== undefined) this.send(p, event);
  }

  /** Send one event now, in its own frame. */
  private send(peer: Peer, event: WireEvent): void {
    peer.out.add(event);
    peer.out.write();
  }
}

/** A big response to one of a peer's previewed calls still settling: it waits for the call's reply. */
function isHeldResponse(e: Entry, previewing: Set<number>): boolean {
  return e.kind === "message" && e.pair !== undefined && previewing.has(e.pair.seq) && e.size >= INLINE_RESULT_BYTES;
}

/** A successful reply that carries a result's preview (outcomes.ts `preview`). */
function hasPreview(reply: WireEvent): boolean {
  return reply.type === "reply" && reply.ok && objectOr(reply.result)?.preview !== undefined;
}
