import { describe, expect, it } from "vitest";
import { DEFAULT_ANSWERS } from "../../lib/answers/schema";
import type { Entry } from "../../lib/record/format";
import { parseSession } from "../../lib/session/file";
import { sessionFromLive } from "../../lib/session/shared";
import { redactSession } from "../../lib/session/redact";
import { decodeSessionLink, encodeSessionLink } from "../../lib/session/share-link";
import type { SessionState } from "../../lib/session/state";
import { TimelineStore } from "../../client/timeline-store";
import { labelOf } from "../../lib/record/entry-facts";

// A recording keeps an App's traffic (MCP Apps, issue 24): the `app` entries go into the session
// file and the share link like every other entry, are redacted like them, and come back as data.
const APP_HTML = "<script>document.body.textContent = 'I ran'</script>";
const entries: Entry[] = [
  { seq: 1, t: 1, kind: "lifecycle", event: "connecting", text: "connecting" } as Entry,
  {
    seq: 2,
    t: 2,
    kind: "message",
    dir: "client->server",
    message: { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "show", arguments: {} } },
    size: 10,
  },
  {
    seq: 3,
    t: 3,
    kind: "message",
    dir: "server->client",
    message: { jsonrpc: "2.0", id: 1, result: { content: [] } },
    size: 10,
    pair: { seq: 2, method: "tools/call", latencyMs: 1 },
  },
  {
    seq: 4,
    t: 4,
    kind: "app",
    dir: "host->app",
    appId: "show@2.x",
    tool: "show",
    message: { jsonrpc: "2.0", method: "ui/notifications/sandbox-resource-ready", params: { html: APP_HTML } },
    size: 80,
  },
  {
    seq: 5,
    t: 5,
    kind: "app",
    dir: "app->host",
    appId: "show@2.x",
    tool: "show",
    message: { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "echo", arguments: { key: "sk-secret-value" } } },
    size: 90,
  },
  {
    seq: 6,
    t: 6,
    kind: "app",
    dir: "app->host",
    appId: "show@2.x",
    tool: "show",
    size: 0,
    cspViolation: { directive: "connect-src", blockedUri: "https://evil.example" },
  },
];
const state: SessionState = {
  status: "connected",
  generation: 1,
  target: { transport: "stdio", command: "node", args: ["app.js"], env: { API_KEY: "sk-secret-value" } },
  capabilities: { sampling: true, elicitationForm: true, elicitationUrl: false, roots: true, tasks: false, apps: true },
  pending: [],
  answers: DEFAULT_ANSWERS,
};

describe("a recording with an App's messages", () => {
  it("keeps them through redaction, the share link and parsing, with secrets in them redacted", async () => {
    const made = sessionFromLive(state, entries, "0.1.0");
    if (!made.ok) throw new Error(made.message);
    const { session } = redactSession(made.session, { secrets: { API_KEY: "sk-secret-value" } });
    const link = await encodeSessionLink(session, "http://127.0.0.1:6274/");
    const back = await decodeSessionLink(link.url.slice(link.url.indexOf("#") + 1));
    if (!back.ok) throw new Error(back.message);
    const apps = back.session.entries.filter((e) => e.kind === "app");
    expect(apps.map((e) => e.seq)).toEqual([4, 5, 6]);
    expect(JSON.stringify(back.session)).not.toContain("sk-secret-value");
    expect(parseSession(JSON.stringify(back.session)).ok).toBe(true);
  });

  it("shows them in a recording's timeline as labelled rows of data (the App's HTML is JSON text there, never a document)", () => {
    const store = new TimelineStore((flush) => flush());
    store.push(entries);
    const labels = [4, 5, 6].map((seq) => labelOf(store.bySeq(seq)!));
    expect(labels).toEqual([
      "host → app ui/notifications/sandbox-resource-ready",
      "app → host tools/call",
      "App CSP violation: connect-src blocked https://evil.example",
    ]);
    expect(store.methods()).toContain("tools/call");
  });
});
