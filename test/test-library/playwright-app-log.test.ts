import { describe, expect, it } from "vitest";
import { RecordStore } from "../../server/record/store";
import { AppRecorder } from "../../server/record/app-recorder";
import type { AppCspViolation as RecordCspViolation } from "../../lib/record/format";
import {
  appEntries,
  appIdsOf,
  cspViolationsOf,
  listedTools,
  messagesOf,
  notificationsOf,
  requestsOf,
  sizeChangesOf,
  toolResultOf,
} from "../../server/playwright/app-log";
import type { AppCspViolation } from "../../server/playwright/types";

// The public CSP violation type is written by hand (no zod in the .d.ts): the record's must fit it.
type Holds<T extends true> = T;
export type CspViolationFits = Holds<RecordCspViolation extends AppCspViolation ? true : false>;

const rpc = (o: Record<string, unknown>) => ({ jsonrpc: "2.0", ...o });

/** One App's conversation written by the backend's own AppRecorder (which pairs responses), beside another App's. */
function recorded() {
  const record = new RecordStore();
  const apps = new AppRecorder((d) => record.append(d));
  const say = (appId: string, dir: "app->host" | "host->app", message: unknown) => apps.record({ appId, tool: "panel", dir, message });
  say("a", "app->host", rpc({ method: "ui/notifications/sandbox-proxy-ready", params: {} }));
  say("a", "app->host", rpc({ id: 1, method: "ui/initialize", params: { protocolVersion: "2026-01-26" } }));
  say("a", "host->app", rpc({ id: 1, result: { hostContext: {} } }));
  say("a", "app->host", rpc({ method: "ui/notifications/initialized", params: {} }));
  say("a", "host->app", rpc({ method: "ui/notifications/tool-result", params: { content: [{ type: "text", text: "ok" }] } }));
  say("a", "app->host", rpc({ method: "ui/notifications/size-changed", params: { width: 600, height: 260 } }));
  say("a", "app->host", rpc({ id: 2, method: "tools/call", params: { name: "echo", arguments: { text: "x" } } }));
  say("a", "app->host", rpc({ id: 3, method: "ui/open-link", params: { url: "https://example.com" } }));
  say("b", "app->host", rpc({ id: 2, method: "tools/call", params: { name: "other" } }));
  say("a", "host->app", rpc({ id: 2, error: { code: -32603, message: "refused" } }));
  apps.record({ appId: "a", tool: "panel", dir: "app->host", cspViolation: { directive: "connect-src", blockedUri: "https://x.test" } });
  return record.since(0);
}

describe("an App's log, read from its record entries", () => {
  const app = appEntries(recorded(), "a");

  it("pairs each request of the App with the host's answer, and leaves a pending one unanswered", () => {
    expect(requestsOf(app).map((r) => r.method)).toEqual(["ui/initialize", "tools/call", "ui/open-link"]);
    expect(requestsOf(app, "tools/call")).toEqual([
      {
        method: "tools/call",
        id: 2,
        params: { name: "echo", arguments: { text: "x" } },
        response: { error: { code: -32603, message: "refused" } },
      },
    ]);
    expect(requestsOf(app, "ui/initialize")[0].response).toEqual({ result: { hostContext: {} } });
    expect(requestsOf(app, "ui/open-link")[0].response).toBeUndefined();
  });

  it("lists notifications, sizes, CSP violations and the result the App was handed", () => {
    expect(notificationsOf(app).map((n) => n.method)).toEqual([
      "ui/notifications/sandbox-proxy-ready",
      "ui/notifications/initialized",
      "ui/notifications/size-changed",
    ]);
    expect(sizeChangesOf(app)).toEqual([{ width: 600, height: 260 }]);
    expect(cspViolationsOf(app)).toEqual([{ directive: "connect-src", blockedUri: "https://x.test" }]);
    expect(toolResultOf(app)).toEqual({ handed: true, result: { content: [{ type: "text", text: "ok" }] } });
    expect(messagesOf(app)).toHaveLength(9);
    expect(appIdsOf(recorded(), "panel")).toEqual(new Set(["a", "b"]));
  });

  it("reads the page's newest tools/list answer: the label the page shows and whether a tool has an App", () => {
    const record = new RecordStore();
    const req = record.append({ kind: "message", dir: "client->server", message: rpc({ id: 1, method: "tools/list" }), size: 1 });
    const tools = [{ name: "show", title: "Show it", _meta: { ui: { resourceUri: "ui://x/y.html" } } }, { name: "echo" }];
    record.append({
      kind: "message",
      dir: "server->client",
      message: rpc({ id: 1, result: { tools } }),
      size: 1,
      pair: { seq: req.seq, method: "tools/list", latencyMs: 1 },
    });
    expect(listedTools(record.since(0))).toEqual(
      new Map([
        ["show", { label: "Show it", app: true }],
        ["echo", { label: "echo", app: false }],
      ]),
    );
    expect(listedTools([])).toBeUndefined();
  });
});
