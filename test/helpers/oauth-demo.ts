import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { freePort } from "./targets";

// The SDK's own example server with its demo in-memory authorization server (it approves by
// itself, as a CI login needs). --oauth-strict: it accepts only tokens issued for its URL (RFC 8707).
const DEMO = createRequire(import.meta.url).resolve("@modelcontextprotocol/sdk/examples/server/simpleStreamableHttp.js");

export interface OAuthDemo {
  /** Its MCP endpoint (Streamable HTTP). */
  url: string;
  child: ChildProcess;
  stop(): void;
}

/** Starts the demo on free ports and resolves once both its servers listen. */
export async function startOAuthDemo(): Promise<OAuthDemo> {
  const [mcp, as] = [await freePort(), await freePort()];
  const child = spawn(process.execPath, [DEMO, "--oauth", "--oauth-strict"], {
    env: { ...process.env, MCP_PORT: String(mcp), MCP_AUTH_PORT: String(as) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  await new Promise<void>((resolve, reject) => {
    let log = "";
    const onData = (d: Buffer) => {
      log += d.toString();
      if (/MCP Streamable HTTP Server listening/.test(log) && /Authorization Server listening/.test(log)) resolve();
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => reject(new Error(`the OAuth demo exited ${code}: ${log}`)));
  });
  return { url: `http://localhost:${mcp}/mcp`, child, stop: () => void child.kill("SIGKILL") };
}
