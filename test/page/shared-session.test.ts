import { DEFAULT_ANSWERS } from "../../lib/answers/schema";
import { describe, expect, it } from "vitest";
import type { Entry } from "../../lib/record/format";
import { parseSession } from "../../lib/session/file";
import type { SessionState } from "../../lib/session/state";
import {
  openCommandFor,
  recordedCalls,
  reproduceTargetOf,
  secretsOf,
  sessionFileName,
  sessionFromLive,
  sharedSourceOf,
  validIgnorePath,
  withoutSharedSource,
} from "../../lib/session/shared";

const entries: Entry[] = [
  { seq: 1, t: 1, kind: "lifecycle", event: "connecting", text: "old" } as Entry,
  { seq: 2, t: 2, kind: "stderr", text: "old connection" },
  { seq: 3, t: 3, kind: "lifecycle", event: "connecting", text: "new" } as Entry,
  {
    seq: 4,
    t: 4,
    kind: "message",
    dir: "client->server",
    message: { jsonrpc: "2.0", id: 5, method: "tools/call", params: { name: "echo", arguments: { message: "hi" } } },
    size: 10,
  },
  {
    seq: 5,
    t: 5,
    kind: "message",
    dir: "server->client",
    message: { jsonrpc: "2.0", id: 5, result: { content: [{ type: "text", text: "hi" }] } },
    size: 10,
    pair: { seq: 4, method: "tools/call", latencyMs: 3 },
  },
  {
    seq: 6,
    t: 6,
    kind: "message",
    dir: "client->server",
    message: { jsonrpc: "2.0", id: 6, method: "tools/call", params: { name: "slow" } },
    size: 10,
  },
];

const state: SessionState = {
  status: "connected",
  generation: 2,
  target: { transport: "stdio", command: "node", args: ["server.js"], env: { API_KEY: "sk-secret-value" }, cwd: "/src" },
  capabilities: { sampling: true, elicitationForm: true, elicitationUrl: false, roots: true, tasks: false, apps: false },
  pending: [],
  answers: DEFAULT_ANSWERS,
};

describe("shared sessions in the page", () => {
  it("tells a share link and the launcher's --open from an ordinary address, and removes them", () => {
    expect(sharedSourceOf("http://127.0.0.1:6274/#session=v1.abc")).toEqual({
      kind: "link",
      link: "http://127.0.0.1:6274/#session=v1.abc",
    });
    expect(sharedSourceOf("http://127.0.0.1:6274/?session=opened")).toEqual({ kind: "opened" });
    expect(sharedSourceOf("http://127.0.0.1:6274/#other")).toBeUndefined();
    expect(withoutSharedSource("http://127.0.0.1:6274/?session=opened&x=1#session=v1.abc")).toBe("/?x=1");
  });

  it("builds the session of the last connection, with env names only, and a file name", () => {
    const r = sessionFromLive(state, entries, "0.1.0", new Date("2026-01-02T03:04:05.678Z"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.session.entries.map((e) => e.seq)).toEqual([3, 4, 5, 6]);
    expect(r.session.target).toEqual({ transport: "stdio", command: "node", args: ["server.js"], cwd: "/src", envNames: ["API_KEY"] });
    expect(JSON.stringify(r.session)).not.toContain("sk-secret-value");
    expect(parseSession(JSON.stringify(r.session)).ok).toBe(true);
    expect(sessionFileName(r.session)).toBe("node-2026-01-02-03-04-05.mcp-session.json");
    expect(sessionFromLive({ ...state, target: undefined }, entries, "0.1.0").ok).toBe(false);
  });

  it("gives the secrets to redact and the target to reproduce with empty values", () => {
    expect(secretsOf(state.target)).toEqual({ API_KEY: "sk-secret-value" });
    expect(secretsOf({ transport: "http", url: "http://x/mcp", headers: { Authorization: "Bearer abc" } })).toEqual({
      Authorization: "Bearer abc",
    });
    expect(reproduceTargetOf({ transport: "stdio", command: "node", args: ["a"], envNames: ["A", "B"] })).toEqual({
      transport: "stdio",
      command: "node",
      args: ["a"],
      cwd: undefined,
      env: { A: "", B: "" },
    });
    expect(reproduceTargetOf({ transport: "sse", url: "http://x/sse", headerNames: ["X-Key"] })).toEqual({
      transport: "sse",
      url: "http://x/sse",
      headers: { "X-Key": "" },
    });
  });

  it("lists the recorded tool calls with their results, and a call without response", () => {
    const calls = recordedCalls(entries);
    expect(calls).toHaveLength(2);
    expect(calls[0]).toMatchObject({ requestSeq: 4, responseSeq: 5, name: "echo", arguments: { message: "hi" }, latencyMs: 3 });
    expect(calls[1]).toMatchObject({ requestSeq: 6, name: "slow" });
    expect(calls[1].responseSeq).toBeUndefined();
  });

  it("quotes the --open command for a shell and checks ignore paths", () => {
    expect(openCommandFor("http://h/#session=v1.a'b")).toBe(`npx mcp-inspector-harness --open 'http://h/#session=v1.a'\\''b'`);
    expect(validIgnorePath("$.result.content[0].text")).toBeUndefined();
    expect(validIgnorePath("result.x")).toMatch(/starts with \$/);
  });
});
