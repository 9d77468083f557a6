// The docs' "your server" (build/index.js, dist/index.js, server.js): an SDK v1 McpServer with
// what the docs' commands and examples call: echo, add, get-sum, search, ask (elicitation),
// research, get-structured-content (an outputSchema), the resource demo://x, a prompt.
// stdio by default; with `--http PORT` Streamable HTTP at /mcp and HTTP+SSE at /sse.
import http from "node:http";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { SSEServerTransport } from "@modelcontextprotocol/sdk/server/sse.js";
import { InMemoryTaskMessageQueue, InMemoryTaskStore } from "@modelcontextprotocol/sdk/experimental/tasks";
import * as z from "zod";

function server() {
  const s = new McpServer(
    { name: "docs-user-server", version: "1.0.0" },
    {
      capabilities: { tools: {}, resources: {}, prompts: {}, tasks: { list: {}, cancel: {}, requests: { tools: { call: {} } } } },
      taskStore: new InMemoryTaskStore(),
      taskMessageQueue: new InMemoryTaskMessageQueue(),
    },
  );
  const text = (t) => ({ content: [{ type: "text", text: t }] });
  s.registerTool("echo", { description: "Echoes the message", inputSchema: { message: z.string() } }, ({ message }) =>
    text(`Echo: ${message}`),
  );
  s.registerTool(
    "add",
    { description: "Adds two numbers", inputSchema: { a: z.number(), b: z.number() }, outputSchema: { sum: z.number() } },
    ({ a, b }) => ({ ...text(String(a + b)), structuredContent: { sum: a + b } }),
  );
  s.registerTool(
    "get-sum",
    { description: "Adds two numbers", inputSchema: { a: z.number(), b: z.number() }, annotations: { readOnlyHint: true } },
    ({ a, b }) => text(`The sum of ${a} and ${b} is ${a + b}.`),
  );
  s.registerTool("search", { description: "Searches", inputSchema: { q: z.string() }, annotations: { readOnlyHint: true } }, ({ q }) =>
    text(`no results for ${q}`),
  );
  // A task (`--cli --task`): created, then completed at once with its result.
  s.experimental.tasks.registerToolTask(
    "research",
    { description: "Researches a topic", inputSchema: { topic: z.string().optional() }, execution: { taskSupport: "optional" } },
    {
      createTask: async (_args, extra) => {
        const task = await extra.taskStore.createTask({ ttl: 60_000, pollInterval: 100 });
        await extra.taskStore.storeTaskResult(task.taskId, "completed", text("research done"));
        return { task };
      },
      getTask: (_args, extra) => extra.taskStore.getTask(extra.taskId),
      getTaskResult: (_args, extra) => extra.taskStore.getTaskResult(extra.taskId),
    },
  );
  s.registerTool(
    "get-structured-content",
    {
      description: "Weather",
      inputSchema: { location: z.string() },
      outputSchema: { temperature: z.number(), conditions: z.string() },
      annotations: { readOnlyHint: true },
    },
    ({ location }) => ({ ...text(`22 °C in ${location}`), structuredContent: { temperature: 22, conditions: "sunny" } }),
  );
  s.registerTool("ask", { description: "Asks the person for a name" }, async () => {
    const r = await s.server.elicitInput({
      message: "Your name?",
      requestedSchema: { type: "object", properties: { name: { type: "string" } } },
    });
    return text(`elicitation: ${r.action}`);
  });
  s.registerResource("x", "demo://x", { mimeType: "text/plain" }, (uri) => ({
    contents: [{ uri: uri.href, mimeType: "text/plain", text: "x" }],
  }));
  s.registerPrompt("greet", { description: "Greets", argsSchema: { name: z.string() } }, ({ name }) => ({
    messages: [{ role: "user", content: { type: "text", text: `Hello ${name}` } }],
  }));
  return s;
}

const port = process.argv.indexOf("--http");
if (port === -1) await server().connect(new StdioServerTransport());
else {
  const sse = new Map();
  const httpServer = http.createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    // DNS rebinding (the spec's security warning): a foreign Origin gets 403, a foreign Host 421.
    const loopback = /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/;
    if (req.headers.origin && !loopback.test(new URL(req.headers.origin).host)) return void res.writeHead(403).end();
    if (!loopback.test(req.headers.host ?? "")) return void res.writeHead(421).end();
    if (url.pathname === "/mcp") {
      // Stateless: a server and a transport per request.
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
      res.on("close", () => void transport.close());
      await server().connect(transport);
      return void transport.handleRequest(req, res);
    }
    if (url.pathname === "/sse" && req.method === "GET") {
      const transport = new SSEServerTransport("/messages", res);
      sse.set(transport.sessionId, transport);
      res.on("close", () => sse.delete(transport.sessionId));
      return void (await server().connect(transport));
    }
    if (url.pathname === "/messages") return void sse.get(url.searchParams.get("sessionId"))?.handlePostMessage(req, res);
    res.writeHead(404).end();
  });
  httpServer.listen(Number(process.argv[port + 1]), "127.0.0.1", () => console.log(`listening on port ${httpServer.address().port}`));
}
