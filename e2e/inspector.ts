import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test as base } from "@playwright/test";
import WebSocket from "ws";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface RunningInspector {
  /**
   * The page URL with `?token=`, as a script builds it from the printed token: the launcher prints a
   * one-time `#launch=` link (issue 38 item 12), and a test opens the page in many tabs.
   */
  url: string;
  origin: string;
  token: string;
  stop(): Promise<void>;
}

/** Starts `node bin/inspector.mjs <args> --no-open --port 0` and waits for the URL it prints. */
export async function startInspector(args: string[], env: Record<string, string> = {}): Promise<RunningInspector> {
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "bin/inspector.mjs"), "--no-open", "--port", "0", ...args], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the inspector did not print its URL in 60 s:\n${out}`)), 60_000);
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /MCP Inspector is up at (http:\/\/\S+)\n^Access token[^:\n]*: (\S+)$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        const u = new URL(m[1]);
        u.hash = "";
        u.searchParams.set("token", m[2]);
        resolve(u.href);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the inspector exited (${code}) before printing its URL:\n${out}`));
    });
  });
  const u = new URL(url);
  // A backend that goes away on its own mid-test leaves the page saying "connection refused":
  // say here why it went (its exit and its last output), so the failure carries the cause.
  let stopping = false;
  child.once("exit", (code, signal) => {
    if (!stopping)
      console.error(
        `the inspector (${args.join(" ")}) exited on its own: code ${code}, signal ${signal}; its output:\n${out.slice(-4000)}`,
      );
  });
  await settled(u);
  return {
    url,
    origin: u.origin,
    token: u.searchParams.get("token") ?? "",
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}

/**
 * The page is served before the target connects (the launcher prints its URL at once): a spec
 * starts from a settled connection, so wait until the backend is no longer connecting. The
 * socket says so (its `welcome`, then each `state` event), as it tells the page; no polling.
 */
async function settled(u: URL): Promise<void> {
  const ws = new WebSocket(`ws://${u.host}/ws`, { headers: { Authorization: `Bearer ${u.searchParams.get("token")}` } });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the inspector was still connecting its target after 60 s")), 60_000);
      const done = (e?: Error) => (clearTimeout(timer), e ? reject(e) : resolve());
      ws.once("open", () => ws.send(JSON.stringify({ type: "hello", id: "settled", since: 0 })));
      ws.on("error", (e) => done(e));
      ws.once("close", (code) => done(new Error(`the inspector closed its socket (${code}) before its target settled`)));
      ws.on("message", (data) => {
        const frame = JSON.parse(String(data)) as StateEvent | StateEvent[];
        for (const e of Array.isArray(frame) ? frame : [frame])
          if ((e.type === "welcome" || e.type === "state") && e.state.status !== "connecting") return done();
      });
    });
  } finally {
    ws.removeAllListeners("close");
    ws.terminate();
  }
}

/** The two events that carry the session state (docs/websocket-protocol.md); the rest is not read here. */
type StateEvent =
  { type: "welcome" | "state"; state: { status: string } } | { type: "entries" | "accepted" | "reply" | "error"; state?: undefined };

/**
 * An expectation inside an App's frame while the page replaces that frame (Reload App, hot
 * reload). The App's frame is a process of its own; a poll that is inside the old frame when its
 * process goes ends in "Target page, context or browser has been closed", which Playwright does not
 * retry (its frames treat a closed session as final: `isNonRetriableError`). Seen after Reload App
 * in apps-debug (issue 76, twice in four runs at load 20–30). Retried here until the new frame answers.
 */
export async function inReplacedFrame(check: () => Promise<unknown>): Promise<void> {
  await expect(async () => {
    await check();
  }).toPass({ timeout: 30_000 });
}

/** A path under the repository (fixtures). */
export function repoPath(...parts: string[]): string {
  return path.join(ROOT, ...parts);
}

/**
 * The launchers one spec file's tests share: `inspectorOf(args, env)` starts one per distinct
 * command line on its first call and the file's `afterAll` stops them. A launcher and its target
 * cost 1–2 s to start (more under load), most of a short test. For tests that need the same target
 * and no fresh backend: one that asserts on the whole record (a count of rows, what the server
 * saw) or changes the server's state keeps its own `startInspector`. Per file, not per worker: what
 * a file's tests leave in the backend stays with the file, whatever order the workers take files in.
 */
export function sharedInspectors(): (args: string[], env?: Record<string, string>) => Promise<RunningInspector> {
  const running = new Map<string, Promise<RunningInspector>>();
  base.afterAll(async () => {
    const all = [...running.values()];
    running.clear();
    await Promise.all(all.map(async (started) => (await started.catch(() => undefined))?.stop()));
  });
  return (args, env = {}) => {
    const key = JSON.stringify([args, env]);
    let started = running.get(key);
    if (!started) {
      started = startInspector(args, env);
      running.set(key, started);
      // A launcher that failed to start is tried again by the next test, which then says why.
      started.catch(() => running.delete(key));
    }
    return started;
  };
}

/** `demo`: one inspector on the everything server per worker; a test that needs its own starts one. */
export const test = base.extend<object, { demo: RunningInspector }>({
  demo: [
    async ({}, use) => {
      const inspector = await startInspector(["--demo"]);
      await use(inspector);
      await inspector.stop();
    },
    { scope: "worker" },
  ],
});

export { expect } from "@playwright/test";
