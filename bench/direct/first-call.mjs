#!/usr/bin/env node
// Figure 9.3's child, one fresh process per run: `lib`, `sdk` (v1) or `sdk2` (the v2 client the
// library is built on, issue 93), then what to time. Prints JSON:
//   importMs   the import alone: the library's dist/lib/index.mjs, or the SDK's Client and its
//              StdioClientTransport (what a test that talks to a server imports from the SDK);
//   firstMs    with `first-call`: the import, then an in-process McpServer (its import counted on
//              both sides), connected, and one callTool answered: a test's time to its first call.
import { pathToFileURL } from "node:url";

const [side, what = "import"] = process.argv.slice(2);
const t0 = performance.now();
let call;
if (side === "lib") {
  const { connect } = await import(pathToFileURL(process.env.LIBRARY_ENTRY).href);
  const importMs = performance.now() - t0;
  if (what === "import") done({ importMs });
  call = async (server) => {
    const mcp = await connect(server);
    const r = await mcp.callTool("echo", { message: "hi" });
    await mcp.close();
    return r.content[0].text;
  };
} else {
  // The v2 client (@modelcontextprotocol/client) or the v1 one; the v1 client never loads the v2
  // client's modules, so only v2 is the library's own floor. Both over the v1 in-memory pair.
  const [{ Client }] = await Promise.all(
    side === "sdk2"
      ? [import("@modelcontextprotocol/client"), import("@modelcontextprotocol/client/stdio")]
      : [import("@modelcontextprotocol/sdk/client/index.js"), import("@modelcontextprotocol/sdk/client/stdio.js")],
  );
  const importMs = performance.now() - t0;
  if (what === "import") done({ importMs });
  const { InMemoryTransport } = await import("@modelcontextprotocol/sdk/inMemory.js");
  call = async (server) => {
    const [clientEnd, serverEnd] = InMemoryTransport.createLinkedPair();
    await server.connect(serverEnd);
    const client = new Client({ name: "bench-direct", version: "0" });
    await client.connect(clientEnd);
    const r = await client.callTool({ name: "echo", arguments: { message: "hi" } });
    await client.close();
    return r.content[0].text;
  };
}
const [{ McpServer }, { z }] = await Promise.all([import("@modelcontextprotocol/sdk/server/mcp.js"), import("zod")]);
const server = new McpServer({ name: "bench-echo", version: "1.0.0" });
server.registerTool("echo", { inputSchema: { message: z.string() } }, ({ message }) => ({
  content: [{ type: "text", text: `Echo: ${message}` }],
}));
const text = await call(server);
if (text !== "Echo: hi") throw new Error(`unexpected echo: ${text}`);
done({ firstMs: performance.now() - t0 });

function done(figures) {
  process.stdout.write(JSON.stringify(figures) + "\n");
  process.exit(0);
}
