import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";

// For the live lint's tests (test/test-library/lazy-lint.test.ts, lint-waits.test.ts): planted
// bugs only the lint's heavy checker (Ajv) finds.

/** A server whose tools/list holds one plain schema, one Ajv must reject, and one tool whose result breaks its outputSchema. */
export function badSchemaServer(): Server {
  const server = new Server({ name: "bad-schemas", version: "1.0.0" }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: [
      { name: "echo", inputSchema: { type: "object", properties: { message: { type: "string" } }, required: ["message"] } },
      // `minimum` must be a number: only a compile says so.
      { name: "broken", inputSchema: { type: "object", properties: { n: { type: "number", minimum: "zero" } } } },
      {
        name: "shaped",
        inputSchema: { type: "object" },
        outputSchema: { type: "object", properties: { n: { type: "number" } }, required: ["n"] },
      },
    ],
  }));
  server.setRequestHandler(CallToolRequestSchema, (req) =>
    req.params.name === "shaped"
      ? { content: [{ type: "text", text: "one" }], structuredContent: { n: "one" } }
      : { content: [{ type: "text", text: String(req.params.arguments?.message) }] },
  );
  return server;
}
