import { InspectorClient, type CommandBodyOf, type SentCommand, type SocketLike } from "../lib/wire/client";
import type { CommandType, WireEvent } from "../lib/wire/protocol";
import type { Entry } from "../lib/record/format";
import type { SessionState } from "../lib/session/state";
import { Store } from "./store";
import { PacedSocket } from "./paced-socket";
import { BigStrings, WorkerSocket, canUseWorkerSocket } from "./worker-socket";
import { base64url, type ProofOutcome } from "./server-proof";
import { wsProtocols } from "../lib/wire/proof";

/** How the page's own socket to the backend is doing (not the target's connection). */
export type SocketStatus = "connecting" | "open" | "reconnecting" | "unauthorized";

export interface ConnectionSnapshot {
  socket: SocketStatus;
  inspectorVersion?: string;
  /** The backend's working directory (where a relative path typed in the page starts). */
  backendCwd?: string;
  /** The launcher's --share-base: where share links open unless the person set another. */
  shareBase?: string;
  /** Last thing that went wrong with the socket, in words. */
  problem?: string;
}

/** Where the connection delivers what the backend sends (the Session). */
export interface ConnectionSink {
  /** Highest seq the page holds: a (re)connecting hello asks for what follows. */
  lastSeq(): number;
  /** The backend welcomed this socket; `restarted` when it is a new backend process whose record is not the one held. */
  welcome(w: Extract<WireEvent, { type: "welcome" }>, restarted: boolean): void;
  entries(entries: Entry[]): void;
  state(state: SessionState): void;
}

export interface ConnectionOptions {
  /** ws://host:port/ws (the token goes as a subprotocol, never in the URL). */
  wsUrl: string;
  token: string;
  /** Asks the backend whether the token is good (GET /api/health): false on 401. */
  checkToken(token: string): Promise<boolean>;
  /**
   * Asks the server on the port to prove it holds the token before the token goes to it
   * (client/server-proof.ts; the page passes it). Without it (tests over a known backend) none is asked.
   */
  prove?(token: string): Promise<ProofOutcome>;
  createSocket?(url: string, protocols: string[]): SocketLike;
}

/** Why the page stops: what answers on its port is not the inspector that gave it its token. */
export const NOT_OURS =
  "what answers on this port could not prove it is the inspector that gave this page its token (it left, and another process may hold the port): open the link the inspector printed";

const RETRY_MS = [250, 500, 1000, 2000, 4000];

/**
 * The page's one socket to the backend, and its status as a store. After a drop it reconnects
 * and asks for what it missed (`hello` since the last seq the page holds); a new backend
 * process (its seqs start over) is told to the sink as a restart.
 */
export class InspectorConnection extends Store {
  private client?: InspectorClient;
  private snapshot: ConnectionSnapshot = { socket: "connecting" };
  private attempts = 0;
  private stopped = false;
  private retryTimer?: ReturnType<typeof setTimeout>;
  /** The backend process this page's record came from (welcome.instanceId). */
  private instanceId?: string;
  /** Long strings of big frames the socket's worker sent apart, until the entries or reply that hold them get them back. */
  private readonly bigs = new BigStrings();

  constructor(
    private readonly opts: ConnectionOptions,
    private readonly sink: ConnectionSink,
  ) {
    super();
  }

