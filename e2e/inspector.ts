import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { test as base } from "@playwright/test";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface RunningInspector {
  /** The URL the launcher printed, with ?token=. */
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
      const m = /MCP Inspector is up at (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
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
  await settled(u);
  return {
    url,
    origin: u.origin,
    token: u.searchParams.get("token") ?? "",
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}

/**
 * The page is served before the target connects (the launcher prints its URL at once): a spec
 * starts from a settled connection, so wait until the backend is no longer connecting.
 */
async function settled(u: URL): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const health = (await (await fetch(new URL("/api/health", u.origin), { headers: { Authorization: `Bearer ${u.searchParams.get("token")}` } })).json()) as { status: string };
    if (health.status !== "connecting") return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("the inspector was still connecting its target after 60 s");
}

/** A path under the repository (fixtures). */
export function repoPath(...parts: string[]): string {
  return path.join(ROOT, ...parts);
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
