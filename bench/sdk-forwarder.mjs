// Figure 1's second floor (issue 93): bench/bare-forwarder.mjs with the official SDK's client in place
// of the hand pipe. A `ws` server on loopback; `{"id","call":true}` becomes the SDK client's
// `callTool` (the everything server's echo) over the SDK's own stdio transport, and is answered with
// its result; `{"id"}` alone is answered at once (the hop). No code of ours: what any backend that
// calls a tool through the SDK pays per call, nothing recorded, paired or linted. `--v1` uses the v1
// SDK's client (@modelcontextprotocol/sdk), the default the v2 client the engine is built on
// (@modelcontextprotocol/client). Prints the same JSON line as bench/bare-forwarder.mjs.
import { WebSocketServer } from "ws";

const v1 = process.argv[2] === "--v1";
const [target, ...args] = process.argv.slice(v1 ? 3 : 2);
const { Client, StdioClientTransport } = v1
  ? {
      Client: (await import("@modelcontextprotocol/sdk/client/index.js")).Client,
      StdioClientTransport: (await import("@modelcontextprotocol/sdk/client/stdio.js")).StdioClientTransport,
    }
  : {
      Client: (await import("@modelcontextprotocol/client")).Client,
      StdioClientTransport: (await import("@modelcontextprotocol/client/stdio")).StdioClientTransport,
    };
const client = new Client({ name: "sdk-forwarder", version: "0" });
await client.connect(new StdioClientTransport({ command: target, args, stderr: "ignore" }));

const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
wss.on("connection", (ws) =>
  ws.on("message", async (data) => {
    const cmd = JSON.parse(data.toString());
    const result = cmd.call ? await client.callTool({ name: "echo", arguments: { message: "hello" } }) : null;
    ws.send(JSON.stringify({ type: "reply", id: cmd.id, ok: true, result }));
  }),
);
await new Promise((r) => wss.once("listening", r));
process.stdout.write(JSON.stringify({ port: wss.address().port, token: "", pid: process.pid }) + "\n");
process.once("SIGTERM", () => {
  void client.close();
  process.exit(0);
});
