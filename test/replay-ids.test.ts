import { describe, expect, test } from "vitest";
import type { Entry } from "../lib/record/format";
import { replayPassed, replaySummaryText, summarizeReplay, type ReplayReport } from "../lib/session/replay-result";
import { cancelledRequests } from "../lib/session/left-out";
import { IdMap, echoedIds } from "../server/replay/minted-ids";

let seq = 0;
const out = (message: object, extra: object = {}): Entry =>
  ({ seq: ++seq, t: seq, kind: "message", dir: "client->server", message: { jsonrpc: "2.0", ...message }, size: 1, ...extra }) as Entry;
const back = (pairSeq: number, method: string, message: object): Entry =>
  ({
    seq: ++seq,
    t: seq,
    kind: "message",
    dir: "server->client",
    message: { jsonrpc: "2.0", ...message },
    size: 1,
    pair: { seq: pairSeq, method, latencyMs: 1 },
  }) as Entry;
const note = (text: string): Entry => ({ seq: ++seq, t: seq, kind: "lifecycle", event: "note", text }) as Entry;
const connecting = (): Entry => ({ seq: ++seq, t: seq, kind: "lifecycle", event: "connecting", text: "" }) as Entry;

describe("a cancelled call in the recording", () => {
  test("notifications/cancelled names the request it ends, with the reason; an answered call is not cancelled", () => {
    seq = 0;
    const entries = [
      out({ id: 1, method: "tools/call", params: { name: "slow" } }),
      out({ id: 2, method: "tools/call", params: { name: "echo" } }),
      back(2, "tools/call", { id: 2, result: {} }),
      out({ method: "notifications/cancelled", params: { requestId: 1, reason: "the person pressed Cancel" } }),
    ];
    expect([...cancelledRequests(entries)]).toEqual([[1, "cancelled in the recording: the person pressed Cancel"]]);
  });

  test("ids are per connection: a cancel on the new connection is not the old request with the same id", () => {
    seq = 0;
    const entries = [
      out({ id: 1, method: "tools/call" }),
      back(1, "tools/call", { id: 1, result: {} }),
      connecting(),
      out({ id: 1, method: "tools/call" }),
      out({ method: "notifications/cancelled", params: { requestId: 1 } }),
    ];
    expect([...cancelledRequests(entries).keys()]).toEqual([4]);
  });

  test("2026-07-28 over HTTP: the stream closed as the cancellation; a retried round stands for its first request", () => {
    seq = 0;
    const entries = [
      out({ id: 7, method: "tools/call" }),
      out({ id: 8, method: "tools/call" }, { retryOf: 1 }),
      note("request 8 (tools/call) ended by closing its HTTP stream: in the 2026-07-28 era that is the cancellation (aborted)"),
    ];
    expect([...cancelledRequests(entries)]).toEqual([[1, "cancelled in the recording (its HTTP stream was closed)"]]);
  });
});

describe("server-minted ids", () => {
  const recorded = [
    out({ id: 1, method: "tools/call", params: { name: "research", task: { ttl: 60000 } } }),
    back(1, "tools/call", { id: 1, result: { task: { taskId: "task-recorded", status: "working" }, note: "ok" } }),
    out({ id: 2, method: "tasks/result", params: { taskId: "task-recorded" } }),
    out({ id: 3, method: "tools/list", params: {} }),
    back(3, "tools/list", { id: 3, result: { tools: [], nextCursor: "page-2" } }),
    out({ id: 4, method: "tools/list", params: { cursor: "page-2", note: "ok" } }),
  ];

  test("only ids the server minted at an id-like key and the client sent back are candidates", () => {
    expect([...echoedIds(recorded)].sort()).toEqual(["page-2", "task-recorded"]);
  });

  test("the live id replaces the recorded one in later requests, and says which", () => {
    const ids = new IdMap(echoedIds(recorded));
    expect(ids.apply({ taskId: "task-recorded" })).toEqual({ value: { taskId: "task-recorded" }, mapped: [] });
    ids.learn(
      { task: { taskId: "task-recorded", status: "working" }, note: "ok" },
      { task: { taskId: "task-live", status: "working" }, note: "changed" },
    );
    ids.learn({ tools: [], nextCursor: "page-2" }, { tools: [], nextCursor: "p2-live" });
    expect(ids.apply({ taskId: "task-recorded" })).toEqual({
      value: { taskId: "task-live" },
      mapped: [{ from: "task-recorded", to: "task-live" }],
    });
    // A plain value that differs ("ok" -> "changed") is not an id: never rewritten.
    expect(ids.apply({ cursor: "page-2", note: "ok", deep: [{ ref: "task-recorded" }] })).toEqual({
      value: { cursor: "p2-live", note: "ok", deep: [{ ref: "task-live" }] },
      mapped: [
        { from: "page-2", to: "p2-live" },
        { from: "task-recorded", to: "task-live" },
      ],
    });
  });

  test("an id the live server did not mint differently is left alone", () => {
    const ids = new IdMap(echoedIds(recorded));
    ids.learn({ task: { taskId: "task-recorded" } }, { task: { taskId: "task-recorded" } });
    ids.learn({ task: { taskId: "task-recorded" } }, { error: "gone" });
    expect(ids.apply({ taskId: "task-recorded" }).mapped).toEqual([]);
  });
});

describe("the report", () => {
  test("a call cancelled in the recording is counted and said, and does not fail the replay", () => {
    const items = [{ status: "same" as const }, { status: "cancelled" as const }, { status: "sent" as const }];
    const report: ReplayReport = { target: "t", connected: true, items: [], summary: summarizeReplay(items) };
    expect(report.summary).toMatchObject({ same: 1, cancelled: 1, sent: 1 });
    expect(replayPassed(report)).toBe(true);
    expect(replaySummaryText(report)).toBe("1 same, 0 changed, 1 cancelled in the recording (not sent), 1 notification sent");
  });
});
