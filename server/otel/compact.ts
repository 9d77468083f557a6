import type { Entry } from "../../lib/record/format";
import { isObject } from "../../lib/json/shape";

/**
 * A record entry as the span builder needs it, flat: what the engine's thread does per entry with
 * export on is push these few fields (figure 11: building spans, the SDK and its encoding there
 * cost a load run 40% of its throughput). The spans are built where the exporter runs (a worker
 * thread) from `entryOf`, which gives lib/otel/spans.ts's SpanBuilder exactly the fields it reads.
 */
export const STRIDE = 15;

const MESSAGE = 0;
const SPAWNED = 1;
const ENDED = 2;

/**
 * Appends `entry` to `out` (STRIDE values) if a span can depend on it. `parents` holds the parent
 * span id (or undefined) of each traceparent the engine made, taken out when its request is seen.
 */
export function pushCompact(out: unknown[], engine: number, entry: Entry, parents: Map<string, string | undefined>): void {
  if (entry.kind === "lifecycle") {
    if (entry.event === "spawned")
      out.push(engine, SPAWNED, entry.t, 0, null, null, null, null, null, undefined, null, null, null, null, false);
    else if (entry.event === "disconnected" || entry.event === "exited")
      out.push(engine, ENDED, entry.t, 0, null, null, null, null, null, undefined, null, null, null, null, false);
    return;
  }
  if (entry.kind !== "message" || entry.undelivered) return;
  const m = entry.message;
  if (!isObject(m)) return;
  const http = entry.http ? (entry.http.sessionId ?? "") : null;
  const id = m.id === undefined ? null : m.id;
  if (typeof m.method === "string") {
    const params = isObject(m.params) ? m.params : undefined;
    const meta = params && isObject(params._meta) ? params._meta : undefined;
    const tp = typeof meta?.traceparent === "string" ? meta.traceparent : null;
    let parent: string | undefined;
    if (tp !== null && parents.has(tp)) {
      parent = parents.get(tp);
      parents.delete(tp);
    }
    out.push(
      engine,
      MESSAGE,
      entry.t,
      entry.dir === "client->server" ? 1 : 0,
      m.method,
      id,
      typeof params?.name === "string" ? params.name : null,
      typeof params?.uri === "string" ? params.uri : null,
      tp,
      parent,
      http,
      null,
      null,
      null,
      false,
    );
    return;
  }
  if (id === null) return;
  const result = isObject(m.result) ? m.result : undefined;
  const error = isObject(m.error) ? m.error : undefined;
  out.push(
    engine,
    MESSAGE,
    entry.t,
    entry.dir === "client->server" ? 1 : 0,
    null,
    id,
    null,
    null,
    null,
    undefined,
    http,
    typeof result?.protocolVersion === "string" ? result.protocolVersion : null,
    error ? (typeof error.code === "number" ? error.code : "?") : null,
    error && typeof error.message === "string" ? error.message : null,
    result?.isError === true,
  );
}

/** What one compact entry says. */
export interface Unpacked {
  engine: number;
  /** The entry, with only what SpanBuilder reads; undefined for a session's end. */
  entry?: Entry;
  /** The parent span of a request whose traceparent the engine made. */
  parent?: string;
}

/** The entry at `at` in `flat`, rebuilt for SpanBuilder.add (the same spans as from the real entry). */
export function entryOf(flat: readonly unknown[], at: number): Unpacked {
  const engine = flat[at] as number;
  const code = flat[at + 1];
  const t = flat[at + 2] as number;
  if (code === ENDED) return { engine };
  const base = { seq: 0, t };
  if (code === SPAWNED) return { engine, entry: { ...base, kind: "lifecycle", event: "spawned", text: "" } };
  const message: Record<string, unknown> = { jsonrpc: "2.0" };
  if (flat[at + 5] !== null) message.id = flat[at + 5];
  const method = flat[at + 4];
  if (method !== null) {
    message.method = method;
    const params: Record<string, unknown> = {};
    if (flat[at + 6] !== null) params.name = flat[at + 6];
    if (flat[at + 7] !== null) params.uri = flat[at + 7];
    if (flat[at + 8] !== null) params._meta = { traceparent: flat[at + 8] };
    message.params = params;
  } else {
    const result: Record<string, unknown> = {};
    if (flat[at + 11] !== null) result.protocolVersion = flat[at + 11];
    if (flat[at + 14] === true) result.isError = true;
    if (flat[at + 12] !== null)
      message.error = { code: flat[at + 12] === "?" ? undefined : flat[at + 12], message: flat[at + 13] ?? undefined };
    else message.result = result;
  }
  const http = flat[at + 10];
  const entry: Entry = {
    ...base,
    kind: "message",
    dir: flat[at + 3] === 1 ? "client->server" : "server->client",
    message,
    size: 0,
    ...(http !== null ? { http: { method: "POST", status: 200, ...(http ? { sessionId: http as string } : {}) } } : {}),
  };
  return { engine, entry, parent: flat[at + 9] as string | undefined };
}
