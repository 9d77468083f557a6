import path from "node:path";
import { ROOT } from "./env";
import { startUntil, stop } from "./proc";

/** `node bin/inspector.mjs --no-open --port 0 <args>` until it prints its URL. */
export async function startLauncher(args: string[]) {
  const run = await startUntil(process.execPath, [path.join(ROOT, "bin/inspector.mjs"), "--no-open", "--port", "0", ...args], /is up at (\S+)/, { cwd: ROOT, env: { ...process.env, INSPECTOR_BROWSER: "true", NEXT_TELEMETRY_DISABLED: "1" } });
  const url = new URL(run.match[1]);
  return { child: run.child, pid: run.child.pid!, url: url.href, port: Number(url.port), token: url.searchParams.get("token")!, stop: () => stop(run.child) };
}
