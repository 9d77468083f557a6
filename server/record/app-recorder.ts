import {
  APP_MESSAGE_MAX_BYTES,
  type AppCspViolation,
  type AppEntry,
  type AppEntryDirection,
  type Entry,
  type NewEntry,
} from "../../lib/record/format";
import { idOf, methodOf } from "../../lib/apps/app-messages";
import { isObject } from "../../lib/json/shape";
import { Pairing } from "./pairing";

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
  return isObject(m) && m.jsonrpc === "2.0";
}

/**
 * Writes App messages into the record as `app` entries, pairing a response with its request by
 * App, direction and JSON-RPC id (server/record/pairing.ts, as the connection pairs the server's
 * frames). The message is the App's: it is kept as posted when it fits APP_MESSAGE_MAX_BYTES,
 * else only its size is.
 */
export class AppRecorder {
  /** Per App: its requests waiting for an answer. */
  private readonly open = new Map<string, Pairing<AppEntryDirection>>();

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

  private opens(appId: string): Pairing<AppEntryDirection> {
    let p = this.open.get(appId);
    if (!p) {
      if (this.open.size >= APPS_KEPT) this.open.delete(this.open.keys().next().value!);
      p = new Pairing({ maxOpen: OPEN_PER_APP });
      this.open.set(appId, p);
    }
    return p;
  }

  private pairOf(r: AppMessageReport) {
    const id = idOf(r.message);
    if (id === undefined || methodOf(r.message) || r.cspViolation) return undefined;
    return this.open.get(r.appId)?.answered(r.dir === "app->host" ? "host->app" : "app->host", id)?.pair;
  }

  private remember(r: AppMessageReport, entry: Entry): void {
    const id = idOf(r.message);
    const method = methodOf(r.message);
    if (id === undefined || !method || r.cspViolation) return;
    this.opens(r.appId).opened(r.dir, id, entry.seq, method);
  }
}
