import type { Entry, MessageEntry } from "../record/format";
import { isObject } from "../json/shape";
import { newSpanId, newTraceId, parseTraceparent } from "./ids";

/**
 * Spans from the record, following OpenTelemetry's MCP semantic conventions (status:
 * development): one span per request (from the frame that sent it to the frame that answered it),
 * per notification, and per request the server sent us. The record already holds every frame
 * exactly, paired, with its time, so the live export and the export of a saved session are the
 * same function of the same entries.
 */
export interface SpanDraft {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  /** CLIENT: we sent it; SERVER: the server sent it to us (we answered). */
  kind: "client" | "server" | "internal";
  startMs: number;
  endMs: number;
  attributes: Record<string, string | number | boolean>;
  error?: { type: string; message?: string };
  /** Attributes dropped by the count limit (lib/otel/limits.ts). */
  droppedAttributes?: number;
}

interface Open {
  draft: SpanDraft;
  id: string | number;
}

/** Knows the parent span of a request it gave a traceparent to (the live export's scopes). */
export type ParentOf = (spanId: string) => { parentSpanId?: string } | undefined;

/**
 * Turns record entries into finished spans as they arrive. `add` returns the spans an entry ends
 * (a response ends its request's; a notification is a span of its own); `finish` ends what is
 * still open (a request never answered) with an error.
 */
export class SpanBuilder {
  private readonly open = new Map<string, Open>();
  private protocolVersion: string | undefined;
  private sessionId: string | undefined;
  private transport: "pipe" | "tcp" | undefined;
  /** The HTTP server's host and port (the conventions' server.address, server.port). */
  private server: { address: string; port: number } | undefined;
  /** When the session began (its connecting or first entry): the session duration metric's start. */
  private startedMs: number | undefined;
  /** Carried trace ids, each to a fresh one (a recording's: its live spans were sent already). */
  private readonly fresh: Map<string, string> | undefined;

  constructor(
    private readonly parentOf: ParentOf = () => undefined,
    /** Mint fresh ids for the trace context a recording carries, so its export never duplicates the spans sent live. */
    o: { freshIds?: boolean } = {},
  ) {
    this.fresh = o.freshIds ? new Map() : undefined;
  }

  /** Seconds since the session began, and the attributes the session duration metric takes; undefined before any entry. */
  sessionDuration(endMs: number): { seconds: number; attributes: SpanDraft["attributes"] } | undefined {
    if (this.startedMs === undefined) return undefined;
    const attributes: SpanDraft["attributes"] = {};
    this.common(attributes, undefined);
    return { seconds: Math.max(0, endMs - this.startedMs) / 1000, attributes };
  }

  add(entry: Entry): SpanDraft[] {
    this.startedMs ??= entry.t;
    if (entry.kind === "lifecycle" && entry.event === "spawned") this.transport = "pipe";
    if (entry.kind === "lifecycle" && entry.event === "connecting") this.server = httpServerOf(entry.target);
    if (entry.kind !== "message" || entry.undelivered) return [];
    if (entry.http) {
      this.transport = "tcp";
      if (entry.http.sessionId) this.sessionId = entry.http.sessionId;
    }
    const m = entry.message;
    if (!isObject(m)) return [];
    if (typeof m.method === "string") {
      if (m.id === undefined || m.id === null) return [this.started(entry, m.method, m)];
      const draft = this.started(entry, m.method, m);
      this.open.set(key(entry.dir, m.id), { draft, id: m.id as string | number });
      return [];
    }
    if (m.id === undefined || m.id === null) return [];
    // A response travels the other way from its request.
    const reqDir = entry.dir === "client->server" ? "server->client" : "client->server";
    const k = key(reqDir, m.id);
    const open = this.open.get(k);
    if (!open) return [];
    this.open.delete(k);
    return [this.ended(open.draft, entry, m)];
  }

  /** Ends every request still waiting at `endMs` (the session ended first). */
  finish(endMs: number): SpanDraft[] {
    const left = [...this.open.values()].map(({ draft }) => ({
      ...draft,
      endMs: Math.max(draft.startMs, endMs),
      error: { type: "no_response", message: "the session ended before the answer" },
    }));
    this.open.clear();
    return left;
  }

