import { afterEach, describe, expect, test } from "vitest";
import { Engine } from "../server/engine";
import { RecordStore } from "../server/record/store";
import type { Entry, MessageEntry } from "../lib/record/format";
import { EVERYTHING, everythingStdio, waitFor } from "./helpers/targets";
import { runLauncher } from "./helpers/launcher";
import { waitForEntry } from "./lint/session";

let engine: Engine | undefined;
afterEach(() => engine?.close());

const withTasks = { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: true };

/** A notifications/tasks/status for `taskId` saying `status`. */
const isStatus = (e: Entry, taskId: string, status: string) => {
  if (e.kind !== "message") return false;
  const m = e.message as { method?: string; params?: { taskId?: string; status?: string } };
  return m.method === "notifications/tasks/status" && m.params?.taskId === taskId && m.params.status === status;
};

describe("tasks (2025-11-25)", () => {
  test("a server-side task: tools/call as a task, tasks/get says completed once the server announces it, tasks/result", async () => {
    const rec = new RecordStore();
    engine = new Engine(rec, { name: "t", version: "0" });
    await engine.connect({ target: everythingStdio(), capabilities: withTasks });
    const created = await engine.request("tools/call", {
      name: "simulate-research-query",
      arguments: { topic: "tides" },
      task: { ttl: 60_000 },
    });
    const task = (created.result as { task: { taskId: string; status: string } }).task;
    expect(task.status).toBe("working");
    // The server announces each status change (notifications/tasks/status): wait for its
    // "completed" instead of polling on a timer; tasks/get must then agree.
    await waitForEntry(rec, (e) => isStatus(e, task.taskId, "completed"), "the task's completed status", 15_000);
    const status = ((await engine.request("tasks/get", { taskId: task.taskId })).result as { status: string }).status;
    expect(status).toBe("completed");
    const result = await engine.request("tasks/result", { taskId: task.taskId });
    expect(JSON.stringify(result.result)).toContain("tides");
  });

  test("a client-side task: the server's async sampling gets a task at once, polls, and receives the person's answer", async () => {
    const rec = new RecordStore();
    engine = new Engine(rec, { name: "t", version: "0" });
    await engine.connect({ target: everythingStdio(), capabilities: withTasks });
    const call = engine.callTool("trigger-sampling-request-async", { prompt: "hi", maxTokens: 5 });
    const pending = await waitFor(
      () => engine!.getState().pending.find((p) => p.method === "sampling/createMessage"),
      10_000,
      "held async sampling",
    );
    expect(pending).toMatchObject({ method: "sampling/createMessage", taskId: expect.any(String) });
    // The server already holds a CreateTaskResult and polls tasks/get while the person thinks.
    await waitFor(
      () => rec.since(0).some((e) => e.kind === "message" && (e.message as { method?: string }).method === "tasks/get"),
      5000,
      "a tasks/get poll",
    );
    await engine.answer(pending.pendingId, {
      result: { role: "assistant", content: { type: "text", text: "answered as a task" }, model: "person" },
    });
    const out = await call;
    const text = JSON.stringify(out.result);
    expect(text).toContain("[COMPLETED]");
    expect(text).toContain("answered as a task");
    const createReply = rec
      .since(0)
      .find((e): e is MessageEntry => e.kind === "message" && e.dir === "client->server" && e.pair?.seq === pending.seq)!;
    expect((createReply.message as { result: { task: { taskId: string } } }).result.task.taskId).toBe(pending.taskId);
  }, 20_000);
});

describe("tasks, headless", () => {
  test("--cli --task follows the task the server created (tasks/get, tasks/result) and prints the tool's final result", async () => {
    const run = runLauncher([
      "--cli",
      "--task",
      "--method",
      "tools/call",
      "--tool-name",
      "simulate-research-query",
      "--tool-arg",
      "topic=tides",
      "--",
      process.execPath,
      EVERYTHING,
      "stdio",
    ]);
    expect(await run.exited).toMatchObject({ code: 0 });
    const printed = JSON.parse(run.stdout()) as { content: Array<{ text: string }>; task?: unknown };
    expect(printed.task).toBeUndefined();
    expect(printed.content[0].text).toMatch(/^# Research Report: tides/);
  }, 30_000);

  test("the engine follows a task once, whoever started it: no polling once the server notifies status, and one tasks/result when someone waits", async () => {
    const rec = new RecordStore();
    engine = new Engine(rec, { name: "t", version: "0" });
    await engine.connect({ target: everythingStdio(), capabilities: withTasks });
    const created = await engine.callTool("simulate-research-query", { topic: "tides" }, { task: {} });
    const taskId = (created.result as { task: { taskId: string } }).task.taskId;
    const final = await engine.taskResult(taskId);
    expect(JSON.stringify(final.result)).toContain("tides");
    const sentMethods = rec
      .since(0)
      .flatMap((e) => (e.kind === "message" && e.dir === "client->server" ? [(e.message as { method?: string }).method] : []));
    expect(sentMethods.filter((m) => m === "tasks/result")).toHaveLength(1);
    // The everything server notifies status changes itself: the engine then does not poll.
    const firstStatus = rec
      .since(0)
      .find((e) => e.kind === "message" && (e.message as { method?: string }).method === "notifications/tasks/status");
    expect(firstStatus).toBeDefined();
    const pollsAfter = rec
      .since(firstStatus!.seq)
      .filter((e) => e.kind === "message" && e.dir === "client->server" && (e.message as { method?: string }).method === "tasks/get");
    expect(pollsAfter).toHaveLength(0);
  }, 30_000);
});
