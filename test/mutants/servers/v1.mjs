// The corpus's SDK v1 server (@modelcontextprotocol/sdk 1.x low-level `Server`, 2025-11-25):
// stdio, or Streamable HTTP with sessions, resumability and DNS-rebinding protection when given
// `--port N` (0: any free port; prints "listening on port N"). Usage: node v1.mjs [--mutant NAME]
// [--port N [--any-mutant]] (--any-mutant: every mutant, each at /<instance>/<mutant>/mcp: surface.mjs). The behaviour is surface.mjs; the low-level Server, so a planted bug goes on the
// wire as written (McpServer would turn a broken output into an isError of its own).
import http from "node:http";
import { randomUUID } from "node:crypto";
import {
  Server,
  StdioServerTransport,
  CallToolRequestSchema,
  CompleteRequestSchema,
  GetPromptRequestSchema,
  isInitializeRequest,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  ReadResourceRequestSchema,
  SubscribeRequestSchema,
  UnsubscribeRequestSchema,
} from "../../fixtures/sdk/v1.mjs";
import { StreamableHTTPServerTransport, InMemoryEventStore } from "../../fixtures/sdk/v1-http.mjs";
import { createSurface, keepIdleConnections, mutantFromArgv, portFromArgv, servedMutant, stopOnOrphan } from "./surface.mjs";

/**
 * The SDK example's store, with ids that sort in the order events were stored. Its own ids are
 * `<stream>_<ms>_<random>` and it replays in string order, so two events of one millisecond (a
 * POST stream's priming event and its response) replay in a random order, and a resume from the
 * priming event misses the response about half the time: `check`'s resumability probe rightly
 * warned on this "correct" base now and then (test/mutants/results/check.json).
 */
class OrderedEventStore extends InMemoryEventStore {
  seq = 0;
  generateEventId(streamId) {
    return `${streamId}_${String(++this.seq).padStart(12, "0")}`;
  }
}

const port = portFromArgv();
const anyMutant = process.argv.includes("--any-mutant");
const SCHEMAS = {
  "tools/list": ListToolsRequestSchema,
  "tools/call": CallToolRequestSchema,
  "resources/list": ListResourcesRequestSchema,
  "resources/templates/list": ListResourceTemplatesRequestSchema,
  "resources/read": ReadResourceRequestSchema,
  "resources/subscribe": SubscribeRequestSchema,
  "resources/unsubscribe": UnsubscribeRequestSchema,
  "prompts/list": ListPromptsRequestSchema,
  "prompts/get": GetPromptRequestSchema,
  "completion/complete": CompleteRequestSchema,
};

/** One mutant's surface, the Server instances connected to it (one over stdio, one per HTTP session), and its HTTP sessions. */
function serving(mutant) {
  const surface = createSurface(mutant);
  const live = new Set();
  surface.hooks.toolsChanged = () => live.forEach((s) => void s.sendToolListChanged().catch(() => {}));
  surface.hooks.resourceUpdated = (uri) =>
    surface.isSubscribed(uri) && live.forEach((s) => void s.sendResourceUpdated({ uri }).catch(() => {}));
  function newServer() {
    const server = new Server(surface.serverInfo, { capabilities: surface.capabilities });
    for (const [method, schema] of Object.entries(SCHEMAS)) {
      server.setRequestHandler(schema, (request, extra) => {
        const token = request.params?._meta?.progressToken;
        const progress = async (p, total) => {
          if (token !== undefined)
            await extra.sendNotification({ method: "notifications/progress", params: { progressToken: token, progress: p, total } });
        };
        return surface.handlers[method](request.params, { progress });
      });
    }
    server.oninitialized = () => live.add(server);
    server.onclose = () => live.delete(server);
    return server;
  }
  return { surface, newServer, sessions: new Map() }; // sessions: Mcp-Session-Id -> transport
}

if (port === undefined) {
  const { surface, newServer } = serving(mutantFromArgv());
  stopOnOrphan({ watchStdin: false });
  if (surface.mutant === "stdout-noise") process.stdout.write("v1 server ready\n");
  const transport = new StdioServerTransport();
  transport.onclose = () => process.exit(0);
  process.stdin.on("end", () => process.exit(0));
  await newServer().connect(transport);
} else {
  if (!anyMutant) mutantFromArgv(); // an unknown name exits at the start, not at the first request
  // A server of every mutant lives as long as the test file that started it, not one run.
  stopOnOrphan({ watchStdin: true, ...(anyMutant ? { limitMs: 900_000 } : {}) });
  serveHttp(port);
}

function serveHttp(listenPort) {
  const served = new Map(); // path -> serving(the mutant it names)
  const httpServer = http.createServer(async (req, res) => {
    const { port: p } = httpServer.address();
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${p}`);
    const mutant = servedMutant(url.pathname);
    if (mutant === undefined) return void res.writeHead(404).end();
    if (!served.has(url.pathname)) served.set(url.pathname, serving(mutant));
    const { surface, newServer, sessions } = served.get(url.pathname);
    if (surface.mutant !== "origin-unchecked" && !sameOrigin(req, p)) return void res.writeHead(403).end("forbidden host or origin");
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : undefined;
    const id = req.headers["mcp-session-id"];
    let transport = typeof id === "string" ? sessions.get(id) : undefined;
    if (typeof id === "string" && !transport) return void res.writeHead(404).end(JSON.stringify(rpcError(-32001, "Session not found")));
    if (!transport) {
      if (req.method !== "POST" || !isInitializeRequest(body))
        return void res.writeHead(400).end(JSON.stringify(rpcError(-32000, "No session")));
      transport = new StreamableHTTPServerTransport({
        sessionIdGenerator: () => randomUUID(),
        eventStore: new OrderedEventStore(),
        onsessioninitialized: (sid) => sessions.set(sid, transport),
      });
      transport.onclose = () => transport.sessionId && sessions.delete(transport.sessionId);
      await newServer().connect(transport);
    }
    await transport.handleRequest(req, res, body);
  });
  keepIdleConnections(httpServer);
  httpServer.listen(listenPort, "127.0.0.1", () => {
    const { port: p } = httpServer.address();
    console.log(`listening on port ${p} at http://127.0.0.1:${p}/mcp`);
  });
}

const rpcError = (code, message) => ({ jsonrpc: "2.0", id: null, error: { code, message } });

/** DNS-rebinding protection: Host must be this loopback port; an Origin, when sent, too. */
function sameOrigin(req, p) {
  const allowed = [`127.0.0.1:${p}`, `localhost:${p}`];
  if (!allowed.includes(req.headers.host ?? "")) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowed.some((a) => origin === `http://${a}`);
}
