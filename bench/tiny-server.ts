// Sources written into figure 6's temp folders: a stdio MCP server with no dependencies (what a
// user's own server might be), and the baseline for "connected": the same server's own
// start-up, timed by a script that spawns it and waits for its initialize response.

/** srv.mjs: initialize, tools/list and tools/call ("add") over newline-delimited JSON-RPC. */
export const TINY_SERVER = `// A stdio MCP server with no dependencies: one tool, "add".
import { createInterface } from "node:readline";
const send = (m) => process.stdout.write(JSON.stringify(m) + "\\n");
createInterface({ input: process.stdin }).on("line", (line) => {
  const msg = JSON.parse(line);
  if (msg.method === "initialize") send({ jsonrpc: "2.0", id: msg.id, result: { protocolVersion: msg.params.protocolVersion, capabilities: { tools: {} }, serverInfo: { name: "tiny", version: "1.0.0" } } });
  else if (msg.method === "tools/list") send({ jsonrpc: "2.0", id: msg.id, result: { tools: [{ name: "add", description: "Adds a and b", inputSchema: { type: "object", properties: { a: { type: "number" }, b: { type: "number" } }, required: ["a", "b"] } }] } });
  else if (msg.method === "tools/call") send({ jsonrpc: "2.0", id: msg.id, result: { content: [{ type: "text", text: String(msg.params.arguments.a + msg.params.arguments.b) }] } });
  else if (msg.id !== undefined) send({ jsonrpc: "2.0", id: msg.id, error: { code: -32601, message: "Method not found" } });
});
`;

/**
 * init.mjs, the baseline: a node process that spawns \`node srv.mjs\` (as the inspector does),
 * writes an initialize request and prints "initialized" when the response line arrives. Timed
 * from its own spawn, like the inspector, so both include one node start of the client.
 */
export const INIT_BASELINE = `import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
const child = spawn("node", ["srv.mjs"], { stdio: ["pipe", "pipe", "inherit"] });
createInterface({ input: child.stdout }).on("line", (line) => {
  if (JSON.parse(line).id !== 1) return;
  process.stdout.write("initialized\\n");
  child.kill();
  process.exit(0);
});
child.stdin.write(JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "bench-baseline", version: "0" } } }) + "\\n");
`;
