import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { describe, expect, it } from "vitest";
import { connect } from "../../server/test-library";
import { peekTestSessions } from "../../server/test-library/live-sessions";
import { afterFile, afterTest, beforeTest } from "../../server/test-library/recordings";

// One process, two test files in turn (vitest with isolate: false, one Jest worker): the first ran
// the framework's hooks, the second has none (a script, node:test without recordFailedTests).
describe("a file without hooks after a file with them, in one process", () => {
  it("owns what it opens, as it would in a process of its own", async () => {
    const server = () => new McpServer({ name: "files", version: "1.0.0" });
    // The first file: a test between its before-each and after-each, then the file's after-all.
    beforeTest();
    await connect(server());
    await afterTest({ name: "the first file's test" }, false);
    await afterFile();
    expect(peekTestSessions().own).toHaveLength(0);

    // The second file, no hooks: its session is its own (a test scope left from the first made it no one's).
    const mcp = await connect(server());
    expect(peekTestSessions().own.filter((r) => !r.ended)).toHaveLength(1);
    await mcp.close();
    expect(peekTestSessions().own.filter((r) => r.ended)).toHaveLength(1);
  });
});
