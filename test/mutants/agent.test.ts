// Verdict path 5: the agent's tools. `inspector mcp` over stdio, driven by the SDK's client as a
// coding agent drives it: connect to each entry, list the tools (following pages), call them
// with good arguments, read `findings`. Caught: a call that fails or whose verdict is wrong
// (isError where none was due, none where one was, an outputSchema check that fails), or a
// finding of warning or worse.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { expect, test } from "vitest";
import { CORRECT, MUTANTS, type Entry } from "./corpus";
import { recordingsAside, BIN, offGoal, reach, REQUEST_MS, row, writeResults, type Row } from "./harness";

recordingsAside();

interface Said {
  isError: boolean;
  text: string;
  data: Record<string, unknown>;
}

async function use(client: Client, name: string, args: Record<string, unknown>): Promise<Said> {
  const r = await client.callTool({ name, arguments: args }, undefined, { timeout: 30_000 });
  const text = (r.content as Array<{ text?: string }>).map((c) => c.text ?? "").join("");
  return { isError: r.isError === true, text, data: (r.structuredContent as Record<string, unknown>) ?? {} };
}

const CALLS: Array<{ tool: string; arguments: Record<string, unknown>; error: boolean }> = [
  { tool: "echo", arguments: { message: "hi" }, error: false },
  { tool: "add", arguments: { a: 2, b: 3 }, error: false },
  { tool: "divide", arguments: { a: 1, b: 0 }, error: true },
  { tool: "count", arguments: { n: 3 }, error: false },
];

/** What the agent's tools said was wrong with one entry (empty: nothing). */
async function judge(client: Client, e: Entry): Promise<string[]> {
  const started = await reach(e);
  const wrong: string[] = [];
  try {
    const r = started.reach;
    const target = r.kind === "stdio" ? { command: r.command, args: r.args } : { url: r.url };
    const connected = await use(client, "connect", { ...target, era: e.era, timeoutMs: REQUEST_MS });
    if (connected.isError) return [`connect: ${connected.text}`];
    let cursor: string | undefined;
    for (let page = 0; page < 5; page++) {
      const listed = await use(client, "list", { kind: "tools", ...(cursor ? { cursor } : {}) });
      if (listed.isError) wrong.push(`list: ${listed.text}`);
      cursor = listed.data.nextCursor as string | undefined;
      if (!cursor) break;
    }
    for (const call of CALLS) {
      const a = await use(client, "call_tool", { tool: call.tool, arguments: call.arguments, timeoutMs: REQUEST_MS });
      if (a.isError) {
        wrong.push(`call_tool ${call.tool}: ${a.text}`);
        continue;
      }
      const result = (a.data.result ?? {}) as { isError?: boolean; outputSchema?: { valid?: boolean; errors?: unknown } | string };
      if (result.isError !== call.error) wrong.push(`call_tool ${call.tool}: isError ${result.isError}`);
      if (typeof result.outputSchema === "object" && result.outputSchema?.valid === false)
        wrong.push(`call_tool ${call.tool}: outputSchema ${JSON.stringify(result.outputSchema.errors)}`);
    }
    const f = await use(client, "findings", { severity: "warning" });
    if (f.isError) wrong.push(`findings: ${f.text}`);
    else if (Number(f.data.total) > 0)
      wrong.push(
        `findings: ${(f.data.findings as Array<{ rule: string; message: string }>).map((x) => `${x.rule}: ${x.message}`).join("; ")}`,
      );
  } finally {
    await use(client, "disconnect", {}).catch(() => undefined);
    started.stop();
  }
  return wrong;
}

test("agent call_tool + findings: every meant mutant is flagged, every correct server is clean", { timeout: 400_000 }, async () => {
  // Mutants first: each correct server then comes after a mutant on the same connection name, so
  // findings or output left over from the previous process would show as a false failure.
  const entries = [...MUTANTS, ...CORRECT];
  // Two agents, each with its own `inspector mcp`, split the corpus (one connection at a time each).
  const halves = [entries.filter((_, i) => i % 2 === 0), entries.filter((_, i) => i % 2 === 1)];
  const rows: Row[] = [];
  await Promise.all(
    halves.map(async (half) => {
      const transport = new StdioClientTransport({ command: process.execPath, args: [BIN, "mcp"], stderr: "pipe" });
      const client = new Client({ name: "mutant-corpus-agent", version: "1.0.0" });
      await client.connect(transport);
      try {
        for (const e of half) {
          const wrong = await judge(client, e).catch((err: unknown) => [`the agent's client: ${(err as Error).message}`]);
          rows.push(row("agent", e, wrong.length > 0, wrong.join(" | ") || "clean"));
        }
      } finally {
        await client.close();
      }
    }),
  );
  const order = new Map(entries.map((e, i) => [e.id, i]));
  rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  writeResults("agent", rows);
  const { missed, falseFailures } = offGoal(rows);
  expect(falseFailures).toEqual([]);
  expect(missed).toEqual([]);
});
