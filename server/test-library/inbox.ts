import type { Entry } from "../../lib/record/format";
import { asRecord, isObject } from "../../lib/json/shape";
import { McpHarnessError } from "./errors";
import type { Notification } from "./types";

interface Received extends Notification {
  seq: number;
}

interface Waiter {
  accepts(n: Received): boolean;
  take(n: Received): void;
}

/**
 * The server's notifications as the record received them, and waits on them. A wait takes the
 * first matching notification no earlier wait took, one that already came included: a test that
 * calls a tool and then waits for its notification never misses one that beat the wait.
 */
export class NotificationInbox {
  private readonly all: Received[] = [];
  private readonly taken = new Set<number>();
  private readonly waiters = new Set<Waiter>();

  /** Feed every record entry; only the server's notifications are kept. */
  push(e: Entry): void {
    if (e.kind !== "message" || e.dir !== "server->client" || e.undelivered) return;
    const m = asRecord(e.message);
    if (typeof m.method !== "string" || "id" in m) return;
    const n: Received = { method: m.method, params: isObject(m.params) ? m.params : {}, seq: e.seq };
    this.all.push(n);
    for (const w of this.waiters)
      if (w.accepts(n)) {
        this.waiters.delete(w);
        w.take(n);
        return;
      }
  }

  list(method?: string): Notification[] {
    return this.all.filter((n) => method === undefined || n.method === method).map(({ method, params }) => ({ method, params }));
  }

  /**
   * The first untaken notification `match` accepts, waiting at most `timeoutMs` for it (no limit
   * when Infinity); an aborted `signal` ends the wait as "cancelled".
   */
  take(
    call: string,
    match: (n: Notification) => boolean,
    timeoutMs: number,
    why: () => string,
    signal?: AbortSignal,
  ): Promise<Notification> {
    const accepts = (n: Received) => !this.taken.has(n.seq) && match(n);
    const already = this.all.find(accepts);
    if (already) return Promise.resolve(this.claim(already));
    return new Promise((resolve, reject) => {
      const done = () => {
        this.waiters.delete(waiter);
        clearTimeout(timer);
        signal?.removeEventListener("abort", abort);
      };
      const waiter: Waiter = {
        accepts,
        take: (n) => {
          done();
          resolve(this.claim(n));
        },
      };
      const abort = () => {
        done();
        reject(new McpHarnessError("cancelled", call, "the wait ended before a notification came"));
      };
      const timer =
        timeoutMs === Infinity
          ? undefined
          : setTimeout(() => {
              done();
              reject(new McpHarnessError("timeout", call, `nothing came within ${timeoutMs} ms (${why()})`));
            }, timeoutMs);
      if (signal?.aborted) return abort();
      signal?.addEventListener("abort", abort, { once: true });
      this.waiters.add(waiter);
    });
  }

  /** What came meanwhile, for a timed-out wait's message: "notifications/message ×3, …" or "no notification at all". */
  summary(): string {
    const counts = new Map<string, number>();
    for (const n of this.all) counts.set(n.method, (counts.get(n.method) ?? 0) + 1);
    if (!counts.size) return "no notification came at all";
    return "received: " + [...counts].map(([m, c]) => (c > 1 ? `${m} ×${c}` : m)).join(", ");
  }

  private claim(n: Received): Notification {
    this.taken.add(n.seq);
    return { method: n.method, params: n.params };
  }
}
