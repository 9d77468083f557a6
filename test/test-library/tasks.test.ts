import { describe, expect, it } from "vitest";
import { connect } from "../../server/test-library";
import { EVERYTHING } from "../helpers/targets";

describe("tasks through the library", () => {
  it("a call run as a task is followed to the tool's own result", async () => {
    await using mcp = await connect({ command: process.execPath, args: [EVERYTHING] }, { capabilities: { tasks: true } });
    const r = await mcp.callTool("simulate-research-query", { topic: "tides" }, { task: true, timeout: 20_000 });
    expect(r.isError).toBe(false);
    expect(JSON.stringify(r.content)).toContain("tides");
    expect(mcp.record().some((e) => e.kind === "message" && e.pair?.method === "tasks/result")).toBe(true);
  });
});
