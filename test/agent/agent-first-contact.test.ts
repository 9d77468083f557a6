import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { EVERYTHING, ROOT } from "../helpers/targets";
import { agentClient, use } from "./helpers";

let agent: Awaited<ReturnType<typeof agentClient>>;
beforeEach(async () => void (agent = await agentClient()));
afterEach(async () => agent.close());

/** The tool list (as tools/list answers it) plus the skill cost 27,143 characters before issue 51 (24,403 + 2,740). */
const BEFORE = 24_403;

test("an agent's first contact (the tool list plus the skill) costs at most half of what it did", async () => {
  const list = JSON.stringify(await agent.client.listTools()).length;
  const skill = readFileSync(path.join(ROOT, "skills/inspector/SKILL.md"), "utf8").length;
  console.log(`first contact: tools/list ${list} + skill ${skill} = ${list + skill} characters (before: 27,143)`);
  expect(list + skill).toBeLessThanOrEqual(BEFORE / 2);
});

test("every tool carries annotations; those that only read say so", async () => {
  const { tools } = await agent.client.listTools();
  for (const t of tools) expect(t.annotations, t.name).toBeDefined();
  const readOnly = tools.filter((t) => t.annotations?.readOnlyHint === true).map((t) => t.name);
  expect(readOnly).toEqual(expect.arrayContaining(["status", "list", "timeline", "findings", "target_output", "await_call"]));
  for (const name of ["connect", "call_tool", "disconnect", "restart", "save_session"]) expect(readOnly).not.toContain(name);
  // Strict: the listed schemas refuse keys they do not name.
  for (const t of tools) expect(t.inputSchema, t.name).toMatchObject({ additionalProperties: false });
});

test("timeline is newest first, `last` N rows; `since` reads on, oldest first", async () => {
  await use(agent.client, "connect", { command: process.execPath, args: [EVERYTHING, "stdio"] });
  for (const message of ["one", "two", "three"]) await use(agent.client, "call_tool", { tool: "echo", arguments: { message } });
  const last = await use(agent.client, "timeline", { method: "tools/call", last: 2 });
  const rows = (last.data.entries as Array<{ seq: number; dir: string; untrusted: { text: string } }>).map((r) => ({
    ...r,
    text: r.untrusted.text,
  }));
  expect(last.data.order).toBe("newest first");
  expect(rows.map((r) => r.dir)).toEqual(["server->client", "client->server"]);
  expect(rows[0]!.text).toContain("Echo: three");
  expect(rows[0]!.seq).toBeGreaterThan(rows[1]!.seq);
  expect(last.data.more).toBeDefined();
  const on = await use(agent.client, "timeline", { method: "tools/call", since: 0 });
  expect((on.data.entries as Array<{ untrusted: { text: string } }>)[0]!.untrusted.text).toContain("one");
});
