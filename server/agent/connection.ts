import { Engine, type RecordSink, type RequestOptions, type SentRequest } from "../engine";
import { RecordStore } from "../record/store";
import { VERSION } from "../paths";
import { LiveLint } from "../test-library/live-lint";
import { startCallbackServer, type CallbackServer } from "../auth/callback-server";
import type { AgentMark } from "./agent-mark";
import { asRecord } from "../../lib/json/shape";
import type { Entry } from "../../lib/record/format";
import type { ConnectSpecInput, Target } from "../../lib/target/target";
import type { SessionState } from "../../lib/session/state";
import type { RequestOutcome, ToolCallOutcome } from "../../lib/wire/protocol";
import type { Surface } from "../../lib/surface";

/**
 * How long an agent's request waits for the server by default: 10 s, as `check` waits (it was
 * the engine's 60 s: an agent sat a minute on a hanging call). A call's `timeoutMs`, or connect's,
 * says otherwise; a request waiting for the person pauses it (server/engine/requests.ts).
 */
export const AGENT_REQUEST_MS = 10_000;

/** The engine and record an agent's connection runs on: its own, or the page's (shared with the person). */
export interface AgentLink {
  engine: Engine;
  record: RecordStore;
  /** The page's engine: a person drives it too (answers its held requests); never closed by the agent unless asked. */
  shared: boolean;
  /** Marks the agent's frames in a shared record (see agent-mark.ts). */
  mark?: AgentMark;
}

/** A link of its own: a fresh record and engine, as a headless run has (server/headless/connect.ts). */
export function ownLink(): AgentLink {
  const record = new RecordStore();
  const engine = new Engine(record as RecordSink, { name: "mcp-inspector-harness-agent", version: VERSION });
  return { engine, record, shared: false };
}

/** Which process a verdict is about: the connection that came up last, from its `connecting` row on. */
export interface ProcessScope {
  /** The seq of this connection's `connecting` row: rows before it are about earlier processes. */
  since: number;
  generation: number;
  pid?: number;
  /** When it started (ISO time of the `connecting` row). */
  started?: string;
}

/** A tool as the server listed it (what call_tool checks arguments and results against). */
export interface ListedTool {
  name: string;
  inputSchema?: object;
  outputSchema?: object;
}

/**
 * One named connection an agent drives: what it connected to, the surface it last saw (for the
 * diff after a restart), the live lint of its record, the tools its current process listed.
 */
export class AgentConnection {
  spec?: ConnectSpecInput;
  /** The generation of the connection the agent itself made with connect (on the page's engine: then it is the agent's to replace). */
  agentMade?: number;
  /** The surface of the last connection that came up, and that connection's generation. */
  surface?: Surface;
  surfaceGeneration?: number;
  private readonly lint: LiveLint;
  private callback?: CallbackServer;
  private scopeMade?: ProcessScope;
  private toolsSeen?: { generation: number; upTo: number; tools: Map<string, ListedTool> };

  constructor(
    readonly name: string,
    readonly link: AgentLink,
  ) {
    this.lint = new LiveLint(link.record);
  }

  get engine(): Engine {
    return this.link.engine;
  }

  get target(): Target | undefined {
    return this.state().target ?? (this.spec?.target as Target | undefined);
  }

  state(): SessionState {
    return this.link.engine.getState();
  }

  /**
   * Whether this answer should carry the server's instructions: the first time, and again only
   * when they changed (issue 62: status and restart repeated them on every call). Remembered as
   * given once it says true.
   */
  instructionsFresh(): boolean {
    const n = this.state().negotiated;
    const now = this.state().status === "connected" ? (n?.instructions ?? "") : "";
    if (now === this.instructionsGiven) return false;
    this.instructionsGiven = now;
    return true;
  }

  private instructionsGiven?: string;

  /** Who did a row (on the page's record): "agent", "person", or "server" for what no one asked for. */
  by(e: Entry): "agent" | "person" | "server" | undefined {
    if (!this.link.shared) return undefined;
    const who = this.link.mark?.actorOf(e);
    if (who) return who;
    if (e.kind === "message") {
      const m = asRecord(e.message);
      // The client's requests and notifications that are not the agent's are the person's (their page);
      // what the server sends of its own is the server's; a response is its request's.
      if (e.dir === "client->server") return "method" in m ? "person" : undefined;
      return e.pair ? "person" : "server";
    }
    return e.kind === "lifecycle" ? "server" : undefined;
  }

