import { spawn } from "node:child_process";
import path from "node:path";
import { FIXTURES } from "../helpers/targets";

/** The 2026-07-28 fixture servers (test/fixtures/modern-*-server.mjs). */
export type ModernFixture = "modern-only-server.mjs" | "modern-dual-server.mjs" | "modern-mrtr-server.mjs";

export function modernStdio(fixture: ModernFixture) {
  return { transport: "stdio" as const, command: process.execPath, args: [path.join(FIXTURES, fixture), "--stdio"], env: {} };
}

/** A fixture over Streamable HTTP on a free port; resolves with its URL once it listens. */
export async function startModernHttp(fixture: ModernFixture): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [path.join(FIXTURES, fixture), "--port", "0"], { stdio: ["ignore", "pipe", "pipe"] });
  const url = await new Promise<string>((resolve, reject) => {
    let log = "";
    const onData = (d: Buffer) => {
      log += d.toString();
      const m = /listening on port \d+ at (http:\S+)/.exec(log);
      if (m) resolve(m[1]);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`${fixture} exited with ${code}: ${log}`)));
    setTimeout(() => reject(new Error(`${fixture} did not start: ${log}`)), 15_000).unref();
  });
  return { url, stop: () => child.kill("SIGKILL") };
}
