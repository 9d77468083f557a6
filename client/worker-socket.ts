import type { SocketLike } from "../lib/wire/client";

/**
 * A frame at least this long (characters) is parsed in the worker, and its long strings sent
 * apart from the rest (BIG_STRING); a shorter frame is handed on as its text.
 */
export const BIG_FRAME = 1024 * 1024;
/** A string at least this long in a big frame travels apart, behind a placeholder. */
export const BIG_STRING = 64 * 1024;

/** What the worker posts to the page. */
type FromWorker =
  | { t: "open" }
  | { t: "text"; data: string }
  | { t: "texts"; data: string[] }
  | { t: "piece"; key: string; data: string }
  | { t: "error" }
  | { t: "close"; code: number; reason: string };

/** A placeholder for big string `i` of a frame: no JSON text the backend sends can hold a NUL between these. */
export const PLACEHOLDER = "\u0000mcpi-big\u0000";

/**
 * The worker's body, run from a Blob URL (so it needs no bundler support and inherits the page's
 * CSP): it holds the WebSocket, hands small frames on as they are, and for a big one parses it,
 * takes out each long string (putting a placeholder with its index) and posts the small skeleton
 * and the strings. Self-contained: it is turned into source text, so it refers to nothing outside.
 */
function workerMain(): void {
  const scope = self as unknown as {
    postMessage(m: unknown): void;
    onmessage:
      | ((ev: {
          data: { t: string; url?: string; protocols?: string[]; data?: string; code?: number; reason?: string; big?: number[] };
        }) => void)
      | null;
  };
  let ws: WebSocket | undefined;
  // Placeholders are numbered over the socket's life, so strings of frames not yet put back never clash.
  let count = 0;
  // Small frames that arrived together go to the page in one message, so they reach it in one task
  // as the socket's own messages did: the page's PacedSocket shares one slice among a task's frames
  // and defers the rest. Posted one by one, each frame was a task of its own and a flood's
  // rendering piled up behind them (bench 3f's Logs tab: 0 → 160 ms long tasks).
  let batch: string[] = [];
  const flush = () => {
    if (batch.length === 0) return;
    const texts = batch;
    batch = [];
    scope.postMessage(texts.length === 1 ? { t: "text", data: texts[0] } : { t: "texts", data: texts });
  };
  const pass = (text: string) => {
    if (batch.length === 0) setTimeout(flush, 0);
    batch.push(text);
  };
  scope.onmessage = (ev) => {
    const m = ev.data;
    if (m.t === "open") {
      const [bigFrame, bigString] = m.big!;
      const placeholder = m.reason!;
      ws = new WebSocket(m.url!, m.protocols);
      ws.onopen = () => scope.postMessage({ t: "open" });
      ws.onerror = () => scope.postMessage({ t: "error" });
      ws.onclose = (e) => {
        flush();
        scope.postMessage({ t: "close", code: e.code, reason: e.reason });
      };
      ws.onmessage = (e) => {
        const text = String(e.data);
        if (text.length < bigFrame) return pass(text);
        // Order: what came before a big frame goes first.
        flush();
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          return scope.postMessage({ t: "text", data: text });
        }
        const skeleton = JSON.stringify(json, (_key, value: unknown) => {
          if (typeof value !== "string" || value.length < bigString) return value;
          const key = `${placeholder}${count++}`;
          // Whole: sent in 1 MiB pieces, the page's string was a rope that the result view's first
          // slice flattened, a longer task (3.2 s at load 7) than receiving it whole (0.1-0.45 s).
          scope.postMessage({ t: "piece", key, data: value });
          return key;
        });
        scope.postMessage({ t: "text", data: skeleton });
      };
    } else if (m.t === "send") ws?.send(m.data!);
    else if (m.t === "close") ws?.close(m.code, m.reason);
  };
}

/**
 * A WebSocket held by a dedicated worker. Chromium builds a received message's string on the
 * thread that owns the socket: a 20 MiB tool result was a 0.5–1.5 s task on the page's main
 * thread before any of its code ran, and its JSON.parse 130 ms more (traces of bench figure 4,
 * `BENCH_PAGE_PROFILE`). Here the worker receives and parses a big frame; the page gets its long
 * strings, each in a message (a task) of its own, then a small skeleton of the frame (each long
 * string a placeholder, put back by `BigStrings.restore`). Small frames (a flood's) pass through
 * as their text.
 */
export class WorkerSocket implements SocketLike {
  onopen: ((ev: unknown) => void) | null = null;
  onclose: ((ev: { code: number; reason: string }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  readyState = 0;
  private readonly worker: Worker;

  constructor(
    url: string,
    protocols: string[],
    private readonly bigs: BigStrings,
  ) {
    const source = URL.createObjectURL(new Blob([`(${workerMain.toString()})()`], { type: "text/javascript" }));
    this.worker = new Worker(source);
    URL.revokeObjectURL(source);
    this.worker.onmessage = (ev: MessageEvent<FromWorker>) => this.onWorker(ev.data);
    this.worker.onerror = () => this.onWorker({ t: "close", code: 1006, reason: "the socket's worker failed" });
    this.worker.postMessage({
      t: "open",
      url: new URL(url, location.href).href,
      protocols,
      reason: PLACEHOLDER,
      big: [BIG_FRAME, BIG_STRING],
    });
  }

  send(data: string): void {
    if (this.readyState !== 1) throw new Error("the socket is not open");
    this.worker.postMessage({ t: "send", data });
  }

  close(code?: number, reason?: string): void {
    if (this.readyState >= 2) return;
    this.readyState = 2;
    this.worker.postMessage({ t: "close", code, reason });
  }

  private onWorker(m: FromWorker): void {
    switch (m.t) {
      case "open":
        this.readyState = 1;
        return this.onopen?.({});
      case "error":
        return this.onerror?.({});
      case "piece":
        return this.bigs.add(m.key, m.data);
      case "text":
        return this.onmessage?.({ data: m.data });
      case "texts":
        for (const data of m.data) this.onmessage?.({ data });
        return;
      case "close":
        if (this.readyState === 3) return;
        this.readyState = 3;
        this.worker.terminate();
        return this.onclose?.({ code: m.code, reason: m.reason });
    }
  }
}

/**
 * The long strings of big frames, by placeholder, until what the frame carried (entries, a
 * reply) has them put back. Each is taken once.
 */
export class BigStrings {
  private readonly held = new Map<string, string>();

  /** The next piece of the string behind placeholder `key` (joined as a rope: no copy). */
  add(key: string, piece: string): void {
    const held = this.held.get(key);
    this.held.set(key, held === undefined ? piece : held + piece);
  }

  get size(): number {
    return this.held.size;
  }

  clear(): void {
    this.held.clear();
  }

  /** `value` with every placeholder in it replaced by its string (objects changed in place; arrays and records from JSON.parse). */
  restore<T>(value: T): T {
    if (this.held.size === 0) return value;
    return this.walk(value) as T;
  }

  private walk(value: unknown): unknown {
    if (typeof value === "string") {
      if (!value.startsWith(PLACEHOLDER)) return value;
      const s = this.held.get(value);
      if (s === undefined) return value;
      this.held.delete(value);
      return s;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.walk(value[i]);
      return value;
    }
    if (value && typeof value === "object") {
      const o = value as Record<string, unknown>;
      for (const k in o) o[k] = this.walk(o[k]);
    }
    return value;
  }
}

/** Whether this page can hold its socket in a worker. */
export function canUseWorkerSocket(): boolean {
  return typeof Worker !== "undefined" && typeof Blob !== "undefined" && typeof URL.createObjectURL === "function";
}
