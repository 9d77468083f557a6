import { statSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { FIXTURES } from "../helpers/targets";
import { AGENT_TOOLS } from "../../server/agent/tools";
import { MAX_ANSWER_CHARS } from "../../server/agent/bound";
import { agentClient, use } from "./helpers";

let agent: Awaited<ReturnType<typeof agentClient>>;
beforeEach(async () => void (agent = await agentClient()));
afterEach(async () => agent.close());

test("bad arguments to every tool: a clear one-line error, and the server still answers", async () => {
  for (const t of AGENT_TOOLS) {
    for (const args of [{ name: 42 }, {}]) {
      const r = await use(agent.client, t.name, args);
      if (t.name === "status" && Object.keys(args).length === 0) {
        expect(r.isError).toBe(false);
        continue;
      }
      expect(r.isError, `${t.name} ${JSON.stringify(args)}: ${r.text}`).toBe(true);
      expect(r.text, t.name).not.toMatch(/\n\s+at /);
      expect(r.text.length, t.name).toBeLessThan(1_000);
      expect(r.text, t.name).toMatch(/^(usage|not_connected|Input validation error|MCP error -32602): /);
    }
  }
  const alive = await use(agent.client, "status");
  expect(alive).toMatchObject({ isError: false, data: { connections: [] } });
});

test("a 20 MiB result comes back under the bound, its blob summarized, the whole of it in a file", async () => {
  await use(agent.client, "connect", { command: process.execPath, args: [path.join(FIXTURES, "big.mjs")] });
  // 10 MiB of text and a 10 MiB blob in one result: 20 MiB of content, 23 MiB on the wire.
  const r = await use(agent.client, "call_tool", { tool: "big", arguments: { mb: 10, kind: "both" } });
  expect(r.isError, r.text).toBe(false);
  expect(r.text.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
  expect(JSON.stringify(r.data).length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
  expect(r.text).toContain("line 00000000: the quick brown fox");
  expect(r.text).toMatch(/\[base64 application\/octet-stream, 10\.0 MiB: left out\]/);
  const cut = r.data.cut as { path: string; size: string };
  expect(cut.size).toMatch(/MiB/);
  expect(statSync(cut.path).size).toBeGreaterThan(20 * 1024 * 1024);
  const rows = await use(agent.client, "timeline", {});
  expect(JSON.stringify(rows.data).length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
  const one = await use(agent.client, "timeline", {
    seq: (rows.data.entries as Array<{ seq: number; size?: number }>).find((e) => (e.size ?? 0) > 1e6)!.seq,
  });
  expect(one.text.length).toBeLessThanOrEqual(MAX_ANSWER_CHARS);
  expect(one.data.cut).toBeDefined();
});
