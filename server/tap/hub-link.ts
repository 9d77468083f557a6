import { randomBytes } from "node:crypto";
import type { WebSocket } from "ws";
import { tokenMatches } from "../bridge/security";
import { proofFor } from "../bridge/proof";
import { objectOr, stringOr } from "../../lib/json/shape";
import { PROOF_PATH } from "../../lib/wire/proof";
import type { RecordStore } from "../record/store";
import type { Entry } from "../../lib/record/format";
import { WATCHED_REFUSAL } from "../bridge/ws-bridge";
import { VERSION } from "../paths";
import { HUB_LINK_VERSION, HubLinkFrameSchema, type HubJoin, type TapLinkFrame } from "../../lib/wire/hub";
import type { HubFile } from "./hub-dir";
import type { TapSession } from "./tap-view";

/** How long a join may take (connect, the hub's welcome) before the hub counts as not there. */
const JOIN_TIMEOUT_MS = 5_000;
/** Stop sending entries while this much is still unsent to the hub (a slow hub): the rest follows later. */
const MAX_BUFFERED_BYTES = 4 * 1024 * 1024;
/** About this many bytes of entries a frame. */
const FRAME_BYTES = 256 * 1024;
/** An entry bigger than this goes to the hub as a `dropped` note (the hub takes frames up to 16 MiB); the tap's own record keeps it. */
const ENTRY_MAX_BYTES = 8 * 1024 * 1024;
/** New entries wait this long, so a burst goes as one frame (as the bridge's FLUSH_DELAY_MS). */
const FLUSH_DELAY_MS = 4;

export interface HubLinkOptions {
  file: HubFile;
  key: string;
  server: string;
  session: TapSession;
  record: RecordStore;
}

export interface HubLink {
  /** The page, with a one-time launch code, opening on this tap's session. */
  launchUrl: string;
  hubPid: number;
  /** Settles when the link is gone (the hub left, or `close`). */
  closed: Promise<void>;
  close(): void;
}

/**
 * Join the hub the hub file names (issue 65): a WebSocket on its /ws with the page's token, the
 * secret in the first frame. Then this tap's record goes to the hub as it is made (from where it
 * left off, paused while the hub is slow: the record on this side is what forwarding fed, so
 * nothing here is on the forwarding path), its state with each change, and the page's restart
 * and save come back for this session. Rejects in words when the hub is not there or refuses.
 */
export async function joinHub(o: HubLinkOptions): Promise<HubLink> {
  // The port of a hub that died may be another account's now: it gets neither token nor secret.
  if (!(await portProves(o.file.port, o.file.token)))
    throw new Error(`what answers on port ${o.file.port} is not the hub (it could not prove it holds the page's token)`);
  const { default: WebSocketClient } = await import("ws");
  const ws = new WebSocketClient(`ws://127.0.0.1:${o.file.port}/ws`, {
    headers: { Authorization: `Bearer ${o.file.token}` },
    handshakeTimeout: JOIN_TIMEOUT_MS,
    maxPayload: 1024 * 1024,
  });
  ws.on("error", () => undefined);
  const welcome = await new Promise<{ launchUrl: string; hubPid: number }>((resolve, reject) => {
    const timer = setTimeout(() => fail("the hub did not answer in time"), JOIN_TIMEOUT_MS);
    function fail(why: string) {
      clearTimeout(timer);
      ws.terminate();
      reject(new Error(why));
    }
    ws.once("unexpected-response", (_req, res) => fail(`the hub refused the token (HTTP ${res.statusCode})`));
    ws.once("error", (e: NodeJS.ErrnoException) => fail(e.code === "ECONNREFUSED" ? `nothing answers on port ${o.file.port}` : e.message));
    ws.once("close", () => fail("the hub closed the link"));
    ws.once("open", () => {
      const join: HubJoin = {
        type: "hub-join",
        version: HUB_LINK_VERSION,
        inspectorVersion: VERSION,
        secret: o.file.secret,
        key: o.key,
        server: o.server,
        pid: process.pid,
        state: o.session.getState(),
      };
      ws.send(JSON.stringify(join));
    });
    ws.once("message", (data) => {
      const parsed = HubLinkFrameSchema.safeParse(safeJson(String(data)));
      if (!parsed.success) return fail("the hub answered something else");
      const f = parsed.data;
      if (f.type === "hub-refused") return fail(`the hub refused: ${f.reason}`);
      if (f.type !== "hub-welcome") return fail("the hub answered something else");
      clearTimeout(timer);
      for (const ev of ["close", "unexpected-response", "error", "open"]) ws.removeAllListeners(ev);
      ws.on("error", () => undefined);
      resolve({ launchUrl: f.launchUrl, hubPid: f.hubPid });
    });
  });
  return stream(ws, o, welcome);
}

