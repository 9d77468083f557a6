import { idOf, methodOf, type AppDirection, type AppMessage } from "./app-messages";
import { appMessageChecker, type AppFinding } from "./app-lint";

/** App messages the page keeps per App: the newest ones; older ones are counted as dropped. */
export const APP_LOG_KEEP = 2000;
/** Lint findings kept per App (a flood of unknown methods would otherwise grow without end). */
export const APP_FINDINGS_KEEP = 200;

type Tools = readonly { name: string; _meta?: unknown }[];

/**
 * One App's messages as the page shows them: appended in the order the tap saw them, never edited,
 * the newest APP_LOG_KEEP kept and the rest counted (`dropped`), so an App posting 20,000 messages
 * costs a bounded amount and no copy of the list per message (a copy per message froze the tab).
 * What a row needs is worked out once, on append: the request a response answers, the lint's
 * findings (incremental, O(1) per message), the server request an App's call became.
 * Subscribers are told at most once per `schedule` tick, however many messages came in it.
 */
export class AppLogStore {
  private items: AppMessage[] = [];
  private head = 0;
  private next = 1;
  private readonly openRequests = new Map<string, AppMessage>();
  private readonly answerOf = new Map<number, AppMessage>();
  private readonly appRequestN = new Map<string, number>();
  private readonly serverSeqs = new Map<number, number>();
  private readonly check: ReturnType<typeof appMessageChecker>;
  private readonly listeners = new Set<() => void>();
  private pending = false;
  /** Messages left out of the kept window, oldest first. */
  dropped = 0;
  findings: AppFinding[] = [];
  findingsDropped = 0;
  /** Changes whenever what the log shows changes (useSyncExternalStore's snapshot). */
  version = 0;

  constructor(
    /** The server's tools, for the lint's hidden-tool rule; setTools replaces them as the listing grows. */
    private tools: Tools,
    /** When subscribers hear of new messages (the page: the next animation frame). */
    private readonly schedule: (run: () => void) => void,
    private readonly keep = APP_LOG_KEEP,
  ) {
    this.check = appMessageChecker(() => this.tools);
  }

  setTools(tools: Tools): void {
    this.tools = tools;
  }

  get size(): number {
    return this.items.length - this.head;
  }

  /** Every message seen, kept or dropped. */
  get total(): number {
    return this.next - 1;
  }

  /** The i-th kept message, oldest first. */
  at(i: number): AppMessage {
    return this.items[this.head + i];
  }

  append(dir: AppDirection, message: unknown, t = Date.now()): AppMessage {
    const m: AppMessage = { n: this.next++, t, dir, message };
    this.items.push(m);
    const id = idOf(message);
    const method = methodOf(message);
    if (id !== undefined && method) {
      this.remember(this.openRequests, `${dir}:${String(id)}`, m);
      if (dir === "app->host") this.remember(this.appRequestN, String(id), m.n);
    } else if (id !== undefined) {
      const key = `${dir === "app->host" ? "host->app" : "app->host"}:${String(id)}`;
      const request = this.openRequests.get(key);
      if (request) {
        this.openRequests.delete(key);
        this.answerOf.set(m.n, request);
      }
    }
    for (const f of this.check(m)) {
      if (this.findings.length < APP_FINDINGS_KEEP) this.findings.push(f);
      else this.findingsDropped++;
    }
    if (this.size > this.keep) this.trim();
    this.changed();
    return m;
  }

  /** The request a kept response answers (same id, sent the other way, earlier). */
  requestOf(m: AppMessage): AppMessage | undefined {
    return this.answerOf.get(m.n);
  }

  /** The App request with this JSON-RPC id made the inspector send record entry `serverSeq`. */
  link(appId: unknown, serverSeq: number | undefined): void {
    const n = appId === undefined ? undefined : this.appRequestN.get(String(appId));
    if (n === undefined || serverSeq === undefined) return;
    this.serverSeqs.set(n, serverSeq);
    this.changed();
  }

  serverSeqOf(m: AppMessage): number | undefined {
    return this.serverSeqs.get(m.n);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private remember<V>(map: Map<string, V>, key: string, value: V): void {
    map.delete(key);
    map.set(key, value);
    // A hostile App that never waits for answers cannot grow these past the kept window.
    if (map.size > this.keep) map.delete(map.keys().next().value!);
  }

  /** Drops the oldest past `keep`; the array is compacted only once half of it is dropped (amortized O(1)). */
  private trim(): void {
    while (this.size > this.keep) {
      const gone = this.items[this.head++];
      this.answerOf.delete(gone.n);
      this.serverSeqs.delete(gone.n);
      this.dropped++;
    }
    if (this.head > this.keep) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }

  private changed(): void {
    if (this.pending) return;
    this.pending = true;
    this.schedule(() => {
      this.pending = false;
      this.version++;
      for (const l of this.listeners) l();
    });
  }
}
