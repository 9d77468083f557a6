import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { EVERYTHING } from "../helpers/targets";
import { agentClient, use } from "./helpers";

let agent: Awaited<ReturnType<typeof agentClient>>;
beforeEach(async () => void (agent = await agentClient()));
afterEach(async () => agent.close());

const COLLECTION = `steps:
  - name: echo answers
    tool: echo
    arguments: { message: hello }
    expect:
      - path: $.content[0].text
        equals: "Echo: hello"
  - name: sum is wrong on purpose
    tool: get-sum
    arguments: { a: 2, b: 3 }
    expect:
      - path: $.content[0].text
        equals: "nope"
`;

test("run_collection runs a collection's steps on the agent's connection and says which failed", async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "agent-collection-"));
  const file = path.join(dir, "smoke.mcp-tests.yaml");
  writeFileSync(file, COLLECTION);
  // run_collection reads only under the inspector's folder: here, the test's own.
  await agent.close();
  agent = await agentClient({ root: dir });
  await use(agent.client, "connect", { command: process.execPath, args: [EVERYTHING, "stdio"] });
  const r = await use(agent.client, "run_collection", { file });
  expect(r.isError, r.text).toBe(false);
  expect(r.data.counts).toMatchObject({ pass: 1, fail: 1 });
  expect(r.data.steps).toEqual([
    expect.objectContaining({ name: "echo answers", status: "pass" }),
    expect.objectContaining({ name: "sum is wrong on purpose", status: "fail" }),
  ]);
  // The connection is still the agent's after the run.
  expect((await use(agent.client, "call_tool", { tool: "echo", arguments: { message: "still here" } })).isError).toBe(false);

  writeFileSync(file, "steps:\n  - method: tools/cal\n");
  const bad = await use(agent.client, "run_collection", { file });
  expect(bad.isError).toBe(true);
  expect(bad.text).toContain(`usage: run_collection: ${file}:2 steps[0].method: unknown method "tools/cal"`);
});
