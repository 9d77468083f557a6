import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import WebSocket from "ws";
import { FIXTURES, ROOT } from "../helpers/targets";
import { ByteTransport } from "./scripted-host";
import { exitedAndRead } from "../helpers/exited";

// Many taps on one page (issue 65): real `inspector tap` processes (bin/inspector.mjs over dist/,
// built by `npm run build`), each driven by a scripted host, sharing a hub folder of the test's own
// ($XDG_RUNTIME_DIR points the taps there). No test framework here: e2e/tap-hub.spec.ts uses it too.
export const BIN = path.join(ROOT, "bin/inspector.mjs");
export const SERVER = path.join(FIXTURES, "tap-server.mjs");

/** A runtime folder of the test's own (mkdtemp makes it 0700): the taps' hub folder goes in it. */
export function runtimeDir(): string {
  return mkdtempSync(path.join(tmpdir(), "tap-hub-"));
}

export const hubDirOf = (runtime: string) => path.join(runtime, "mcp-inspector-harness");
export const hubFileOf = (runtime: string) => path.join(hubDirOf(runtime), "hub.json");

export interface HubFileJson {
  pid: number;
  port: number;
  token: string;
  secret: string;
}

export function readHub(runtime: string): HubFileJson {
  return JSON.parse(readFileSync(hubFileOf(runtime), "utf8")) as HubFileJson;
}

export interface RunningTap {
  child: ChildProcess;
  host: ByteTransport;
  client: Client;
  log(): string;
  /** The tap's start line (its one line on stderr). */
  line: string;
  exited: Promise<number | null>;
}

/** A tap of the fixture server, spawned as a host spawns it, and a host named `name` connected through it. */
export async function startTap(runtime: string, name: string, flags: string[] = [], env: Record<string, string> = {}): Promise<RunningTap> {
  const child = spawn(process.execPath, [BIN, "tap", ...flags, "--", process.execPath, SERVER], {
    cwd: ROOT,
    env: { ...process.env, XDG_RUNTIME_DIR: runtime, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let err = "";
  child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
  const exited = exitedAndRead(child).then(({ code }) => code);
  const host = new ByteTransport(child.stdin!, child.stdout!);
  const client = new Client({ name, version: "1.0.0" }, { capabilities: {} });
  await client.connect(host);
  const line = await until(
    () => /^mcp-inspector-harness tap: forwarding.*$/m.exec(err)?.[0],
    30_000,
    () => `no start line:\n${err}`,
  );
  return { child, host, client, log: () => err, line, exited };
}

/** The host disconnects (its stdin closes): the tap saves, closes its page and exits. */
export async function endTap(t: RunningTap): Promise<void> {
  if (t.child.exitCode === null && t.child.signalCode === null) await t.host.close();
  const timer = setTimeout(() => t.child.kill("SIGKILL"), 15_000);
  await t.exited;
  clearTimeout(timer);
}

export interface Frame {
  type: string;
  id?: string;
  ok?: boolean;
  result?: unknown;
  error?: { message: string };
  reason?: string;
  state?: { status: string; tap?: { clientInfo?: { name?: string }; canRestart?: boolean; restarted?: unknown } };
  entries?: Array<{
    seq: number;
    kind: string;
    dir?: string;
    message?: { method?: string; params?: { name?: string; arguments?: { text?: string } } };
  }>;
}

export interface SessionList {
  current: string;
  sessions: Array<{ key: string; host?: string; server: string; live: boolean; pid: number; hub: boolean }>;
}

/** A socket on the hub's page with the page's token, as a script drives it: commands by id, every frame kept. */
export async function pageSocket(port: number, token: string) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { headers: { Authorization: `Bearer ${token}` } });
  const frames: Frame[] = [];
  ws.on("message", (d) => frames.push(...([JSON.parse(d.toString())].flat() as Frame[])));
  await new Promise((r, j) => (ws.once("open", r), ws.once("error", j)));
  let n = 0;
  const command = async (body: Record<string, unknown>): Promise<Frame> => {
    const id = `c${++n}`;
    ws.send(JSON.stringify({ ...body, id }));
    return until(
      () => frames.find((f) => f.type === "reply" && f.id === id),
      20_000,
      () => `no reply to ${JSON.stringify(body)}`,
    );
  };
  const sessions = async () => (await command({ type: "tap-sessions" })).result as SessionList;
  /** The texts of the host's echo calls in the entries this socket got since frame `from`. */
  const echoed = (from = 0) =>
    frames
      .slice(from)
      .flatMap((f) => f.entries ?? [])
      .filter((e) => e.kind === "message" && e.message?.method === "tools/call" && e.message.params?.name === "echo")
      .map((e) => e.message?.params?.arguments?.text);
  return { ws, frames, command, sessions, echoed };
}

/** What `look` finds, once it finds something (polled); throws after `ms`. */
export async function until<T>(look: () => T | undefined | Promise<T | undefined>, ms: number, what: () => string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = await look();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(what());
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Echo `text` through a tap's host: what the host got back. */
export async function echo(t: RunningTap, text: string): Promise<unknown> {
  return (await t.client.callTool({ name: "echo", arguments: { text } })).content;
}
