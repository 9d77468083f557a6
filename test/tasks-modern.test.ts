import type { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { JSONRPCMessage } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, test } from "vitest";
import { engineFactory } from "./helpers/engine";
import { FakeClock } from "./helpers/fake-clock";
import { memoryTarget } from "./helpers/memory-target";
import { waitFor } from "./helpers/targets";

const { newEngine } = engineFactory();

/**
 * A 2026-07-28 server with the tasks extension, written out frame by frame (the SDK's server has
 * no runtime for it): tools/call answers with a task; tasks/get says working, then asks for input,
 * then, once tasks/update brought it, gives the result.
 */
function tasksPeer(seen: Array<Record<string, unknown>>) {
  let phase: "working" | "input" | "done" = "working";
  let answer: unknown;
  const task = (status: string, extra: Record<string, unknown> = {}) => ({
    taskId: "t-1",
    status,
    createdAt: "2026-11-23T00:00:00Z",
    lastUpdatedAt: "2026-11-23T00:00:00Z",
    ttlMs: 60_000,
    pollIntervalMs: 1000,
    ...extra,
  });
  return {
    async connect(t: InMemoryTransport) {
      const reply = (id: unknown, result: Record<string, unknown>) =>
        void t.send({ jsonrpc: "2.0", id, result: { resultType: "complete", ...result } } as JSONRPCMessage);
      t.onmessage = (m) => {
        const msg = m as { id?: unknown; method?: string; params?: Record<string, unknown> };
        seen.push(msg as Record<string, unknown>);
        if (msg.method === "initialize")
          return void t.send({
            jsonrpc: "2.0",
            id: msg.id,
            error: { code: -32022, message: "Unsupported protocol version", data: { supported: ["2026-07-28"] } },
          } as JSONRPCMessage);
        if (msg.method === "server/discover")
          return reply(msg.id, {
            supportedVersions: ["2026-07-28"],
            capabilities: { tools: {}, extensions: { "io.modelcontextprotocol/tasks": {} } },
            _meta: { "io.modelcontextprotocol/serverInfo": { name: "tasks-peer", version: "1" } },
          });
        if (msg.method === "tools/call")
          return void t.send({ jsonrpc: "2.0", id: msg.id, result: { ...task("working"), resultType: "task" } } as JSONRPCMessage);
        if (msg.method === "tasks/get") {
          if (phase === "working") {
            phase = "input";
            return reply(msg.id, task("working"));
          }
          if (phase === "input")
            return reply(
              msg.id,
              task("input_required", {
                inputRequests: {
                  ok: {
                    method: "elicitation/create",
                    params: {
                      mode: "form",
                      message: "Go on?",
                      requestedSchema: { type: "object", properties: { go: { type: "boolean" } } },
                    },
                  },
                },
              }),
            );
          return reply(msg.id, task("completed", { result: { content: [{ type: "text", text: `done: ${JSON.stringify(answer)}` }] } }));
        }
        if (msg.method === "tasks/update") {
          answer = (msg.params!.inputResponses as Record<string, unknown>).ok;
          phase = "done";
          return reply(msg.id, {});
        }
      };
      await t.start();
    },
  };
}

describe("the 2026-07-28 tasks extension, followed by the engine (in memory, fake clock)", () => {
  test("a task result is polled at its pollIntervalMs; its input request reaches the person; tasks/update carries the answer; the final result comes from tasks/get", async () => {
    const clock = new FakeClock();
    const seen: Array<Record<string, unknown>> = [];
    const { engine } = newEngine({ transports: memoryTarget(() => tasksPeer(seen)), clock });
    const state = await engine.connect({
      target: { transport: "stdio", command: "in-memory" },
      capabilities: { tasks: true },
      timeouts: { initializeMs: 2000 },
    });

    expect(state.negotiated?.era).toBe("modern");
    // Tasks are an extension in this era: offered under extensions, not as the 2025 capability.
    const discover = seen.find((m) => m.method === "server/discover") as {
      params: { _meta: Record<string, { tasks?: unknown; extensions?: unknown }> };
    };
    expect(discover.params._meta["io.modelcontextprotocol/clientCapabilities"]).toMatchObject({
      extensions: { "io.modelcontextprotocol/tasks": {} },
    });
    expect(discover.params._meta["io.modelcontextprotocol/clientCapabilities"].tasks).toBeUndefined();

    const created = await engine.callTool("long", {});
    expect(created.result).toMatchObject({ resultType: "task", taskId: "t-1" });
    const final = engine.taskResult("t-1");
    expect(seen.filter((m) => m.method === "tasks/get")).toHaveLength(0);
    await clock.advance(1000);
    await waitFor(() => seen.filter((m) => m.method === "tasks/get").length === 1, 2000, "the first poll");
    await clock.advance(1000);
    const pending = await waitFor(() => engine.getState().pending[0], 2000, "the task's input request");
    expect(pending).toMatchObject({ method: "elicitation/create", inputRequired: { key: "ok" } });
    await engine.answer(pending.pendingId, { result: { action: "accept", content: { go: true } } });
    await waitFor(() => seen.some((m) => m.method === "tasks/update"), 2000, "tasks/update");
    await clock.advance(1000);
    const out = await final;
    expect(out.result).toEqual({ content: [{ type: "text", text: 'done: {"action":"accept","content":{"go":true}}' }] });
    expect(seen.map((m) => m.method).filter(Boolean)).toEqual([
      "initialize",
      "server/discover",
      "tools/call",
      "tasks/get",
      "tasks/get",
      "tasks/update",
      "tasks/get",
    ]);
  });
});
