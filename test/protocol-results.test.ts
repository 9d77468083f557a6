import { describe, expect, expectTypeOf, it } from "vitest";
import { resultObject } from "../lib/protocol/jsonrpc";
import { createTaskResultOf, resultOf } from "../lib/protocol/results";

const response = (result: unknown) => ({ jsonrpc: "2.0", id: 1, result });

describe("resultOf", () => {
  it("gives a response's result typed by its method when the SDK's schema accepts it", () => {
    const tools = resultOf("tools/list", response({ tools: [{ name: "echo", inputSchema: { type: "object" } }], nextCursor: "2" }));
    expect(tools?.tools.map((t) => t.name)).toEqual(["echo"]);
    expect(tools?.nextCursor).toBe("2");
    expectTypeOf(tools?.tools[0].name).toEqualTypeOf<string | undefined>();
    expect(resultOf("completion/complete", { completion: { values: ["a", "b"] } })?.completion.values).toEqual(["a", "b"]);
  });

  it("is undefined for an error, another shape, or a result that breaks the schema", () => {
    expect(resultOf("tools/list", { jsonrpc: "2.0", id: 1, error: { code: -32601, message: "no" } })).toBeUndefined();
    expect(resultOf("tools/list", response({ tools: [{ name: "no input schema" }] }))).toBeUndefined();
    expect(resultOf("completion/complete", response({ completion: {} }))).toBeUndefined();
    expect(resultOf("tools/call", undefined)).toBeUndefined();
  });

  it("reads a task-augmented request's { task } answer", () => {
    const task = { taskId: "t1", status: "working", createdAt: "2025-01-01T00:00:00Z", lastUpdatedAt: "2025-01-01T00:00:00Z", ttl: null };
    expect(createTaskResultOf(response({ task }))?.task.taskId).toBe("t1");
    expect(createTaskResultOf(response({ content: [] }))).toBeUndefined();
  });
});

describe("resultObject", () => {
  it("gives a response's result object as sent, or undefined", () => {
    expect(resultObject(response({ tools: "not a list" }))).toEqual({ tools: "not a list" });
    expect(resultObject(response(3))).toBeUndefined();
    expect(resultObject({ jsonrpc: "2.0", id: 1, method: "ping" })).toBeUndefined();
  });
});
