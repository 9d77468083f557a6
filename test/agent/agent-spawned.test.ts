import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { expect, test } from "vitest";
import { EVERYTHING, ROOT, waitFor } from "../helpers/targets";
import { use } from "./helpers";

// The one spawned run: `inspector mcp` from the built bin, as `claude mcp add inspector -- npx inspector mcp` starts it.
test("npx inspector mcp: an agent's client connects over stdio, calls a tool, and closing it ends the server", async () => {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [path.join(ROOT, "bin/inspector.mjs"), "mcp"],
    stderr: "pipe",
  });
  const client = new Client({ name: "agent-test", version: "1.0.0" });
  await client.connect(transport);
  const pid = transport.pid!;
  const { tools } = await client.listTools();
  expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(["connect", "call_tool", "target_output", "restart"]));
  expect(tools.find((t) => t.name === "status")?.annotations).toMatchObject({ readOnlyHint: true });

  await use(client, "connect", { command: process.execPath, args: [EVERYTHING, "stdio"] });
  const r = await use(client, "call_tool", { tool: "get-sum", arguments: { a: 2, b: 40 } });
  expect(r.text).toMatch(/42/);

  await client.close();
  // The inspector's process (and the target's group with it) is gone once stdin closed.
  await waitFor(() => !isAlive(pid), 10_000, "inspector mcp to exit");
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
