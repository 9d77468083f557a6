// The corpus's Python server started warm (warm_start.py): pypi's `mcp` imported once per test
// file instead of at each of its ~70 starts a run (0.5 of a start's 0.6 CPU s, its pydantic
// models of both eras; bench/README "The suite"). Each start is still a process of its own that
// runs notes_server.py unmodified, with the caller's streams, folder and environment.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { ensureVenv } from "./venv";

export const WARM_START = path.join(import.meta.dirname, "warm_start.py");
/** What notes_server.py imports: the SDK's server, its models, pydantic. */
const PRELOAD = ["pydantic", "mcp.server.mcpserver", "mcp.server.mcpserver.exceptions"];
const READY_MS = 60_000;

/** The socket of this process's warm server while one runs. */
let socket: string | undefined;

/**
 * The argv after the interpreter that starts `script`: through the warm server while one runs
 * (`-S`: the caller needs no site-packages), else the script itself.
 */
export function pythonStart(script: string): string[] {
  return socket ? ["-S", WARM_START, "run", socket, script] : [script];
}

/** The file's hooks: the venv made and a warm server started before its tests, stopped after. */
export function useWarmPython(): void {
  let server: { child: ChildProcess; dir: string } | undefined;
  beforeAll(async () => {
    const python = await ensureVenv();
    server = await startWarm(python, PRELOAD);
    socket = path.join(server.dir, "s");
  }, 300_000);
  afterAll(() => {
    socket = undefined;
    if (!server) return;
    server.child.kill("SIGTERM");
    rmSync(server.dir, { recursive: true, force: true });
  });
}

/**
 * Starts `python warm_start.py serve` in a private folder (0700, so no other account can reach
 * its socket; its socket is `<dir>/s`) with the environment the corpus gives its server, and
 * waits for its "ready".
 */
export async function startWarm(python: string, modules: string[]): Promise<{ child: ChildProcess; dir: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "warm-python-"));
  const child = spawn(python, [WARM_START, "serve", path.join(dir, "s"), ...modules], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, PYTHONWARNINGS: "ignore" },
  });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    let settled = false;
    const timer = setTimeout(() => fail(new Error(`the warm Python server did not start within ${READY_MS / 1000} s`)), READY_MS);
    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
      reject(e);
    };
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (!settled && out.includes("ready\n")) {
        settled = true;
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code, signal) => fail(new Error(`the warm Python server exited (${code ?? signal}) before it was ready`)));
    child.once("error", fail);
  });
  return { child, dir };
}
