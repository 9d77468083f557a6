import { performance } from "node:perf_hooks";
import { APP_MESSAGE_MAX_BYTES, type AppCspViolation, type AppEntry, type Entry, type NewEntry, type Pair } from "../../lib/record/format";
import { idOf, methodOf } from "../../lib/apps/app-messages";

/** What the page's tap says about one App message (the `app-message` command, already zod-checked). */
export interface AppMessageReport {
  appId: string;
  tool: string;
  dir: AppEntry["dir"];
  message?: unknown;
  /** The page left the message out (not JSON); the backend says so instead. */
  omitted?: string;
  cspViolation?: AppCspViolation;
  serverSeq?: number;
}

/** How many Apps' open requests are remembered; the oldest App is forgotten past it (a page that renders Apps all day). */
const APPS_KEPT = 200;
/** Open requests kept per App and direction; a hostile App that never waits for answers cannot grow this. */
const OPEN_PER_APP = 1000;

function isJsonRpc(m: unknown): boolean {
  return typeof m === "object" && m !== null && !Array.isArray(m) && (m as { jsonrpc?: unknown }).jsonrpc === "2.0";
}

/**
 * Writes App messages into the record as `app` entries, pairing a response with its request by
 * App, direction and JSON-RPC id (as the record store pairs the server's frames). The message is
 * the App's: it is kept as posted when it fits APP_MESSAGE_MAX_BYTES, else only its size is.
 */
export class AppRecorder {
  /** Per App: requests waiting for an answer, by the direction they went and their id. */
  private readonly open = new Map<string, Map<string, { seq: number; method: string; t: number }>>();

  constructor(private readonly append: (draft: NewEntry) => Entry) {}

  record(r: AppMessageReport): Entry {
    const json = r.message === undefined ? "" : (JSON.stringify(r.message) ?? "");
    const size = Buffer.byteLength(json);
    const tooBig = size > APP_MESSAGE_MAX_BYTES;
    const draft: Omit<AppEntry, "seq" | "t"> = { kind: "app", dir: r.dir, appId: r.appId, tool: r.tool, size };
    if (r.cspViolation) draft.cspViolation = r.cspViolation;
    else if (r.omitted !== undefined) draft.omitted = r.omitted;
    else if (tooBig) draft.omitted = `${size} bytes, over the record's ${APP_MESSAGE_MAX_BYTES}-byte bound for an App message`;
    else draft.message = r.message;
    if (!r.cspViolation && r.omitted === undefined && !isJsonRpc(r.message)) draft.notJsonRpc = true;
    if (r.serverSeq !== undefined) draft.serverSeq = r.serverSeq;
    const pair = this.pairOf(r);
    if (pair) draft.pair = pair;
    const entry = this.append(draft);
    this.remember(r, entry);
    return entry;
  }

  private opens(appId: string) {
    let m = this.open.get(appId);
    if (!m) {
      if (this.open.size >= APPS_KEPT) this.open.delete(this.open.keys().next().value!);
      m = new Map();
      this.open.set(appId, m);
    }
    return m;
  }

  private pairOf(r: AppMessageReport): Pair | undefined {
    const id = idOf(r.message);
    if (id === undefined || methodOf(r.message) || r.cspViolation) return undefined;
    const other = r.dir === "app->host" ? "host->app" : "app->host";
    const key = `${other} ${typeof id} ${id}`;
    const open = this.open.get(r.appId);
    const req = open?.get(key);
    if (!req) return undefined;
    open!.delete(key);
    const now = performance.timeOrigin + performance.now();
    return { seq: req.seq, method: req.method, latencyMs: Math.round(Math.max(0, now - req.t) * 1000) / 1000 };
  }

  private remember(r: AppMessageReport, entry: Entry): void {
    const id = idOf(r.message);
    const method = methodOf(r.message);
    if (id === undefined || !method || r.cspViolation) return;
    const open = this.opens(r.appId);
    if (open.size >= OPEN_PER_APP) open.delete(open.keys().next().value!);
    open.set(`${r.dir} ${typeof id} ${id}`, { seq: entry.seq, method, t: entry.t });
  }
}
