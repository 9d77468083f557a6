import { describe, expect, it } from "vitest";
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { connect } from "../../server/test-library";
import { parseCollection } from "../../lib/collections/format";
import type { StepResult } from "../../lib/collections/result";
import { runCollection } from "../../server/collections/run";

/** A server whose `sum` breaks its own outputSchema and whose `stall` never answers. */
function liar(): Server {
  const server = new Server({ name: "liar", version: "1.0.0" }, { capabilities: { tools: {} } });
  const outputSchema = { type: "object", properties: { sum: { type: "number" } }, required: ["sum"] };
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: [
      { name: "sum", inputSchema: { type: "object" }, outputSchema },
      { name: "stall", inputSchema: { type: "object" } },
    ],
  }));
  server.setRequestHandler(CallToolRequestSchema, (req) =>
    req.params.name === "stall"
      ? new Promise(() => undefined)
      : { content: [{ type: "text", text: "x" }], structuredContent: { sum: "NaN" } },
  );
  return server;
}

const collection = (text: string) => {
  const r = parseCollection(text, "t.yaml");
  if (!r.ok) throw new Error(r.error.message);
  return r.collection;
};

describe("runCollection on a library session", () => {
  it("checks a tool's own outputSchema by default, names a missing ${ENV}, times out a stalled step and goes on, reports each step as it ends", async () => {
    await using mcp = await connect(liar());
    const seen: StepResult[] = [];
    const run = await runCollection(
      mcp,
      collection(`steps:
  - tool: sum
  - tool: sum
    expect: [{ outputSchema: false }, { noFindings: error }]
  - tool: sum
    arguments: { key: "\${MISSING_KEY}" }
  - tool: stall
    timeoutMs: 200
  - tool: sum
    expect: [{ outputSchema: false }]
`),
      { file: "t.yaml", env: {}, onStep: (s) => seen.push(s) },
    );
    expect(seen.map((s) => s.status)).toEqual(["fail", "fail", "error", "fail", "pass"]);
    expect(run.steps).toEqual(seen);
    expect(run.counts).toEqual({ pass: 1, fail: 3, error: 1, skipped: 0 });
    expect(seen[0].expectations[0]).toMatchObject({
      kind: "outputSchema",
      pass: false,
      label: "structuredContent fits the tool's outputSchema",
    });
    expect(seen[0].expectations[0].message).toContain("/structuredContent/sum: must be number");
    // The lint flags the same broken structuredContent, in this step's frames only.
    expect(seen[1].expectations[1]).toMatchObject({ kind: "noFindings", pass: false });
    expect(seen[2].message).toBe("no value for ${MISSING_KEY}");
    expect(seen[3].message).toBe("no answer within its time limit (200 ms)");
    for (const s of [seen[0], seen[1], seen[3], seen[4]]) expect(s.seqs!.last).toBeGreaterThanOrEqual(s.seqs!.first);
    const request = mcp.record().find((e) => e.seq === seen[4].seqs!.first);
    expect(request).toMatchObject({ kind: "message", dir: "client->server", message: { method: "tools/call" } });
  });
});
