import { spawn } from "node:child_process";
import path from "node:path";
import { FIXTURES } from "./targets";

/** One of the modern-* fixture servers over Streamable HTTP on a free loopback port (with its own `args`); stop() kills it. */
export async function startModernHttp(
  name: "modern-only-server" | "modern-dual-server" | "modern-mrtr-server" | "modern-refusing-server",
  args: string[] = [],
): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [path.join(FIXTURES, `${name}.mjs`), "--port", "0", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let log = "";
    child.stdout!.on("data", (d: Buffer) => {
      log += d.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+\/mcp)/.exec(log);
      if (m) resolve(m[1]);
    });
    child.once("exit", (code) => reject(new Error(`${name} exited with ${code}: ${log}`)));
    setTimeout(() => reject(new Error(`${name} did not start: ${log}`)), 15_000).unref();
  });
  return { url, stop: () => child.kill("SIGKILL") };
}
