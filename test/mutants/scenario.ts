// The library path: a test file a user would write for the correct server (surface.mjs), with
// the library's default matchers, run against each entry. Each check is one `test` of that file;
// a failed check is a catch. Running the scenario on a correct server also makes the recording
// that the collection and replay paths start from.
import { expect } from "vitest";
import { connect, McpHarnessError, type McpSession, type TargetInput } from "../../server/test-library";
import "../../server/test-library/vitest";
import type { Era } from "./corpus";
import { REQUEST_MS, type Reach } from "./harness";

/** What the correct server lists: name, argument names, required ones (a description's wording is no contract). */
const TOOLS = [
  ["echo", ["message"], ["message"]],
  ["add", ["a", "b"], ["a", "b"]],
  ["divide", ["a", "b"], ["a", "b"]],
  ["count", ["n"], ["n"]],
  ["grow", [], []],
  ["touch", [], []],
];

const rpcCode = (e: unknown) => (e instanceof McpHarnessError ? e.rpc?.code : undefined);

/**
 * The checks, in the order a test file has them (grow changes the tool list, so listing comes
 * first); each is given the session and how long it waits for an answer or a notification.
 */
const CHECKS: Array<[string, (mcp: McpSession, limitMs: number) => Promise<void>]> = [
  [
    "lists the tools",
    async (mcp) => {
      const { tools } = await mcp.listTools();
      const seen = tools.map((t) => [t.name, Object.keys(t.inputSchema.properties ?? {}), t.inputSchema.required ?? []]);
      expect(seen).toEqual(TOOLS);
    },
  ],
  [
    "echo echoes",
    async (mcp) => {
      const r = await mcp.callTool("echo", { message: "hi" });
      expect(r).toBeToolSuccess();
      expect(r).toHaveTextContent("Echo: hi");
    },
  ],
  [
    "add returns its sum as structured content",
    async (mcp) => {
      const r = await mcp.callTool("add", { a: 2, b: 3 });
      expect(r).toBeToolSuccess();
      expect(r).toMatchOutputSchema();
      expect(r.structuredContent).toEqual({ sum: 5 });
    },
  ],
  ["divide by zero is a tool error", async (mcp) => expect(await mcp.callTool("divide", { a: 1, b: 0 })).toBeToolError("division by zero")],
  [
    "count reports progress in order",
    async (mcp) => {
      const seen: number[] = [];
      const r = await mcp.callTool("count", { n: 3 }, { onProgress: (p) => seen.push(p.progress) });
      expect(r).toBeToolSuccess();
      expect(seen).toEqual([1, 2, 3]);
    },
  ],
  [
    "greet greets",
    async (mcp) => {
      const { messages } = await mcp.getPrompt("greet", { name: "Ada" });
      expect(messages).toEqual([{ role: "user", content: { type: "text", text: "Hello, Ada!" } }]);
    },
  ],
  [
    "mem://hello reads",
    async (mcp) => {
      const { contents } = await mcp.readResource("mem://hello");
      expect(contents).toEqual([{ uri: "mem://hello", mimeType: "text/plain", text: "Hello, world" }]);
    },
  ],
  [
    "an unknown resource is resource-not-found",
    async (mcp) => {
      const err = await mcp.readResource("mem://nope").catch((e: unknown) => e);
      // -32002 is the 2025-11-25 spec's; the SDK v2 answers -32602 (invalid params), also fine.
      expect([-32002, -32602]).toContain(rpcCode(err));
    },
  ],
  [
    "completes greet's name",
    async (mcp) => {
      const { values } = await mcp.complete({ type: "ref/prompt", name: "greet" }, { name: "name", value: "A" });
      expect(values).toEqual(["Ada", "Alan"]);
    },
  ],
  ["an unknown method is -32601", async (mcp) => expect(rpcCode(await mcp.request("acme/nope", {}).catch((e: unknown) => e))).toBe(-32601)],
  [
    "grow announces the new tool",
    async (mcp, limitMs) => {
      expect(await mcp.callTool("grow", {})).toBeToolSuccess();
      await mcp.waitForNotification("notifications/tools/list_changed", undefined, { timeout: limitMs });
    },
  ],
  [
    "a subscription to mem://counter sees touch",
    async (mcp, limitMs) => {
      const sub = await mcp.subscribe("mem://counter");
      try {
        expect(await mcp.callTool("touch", {})).toBeToolSuccess();
        await sub.nextUpdate({ timeout: limitMs });
      } finally {
        await sub.unsubscribe().catch(() => {});
      }
    },
  ],
  ["the lint finds nothing", async (mcp) => expect(mcp).toHaveNoFindings({ severity: "warning" })],
];

export interface ScenarioOutcome {
  /** Each failed check: its name and the first line of what failed it. */
  failures: Array<{ check: string; message: string }>;
}

export function targetOf(r: Reach): TargetInput {
  return r.kind === "stdio" ? { command: r.command, args: r.args } : { url: r.url };
}

/**
 * Runs every check against the target in `era`; with `saveTo`, saves the session's recording there.
 * `limitMs` is how long each request and awaited notification may take: the corpus's 3 s (its slow
 * mutant answers 5 s late), or longer where only a correct server's recording is made.
 */
export async function runScenario(target: TargetInput, era: Era, saveTo?: string, limitMs = REQUEST_MS): Promise<ScenarioOutcome> {
  const failures: ScenarioOutcome["failures"] = [];
  let mcp: McpSession;
  try {
    mcp = await connect(target, { protocolEra: era, timeouts: { connectMs: 10_000, requestMs: limitMs }, name: "mutant corpus" });
  } catch (e) {
    return { failures: [{ check: "connects", message: String((e as Error).message) }] };
  }
  try {
    for (const [check, run] of CHECKS) {
      try {
        await run(mcp, limitMs);
      } catch (e) {
        failures.push({ check, message: String((e as Error).message).split("\n")[0] });
      }
    }
    if (saveTo) await mcp.saveSession(saveTo);
  } finally {
    await mcp.close();
  }
  return { failures };
}
