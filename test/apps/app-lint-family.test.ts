import { describe, expect, test } from "vitest";
import { lintRecord, ALL_RULES } from "../../lib/lint";
import type { Entry, NewEntry } from "../../lib/record/format";
import { APP_MESSAGE_MAX_BYTES } from "../../lib/record/format";
import { AppRecorder } from "../../server/record/app-recorder";
import { Rec } from "../lint/entries";

const rpc = (id: number, method: string, params: Record<string, unknown> = {}) => ({ jsonrpc: "2.0", id, method, params });
const note = (method: string, params: Record<string, unknown> = {}) => ({ jsonrpc: "2.0", method, params });

/** A record the way the page makes one: the server's frames from the engine, then an App's messages from the page's tap (`app-message`). */
function record() {
  const rec = new Rec().handshake();
  rec.call("tools/list", undefined, {
    tools: [
      { name: "show", inputSchema: { type: "object" }, _meta: { ui: { resourceUri: "ui://a/app.html" } } },
      { name: "secret", inputSchema: { type: "object" }, _meta: { ui: { visibility: ["model"] } } },
    ],
  });
  const read = rec.call(
    "resources/read",
    { uri: "ui://a/app.html" },
    { contents: [{ uri: "ui://a/app.html", mimeType: "text/html", text: "<p>", _meta: { ui: { csp: { connectDomains: ["https:"] } } } }] },
  );
  // The page reads it again at the next render: the same problems are not reported twice.
  rec.call(
    "resources/read",
    { uri: "ui://a/app.html" },
    { contents: [{ uri: "ui://a/app.html", mimeType: "text/html", text: "<p>", _meta: { ui: { csp: { connectDomains: ["https:"] } } } }] },
  );
  const missing = rec.client(rpc(500, "resources/read", { uri: "ui://a/gone.html" }));
  const missingAnswer = rec.server({ jsonrpc: "2.0", id: 500, error: { code: -32002, message: "Resource not found" } });
  const entries: Entry[] = rec.entries;
  const apps = new AppRecorder((draft: NewEntry) => {
    const e = { seq: entries.length + 1, t: 1000 + entries.length, ...draft } as Entry;
    entries.push(e);
    return e;
  });
  const app = (dir: "app->host" | "host->app", message: unknown, extra: Record<string, unknown> = {}) =>
    apps.record({ appId: "show@1.a", tool: "show", dir, message, ...extra }).seq;
  const early = app("app->host", note("ui/notifications/size-changed", { height: 10 }));
  app("app->host", rpc(1, "ui/initialize"));
  const init = app("host->app", { jsonrpc: "2.0", id: 1, result: {} });
  const coffee = app("app->host", rpc(2, "ui/make-coffee"));
  const hidden = app("app->host", rpc(3, "tools/call", { name: "secret" }));
  const refused = app("host->app", { jsonrpc: "2.0", id: 3, error: { code: -32603, message: "refused" } });
  const flood = Array.from({ length: 25 }, (_, i) => app("app->host", note("ui/notifications/size-changed", { height: i })));
  const violation = app("app->host", undefined, { cspViolation: { directive: "connect-src", blockedUri: "https://x.example" } });
  // The host's error reporter (lib/apps/app-errors.ts): the App threw.
  const thrown = app(
    "app->host",
    note("notifications/message", {
      level: "error",
      logger: "mcp-inspector/app-error",
      data: { kind: "error", message: "TypeError: x is null", source: "ui://a/app.html", line: 3, column: 7 },
    }),
  );
  return { entries, read, missing, missingAnswer, early, init, coffee, hidden, refused, flood, violation, thrown };
}

describe("the App lint in the record's linter (lib/lint)", () => {
  test("each apps/* rule fires on the entry it is about, once", () => {
    const r = record();
    const findings = lintRecord(r.entries).filter((f) => f.rule.startsWith("apps/"));
    expect(findings.map((f) => `${f.rule} @${f.seq}`).sort()).toEqual(
      [
        `apps/resource-mime @${r.read.res}`,
        `apps/csp-domain @${r.read.res}`,
        `apps/resource-missing @${r.missingAnswer}`,
        `apps/initialize-first @${r.early}`,
        `apps/unknown-method @${r.coffee}`,
        `apps/hidden-tool-call @${r.hidden}`,
        // The 21st size-changed within a second, counting the one sent before ui/initialize.
        `apps/size-flood @${r.flood[19]}`,
        `apps/csp-violation @${r.violation}`,
        `apps/app-error @${r.thrown}`,
      ].sort(),
    );
    // Every App rule is proven here (the broken server's test leaves them to this one).
    expect(new Set(findings.map((f) => f.rule))).toEqual(new Set(ALL_RULES.filter((x) => x.id.startsWith("apps/")).map((x) => x.id)));
  });

  test("the recorder pairs an App's responses with its requests, per App and direction", () => {
    const r = record();
    const byseq = new Map(r.entries.map((e) => [e.seq, e]));
    const init = byseq.get(r.init);
    expect(init?.kind === "app" && init.pair).toMatchObject({ seq: r.init - 1, method: "ui/initialize" });
    const refused = byseq.get(r.refused);
    expect(refused?.kind === "app" && refused.pair?.seq).toBe(r.hidden);
  });

  test("a message over the bound keeps only its size, a frame that is not JSON-RPC says so, and the server request an App call became is kept", () => {
    const entries: Entry[] = [];
    const apps = new AppRecorder((d) => {
      const e = { seq: entries.length + 1, t: entries.length, ...d } as Entry;
      entries.push(e);
      return e;
    });
    const big = apps.record({
      appId: "a",
      tool: "t",
      dir: "host->app",
      message: { jsonrpc: "2.0", method: "x", params: { s: "x".repeat(APP_MESSAGE_MAX_BYTES) } },
    });
    expect(big).toMatchObject({ kind: "app", omitted: expect.stringContaining("over the record's") });
    expect(big.kind === "app" && big.message).toBeUndefined();
    expect(apps.record({ appId: "a", tool: "t", dir: "app->host", message: "hello" })).toMatchObject({
      notJsonRpc: true,
      message: "hello",
    });
    apps.record({ appId: "a", tool: "t", dir: "app->host", message: rpc(7, "tools/call", { name: "x" }) });
    expect(
      apps.record({ appId: "a", tool: "t", dir: "host->app", message: { jsonrpc: "2.0", id: 7, result: {} }, serverSeq: 42 }),
    ).toMatchObject({ serverSeq: 42, pair: { seq: 3, method: "tools/call" } });
    // Another App's id 7 is not this one's.
    expect(apps.record({ appId: "b", tool: "t", dir: "host->app", message: { jsonrpc: "2.0", id: 7, result: {} } })).not.toHaveProperty(
      "pair",
    );
  });
});
