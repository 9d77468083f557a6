import path from "node:path";
import { ROOT } from "./env";
import { startUntil, stop } from "./proc";

/** `node bin/inspector.mjs --no-open --port 0 <args>` until it prints its URL. */
export async function startLauncher(args: string[]) {
  const run = await startUntil(
    process.execPath,
    [path.join(ROOT, "bin/inspector.mjs"), "--no-open", "--port", "0", ...args],
    // The printed link holds a one-time code; the token is on the line under it.
    /is up at (\S+)\nAccess token[^:\n]*: (\S+)/,
    { cwd: ROOT, env: { ...process.env, INSPECTOR_BROWSER: "true", NEXT_TELEMETRY_DISABLED: "1" } },
  );
  const token = run.match[2];
  // Figures open the page more than once: they get a URL with the token, as a script builds it.
  const url = new URL(`/?token=${token}`, new URL(run.match[1]).origin);
  // The URL comes before the target is connected: the figures start from a connected backend.
  await untilConnected(url, token);
  return {
    child: run.child,
    pid: run.child.pid!,
    url: url.href,
    port: Number(url.port),
    token,
    stop: () => stop(run.child),
  };
}

async function untilConnected(url: URL, token: string): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    const health = (await (await fetch(new URL("/api/health", url.origin), { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      status: string;
    };
    if (health.status !== "connecting") return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error("the launcher was still connecting after 60 s");
}
