// The requests a recording's own client caused the answers of, which a run could not see again:
// one rule, here, for `replay` (it does not send them) and `test --from-session` (it writes no
// expectation for them, and says why in the file). Issue 72.
import type { Entry } from "../record/format";
import { asRecord, isObject } from "../json/shape";
import { invalidArgsFor } from "../protocol/sample-args";

/**
 * The engine's note when, in the 2026-07-28 era over HTTP, it cancels by closing the request's
 * stream instead of sending notifications/cancelled (server/engine/requests.ts).
 */
const STREAM_CLOSED = /^request (\S+) \([^)]*\) ended by closing its HTTP stream/;

/**
 * The client requests the recording cancelled (a notifications/cancelled for their id, or a
 * stream closed as the cancellation), by the seq replay knows them by, with why in words. A
 * cancelled call is not sent again: its recorded outcome is the cancellation (an SDK may even
 * answer it, as the Go SDK's `{"code":0,"message":"context canceled"}`), which a re-run would
 * never reproduce (it would run to the end and be reported as changed).
 */
export function cancelledRequests(entries: readonly Entry[]): Map<number, string> {
  const out = new Map<number, string>();
  // JSON-RPC ids are per connection: the latest request with each id, from the last `connecting` on.
  let sent = new Map<string, number>();
  for (const e of entries) {
    if (e.kind === "lifecycle") {
      if (e.event === "connecting") sent = new Map();
      const closed = e.event === "note" ? STREAM_CLOSED.exec(e.text) : null;
      const seq = closed ? (sent.get(idKey(Number(closed[1]))) ?? sent.get(idKey(closed[1]))) : undefined;
      if (seq !== undefined) out.set(seq, "cancelled in the recording (its HTTP stream was closed)");
      continue;
    }
    if (e.kind !== "message" || e.dir !== "client->server") continue;
    const m = asRecord(e.message);
    if (typeof m.method !== "string") continue;
    // A retried round (input_required) stands for the request it repeats.
    if (m.id !== undefined && m.id !== null) sent.set(idKey(m.id), e.retryOf ?? e.seq);
    else if (m.method === "notifications/cancelled") {
      const params = asRecord(m.params);
      const seq = sent.get(idKey(params.requestId));
      const reason = typeof params.reason === "string" && params.reason ? `: ${params.reason}` : "";
      if (seq !== undefined) out.set(seq, `cancelled in the recording${reason}`);
    }
  }
  return out;
}

const idKey = (id: unknown) => JSON.stringify(id) ?? "";

/** The names `inspector check` gives what it asks for knowing it does not exist (server/check/probes*.ts). */
const PROBE_NAME = /^inspector[-/]probe[-:/]/;

/**
 * The requests `inspector check` sent to see how the server refuses them, by seq, with why in
 * words: a method, tool, prompt or resource it named knowing none exists, and the call whose
 * arguments it built to break the tool's inputSchema (invalidArgsFor, the schema as the
 * recording last listed it). Their answers test check's misuse, not anything a user relies on.
 */
export function probeMisuse(entries: readonly Entry[]): Map<number, string> {
  const out = new Map<number, string>();
  const schemas = new Map<string, unknown>();
  for (const e of entries) {
    if (e.kind !== "message") continue;
    const m = asRecord(e.message);
    if (e.dir === "server->client") {
      const tools = asRecord(m.result).tools;
      if (Array.isArray(tools)) for (const t of tools.map(asRecord)) if (typeof t.name === "string") schemas.set(t.name, t.inputSchema);
      continue;
    }
    if (typeof m.method !== "string" || m.id === undefined) continue;
    const params = asRecord(m.params);
    const named = [m.method, params.name, params.uri].find((v): v is string => typeof v === "string" && PROBE_NAME.test(v));
    if (named !== undefined) {
      out.set(e.seq, `inspector check's probe: it asked for ${JSON.stringify(named)}, which it knows does not exist`);
      continue;
    }
    if (m.method !== "tools/call" || typeof params.name !== "string" || !schemas.has(params.name)) continue;
    const broken = invalidArgsFor(schemas.get(params.name));
    if (broken && isObject(params.arguments) && sameJson(params.arguments, broken))
      out.set(e.seq, `inspector check's probe: arguments built to break ${params.name}'s inputSchema`);
  }
  return out;
}

/** What a collection made from the recording leaves out, by seq, with why: the cancelled requests and check's probes. */
export function leftOutOfCollection(entries: readonly Entry[]): Map<number, string> {
  return new Map([...probeMisuse(entries), ...cancelledRequests(entries)]);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sorted);
  if (!isObject(v)) return v;
  return Object.fromEntries(
    Object.keys(v)
      .sort()
      .map((k) => [k, sorted(v[k])]),
  );
}
