import { spawn, type ChildProcess } from "node:child_process";
import { EVERYTHING, freePort } from "./targets";

/**
 * The everything server in one of its HTTP modes on a loopback port (a free one unless given: a
 * test that restarts the server gives the same port again). Resolves once it listens; stop() kills it.
 */
export async function startEverythingHttp(
  mode: "streamableHttp" | "sse",
  port?: number,
): Promise<{ url: string; stop(): void; child: ChildProcess }> {
  port ??= await freePort();
  const child = spawn(process.execPath, [EVERYTHING, mode], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    let log = "";
    const onData = (d: Buffer) => {
      log += d.toString();
      if (/listening on port|running on port/i.test(log)) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`everything ${mode} exited with ${code}: ${log}`)));
    setTimeout(() => reject(new Error(`everything ${mode} did not start: ${log}`)), 15_000).unref();
  });
  const path = mode === "sse" ? "/sse" : "/mcp";
  return { url: `http://127.0.0.1:${port}${path}`, child, stop: () => child.kill("SIGKILL") };
}
