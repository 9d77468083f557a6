import { describe, expect, test } from "vitest";
import { FaultError, faultOf, networkFault, streamEnded, writeFailure } from "../../server/engine/faults";
import { SseParser } from "../../server/engine/sse-parser";

// Issue 91: the faults below MCP, named once (server/engine/faults.ts) for every shell.

/** fetch's own shape of a network failure: `TypeError: fetch failed` with the socket's error as its cause. */
const fetchFailed = (code: string, message: string) =>
  Object.assign(new TypeError("fetch failed"), { cause: Object.assign(new Error(message), { code }) });

describe("faults", () => {
  test("a network error is named by its cause's code, not its English", () => {
    expect(networkFault(fetchFailed("ECONNREFUSED", "connect ECONNREFUSED 127.0.0.1:9"))?.fault).toBe("connection-refused");
    expect(networkFault(fetchFailed("ECONNRESET", "read ECONNRESET"))).toMatchObject({
      fault: "connection-reset",
      words: expect.stringContaining("read ECONNRESET"),
    });
    expect(networkFault(fetchFailed("UND_ERR_SOCKET", "other side closed"))?.fault).toBe("connection-closed");
    expect(networkFault(new Error("something else"))).toBeUndefined();
  });

  test("a POST answered with an HTTP status was received: said so, never 'was not sent'; refused was not sent; a close got no answer", () => {
    const status = writeFailure(
      "tools/call",
      Object.assign(new Error("Error POSTing to endpoint: boom"), {
        data: { status: 500, statusText: "Internal Server Error", text: "boom" },
      }),
    );
    expect(status).toBeInstanceOf(FaultError);
    expect(status).toMatchObject({ kind: "http-status", fault: "http-status" });
    expect(status.message).toBe(
      "the server received tools/call and answered HTTP 500 Internal Server Error instead of a JSON-RPC response: boom",
    );
    const refused = writeFailure("ping", fetchFailed("ECONNREFUSED", "connect ECONNREFUSED"));
    expect(refused).toMatchObject({
      kind: "send-failed",
      fault: "connection-refused",
      message: expect.stringMatching(/^ping was not sent: /),
    });
    const closed = writeFailure("tools/call", fetchFailed("UND_ERR_SOCKET", "other side closed"));
    expect(closed.message).toMatch(/^tools\/call got no answer: the server closed the connection/);
    expect(faultOf(closed)).toBe("connection-closed");
    expect(faultOf(writeFailure("ping", new Error("odd")))).toBeUndefined();
  });

  test("a response stream that ended without its answer: how it broke when the tap saw it, else a clean end without an answer", () => {
    expect(streamEnded("tools/call", { fault: "connection-reset", words: "the server reset the connection" })).toMatchObject({
      kind: "stream-ended",
      fault: "connection-reset",
      message: "tools/call got no answer: the server reset the connection",
    });
    expect(faultOf(streamEnded("tools/call", undefined))).toBe("stream-cut");
  });
});

describe("SSE parser: the unfinished event, as received", () => {
  test("the lines of the event being read, their line ends as sent, then the partial line; comments left out; nothing once it completes", () => {
    const p = new SseParser();
    expect(p.feed('data: one\n\n: keep-alive\r\nid: 7\r\ndata: {"a"')).toEqual([{ data: "one" }]);
    expect(p.unfinishedText).toBe('id: 7\r\ndata: {"a"');
    expect(p.feed(":1}\n\n")).toEqual([{ id: "7", data: '{"a":1}' }]);
    expect(p.unfinished).toBe(false);
    expect(p.unfinishedText).toBe("");
  });
});