function stream(ws: WebSocket, o: HubLinkOptions, welcome: { launchUrl: string; hubPid: number }): HubLink {
  const { record, session } = o;
  let sent = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const send = (f: TapLinkFrame) => {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(f));
  };
  const pump = () => {
    timer = undefined;
    if (ws.readyState !== ws.OPEN || sent >= record.lastSeq) return;
    const texts: string[] = [];
    let bytes = 0;
    const flush = () => {
      if (texts.length) ws.send(`{"type":"hub-entries","firstSeq":${record.firstSeq},"entries":[${texts.join(",")}]}`);
      texts.length = 0;
      bytes = 0;
    };
    for (const e of record.since(sent)) {
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) break;
      texts.push(linkText(e));
      bytes += texts[texts.length - 1].length;
      sent = e.seq;
      if (bytes > FRAME_BYTES) flush();
    }
    flush();
    // Behind (a slow hub): the rest when the socket has room.
    if (sent < record.lastSeq) timer = setTimeout(pump, 20);
  };
  const schedule = () => {
    timer ??= setTimeout(pump, FLUSH_DELAY_MS);
  };
  const stops = [record.subscribe(schedule), session.onState((state) => send({ type: "hub-state", state }))];
  pump();
  ws.on("message", (data) => {
    const parsed = HubLinkFrameSchema.safeParse(safeJson(String(data)));
    if (!parsed.success || parsed.data.type !== "hub-command") return;
    const { id, command } = parsed.data;
    const run = command === "restart" ? session.restart : session.save.bind(session);
    if (!run)
      return send({
        type: "hub-reply",
        id,
        ok: false,
        error: `${WATCHED_REFUSAL}: restart is not offered; the tap owns no process to restart here`,
      });
    run().then(
      (result) => send({ type: "hub-reply", id, ok: true, result }),
      (e: Error) => send({ type: "hub-reply", id, ok: false, error: e.message }),
    );
  });
  const closed = new Promise<void>((resolve) =>
    ws.once("close", () => {
      clearTimeout(timer);
      for (const s of stops) s();
      resolve();
    }),
  );
  return {
    ...welcome,
    closed,
    close() {
      // What is recorded so far goes first (the hub shows the session ended, whole).
      pump();
      ws.close(1000, "the tap's host went");
      // A hub that does not answer the close does not hold this tap up.
      setTimeout(() => ws.terminate(), 1_000).unref();
    },
  };
}

/** An entry as the hub gets it: as recorded, or a `dropped` note in its place when it is too big for the link. */
function linkText(e: Entry): string {
  const text = JSON.stringify(e);
  if (text.length <= ENTRY_MAX_BYTES) return text;
  return JSON.stringify({
    seq: e.seq,
    t: e.t,
    kind: "dropped",
    count: 1,
    bytes: text.length,
    text: `an entry of ${Math.round(text.length / 1048576)} MiB is too big for the shared page: see it in the saved session, or run this tap with --no-hub`,
  });
}

/**
 * Whether the server on `port` proves it holds `token` (lib/wire/proof.ts) before anything of
 * ours is sent to it. False when nothing answers, or something else does.
 */
export async function portProves(port: number, token: string): Promise<boolean> {
  const nonce = randomBytes(32).toString("hex");
  try {
    const res = await fetch(`http://127.0.0.1:${port}${PROOF_PATH}?nonce=${nonce}`, { signal: AbortSignal.timeout(JOIN_TIMEOUT_MS) });
    const body = objectOr(await res.json());
    return tokenMatches(stringOr(body?.proof), proofFor(token, port, nonce));
  } catch {
    return false;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
