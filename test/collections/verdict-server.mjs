// A small stdio server for the collection runner's verdicts, correct or with one planted bug
// (issue 48): `node verdict-server.mjs [correct|echo-changed|add-error|add-no-structured]`.
// - echo {message}: "Echo: <message>" (echo-changed: "echo: <message>")
// - add {a, b}: declares an outputSchema, answers structuredContent { sum } (add-error: isError
//   with no structuredContent, as the TS SDK answers when a tool breaks its own schema;
//   add-no-structured: a success without structuredContent)
// - refuse: always isError: true (a tool whose error is what a step tests)
import { Server, StdioServerTransport, CallToolRequestSchema, ListToolsRequestSchema } from "../fixtures/sdk/v1.mjs";

const mutant = process.argv[2] ?? "correct";
const server = new Server({ name: "verdict-server", version: "1.0.0" }, { capabilities: { tools: {} } });
const text = (t) => [{ type: "text", text: t }];

server.setRequestHandler(ListToolsRequestSchema, async () => ({
  tools: [
    { name: "echo", inputSchema: { type: "object", properties: { message: { type: "string" } } } },
    {
      name: "add",
      inputSchema: { type: "object", properties: { a: { type: "number" }, b: { type: "number" } } },
      outputSchema: { type: "object", properties: { sum: { type: "number" } }, required: ["sum"] },
    },
    { name: "refuse", inputSchema: { type: "object" } },
  ],
}));

server.setRequestHandler(CallToolRequestSchema, async (req) => {
  const args = req.params.arguments ?? {};
  switch (req.params.name) {
    case "echo":
      return { content: text(`${mutant === "echo-changed" ? "echo" : "Echo"}: ${args.message}`) };
    case "add": {
      const sum = Number(args.a) + Number(args.b);
      if (mutant === "add-error") return { isError: true, content: text("Output validation error: sum must be a number") };
      if (mutant === "add-no-structured") return { content: text(String(sum)) };
      return { content: text(String(sum)), structuredContent: { sum } };
    }
    case "refuse":
      return { isError: true, content: text("refused, as it always is") };
    default:
      return { isError: true, content: text(`no tool ${req.params.name}`) };
  }
});

await server.connect(new StdioServerTransport());
