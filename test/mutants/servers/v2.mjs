// The corpus's SDK v2 server (@modelcontextprotocol/server 2.x low-level `Server`), serving both
// eras: 2025-11-25 (`initialize`) and 2026-07-28 (`server/discover`, per-request `_meta`).
// stdio through `serveStdio`, or Streamable HTTP through `createMcpHandler` with `--port N` (0: any
// free port; prints "listening on port N"), Host and Origin checked. Usage: node v2.mjs
// [--mutant NAME] [--port N [--any-mutant]] (--any-mutant: every mutant, each at /<instance>/<mutant>/mcp:
// surface.mjs). The behaviour is surface.mjs; `era-refused` refuses 2025-11-25.
import http from "node:http";
import {
  createMcpHandler,
  hostHeaderValidationResponse,
  localhostAllowedHostnames,
  localhostAllowedOrigins,
  originValidationResponse,
  Server,
  serveStdio,
} from "../../fixtures/sdk/v2.mjs";
import { createSurface, keepIdleConnections, mutantFromArgv, portFromArgv, servedMutant, stopOnOrphan } from "./surface.mjs";

const port = portFromArgv();
const anyMutant = process.argv.includes("--any-mutant");
const legacyOf = (surface) => (surface.mutant === "era-refused" ? "reject" : "serve");

/** One Server instance (serveStdio makes one per connection, createMcpHandler one per HTTP request). */
function newServer(surface, era, live) {
  const server = new Server(surface.serverInfo, { capabilities: surface.capabilities });
  for (const method of Object.keys(surface.handlers)) {
    // 2026-07-28 removed resources/subscribe (subscriptions/listen replaces it, served by the SDK).
    if (era === "modern" && (method === "resources/subscribe" || method === "resources/unsubscribe")) continue;
    server.setRequestHandler(method, (request, ctx) => {
      const token = request.params?._meta?.progressToken ?? ctx.mcpReq._meta?.progressToken;
      const progress = async (p, total) => {
        if (token !== undefined)
          await ctx.mcpReq.notify({ method: "notifications/progress", params: { progressToken: token, progress: p, total } });
      };
      return surface.handlers[method](request.params, { progress });
    });
  }
  live?.add({ server, era });
  return server;
}

if (port === undefined) {
  const surface = createSurface(mutantFromArgv());
  stopOnOrphan({ watchStdin: false });
  if (surface.mutant === "stdout-noise") process.stdout.write("v2 server ready\n");
  const live = new Set();
  const each = (fn) => live.forEach((one) => one.server.transport && fn(one));
  surface.hooks.toolsChanged = () => each(({ server }) => void server.sendToolListChanged().catch(() => {}));
  // In 2026-07-28 the SDK re-stamps the pinned instance's notifications onto the open listen streams.
  surface.hooks.resourceUpdated = (uri) =>
    each(({ server, era }) => (era === "modern" || surface.isSubscribed(uri)) && void server.sendResourceUpdated({ uri }).catch(() => {}));
  serveStdio((ctx) => newServer(surface, ctx.era, live), {
    legacy: legacyOf(surface),
    onerror: (e) => process.stderr.write(`${e.message}\n`),
  });
  process.stdin.on("end", () => setTimeout(() => process.exit(0), 100));
} else {
  if (!anyMutant) mutantFromArgv(); // an unknown name exits at the start, not at the first request
  // A server of every mutant lives as long as the test file that started it, not one run.
  stopOnOrphan({ watchStdin: true, ...(anyMutant ? { limitMs: 900_000 } : {}) });
  serveHttp();
}

/** One mutant's surface and its handler. */
function serving(mutant) {
  const surface = createSurface(mutant);
  // createMcpHandler's legacy option: 'stateless' (2025 served per request) or 'reject'.
  const handler = createMcpHandler((ctx) => newServer(surface, ctx.era), {
    legacy: legacyOf(surface) === "reject" ? "reject" : "stateless",
    onerror: (e) => process.stderr.write(`${e.message}\n`),
  });
  surface.hooks.toolsChanged = () => handler.notify.toolsChanged();
  surface.hooks.resourceUpdated = (uri) => handler.notify.resourceUpdated(uri);
  return { surface, handler };
}

function serveHttp() {
  const served = new Map(); // path -> serving(the mutant it names)
  const httpServer = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
    const mutant = servedMutant(url.pathname);
    if (mutant === undefined) return void res.writeHead(404).end();
    if (!served.has(url.pathname)) served.set(url.pathname, serving(mutant));
    const { surface, handler } = served.get(url.pathname);
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) for (const one of [v].flat()) if (one !== undefined) headers.append(k, one);
    const aborted = new AbortController(); // ends a subscriptions/listen stream when the client goes
    res.on("close", () => res.writableFinished || aborted.abort());
    const request = new Request(url, {
      method: req.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
      signal: aborted.signal,
    });
    const checked =
      surface.mutant === "origin-unchecked"
        ? undefined
        : (hostHeaderValidationResponse(request, localhostAllowedHostnames()) ??
          originValidationResponse(request, localhostAllowedOrigins()));
    const response = checked ?? (await handler.fetch(request));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.flushHeaders();
    try {
      if (response.body) for await (const chunk of response.body) res.write(chunk);
    } catch {
      // the client went away mid-stream
    }
    res.end();
  });
  keepIdleConnections(httpServer);
  httpServer.listen(port, "127.0.0.1", () => {
    const { port: p } = httpServer.address();
    console.log(`listening on port ${p} at http://127.0.0.1:${p}/mcp`);
  });
}
