import { describe, expect, it } from "vitest";
import type { Entry } from "../../lib/record/format";
import { feedEntries } from "../helpers/feed-entries";

const { out, inc, life, stderr, setup, lastSeq, restartSeq } = feedEntries();

describe("ProtocolFeed", () => {
  it("lists an App's notifications/message with the server's logs, named for its App (issue 92)", () => {
    const { store, feed } = setup();
    const app = (dir: "app->host" | "host->app", message: unknown, seq: number): Entry =>
      ({ seq, t: seq, kind: "app", appId: "get-time@1.a", tool: "get-time", dir, message, size: 1 }) as Entry;
    store.push([
      inc({ jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: "from the server" } }),
      app(
        "app->host",
        { jsonrpc: "2.0", method: "notifications/message", params: { level: "info", logger: "basic", data: "Log from the App" } },
        100,
      ),
      // What the host sends the App, and the App's other messages, are not logs.
      app("host->app", { jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: "echo" } }, 101),
      app("app->host", { jsonrpc: "2.0", method: "ui/notifications/size-changed", params: { height: 1 } }, 102),
    ]);
    expect(feed.logs).toMatchObject([
      { data: "from the server" },
      { seq: 100, level: "info", logger: "basic", data: "Log from the App", app: "get-time" },
    ]);
  });

  it("indexes logs, stderr, progress by token, resource updates and tasks from the record", () => {
    const { store, feed } = setup();
    const call = out({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "slow", arguments: {}, _meta: { progressToken: 1 } } });
    const sub = out({ jsonrpc: "2.0", id: 2, method: "resources/subscribe", params: { uri: "demo://a" } });
    store.push([
      call,
      sub,
      inc({ jsonrpc: "2.0", id: 2, result: {} }, { seq: sub.seq, method: "resources/subscribe" }),
      inc({ jsonrpc: "2.0", method: "notifications/progress", params: { progressToken: 1, progress: 2, total: 5, message: "two" } }),
      inc({ jsonrpc: "2.0", method: "notifications/message", params: { level: "warning", logger: "x", data: "careful" } }),
      inc({ jsonrpc: "2.0", method: "notifications/resources/updated", params: { uri: "demo://a" } }),
      stderr("started"),
    ]);
    // Progress is found by the token the call's `accepted` event named, never by guessing the call.
    expect(feed.progressOf({ requestSeq: call.seq, progressToken: 1 })).toMatchObject({ progress: 2, total: 5, message: "two" });
    expect(feed.progressOf({ requestSeq: call.seq, progressToken: 2 })).toBeUndefined();
    expect(feed.progressOf({ requestSeq: call.seq })).toBeUndefined();
    // A later request that reuses the token (a new connection) does not show the old progress.
    expect(feed.progressOf({ requestSeq: lastSeq(), progressToken: 1 })).toBeUndefined();
    expect(feed.logs).toMatchObject([{ level: "warning", logger: "x", data: "careful" }]);
    expect(feed.stderr.map((s) => s.text)).toEqual(["started"]);
    expect(feed.resourceUpdates.map((u) => u.uri)).toEqual(["demo://a"]);

    const task = out({ jsonrpc: "2.0", id: 3, method: "tools/call", params: { name: "research", arguments: {}, task: {} } });
    store.push([
      task,
      inc({ jsonrpc: "2.0", id: 3, result: { task: { taskId: "t1", status: "working" } } }, { seq: task.seq, method: "tools/call" }),
    ]);
    store.push([inc({ jsonrpc: "2.0", method: "notifications/tasks/status", params: { taskId: "t1", status: "completed" } })]);
    expect(feed.tasks.get("t1")).toMatchObject({ status: "completed", tool: "research" });

    // A new connection starts with no tasks.
    store.push([life("connecting", "connecting")]);
    expect(feed.tasks.size).toBe(0);
    expect(feed.logs).toHaveLength(1);
  });

  it("starts over when reset with its store (its Session does both for a restarted backend)", () => {
    const { store, feed } = setup();
    store.push([inc({ jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: "a" } })]);
    expect(feed.logs).toHaveLength(1);
    store.reset();
    feed.reset();
    expect(feed.logs).toHaveLength(0);
    restartSeq();
    store.push([inc({ jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: "b" } })]);
    expect(feed.logs.map((l) => l.data)).toEqual(["b"]);
  });
});
