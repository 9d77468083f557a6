import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { EVERYTHING, FIXTURES } from "../helpers/targets";
import { agentClient, use } from "./helpers";

let agent: Awaited<ReturnType<typeof agentClient>>;
beforeEach(async () => void (agent = await agentClient()));
afterEach(async () => agent.close());

describe("inspector mcp, driven as an agent drives it", () => {
  test("connect to the everything server, list its tools, call one", async () => {
    const c = await use(agent.client, "connect", { command: process.execPath, args: [EVERYTHING, "stdio"] });
    expect(c.isError, c.text).toBe(false);
    expect(c.data).toMatchObject({ name: "default", status: "connected" });
    expect((c.data.listed as Record<string, number>).tools).toBeGreaterThan(5);

    const tools = await use(agent.client, "list", { kind: "tools" });
    expect((tools.data.untrusted as { items: Array<{ name: string }> }).items.map((t) => t.name)).toContain("echo");

    const r = await use(agent.client, "call_tool", { tool: "echo", arguments: { message: "hi agent" } });
    expect(r.isError, r.text).toBe(false);
    expect(r.data).toMatchObject({
      status: "done",
      result: { isError: false, untrusted: { content: [{ type: "text", text: "Echo: hi agent" }] } },
    });

    const rows = await use(agent.client, "timeline", { method: "tools/call" });
    // Newest first: the response, then its request.
    expect((rows.data.entries as Array<{ dir: string }>).map((e) => e.dir)).toEqual(["server->client", "client->server"]);
    const unknown = await use(agent.client, "call_tool", { tool: "no-such-tool" });
    expect(unknown.isError).toBe(true);
    expect(unknown.data.error).toMatch(/^(tool_not_found|rpc_error): /);
  });

  test("a sampling request only the agent can answer: the call waits, the agent answers, the call's result comes", async () => {
    await use(agent.client, "connect", { command: process.execPath, args: [EVERYTHING, "stdio"], hold: ["sampling"] });
    const call = await use(agent.client, "call_tool", { tool: "trigger-sampling-request", arguments: { prompt: "Say hi" } });
    expect(call.data).toMatchObject({ status: "waiting", pending: [{ method: "sampling/createMessage" }] });
    const [pending] = call.data.pending as Array<{ pendingId: string }>;
    const answered = await use(agent.client, "answer_request", {
      pendingId: pending.pendingId,
      result: { role: "assistant", content: { type: "text", text: "Hi from the agent" }, model: "agent-1" },
    });
    expect(answered.isError, answered.text).toBe(false);
    const done = await use(agent.client, "await_call", { requestSeq: call.data.requestSeq });
    expect(done.data.status).toBe("done");
    expect(done.text).toContain("Hi from the agent");
  });

  test("a server that exits on start: its exit status and stderr; fixed and restarted: what changed", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "agent-flaky-"));
    const flag = path.join(dir, "mode");
    const target = {
      connection: "flaky",
      command: process.execPath,
      args: [path.join(FIXTURES, "agent-flaky.mjs")],
      env: { FLAKY_FLAG: flag },
    };

    writeFileSync(flag, "v1");
    expect((await use(agent.client, "connect", target)).data.status).toBe("connected");

    writeFileSync(flag, "broken");
    const down = await use(agent.client, "restart", { connection: "flaky" });
    // It did not come up: a failure, with why.
    expect(down.isError, down.text).toBe(true);
    expect(down.data).toMatchObject({ status: "failed", error: { kind: "exited", exitCode: 1 } });
    const out = await use(agent.client, "target_output", { connection: "flaky" });
    expect(out.data.exit).toMatchObject({ code: 1 });
    expect((out.data.untrusted as { stderr: string[] }).stderr.join("\n")).toContain("missing field `port`");

    writeFileSync(flag, "v2");
    const up = await use(agent.client, "restart", { connection: "flaky" });
    expect(up.data.status).toBe("connected");
    const diff = (up.data.diff as { untrusted: { changes: Array<{ severity: string; subject: string }>; text: string } }).untrusted;
    const changes = diff.changes;
    expect(changes).toContainEqual(expect.objectContaining({ severity: "compatible", subject: "farewell" }));
    expect(changes).toContainEqual(expect.objectContaining({ severity: "breaking", subject: "greet" }));
    expect(diff.text).toMatch(/farewell/);

    const both = await use(agent.client, "status");
    expect((both.data.connections as Array<{ name: string }>).map((c) => c.name)).toEqual(["flaky"]);
  });
});
