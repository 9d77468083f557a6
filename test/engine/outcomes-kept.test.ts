import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import * as z from "zod";
import { describe, expect, test } from "vitest";
import { engineFactory } from "../helpers/engine";
import { memoryTarget } from "../helpers/memory-target";

const { newEngine } = engineFactory();
const memory = { transport: "stdio" as const, command: "in-memory" };

function echoServer() {
  const mcp = new McpServer({ name: "echo", version: "1" });
  mcp.registerTool("echo", { inputSchema: { message: z.string() } }, async ({ message }) => ({
    content: [{ type: "text", text: message }],
  }));
  return mcp;
}

describe("the outcomes an engine keeps for outcomeOf", () => {
  test("the last ones are kept up to the bound, the oldest forgotten", async () => {
    const { engine } = newEngine({ transports: memoryTarget(echoServer), outcomesKept: 2 });
    expect((await engine.connect({ target: memory })).status).toBe("connected");
    const sent = [];
    for (const m of ["a", "b", "c"]) {
      const s = engine.sendToolCall("echo", { message: m });
      await s.outcome;
      sent.push(s);
    }
    await expect(engine.outcomeOf(sent[0].requestSeq)).rejects.toThrow(/older than the last 2/);
    expect(JSON.stringify((await engine.outcomeOf(sent[2].requestSeq)).result)).toContain('"c"');
  });

  test("an engine told to keep none keeps none, and its calls answer as before", async () => {
    const { engine, rec } = newEngine({ transports: memoryTarget(echoServer), outcomesKept: 0 });
    expect((await engine.connect({ target: memory })).status).toBe("connected");
    const s = engine.sendToolCall("echo", { message: "x" });
    const out = await s.outcome;
    expect(JSON.stringify(out.result)).toContain('"x"');
    expect(rec.get(s.requestSeq)?.kind).toBe("message");
    await expect(engine.outcomeOf(s.requestSeq)).rejects.toThrow(/no request #/);
  });
});
