// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { Entry } from "../../lib/record/format";
import type { Tool } from "../../lib/protocol/shapes";
import type { ReplayItem, ReplayReport } from "../../lib/session/replay-result";
import { DiffView } from "../../features/recording/diff-view";
import { RecordedCalls } from "../../features/recording/recorded-calls";
import { appRelayedSeqs, recordedAppMessageCounts, replayedAppOf, unlistedCallTools } from "../../features/recording/replayed-apps";

afterEach(cleanup);

// Issue 24 item 8: after a confirmed Reproduce, a replayed tools/call of a tool that the live
// server lists with a ui:// App renders that App from the live answer; a recording's own App
// messages are data.
const APP_TOOL: Tool = { name: "get-time", _meta: { ui: { resourceUri: "ui://get-time/mcp-app.html" } } };
const PLAIN: Tool = { name: "echo" };
const LEGACY: Tool = { name: "old", _meta: { "ui/resourceUri": "ui://old/app.html" } };
const LIVE_RESULT = { content: [{ type: "text", text: "2026-01-02T03:04:05Z" }] };

const call = (recordedSeq: number, name: string, replayed: unknown, extra: Partial<ReplayItem> = {}): ReplayItem => ({
  recordedSeq,
  method: "tools/call",
  params: { name, arguments: { zone: "UTC" } },
  status: "changed",
  recorded: { result: { content: [{ type: "text", text: "recorded" }] } },
  replayed,
  diff: [],
  replayedRequestSeq: 40 + recordedSeq,
  replayedResponseSeq: 41 + recordedSeq,
  ...extra,
});

const entries: Entry[] = [
  {
    seq: 9,
    t: 1,
    kind: "message",
    dir: "client->server",
    message: { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "get-time", arguments: {} } },
    size: 10,
  },
  {
    seq: 13,
    t: 2,
    kind: "app",
    dir: "host->app",
    appId: "get-time@9.abc",
    tool: "get-time",
    message: {
      jsonrpc: "2.0",
      method: "ui/notifications/sandbox-resource-ready",
      params: { html: "<script>parent.postMessage('ran','*')</script>" },
    },
    size: 60,
  },
  {
    seq: 22,
    t: 3,
    kind: "app",
    dir: "app->host",
    appId: "get-time@9.abc",
    tool: "get-time",
    message: { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "get-time" } },
    size: 40,
  },
  {
    seq: 23,
    t: 4,
    kind: "message",
    dir: "client->server",
    message: { jsonrpc: "2.0", id: 4, method: "tools/call", params: { name: "get-time", arguments: {} } },
    size: 10,
  },
  {
    seq: 25,
    t: 5,
    kind: "app",
    dir: "host->app",
    appId: "get-time@9.abc",
    tool: "get-time",
    message: { jsonrpc: "2.0", id: 1, result: {} },
    size: 20,
    serverSeq: 23,
  },
];

describe("which replayed calls render an App", () => {
  const relayed = appRelayedSeqs(entries);

  it("a replayed call of a tool the live server lists with a ui:// App: its App, given the live answer and where it is in the live record", () => {
    const found = replayedAppOf(call(9, "get-time", { result: LIVE_RESULT }), [PLAIN, APP_TOOL], relayed);
    expect(found).toEqual({
      kind: "app",
      app: {
        tool: APP_TOOL,
        args: { zone: "UTC" },
        outcome: { result: LIVE_RESULT, verdict: null, durationMs: 0, requestSeq: 49, responseSeq: 50 },
      },
    });
    expect(replayedAppOf(call(3, "old", { result: LIVE_RESULT }), [LEGACY], relayed)?.kind).toBe("app");
  });

  it("the server's JSON-RPC error still renders the App (told as a cancellation), as a run in the Tools tab does", () => {
    const found = replayedAppOf(call(9, "get-time", { error: { code: -32603, message: "boom" } }), [APP_TOOL], relayed);
    expect(found?.kind === "app" && found.app.outcome).toMatchObject({ error: { code: -32603, message: "boom" } });
    expect(found?.kind === "app" && "result" in found.app.outcome).toBe(false);
  });

  it("the live listing decides, never the recording: a tool the live server lists without an App, or does not list, renders none", () => {
    expect(replayedAppOf(call(9, "get-time", { result: LIVE_RESULT }), [{ name: "get-time" }], relayed)).toBeUndefined();
    expect(replayedAppOf(call(9, "get-time", { result: LIVE_RESULT }), [], relayed)).toBeUndefined();
    expect(
      replayedAppOf(
        call(9, "get-time", { result: LIVE_RESULT }),
        [{ name: "get-time", _meta: { ui: { resourceUri: "https://example.com/app.html" } } }],
        relayed,
      ),
    ).toBeUndefined();
    expect(unlistedCallTools([call(9, "get-time", {}), call(5, "echo", {})], [PLAIN])).toEqual(["get-time"]);
  });

  it("no App for a call that got no answer, one the recording cancelled, one that became a task, or another method", () => {
    expect(replayedAppOf(call(9, "get-time", undefined, { status: "no-response" }), [APP_TOOL], relayed)).toBeUndefined();
    expect(replayedAppOf(call(9, "get-time", undefined, { status: "cancelled" }), [APP_TOOL], relayed)).toBeUndefined();
    expect(
      replayedAppOf(call(9, "get-time", { result: { task: { taskId: "t1", status: "working" } } }), [APP_TOOL], relayed),
    ).toBeUndefined();
    expect(
      replayedAppOf({ ...call(9, "get-time", { result: LIVE_RESULT }), method: "resources/read" }, [APP_TOOL], relayed),
    ).toBeUndefined();
  });

  it("a call an App made in the recording (the host's answer names it by serverSeq) gets no App of its own", () => {
    expect([...relayed]).toEqual([23]);
    expect(replayedAppOf(call(23, "get-time", { result: LIVE_RESULT }), [APP_TOOL], relayed)).toEqual({ kind: "made-by-app" });
  });
});

describe("a recording's App is data", () => {
  it("the Tool results tab says the App's messages are data and it does not run; nothing is framed", () => {
    const calls = [{ name: "get-time", requestSeq: 9, responseSeq: 10, arguments: {}, result: LIVE_RESULT }];
    const { container, getByTestId } = render(
      <RecordedCalls calls={calls} onShowEntry={() => undefined} appMessages={recordedAppMessageCounts(entries)} />,
    );
    expect(getByTestId("recorded-app-note").textContent).toContain("its 3 App messages are in the timeline as data");
    expect(getByTestId("recorded-app-note").textContent).toContain("does not run here");
    expect(container.querySelector("iframe")).toBeNull();
  });

  it("the Replay diff shows what it is given under an item, and nothing without it", () => {
    const report: ReplayReport = {
      target: "node app.js",
      connected: true,
      items: [call(9, "get-time", { result: LIVE_RESULT })],
      summary: { same: 0, changed: 1, newError: 0, fixedError: 0, noResponse: 0, sent: 0, cancelled: 0 },
    };
    const plain = render(<DiffView report={report} onShowEntry={() => undefined} />);
    expect(plain.container.querySelector("[data-testid=live-extra]")).toBeNull();
    cleanup();
    const { getByTestId } = render(
      <DiffView report={report} onShowEntry={() => undefined} extraOf={(i) => <p data-testid="live-extra">App of #{i.recordedSeq}</p>} />,
    );
    expect(getByTestId("diff-item").contains(getByTestId("live-extra"))).toBe(true);
    expect(getByTestId("live-extra").textContent).toBe("App of #9");
  });
});