  /** Resolves once the socket is open (welcomed) again; rejects after `ms`. */
  whenOpen(ms: number): Promise<void> {
    if (this.snapshot.socket === "open") return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        unsubscribe();
        reject(new Error(`the connection to the inspector did not come back within ${ms / 1000} s`));
      }, ms);
      const unsubscribe = this.subscribe(() => {
        if (this.snapshot.socket !== "open") return;
        clearTimeout(timer);
        unsubscribe();
        resolve();
      });
    });
  }

  /** The socket's status now (the store's value). */
  get current(): ConnectionSnapshot {
    return this.snapshot;
  }

  start(): void {
    this.stopped = false;
    this.open();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.client?.close();
    this.client = undefined;
  }

  /** The socket status is about this socket, not the record: a reset keeps it. */
  reset(): void {}

  /** Send a command; its reply rejects in words when the backend is not reachable. */
  send<K extends CommandType>(body: CommandBodyOf<K>): SentCommand<K> {
    if (this.client && this.snapshot.socket === "open") {
      const sent = this.client.send(body);
      return { ...sent, reply: sent.reply.then((r) => this.bigs.restore(r)) };
    }
    const reply = Promise.reject(new Error("the page is not connected to the inspector backend (reconnecting…)"));
    return { id: "", reply, accepted: Promise.resolve(undefined) };
  }

  /** Each (re)connection: the server proves itself first (issue 75), then the socket, the token in it. */
  private open(): void {
    if (!this.opts.prove) return this.connect();
    void this.proved().then((ok) => ok && this.connect());
  }

  /** True when the server on the port proved it holds the token; otherwise the status says why (down: retried). */
  private async proved(): Promise<boolean> {
    const outcome = await this.opts.prove!(this.opts.token).catch((): ProofOutcome => "down");
    if (this.stopped) return false;
    if (outcome === "proved") return true;
    if (outcome === "not-ours") this.set({ socket: "unauthorized", problem: NOT_OURS });
    else this.retry("not reachable");
    return false;
  }

  private connect(): void {
    const url = this.opts.wsUrl;
    const protocols = wsProtocols(this.opts.token, base64url);
    // The browser's socket is paced (client/paced-socket.ts): a flood's frames reach the page a slice at a time;
    // it lives in a worker (client/worker-socket.ts), so a big frame is received and parsed off the main thread.
    const socket = this.opts.createSocket
      ? this.opts.createSocket(url, protocols)
      : new PacedSocket(
          canUseWorkerSocket() ? new WorkerSocket(url, protocols, this.bigs) : (new WebSocket(url, protocols) as unknown as SocketLike),
        );
    let opened = false;
    const client = new InspectorClient(socket, {
      welcome: (welcome) => {
        const w = this.bigs.restore(welcome);
        const restarted = (this.instanceId !== undefined && w.instanceId !== this.instanceId) || w.lastSeq < this.sink.lastSeq();
        this.instanceId = w.instanceId;
        this.sink.welcome(w, restarted);
        // A new backend process: its record is not the one held; ask for all of it.
        if (restarted) void client.hello(0, { previews: true }).catch(() => undefined);
        this.set({ socket: "open", inspectorVersion: w.inspectorVersion, backendCwd: w.cwd, shareBase: w.shareBase, problem: undefined });
      },
      entries: (entries) => this.sink.entries(this.bigs.restore(entries)),
      state: (s) => this.sink.state(this.bigs.restore(s)),
      problem: (message) => this.set({ ...this.snapshot, problem: message }),
      closed: (code) => {
        // Called after the socket's last frame: whatever no entry or reply took back is nobody's now.
        this.bigs.clear();
        if (this.client === client) this.client = undefined;
        if (this.stopped) return;
        if (!opened) void this.onRefusedOrDown(code);
        else this.retry(`closed with code ${code}`);
      },
    });
    this.client = client;
    socket.onopen = () => {
      opened = true;
      this.attempts = 0;
      // Previews: a big tool result shows its start before the whole of it has crossed (bench figure 4).
      void client.hello(this.sink.lastSeq(), { previews: true }).catch(() => undefined);
    };
  }

  private async onRefusedOrDown(code: number): Promise<void> {
    // The token goes to the API only to a server that proves itself again (the port may have changed hands).
    if (this.opts.prove && !(await this.proved())) return;
    // A browser hides the HTTP status of a refused upgrade; ask the API whether it was the token.
    let ok = true;
    try {
      ok = await this.opts.checkToken(this.opts.token);
    } catch {
      ok = true; // the backend is down: keep trying
    }
    if (this.stopped) return;
    if (!ok) {
      this.set({ socket: "unauthorized", problem: "the backend refused this page's token" });
      return;
    }
    this.retry(`not reachable, code ${code}`);
  }

  private retry(problem: string): void {
    this.set({ ...this.snapshot, socket: "reconnecting", problem });
    const delay = RETRY_MS[Math.min(this.attempts++, RETRY_MS.length - 1)];
    this.retryTimer = setTimeout(() => this.open(), delay);
  }

  private set(s: ConnectionSnapshot): void {
    this.snapshot = s;
    this.changed();
  }
}
