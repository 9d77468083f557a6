import type { Entry } from "../../lib/record/format";
import { asRecord } from "../../lib/json/shape";

/**
 * The engine's note when, in the 2026-07-28 era over HTTP, it cancels by closing the request's
 * stream instead of sending notifications/cancelled (server/engine/requests.ts).
 */
const STREAM_CLOSED = /^request (\S+) \([^)]*\) ended by closing its HTTP stream/;

/**
 * The client requests the recording cancelled (a notifications/cancelled for their id, or a
 * stream closed as the cancellation), by the seq replay knows them by, with why in words. A
 * cancelled call is not sent again: its recorded outcome is the cancellation, which a re-run would
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
