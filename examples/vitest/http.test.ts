// A server reached over Streamable HTTP: here the everything server started on a free port, as
// your own HTTP server would be (or one already running: pass its URL).
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer, type AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { connect, McpHarnessError } from "mcp-inspector-harness";
import "mcp-inspector-harness/vitest";

let server: ChildProcess;
let url: string;

async function freePort(): Promise<number> {
  const s = createServer().listen(0, "127.0.0.1");
  await once(s, "listening");
  const { port } = s.address() as AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

beforeAll(async () => {
  const port = await freePort();
  server = spawn(process.execPath, [process.env.EVERYTHING!, "streamableHttp"], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  // It says "listening on port N" on stderr once it accepts connections.
  let said = "";
  server.stderr!.setEncoding("utf8");
  await new Promise<void>((resolve, reject) => {
    server.stderr!.on("data", (chunk: string) => {
      said += chunk;
      if (said.includes("listening")) resolve();
    });
    server.once("exit", (code) => reject(new Error(`the server exited with code ${code}: ${said}`)));
  });
  url = `http://127.0.0.1:${port}/mcp`;
});

afterAll(() => {
  server?.kill();
});

test("tools over Streamable HTTP", async () => {
  await using mcp = await connect({ url });
  expect(mcp.negotiated.protocolVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(await mcp.callTool("get-sum", { a: 2, b: 40 })).toHaveTextContent(/42/);
  expect(mcp.record().some((e) => e.kind === "message" && e.http?.status === 200)).toBe(true);
  expect(mcp).toHaveNoFindings({ severity: "error" });
});

test("a URL nobody answers is an unreachable error, not a hang", async () => {
  const port = await freePort();
  const err = await connect({ url: `http://127.0.0.1:${port}/mcp` }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(McpHarnessError);
  expect((err as McpHarnessError).kind).toBe("unreachable");
});