  /** The process the connection's verdicts are about: the last `connecting` row and what followed it. */
  scope(): ProcessScope {
    const s = this.state();
    const made = this.scopeMade;
    if (made && made.generation === s.generation) return { ...made, pid: s.pid ?? made.pid };
    const record = this.link.record;
    let since = 0;
    let started: string | undefined;
    let pid: number | undefined;
    for (let seq = record.lastSeq; seq >= record.firstSeq && seq > 0; seq--) {
      const e = record.get(seq);
      if (e?.kind !== "lifecycle") continue;
      if (e.event === "spawned" && e.pid !== undefined) pid = e.pid;
      if (e.event === "connecting") {
        since = e.seq;
        started = new Date(e.t).toISOString();
        break;
      }
    }
    this.scopeMade = { since, generation: s.generation, pid: s.pid ?? pid, started };
    return this.scopeMade;
  }

  /** The live lint's findings, once the checkers they need (Ajv, YAML) have loaded. */
  findings(severity?: "error" | "warning" | "info") {
    return this.lint.findingsWhenLoaded(severity);
  }

  /**
   * The tools the current process listed (to whoever asked: the person, the agent), read from
   * the record; undefined when nobody listed them yet.
   */
  listedTools(): Map<string, ListedTool> | undefined {
    const { since, generation } = this.scope();
    let seen = this.toolsSeen;
    if (!seen || seen.generation !== generation) seen = this.toolsSeen = { generation, upTo: since, tools: new Map() };
    let listed = seen.tools.size > 0;
    for (const e of this.link.record.since(seen.upTo)) {
      seen.upTo = e.seq;
      if (e.kind !== "message" || e.dir !== "server->client" || e.pair?.method !== "tools/list") continue;
      const tools = asRecord(asRecord(e.message).result).tools;
      if (!Array.isArray(tools)) continue;
      listed = true;
      for (const t of tools) {
        const r = asRecord(t);
        if (typeof r.name === "string") seen.tools.set(r.name, r as unknown as ListedTool);
      }
    }
    return listed || seen.tools.size ? seen.tools : undefined;
  }

  /**
   * Connect (replacing this name's connection). An HTTP target that wants a login gets a loopback
   * callback first, so the login URL can be handed to the agent for the person.
   */
  async connect(spec: ConnectSpecInput): Promise<SessionState> {
    this.spec = spec;
    const auth = spec.auth;
    if (!this.link.shared && spec.target.transport !== "stdio" && (auth?.mode ?? "browser") === "browser" && !this.callback) {
      this.callback = await startCallbackServer(undefined, (query) => this.engine.authorization.finish(query));
      this.engine.authorization.callbackUrl = this.callback.url;
    }
    const redirect = this.callback && { redirectUri: auth?.redirectUri ?? this.callback.url };
    const state = await this.acting(() => this.engine.connect({ ...spec, auth: { mode: "browser", ...auth, ...redirect } }));
    this.agentMade = state.generation;
    return state;
  }

  /** Connect again with the last settings, whoever made them (the person's connection has no spec of ours). */
  async restart(): Promise<SessionState> {
    // The page's engine restarts what it last connected, whoever connected it (the person may have since).
    if (!this.link.shared && this.spec) return this.connect(this.spec);
    const ours = this.agentMade === this.state().generation;
    const state = await this.acting(() => this.engine.restart());
    if (ours) this.agentMade = state.generation;
    return state;
  }

  /** Any request, sent as the agent's. */
  send(method: string, params: Record<string, unknown> | undefined, opts: RequestOptions = {}): SentRequest<RequestOutcome> {
    return this.asAgent(() => this.engine.send(method, params, this.timed(opts)));
  }

  /** On the page's connection (the person's time limits), the agent's own requests still wait AGENT_REQUEST_MS unless told. */
  private timed(opts: RequestOptions): RequestOptions {
    return this.link.shared && opts.timeoutMs === undefined ? { ...opts, timeoutMs: AGENT_REQUEST_MS } : opts;
  }

  /** tools/call as the agent's: the result as sent, a JSON-RPC error as an outcome. */
  callTool(name: string, args: Record<string, unknown>, opts: RequestOptions = {}): SentRequest<ToolCallOutcome> {
    return this.asAgent(() => this.engine.sendToolCall(name, args, this.timed(opts)));
  }

  async request(method: string, params?: Record<string, unknown>): Promise<RequestOutcome> {
    return this.send(method, params).outcome;
  }

  /** End the connection; a shared engine is only disconnected (the page stays), an own one is closed. */
  async close(): Promise<void> {
    this.callback?.close();
    this.callback = undefined;
    if (this.link.shared) await this.acting(() => this.engine.disconnect());
    else await this.engine.close();
  }

  private acting<T>(run: () => Promise<T>): Promise<T> {
    return this.link.mark ? this.link.mark.acting("agent", run) : run();
  }

  private asAgent<T>(start: () => T): T {
    return this.link.mark ? this.link.mark.during(start) : start();
  }
}
