import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import WebSocket from "ws";
import { InspectorClient, type InspectorClientHandlers, type SocketLike } from "../lib/wire/client";
import { startUntil } from "./proc";

const require = createRequire(import.meta.url);
export const ROOT = process.cwd();
export const EVERYTHING = path.join(path.dirname(require.resolve("@modelcontextprotocol/server-everything/package.json")), "dist/index.js");
export const fixturePath = (name: string) => path.join(ROOT, "test/fixtures", `${name}.mjs`);
export const everythingTarget = { transport: "stdio" as const, command: process.execPath, args: [EVERYTHING, "stdio"], env: {} };

/** The machine the figures came from. */
export function machine() {
  const sh = (cmd: string) => {
    try {
      return execSync(cmd, { encoding: "utf8" }).trim();
    } catch {
      return "unknown";
    }
  };
  return {
    nproc: sh("nproc"),
    cpu: os.cpus()[0]?.model ?? "unknown",
    free: sh("free -h"),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

export function chromiumPath(): string | undefined {
  const p = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
  return existsSync(p) ? p : undefined;
}
/** The page as the package ships it (scripts/build.mjs: Next.js's static export in dist/page). */
export const pageBuilt = () => existsSync(path.join(ROOT, "dist/page/index.html"));
/** The bundled demo target (`--demo`), built beside the page. */
export const demoBuilt = () => existsSync(path.join(ROOT, "dist/demo/VERSION"));

/** The backend (bench/out/backend.mjs) in its own process. */
export async function startBackend() {
  // BENCH_PROFILE=<dir>: the backend writes a CPU profile there when it stops (for finding where time goes).
  const profile = process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  profile.push(...(process.env.BENCH_BACKEND_FLAGS?.split(" ").filter(Boolean) ?? []));
  const { child, match } = await startUntil(process.execPath, [...profile, path.join(ROOT, "bench/out/backend.mjs")], /^(\{.*\})\n/m);
  const info = JSON.parse(match[1]) as { port: number; token: string; pid: number };
  return { child, ...info };
}

/** A headless page: InspectorClient over a `ws` socket, validating every event as the page does. */
export async function headlessPage(port: number, token: string, handlers: InspectorClientHandlers = {}) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { headers: { Authorization: `Bearer ${token}` } });
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  const client = new InspectorClient(ws as unknown as SocketLike, handlers);
  return { ws, client };
}
