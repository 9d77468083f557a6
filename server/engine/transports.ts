import { SSEClientTransport, StreamableHTTPClientTransport, type Transport } from "@modelcontextprotocol/client";
import type { NewEntry } from "../../lib/record/format";
import type { Target } from "../../lib/target/target";
import { StdioTransport, type ExitInfo } from "./stdio-transport";
import { stdioLaunch, type EarlyTarget } from "./spawn-target";
import { httpTap, type StreamBreak } from "./http-tap";
import { httpRecorder } from "./http-record";
import type { OAuthSession } from "../auth";

export interface TransportHooks {
  /** MCP authorization for an HTTP target: its fetch adds the token and runs the flow on 401. */
  oauth?: OAuthSession;
  record(entry: NewEntry): void;
  stderr(line: string): void;
  spawned(pid: number): void;
  exited(info: ExitInfo): void;
  /** A stdio target the launcher started before the engine loaded, adopted when it is this target. */
  early?: EarlyTarget;
  /**
   * True once the connection speaks 2026-07-28, which has no sessions: an Mcp-Session-Id a refused
   * 2025 initialize left in the SDK's transport is then not sent (the transport has no way to forget it).
   */
  sessionless?(): boolean;
}

/**
 * What the engine connects through. Every frame the transport receives reaches `hooks.record`
 * before it is delivered (a factory over a transport that does not record, like the SDK's
 * in-memory pair in tests, records in its onmessage).
 */
export interface OpenedTransport {
  transport: Transport;
  readonly pid: number | undefined;
  exitInfo(): ExitInfo | undefined;
  /** Wait (at most ms) for a dying process to finish reporting its exit and output. */
  settled(ms: number): Promise<void>;
  killNow(): void;
  /** Streamable HTTP: each request has its own response stream, whose end without an answer fails it at once (see streamBreak). */
  readonly perRequestStreams?: boolean;
  /** How request `id`'s own response stream broke before its answer (a reset, a close mid-event), told once. */
  streamBreak?(id: number): StreamBreak | undefined;
  /**
   * Why request `id` may have had no answer, as seen below the SDK: a response stream that stalled
   * (its half-written event recorded now), stdin the server does not read. Undefined: nothing known.
   */
  silence?(id: number): StreamBreak | undefined;
}

/** Builds the transport for a target; injected into the engine so tests can hand it an in-memory pair. */
export type TransportFactory = (target: Target, hooks: TransportHooks) => OpenedTransport;

/** Build the transport for a target, wired so that everything it sees reaches the record. */
export const openTransport: TransportFactory = function openTransport(target: Target, hooks: TransportHooks): OpenedTransport {
  if (target.transport === "stdio") return openStdio(target, hooks);
  const headers = target.headers;
  const url = new URL(target.url);
  // Every body and event reaches the record through the tap, as received, before the SDK parses
  // it. OAuth wraps the tap, so the record shows the server's 401 and the retried request as sent.
  const tap = httpTap(httpRecorder(hooks.record));
  const withHeaders: typeof fetch = (u, init) => {
    const all = new Headers(init?.headers);
    for (const [k, v] of Object.entries(headers)) all.set(k, v);
    return tap.fetch(u, { ...init, headers: all });
  };
  const sessionAware: typeof fetch = (u, init) => {
    if (!hooks.sessionless?.()) return tap.fetch(u, init);
    const all = new Headers(init?.headers);
    all.delete("mcp-session-id");
    return tap.fetch(u, { ...init, headers: all });
  };
  const send = hooks.oauth ? hooks.oauth.wrapFetch(sessionAware) : sessionAware;
  const transport =
    target.transport === "http"
      ? new StreamableHTTPClientTransport(url, { requestInit: { headers }, fetch: send })
      : new SSEClientTransport(url, {
          requestInit: { headers },
          fetch: send,
          // The SSE GET goes through EventSource, which takes headers only through its fetch.
          eventSourceInit: { fetch: hooks.oauth ? hooks.oauth.wrapFetch(withHeaders) : withHeaders },
        });
  return {
    transport,
    pid: undefined,
    exitInfo: () => undefined,
    settled: () => Promise.resolve(),
    killNow: () => undefined,
    perRequestStreams: target.transport === "http",
    streamBreak: (id) => tap.takeBreak(id),
    silence: (id) => tap.silence(id),
  };
};

function openStdio(target: Extract<Target, { transport: "stdio" }>, hooks: TransportHooks): OpenedTransport {
  let exited: (() => void) | undefined;
  const exitedP = new Promise<void>((r) => (exited = r));
  const transport = new StdioTransport(
    stdioLaunch(target),
    {
      spawned: hooks.spawned,
      incoming: (message, raw, bytes, problem, invalidUtf8) => {
        const canonical = JSON.stringify(message);
        hooks.record({
          kind: "message",
          dir: "server->client",
          message,
          size: bytes,
          ...(canonical === raw ? {} : { raw }),
          ...(problem ? { undelivered: problem } : {}),
          ...(invalidUtf8 ? { invalidUtf8: true as const } : {}),
        });
      },
      noise: (text, reason, bytes) => hooks.record({ kind: "stdout-noise", text, reason, size: bytes }),
      stderr: hooks.stderr,
      exited: (info) => {
        hooks.exited(info);
        exited?.();
      },
    },
    hooks.early,
  );
  return {
    transport,
    get pid() {
      return transport.pid;
    },
    exitInfo: () => transport.exitInfo,
    settled: (ms) =>
      transport.pid === undefined
        ? Promise.resolve()
        : Promise.race([exitedP.then(() => transport.drained()), new Promise<void>((r) => setTimeout(r, ms))]),
    killNow: () => transport.killNow(),
    silence: () => transport.silence(),
  };
}
