import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterEach, beforeEach, expect, test } from "vitest";
import type { RunningInspector } from "../../server/launcher/inspector";
import { connectClient, startTestInspector } from "../helpers/inspector";
import { FIXTURES, waitFor } from "../helpers/targets";
import { use } from "./helpers";

// Issue 51.3: the page and an agent on the launcher's /mcp share one session, as two people at
// one desk. The person drives it here through the page's own socket protocol (the bridge), as the
// page does; e2e/agent.spec.ts does the same with the page open in a browser.

let inspector: RunningInspector;
let agent: Client;
let flag: string;
beforeEach(async () => {
  inspector = await startTestInspector();
  agent = new Client({ name: "agent-test", version: "1.0.0" });
  await agent.connect(
    new StreamableHTTPClientTransport(new URL(inspector.agentUrl!), {
      requestInit: { headers: { Authorization: `Bearer ${inspector.token}` } },
    }),
  );
  flag = path.join(mkdtempSync(path.join(os.tmpdir(), "agent-shared-")), "mode");
  writeFileSync(flag, "v1");
});
afterEach(async () => {
  await agent.close().catch(() => undefined);
  await inspector.close();
});

/** The person's page: connects the fixable server (1.0.0) offering sampling, as the page's Connect does. */
async function personConnects() {
  const page = await connectClient(inspector);
  await page.client.hello(0);
  const target = {
    transport: "stdio" as const,
    command: process.execPath,
    args: [path.join(FIXTURES, "agent-fixable.mjs")],
    env: { FIXABLE_FLAG: flag },
  };
  await page.client.command({ type: "connect", spec: { target, capabilities: { sampling: true } } });
  return page;
}

test("the agent's first status shows the person's connection; it neither closes nor replaces it unless told, and says so", async () => {
  const fresh = await use(agent, "status");
  expect(fresh.data.connections).toEqual([expect.objectContaining({ name: "page", status: "idle" })]);
  await personConnects();
  const now = await use(agent, "status");
  expect(now.data.connections).toEqual([
    expect.objectContaining({
      name: "page",
      status: "connected",
      untrusted: expect.objectContaining({ serverInfo: { name: "agent-fixable", version: "1.0.0" } }),
    }),
  ]);

  const closed = await use(agent, "disconnect");
  expect(closed.isError).toBe(true);
  expect(closed.text).toMatch(/the page's connection is the person's: left as it is\. Pass takeOver: true/);
  const replaced = await use(agent, "connect", { command: process.execPath, args: ["-e", "0"] });
  expect(replaced.isError).toBe(true);
  expect(replaced.text).toMatch(/pass takeOver: true to replace theirs/);
  expect(inspector.engine.getState()).toMatchObject({ status: "connected" });

  // The agent's own connection beside it is fine.
  writeFileSync(flag, "v2");
  const own = await use(agent, "connect", {
    connection: "mine",
    command: process.execPath,
    args: [path.join(FIXTURES, "agent-fixable.mjs")],
    env: { FIXABLE_FLAG: flag },
  });
  expect(own.data).toMatchObject({ name: "mine", status: "connected" });
  expect(inspector.engine.getState().negotiated?.serverInfo).toMatchObject({ version: "1.0.0" });

  const taken = await use(agent, "disconnect", { connection: "page", takeOver: true });
  expect(taken.isError, taken.text).toBe(false);
  expect(inspector.engine.getState().status).toBe("disconnected");
  const rows = await use(agent, "timeline", { connection: "page", kind: "lifecycle" });
  const lifecycle = rows.data.entries as Array<{ text: string; by?: string; event?: string }>;
  expect(lifecycle.find((r) => r.event === "disconnected")).toMatchObject({ by: "agent" });
  expect(lifecycle.find((r) => r.event === "connecting")).toMatchObject({ by: "person" });
  // The record itself, as the page's timeline and a saved session read it: the agent's rows say so.
  const recorded = inspector.record.since(0).filter((e) => e.kind === "lifecycle");
  expect(recorded.filter((e) => e.event === "disconnected").at(-1)).toMatchObject({ by: "agent" });
  expect(recorded.find((e) => e.event === "connecting")).not.toHaveProperty("by");
});

