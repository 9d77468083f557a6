// The corpus's hand-written server: newline-delimited JSON-RPC on stdio with no SDK, protocol
// 2025-11-25. Usage: node raw.mjs [--mutant NAME]. The behaviour is surface.mjs.
import { createSurface, mutantFromArgv, RpcError, stopOnOrphan } from "./surface.mjs";

const surface = createSurface(mutantFromArgv());
const mutant = surface.mutant;
const send = (message) => process.stdout.write(JSON.stringify(message) + "\n");
const notify = (method, params) => send({ jsonrpc: "2.0", method, params });

stopOnOrphan({ watchStdin: true });
if (mutant === "stdout-noise") process.stdout.write("raw server ready\n");

let initialized = false;
surface.hooks.toolsChanged = () => initialized && notify("notifications/tools/list_changed", {});
surface.hooks.resourceUpdated = (uri) => surface.isSubscribed(uri) && notify("notifications/resources/updated", { uri });

async function answer(msg) {
  const { method, params } = msg;
  if (method === "initialize") {
    // This server speaks one revision; any other asked for gets ours, as the spec says.
    return { protocolVersion: "2025-11-25", capabilities: surface.capabilities, serverInfo: surface.serverInfo };
  }
  if (method === "ping") return {};
  const handler = surface.handlers[method];
  if (!handler) throw new RpcError(mutant === "unknown-method-code" ? -32600 : -32601, `Method not found: ${method}`);
  const token = params?._meta?.progressToken;
  const ctx = {
    progress: async (progress, total) => {
      if (token !== undefined) notify("notifications/progress", { progressToken: token, progress, total });
    },
  };
  return handler(params, ctx);
}

let buffer = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => {
  buffer += chunk;
  for (let nl = buffer.indexOf("\n"); nl !== -1; nl = buffer.indexOf("\n")) {
    const line = buffer.slice(0, nl).trim();
    buffer = buffer.slice(nl + 1);
    if (line) void handle(line);
  }
});

async function handle(line) {
  let msg;
  try {
    msg = JSON.parse(line);
  } catch {
    return send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
  }
  if (msg.method === "notifications/initialized") initialized = true;
  if (msg.id === undefined || msg.method === undefined) return; // a notification or a response: nothing to answer
  try {
    send({ jsonrpc: "2.0", id: msg.id, result: await answer(msg) });
  } catch (e) {
    const code = e instanceof RpcError ? e.code : -32603;
    send({ jsonrpc: "2.0", id: msg.id, error: { code, message: e instanceof Error ? e.message : String(e) } });
  }
}
