import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { EVERYTHING, FIXTURES, freePort } from "./targets";

/** Says on stderr whether the server's listener bound (its own "running on port" line says so either way), and keeps idle connections a minute. */
const TEST_LISTENER = pathToFileURL(path.join(FIXTURES, "test-listener.mjs")).href;

/**
 * The everything server in one of its HTTP modes on a loopback port (a free one unless given: a
 * test that restarts the server gives the same port again). Resolves once it listens (its listener's
 * own report, not its log line); stop() kills it.
 */
export async function startEverythingHttp(
  mode: "streamableHttp" | "sse",
  port?: number,
): Promise<{ url: string; stop(): void; child: ChildProcess }> {
  port ??= await freePort();
  const child = spawn(process.execPath, ["--import", TEST_LISTENER, EVERYTHING, mode], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    let log = "";
    const onData = (d: Buffer) => {
      log += d.toString();
      if (/^\[listen-report\] listening \d+$/m.test(log)) resolve();
      const failed = /^\[listen-report\] error (.+)$/m.exec(log);
      if (failed) reject(new Error(`everything ${mode} could not listen on ${port}: ${failed[1]}`));
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`everything ${mode} exited with ${code}: ${log}`)));
    setTimeout(() => reject(new Error(`everything ${mode} did not start: ${log}`)), 15_000).unref();
  });
  const endpoint = mode === "sse" ? "/sse" : "/mcp";
  return { url: `http://127.0.0.1:${port}${endpoint}`, child, stop: () => child.kill("SIGKILL") };
}