test("restart on the person's connection diffs against their process (1.0.0 → 1.0.1); a call before any list is judged", async () => {
  const page = await personConnects();
  // Nobody listed the tools: the agent's call still checks the outputSchema (48.6).
  const broken = await use(agent, "call_tool", { tool: "weather", arguments: { city: "Oslo" } });
  expect(broken.data).toMatchObject({ status: "done", result: { outputSchema: { valid: false } } });

  await page.client.command({ type: "call-tool", name: "weather", arguments: { city: "Bergen" } });
  const calls = await use(agent, "timeline", { method: "tools/call", dir: "client->server" });
  expect((calls.data.entries as Array<{ by: string }>).map((r) => r.by)).toEqual(["person", "agent"]);

  writeFileSync(flag, "v2");
  const up = await use(agent, "restart");
  expect(up.isError, up.text).toBe(false);
  expect(up.data.note).toMatch(/the person's page connection/);
  expect(up.data.diff).toMatchObject({
    untrusted: {
      changes: expect.arrayContaining([expect.objectContaining({ area: "serverInfo", message: expect.stringContaining("1.0.1") })]),
    },
  });
  const findings = await use(agent, "findings");
  expect(findings.data).toMatchObject({ total: 0, about: { pid: up.data.pid } });
});

test("a sampling request waiting for the person returns to the agent within its timeoutMs, and can be awaited", async () => {
  const page = await personConnects();
  const call = await use(agent, "call_tool", { tool: "ask", timeoutMs: 1_500 });
  expect(call.isError, call.text).toBe(false);
  expect(call.data).toMatchObject({
    status: "waiting",
    waitingFor: "person",
    pending: [expect.objectContaining({ method: "sampling/createMessage", waitingFor: "person" })],
  });
  expect(JSON.stringify(call.data.pending)).toContain("What is the weather like?");

  const waited = use(agent, "await_call", { requestSeq: call.data.requestSeq, timeoutMs: 30_000 });
  const [pending] = call.data.pending as Array<{ pendingId: string }>;
  await waitFor(() => inspector.engine.getState().pending.length > 0, 5_000, "the request in the page");
  await page.client.command({
    type: "answer",
    pendingId: pending!.pendingId,
    result: { role: "assistant", content: { type: "text", text: "sunny" }, model: "person" },
  });
  const done = await waited;
  expect(done.data.status).toBe("done");
  expect(done.text).toContain("the model said: sunny");
});

test("a page connection the agent made itself is the agent's to replace and close", async () => {
  const target = { command: process.execPath, args: [path.join(FIXTURES, "agent-fixable.mjs")], env: { FIXABLE_FLAG: flag } };
  expect((await use(agent, "connect", target)).data).toMatchObject({ name: "page", status: "connected" });
  writeFileSync(flag, "v2");
  const again = await use(agent, "connect", target);
  expect(again.isError, again.text).toBe(false);
  expect(inspector.engine.getState().negotiated?.serverInfo).toMatchObject({ version: "1.0.1" });
  expect((await use(agent, "disconnect")).isError).toBe(false);
  // Once the person connects it, it is theirs again.
  await personConnects();
  expect((await use(agent, "disconnect")).isError).toBe(true);
});

test("a request waiting for the person is answered by the agent only with takeOver; the reply row and the request the agent's call raised say so", async () => {
  const page = await personConnects();
  // The person's own call raises a sampling request: not the agent's.
  void page.client.command({ type: "call-tool", name: "ask", arguments: {} });
  await waitFor(() => inspector.engine.getState().pending.length > 0, 5_000, "the person's request in the page");
  const [personal] = inspector.engine.getState().pending;
  const raised = inspector.record.get(personal!.seq);
  expect(raised).not.toHaveProperty("by");

  const refused = await use(agent, "answer_request", {
    pendingId: personal!.pendingId,
    result: { role: "assistant", content: { type: "text", text: "x" }, model: "m" },
  });
  expect(refused.isError).toBe(true);
  expect(refused.text).toMatch(/waits for the person in the page's Requests tab: left for them.*takeOver: true/);
  expect(inspector.engine.getState().pending).toHaveLength(1);

  const taken = await use(agent, "answer_request", {
    pendingId: personal!.pendingId,
    takeOver: true,
    error: { code: -1, message: "declined by the agent" },
  });
  expect(taken.isError, taken.text).toBe(false);
  expect(taken.data.note).toMatch(/answered for the person/);
  const reply = inspector.record.since(0).find((e) => e.kind === "message" && e.dir === "client->server" && e.pair?.seq === personal!.seq);
  expect(reply).toMatchObject({ by: "agent" });

  // The agent's own call raises one: the request row is the agent's, in the record and in timeline.
  const call = await use(agent, "call_tool", { tool: "ask", timeoutMs: 500 });
  expect(call.data.status).toBe("waiting");
  const [ours] = call.data.pending as Array<{ seq: number }>;
  expect(inspector.record.get(ours!.seq)).toMatchObject({ by: "agent" });
  const row = await use(agent, "timeline", { seq: ours!.seq });
  expect(row.data.entries).toEqual([expect.objectContaining({ by: "agent" })]);
});