  private started(entry: MessageEntry, method: string, m: Record<string, unknown>): SpanDraft {
    const params = isObject(m.params) ? m.params : undefined;
    const meta = params && isObject(params._meta) ? params._meta : undefined;
    const carried = parseTraceparent(meta?.traceparent);
    // Ours (client->server) names our span; the server's names its own span, our span's parent.
    const ours = entry.dir === "client->server";
    const ids = carried
      ? { traceId: this.freshTrace(carried.traceId), spanId: ours && !this.fresh ? carried.spanId : newSpanId() }
      : { traceId: newTraceId(), spanId: newSpanId() };
    const parentSpanId = !carried
      ? undefined
      : ours
        ? this.parentOf(carried.spanId)?.parentSpanId
        : this.fresh
          ? undefined
          : carried.spanId;
    const attributes: SpanDraft["attributes"] = { "mcp.method.name": method, "jsonrpc.protocol.version": "2.0" };
    if (m.id !== undefined && m.id !== null) attributes["jsonrpc.request.id"] = String(m.id);
    let target: string | undefined;
    if (method === "tools/call" && typeof params?.name === "string") {
      target = params.name;
      attributes["gen_ai.tool.name"] = params.name;
      attributes["gen_ai.operation.name"] = "execute_tool";
    } else if (method === "prompts/get" && typeof params?.name === "string") {
      target = params.name;
      attributes["gen_ai.prompt.name"] = params.name;
    }
    if (typeof params?.uri === "string") attributes["mcp.resource.uri"] = params.uri;
    this.common(attributes, entry);
    // Written out whole, no spread: see server/otel/compact.ts's entryOf (figure 11).
    return {
      traceId: ids.traceId,
      spanId: ids.spanId,
      parentSpanId,
      // Low-cardinality names only: a tool or prompt name, never a resource URI.
      name: target ? `${method} ${target}` : method,
      kind: entry.dir === "client->server" ? "client" : "server",
      startMs: entry.t,
      endMs: entry.t,
      attributes,
    };
  }

  private ended(draft: SpanDraft, entry: MessageEntry, m: Record<string, unknown>): SpanDraft {
    // The open draft itself: nothing else holds it (add took it out of `open`), and a copy of it
    // and its attributes per span was a good part of the export's garbage (figure 11).
    const done = draft;
    done.endMs = entry.t;
    this.common(done.attributes, entry);
    const result = isObject(m.result) ? m.result : undefined;
    if (
      typeof result?.protocolVersion === "string" &&
      /^(initialize|server\/discover)$/.test(String(draft.attributes["mcp.method.name"]))
    ) {
      this.protocolVersion = result.protocolVersion;
      done.attributes["mcp.protocol.version"] = result.protocolVersion;
    }
    if (isObject(m.error)) {
      const code = typeof m.error.code === "number" ? String(m.error.code) : "unknown";
      done.attributes["rpc.response.status_code"] = code;
      done.error = { type: code, message: typeof m.error.message === "string" ? m.error.message : undefined };
    } else if (result?.isError === true) {
      // A tool's own failure: the conventions' error.type for an error that has no code.
      done.error = { type: "tool_error" };
    }
    if (done.error) done.attributes["error.type"] = done.error.type;
    return done;
  }

  private common(attributes: SpanDraft["attributes"], entry: MessageEntry | undefined): void {
    if (this.protocolVersion) attributes["mcp.protocol.version"] = this.protocolVersion;
    if (this.sessionId) attributes["mcp.session.id"] = this.sessionId;
    const transport = entry?.http ? "tcp" : this.transport;
    if (transport) attributes["network.transport"] = transport;
    if (transport === "tcp") {
      attributes["network.protocol.name"] = "http";
      // Node's fetch (undici), which the engine's HTTP transports use, speaks HTTP/1.1.
      attributes["network.protocol.version"] = "1.1";
      if (this.server) {
        attributes["server.address"] = this.server.address;
        attributes["server.port"] = this.server.port;
      }
    }
  }

  private freshTrace(traceId: string): string {
    if (!this.fresh) return traceId;
    let id = this.fresh.get(traceId);
    if (!id) this.fresh.set(traceId, (id = newTraceId()));
    return id;
  }
}

/** The host and port of an HTTP target as the engine's connecting entry names it (`http://host:port/mcp (Streamable HTTP)`). */
function httpServerOf(target: string | undefined): { address: string; port: number } | undefined {
  // A URL's scheme, any user:password@ (never kept), its host (an IPv6 one in brackets) and port.
  const m = target ? /^(https?):\/\/(?:[^@/?#\s]*@)?(\[[^\]\s]+\]|[^:/?#\s]+)(?::(\d+))?/i.exec(target) : null;
  if (!m) return undefined;
  const port = m[3] ? Number(m[3]) : m[1]!.toLowerCase() === "https" ? 443 : 80;
  return { address: m[2]!.replace(/^\[|\]$/g, "").toLowerCase(), port };
}

const key = (dir: string, id: unknown) => `${dir}|${typeof id}|${String(id)}`;

/**
 * Every span of a finished record (a recording): requests never answered end with its last entry.
 * The trace context it carries gets fresh ids: with live export on, its spans were sent already.
 */
export function spansOfEntries(entries: readonly Entry[]): SpanDraft[] {
  const builder = new SpanBuilder(undefined, { freshIds: true });
  const spans: SpanDraft[] = [];
  let last = 0;
  for (const entry of entries) {
    last = entry.t;
    spans.push(...builder.add(entry));
  }
  spans.push(...builder.finish(last));
  return spans;
}
