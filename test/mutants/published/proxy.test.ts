// The proxy plants what it says: each harmless change is seen by a client (so a path passing it
// passed a real change, not a no-op), and `none` changes nothing. Run on the Python server (the
// quickest to start) and, for the resource, the everything server.
import { expect, test } from "vitest";
import { connect, type McpSession } from "../../../server/test-library";
import { recordingsAside } from "../harness";
import { pubArgv, type PubBaseId, type PubEntry } from "./corpus";
import { useWarmPython } from "./warm-python";

recordingsAside();
useWarmPython();

async function session(base: PubBaseId, mutant: string, tool?: string): Promise<McpSession> {
  const e: PubEntry = { id: `${base}/${mutant}`, base, mutant, tool, harmless: true };
  return connect(pubArgv(e, "/nonexistent"), { timeouts: { connectMs: 20_000, requestMs: 8000 }, name: "proxy test" });
}

async function seen(base: PubBaseId, mutant: string, tool?: string) {
  const mcp = await session(base, mutant, tool);
  try {
    const { tools } = await mcp.listTools();
    const call = await mcp.callTool("text_stats", { text: "a b" });
    const { prompts } = await mcp.listPrompts();
    return { tools, call, prompts, version: mcp.serverInfo.version };
  } finally {
    await mcp.close();
  }
}

test("each harmless change of the proxy is there, and --mutant none changes nothing", { timeout: 120_000 }, async () => {
  const none = await seen("python", "none");
  const names = none.tools.map((t) => t.name);
  expect((await seen("python", "tools-reordered")).tools.map((t) => t.name)).toEqual([...names].reverse());
  expect((await seen("python", "tool-added")).tools.map((t) => t.name)).toEqual([...names, "extra_ping"]);
  const fixed = (await seen("python", "description-fixed", "add_note")).tools.find((t) => t.name === "add_note")!;
  expect(fixed.description).not.toBe(none.tools.find((t) => t.name === "add_note")!.description);
  expect((await seen("python", "result-meta")).call._meta).toEqual({ "com.example/trace": "t-1" });
  expect(none.call._meta).toBeUndefined();
  const optional = (await seen("python", "optional-input", "get_note")).tools.find((t) => t.name === "get_note")!;
  expect(Object.keys(optional.inputSchema.properties ?? {})).toContain("verbose");
  expect(optional.inputSchema.required).toEqual(["title"]);
  expect((await seen("python", "prompt-added")).prompts.map((p) => p.name)).toEqual([...none.prompts.map((p) => p.name), "extra_prompt"]);
  expect((await seen("python", "version-bumped")).version).toBe("1.0.1");
  expect(none.version).toBe("1.0.0");
  for (const t of (await seen("python", "tools-meta")).tools) expect(t._meta).toMatchObject({ "com.example/category": "general" });

  const ev = await session("everything", "resource-added");
  try {
    const { resources } = await ev.listResources();
    expect(resources.map((r) => r.uri)).toContain("extra://readme");
    expect((await ev.readResource("extra://readme")).contents).toEqual([
      { uri: "extra://readme", mimeType: "text/plain", text: "Read me." },
    ]);
  } finally {
    await ev.close();
  }
});
