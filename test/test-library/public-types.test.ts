import { describe, expect, it } from "vitest";
import type { Entry } from "../../lib/record/format";
import type { Finding as LintFinding } from "../../lib/lint";
import type { CheckReport as EngineCheckReport } from "../../server/check/result";
import type { OutputVerdict } from "../../lib/protocol/output-verdict-schema";
import { EntrySchema } from "../../lib/record/format";
import type { CheckReport, Finding, OutputSchemaVerdict, RecordEntry } from "../../server/test-library/types";
import { connect } from "../../server/test-library";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

/**
 * The library's public types are written by hand (server/test-library/types.ts) so its .d.ts names nothing
 * of zod or the SDK. What the engine really produces must still fit them: `npm run typecheck`
 * fails here when a field a user reads is renamed or retyped inside.
 */
type Holds<T extends true> = T;
export type PublicTypesFit = [
  Holds<Entry extends RecordEntry ? true : false>,
  Holds<LintFinding extends Finding ? true : false>,
  Holds<EngineCheckReport extends CheckReport ? true : false>,
  Holds<OutputVerdict extends OutputSchemaVerdict ? true : false>,
];

describe("the public record type", () => {
  it("describes entries that are the documented record format", async () => {
    const server = new McpServer({ name: "tiny", version: "1.0.0" });
    server.registerTool("hello", {}, () => ({ content: [{ type: "text", text: "hi" }] }));
    await using mcp = await connect(server);
    await mcp.callTool("hello");
    const entries: RecordEntry[] = mcp.record();
    expect(entries.map((e) => e.kind)).toContain("message");
    for (const e of entries) expect(EntrySchema.safeParse(e).success).toBe(true);
  });
});
