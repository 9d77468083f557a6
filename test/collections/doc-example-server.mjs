// The server docs/collections.md's first example is written against, so the example runs as
// written (test/collections/docs-examples.test.ts): a knowledge graph's create_entities and
// read_graph, file:///notes.txt, the greet prompt, a template, the vendor method acme/stats, a
// tools/list_changed after each creation, and ask-the-model, which asks the client for a
// sampling answer, an elicitation and its roots. Needs API_KEY set (the example's target env).
import {
  Server,
  StdioServerTransport,
  CallToolRequestSchema,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  ReadResourceRequestSchema,
  z,
} from "../fixtures/sdk/v1.mjs";

if (!process.env.API_KEY) {
  process.stderr.write("API_KEY is not set\n");
  process.exit(1);
}
const server = new Server(
  { name: "doc-example", version: "1.0.0" },
  { capabilities: { tools: { listChanged: true }, resources: {}, prompts: {} } },
);
const entities = [];
const text = (t) => [{ type: "text", text: t }];

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "create_entities", inputSchema: { type: "object", properties: { entities: { type: "array" } }, required: ["entities"] } },
    { name: "read_graph", inputSchema: { type: "object" } },
    { name: "ask-the-model", inputSchema: { type: "object" } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (req) => {
  const args = req.params.arguments ?? {};
  switch (req.params.name) {
    case "create_entities": {
      entities.push(...args.entities);
      setTimeout(() => void server.sendToolListChanged(), 10);
      return { content: text(JSON.stringify(args.entities)) };
    }
    case "read_graph":
      return { content: text(JSON.stringify({ entities, relations: [] })) };
    case "ask-the-model": {
      const sampled = await server.createMessage({
        messages: [{ role: "user", content: { type: "text", text: "What is the capital of France?" } }],
        maxTokens: 20,
      });
      const elicited = await server.elicitInput({
        message: "Who is asking?",
        requestedSchema: { type: "object", properties: { name: { type: "string", default: "Ann" } } },
      });
      const { roots } = await server.listRoots();
      return {
        content: text(`${sampled.content.text} / ${elicited.action} ${elicited.content?.name} / ${roots.map((r) => r.uri).join(",")}`),
      };
    }
    default:
      return { isError: true, content: text(`no tool ${req.params.name}`) };
  }
});

server.setRequestHandler(ListResourcesRequestSchema, async () => ({ resources: [{ uri: "file:///notes.txt", name: "notes" }] }));
server.setRequestHandler(ReadResourceRequestSchema, async (req) => ({
  contents: [{ uri: req.params.uri, mimeType: "text/plain", text: "Notes." }],
}));
server.setRequestHandler(ListResourceTemplatesRequestSchema, async () => ({
  resourceTemplates: [{ uriTemplate: "file:///{name}", name: "a file" }],
}));
server.setRequestHandler(ListPromptsRequestSchema, async () => ({ prompts: [{ name: "greet", arguments: [{ name: "name" }] }] }));
server.setRequestHandler(GetPromptRequestSchema, async (req) => ({
  messages: [{ role: "user", content: { type: "text", text: `Say hello to ${req.params.arguments?.name}.` } }],
}));
// A vendor method: not in MCP, answered all the same.
server.setRequestHandler(z.object({ method: z.literal("acme/stats"), params: z.optional(z.object({}).passthrough()) }), async () => ({
  entities: entities.length,
}));

await server.connect(new StdioServerTransport());
