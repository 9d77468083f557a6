import { Engine, type RecordSink, type RequestOptions, type SentRequest } from "../engine";
import { RecordStore } from "../record/store";
import { VERSION } from "../paths";
import { LiveLint } from "../test-library/live-lint";
import { startCallbackServer, type CallbackServer } from "../auth/callback-server";
import { AgentMark } from "./agent-mark";
import type { ConnectSpecInput, Target } from "../../lib/target/target";
import type { SessionState } from "../../lib/session/state";
import type { RequestOutcome, ToolCallOutcome } from "../../lib/wire/protocol";
import type { Surface } from "../../lib/surface";

/** The engine and record an agent's connection runs on: its own, or the page's (shared with the person). */
export interface AgentLink {
  engine: Engine;
  record: RecordStore;
  /** The page's engine: a person drives it too (answers its held requests); never closed by the agent. */
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

/**
 * One named connection an agent drives: what it connected to, the surface it last saw (for the
 * diff after a restart), the live lint of its record.
 */
export class AgentConnection {
  spec?: ConnectSpecInput;
  /** The surface of the last connection that came up, and of the one before it. */
  surface?: Surface;
  private readonly lint: LiveLint;
  private callback?: CallbackServer;

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

  findings(severity?: "error" | "warning" | "info") {
    return this.lint.findings(severity);
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
    return this.engine.connect({ ...spec, auth: { mode: "browser", ...auth, ...redirect } });
  }

  /** Any request, sent as the agent's. */
  send(method: string, params: Record<string, unknown> | undefined, opts: RequestOptions = {}): SentRequest<RequestOutcome> {
    return this.asAgent(() => this.engine.send(method, params, opts));
  }

  /** tools/call as the agent's: the result as sent, a JSON-RPC error as an outcome. */
  callTool(name: string, args: Record<string, unknown>, opts: RequestOptions = {}): SentRequest<ToolCallOutcome> {
    return this.asAgent(() => this.engine.sendToolCall(name, args, opts));
  }

  async request(method: string, params?: Record<string, unknown>): Promise<RequestOutcome> {
    return this.send(method, params).outcome;
  }

  /** End the connection; a shared engine is only disconnected (the page stays), an own one is closed. */
  async close(): Promise<void> {
    this.callback?.close();
    this.callback = undefined;
    if (this.link.shared) await this.engine.disconnect();
    else await this.engine.close();
  }

  private asAgent<T>(start: () => T): T {
    return this.link.mark ? this.link.mark.during(start) : start();
  }
}
