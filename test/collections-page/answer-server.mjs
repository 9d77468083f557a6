// A stdio MCP server whose answers come from a JSON file read on every request (ANSWER_FILE):
// a test changes the server between two runs of a collection by rewriting that file.
import { readFileSync } from "node:fs";
import { McpServer, StdioServerTransport, z } from "../fixtures/sdk/v1.mjs";

const answers = () => JSON.parse(readFileSync(process.env.ANSWER_FILE, "utf8"));
const server = new McpServer({ name: "answers", version: "1.0.0" });
server.registerTool("forecast", { description: "Weather for a city", inputSchema: { city: z.string() } }, async ({ city }) => ({
  content: [{ type: "text", text: `${city}: ${answers().weather}` }],
}));
server.registerResource("motd", "note://motd", { mimeType: "text/plain" }, async (uri) => ({
  contents: [{ uri: uri.href, mimeType: "text/plain", text: answers().motd }],
}));
server.registerPrompt("greet", { description: "Greets someone", argsSchema: { who: z.string() } }, async ({ who }) => ({
  messages: [{ role: "user", content: { type: "text", text: `${answers().greeting}, ${who}` } }],
}));
await server.connect(new StdioServerTransport());
