import { describe, expect, it } from "vitest";
import { Linter, lintRecord, type Finding } from "../../lib/lint";
import { engineFactory } from "../helpers/engine";
import { modernStdio, startModernHttp } from "./modern-fixture";
import {
  ADD_RESULT,
  CONFIRM_DONE,
  CONFIRM_INPUT_REQUIRED,
  DISCOVER_RESULT,
  GREET_RESULT,
  ModernRec,
  READ_RESULT,
  TOOLS_LIST_RESULT,
  V,
  envelope,
} from "./modern-frames";

// The modern/* rules over records built from frames captured from the 2026-07-28 SDK (see
// modern-frames.ts): the conforming session has no finding, and each broken variant has exactly
// the finding named. The last test lints a real session with test/fixtures/modern-only-server.mjs.

const at = (fs: readonly Finding[]) => fs.map((f) => `${f.rule} @${f.seq}`);
const ok = { jsonrpc: "2.0" };

/** A conforming modern session over stdio or HTTP: discover, list, call, read, get, an MRTR round. */
function goodSession(http: boolean): ModernRec {
  const r = new ModernRec();
  r.lifecycle("connecting");
  r.discover({ http });
  r.modern("tools/list", {}, TOOLS_LIST_RESULT, { http });
  r.modern("tools/call", { name: "add", arguments: { a: 2, b: 3 } }, ADD_RESULT, { http });
  r.modern("resources/read", { uri: "fixture://hello" }, READ_RESULT, { http });
  r.modern("prompts/get", { name: "greet", arguments: { name: "x" } }, GREET_RESULT, { http });
  const caps = { elicitation: { form: {} } };
  r.modern("tools/call", { name: "confirm-action", arguments: { action: "deploy" } }, CONFIRM_INPUT_REQUIRED, { http, caps });
  const retry = {
    name: "confirm-action",
    arguments: { action: "deploy" },
    inputResponses: { confirm: { action: "accept", content: { confirm: true } } },
    requestState: "confirm-action:deploy",
  };
  r.modern("tools/call", retry, CONFIRM_DONE, { http, caps });
  return r;
}

/** The session so far, then one exchange; returns the record and the response's seq. */
function withExchange(http: boolean, add: (r: ModernRec) => { req: number; res: number }) {
  const r = new ModernRec();
  r.lifecycle("connecting");
  r.discover({ http });
  return { r, ...add(r) };
}

describe("a conforming 2026-07-28 session", () => {
  it("has no finding over stdio or over HTTP", () => {
    expect(lintRecord(goodSession(false).entries)).toEqual([]);
    expect(lintRecord(goodSession(true).entries)).toEqual([]);
  });

  it("has none after auto's refused initialize over HTTP (a 400 whose body answers it) or over stdio", () => {
    const h = new ModernRec();
    h.lifecycle("connecting");
    h.client({
      ...ok,
      id: 0,
      method: "initialize",
      params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "verify", version: "0.0.1" } },
    });
    h.http(
      { method: "POST", status: 400, contentType: "application/json" },
      JSON.stringify({
        jsonrpc: "2.0",
        error: { code: -32022, message: "Unsupported protocol version: 2025-11-25", data: { supported: [V], requested: "2025-11-25" } },
        id: 0,
      }),
    );
    h.lifecycle("note");
    h.discover({ http: true });
    h.modern("tools/list", {}, TOOLS_LIST_RESULT, { http: true });
    expect(lintRecord(h.entries)).toEqual([]);

    const s = new ModernRec();
    s.lifecycle("connecting");
    s.client({
      ...ok,
      id: 0,
      method: "initialize",
      params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "verify", version: "0.0.1" } },
    });
    s.server({
      ...ok,
      id: 0,
      error: { code: -32022, message: "Unsupported protocol version: 2025-11-25", data: { supported: [V], requested: "2025-11-25" } },
    });
    s.discover();
    s.modern("tools/list", {}, TOOLS_LIST_RESULT);
    expect(lintRecord(s.entries)).toEqual([]);
  });

  it("lets a modern client reuse an answered id (no session), not an open one", () => {
    const r = new ModernRec();
    r.lifecycle("connecting");
    r.modern("tools/list", {}, TOOLS_LIST_RESULT, { id: 1 });
    r.modern("tools/list", {}, TOOLS_LIST_RESULT, { id: 1 });
    const open = r.client({ method: "tools/list", params: { _meta: envelope() }, jsonrpc: "2.0", id: 2 });
    const again = r.client({ method: "tools/list", params: { _meta: envelope() }, jsonrpc: "2.0", id: 2 });
    r.server({ result: TOOLS_LIST_RESULT, jsonrpc: "2.0", id: 2 });
    r.server({ result: TOOLS_LIST_RESULT, jsonrpc: "2.0", id: 2 });
    const fs = lintRecord(r.entries);
    expect(at(fs)).toEqual([`pairing/reused-id @${again}`]);
    expect(fs[0].relatedSeq).toBe(open);
  });

  it("has none when the first frame is already a modern request (the SDK's stdio probe runs on a sibling process)", () => {
    const r = new ModernRec();
    r.lifecycle("connecting");
    r.modern("tools/list", {}, TOOLS_LIST_RESULT);
    r.modern("tools/call", { name: "add", arguments: { a: 2, b: 3 } }, ADD_RESULT);
    expect(lintRecord(r.entries)).toEqual([]);
  });

  it("accepts an Mcp-Name in the Base64 sentinel and a numeric Mcp-Param compared as a number", () => {
    const r = new ModernRec();
    r.lifecycle("connecting");
    const list = {
      ...TOOLS_LIST_RESULT,
      tools: [{ name: "scale", inputSchema: { type: "object", properties: { factor: { type: "integer", "x-mcp-header": "Factor" } } } }],
    };
    r.modern("tools/list", {}, list, { http: true });
    r.modern("prompts/get", { name: "greet" }, GREET_RESULT, {
      http: true,
      headers: { "mcp-method": "prompts/get", "mcp-name": `=?base64?${btoa("greet")}?=` },
    });
    r.modern(
      "tools/call",
      { name: "scale", arguments: { factor: 42 } },
      { ...ADD_RESULT, structuredContent: undefined },
      { http: true, headers: { "mcp-method": "tools/call", "mcp-name": "scale", "mcp-param-factor": "42.0" } },
    );
    expect(lintRecord(r.entries)).toEqual([]);
  });

  it("accepts an array outputSchema and array structuredContent (2026-07-28 loosened both; the spec's own examples)", () => {
    const listUsers = {
      name: "list_users",
      title: "User List",
      description: "Returns a list of all users",
      inputSchema: { type: "object", properties: {} },
      outputSchema: {
        type: "array",
        items: {
          type: "object",
          properties: { id: { type: "string" }, name: { type: "string" }, email: { type: "string" } },
          required: ["id", "name", "email"],
        },
      },
    };
    const result = {
      resultType: "complete",
      content: [{ type: "text", text: "Found 2 users: Alice (alice@example.com) and Bob (bob@example.com)." }],
      structuredContent: [
        { id: "1", name: "Alice", email: "alice@example.com" },
        { id: "2", name: "Bob", email: "bob@example.com" },
      ],
    };
    const { r } = withExchange(false, (r) => {
      r.modern("tools/list", {}, { ...TOOLS_LIST_RESULT, tools: [listUsers] });
      return r.modern("tools/call", { name: "list_users", arguments: {} }, result);
    });
    expect(lintRecord(r.entries)).toEqual([]);
    // The same in a 2025 session is still wrong there.
    const legacy = new ModernRec().handshake();
    legacy.call("tools/list", {}, { tools: [listUsers] });
    expect(lintRecord(legacy.entries).map((f) => f.rule)).toEqual(["tools/schema-type"]);
  });

  it("leaves a dual-era server's legacy session to the 2025 rules", () => {
    const r = new ModernRec().handshake();
    r.call("tools/list", {}, { tools: [] });
    expect(lintRecord(r.entries)).toEqual([]);
  });
});

describe("modern/result-type", () => {
  it("flags a result without resultType, naming it a 2025-shaped result", () => {
    const { r, res } = withExchange(false, (r) =>
      r.modern(
        "tools/call",
        { name: "add", arguments: { a: 2, b: 3 } },
        { content: [{ type: "text", text: "5" }], structuredContent: { sum: 5 } },
      ),
    );
    const fs = lintRecord(r.entries);
    expect(at(fs)).toEqual([`modern/result-type @${res}`]);
    expect(fs[0].message).toMatch(/no resultType.*2025-11-25/);
  });

  it("flags an unknown resultType by its value", () => {
    const { r, res } = withExchange(false, (r) =>
      r.modern("tools/call", { name: "add", arguments: { a: 2, b: 3 } }, { ...ADD_RESULT, resultType: "partial" }),
    );
    const fs = lintRecord(r.entries);
    expect(at(fs)).toEqual([`modern/result-type @${res}`]);
    expect(fs[0].message).toContain('"partial"');
  });

  it('accepts "task" only when the request declared the tasks extension', () => {
    const task = {
      resultType: "task",
      taskId: "t1",
      status: "working",
      createdAt: "2026-11-23T00:00:00Z",
      lastUpdatedAt: "2026-11-23T00:00:00Z",
      ttlMs: 60000,
    };
    const bad = withExchange(false, (r) => r.modern("tools/call", { name: "add", arguments: {} }, task));
    expect(at(lintRecord(bad.r.entries))).toEqual([`modern/result-type @${bad.res}`]);
    const good = withExchange(false, (r) =>
      r.modern("tools/call", { name: "add", arguments: {} }, task, { caps: { extensions: { "io.modelcontextprotocol/tasks": {} } } }),
    );
    expect(lintRecord(good.r.entries)).toEqual([]);
  });
});

describe("modern/input-required", () => {
  const call = { name: "confirm-action", arguments: { action: "deploy" } };
  const caps = { elicitation: { form: {} } };

  it("flags one with neither inputRequests nor requestState", () => {
    const { r, res } = withExchange(false, (r) => r.modern("tools/call", call, { resultType: "input_required", _meta: {} }, { caps }));
    const fs = lintRecord(r.entries);
    expect(at(fs)).toEqual([`modern/input-required @${res}`]);
    expect(fs[0].message).toContain("neither inputRequests nor requestState");
  });

  it("flags an input request whose method is not elicitation, sampling or roots", () => {
    const result = { ...CONFIRM_INPUT_REQUIRED, inputRequests: { confirm: { method: "ping", params: {} } } };
    const { r, res } = withExchange(false, (r) => r.modern("tools/call", call, result, { caps }));
    const fs = lintRecord(r.entries);
    expect(at(fs)).toEqual([`modern/input-required @${res}`]);
    expect(fs[0].message).toContain('inputRequests.confirm has method "ping"');
  });

  it("flags an elicitation the request's client capabilities did not declare", () => {
    const { r, res } = withExchange(false, (r) => r.modern("tools/call", call, CONFIRM_INPUT_REQUIRED, { caps: {} }));
    const fs = lintRecord(r.entries);
    expect(at(fs)).toEqual([`modern/input-required @${res}`]);
    expect(fs[0].message).toContain("do not declare elicitation");
  });

  it("flags input_required on a request that may not have it", () => {
    const { r, res } = withExchange(false, (r) => r.modern("tools/list", {}, CONFIRM_INPUT_REQUIRED, { caps }));
    expect(at(lintRecord(r.entries))).toEqual([`modern/input-required @${res}`]);
  });
});

describe("modern/discover-result", () => {
  const discover = (result: unknown) => {
    const r = new ModernRec();
    r.lifecycle("connecting");
    const { res } = r.discover({ result });
    return { fs: lintRecord(r.entries), res };
  };

  it("flags a result without supportedVersions, or one that lacks the version requested, or without capabilities", () => {
    const { supportedVersions: _, ...noVersions } = DISCOVER_RESULT;
    for (const [result, why] of [
      [noVersions, "supportedVersions is undefined"],
      [{ ...DISCOVER_RESULT, supportedVersions: ["2025-11-25"] }, `does not include ${V}`],
      [{ ...DISCOVER_RESULT, supportedVersions: [20260728] }, "not an array of version strings"],
      [{ ...DISCOVER_RESULT, capabilities: undefined }, "capabilities is undefined"],
    ] as const) {
      const { fs, res } = discover(result);
      expect(at(fs)).toEqual([`modern/discover-result @${res}`]);
      expect(fs[0]).toMatchObject({ severity: "error" });
      expect(fs[0].message).toContain(why);
    }
  });

  it("warns when serverInfo is missing from _meta (a SHOULD)", () => {
    const { fs, res } = discover({ ...DISCOVER_RESULT, _meta: {} });
    expect(at(fs)).toEqual([`modern/discover-result @${res}`]);
    expect(fs[0].severity).toBe("warning");
  });
});

describe("modern/request-envelope", () => {
  it("flags a request without the envelope once the connection is modern", () => {
    const { r, req } = withExchange(false, (r) => r.modern("tools/list", {}, TOOLS_LIST_RESULT, { meta: null }));
    expect(at(lintRecord(r.entries))).toEqual([`modern/request-envelope @${req}`]);
  });

  it("flags a missing clientCapabilities (required), and warns about a missing clientInfo (a SHOULD)", () => {
    const { "io.modelcontextprotocol/clientCapabilities": _, ...noCaps } = envelope();
    const a = withExchange(false, (r) => r.modern("tools/list", {}, TOOLS_LIST_RESULT, { meta: noCaps }));
    const fa = lintRecord(a.r.entries);
    expect(at(fa)).toEqual([`modern/request-envelope @${a.req}`]);
    expect(fa[0]).toMatchObject({ severity: "error" });
    expect(fa[0].message).toContain("io.modelcontextprotocol/clientCapabilities");

    const { "io.modelcontextprotocol/clientInfo": __, ...noInfo } = envelope();
    const b = withExchange(false, (r) => r.modern("tools/list", {}, TOOLS_LIST_RESULT, { meta: noInfo }));
    const fb = lintRecord(b.r.entries);
    expect(at(fb)).toEqual([`modern/request-envelope @${b.req}`]);
    expect(fb[0].severity).toBe("warning");
  });
});

describe("modern/routing-headers", () => {
  const add = { name: "add", arguments: { a: 2, b: 3 } };

  it("flags an Mcp-Method that differs from the body, or is missing", () => {
    const a = withExchange(true, (r) =>
      r.modern("tools/call", add, ADD_RESULT, { http: true, headers: { "mcp-method": "tools/list", "mcp-name": "add" } }),
    );
    const fa = lintRecord(a.r.entries);
    expect(at(fa)).toEqual([`modern/routing-headers @${a.res}`]);
    expect(fa[0]).toMatchObject({ relatedSeq: a.req });
    expect(fa[0].message).toContain('Mcp-Method is "tools/list" but the body\'s method is tools/call');

    const b = withExchange(true, (r) => r.modern("tools/list", {}, TOOLS_LIST_RESULT, { http: true, headers: {} }));
    const fb = lintRecord(b.r.entries);
    expect(at(fb)).toEqual([`modern/routing-headers @${b.res}`]);
    expect(fb[0].message).toContain("Mcp-Method is missing");
  });

  it("flags a wrong Mcp-Name, a missing Mcp-Param, and a protocol version header unlike _meta", () => {
    const name = withExchange(true, (r) =>
      r.modern("resources/read", { uri: "fixture://hello" }, READ_RESULT, {
        http: true,
        headers: { "mcp-method": "resources/read", "mcp-name": "fixture://other" },
      }),
    );
    expect(at(lintRecord(name.r.entries))).toEqual([`modern/routing-headers @${name.res}`]);

    const param = withExchange(true, (r) => {
      r.modern("tools/list", {}, TOOLS_LIST_RESULT, { http: true });
      return r.modern("tools/call", { name: "confirm-action", arguments: { action: "deploy" } }, CONFIRM_DONE, {
        http: true,
        headers: { "mcp-method": "tools/call", "mcp-name": "confirm-action" },
      });
    });
    const fp = lintRecord(param.r.entries);
    expect(at(fp)).toEqual([`modern/routing-headers @${param.res}`]);
    expect(fp[0].message).toContain("Mcp-Param-Action is missing");

    const version = withExchange(true, (r) => r.modern("tools/list", {}, TOOLS_LIST_RESULT, { http: true, protocolHeader: "2025-11-25" }));
    expect(at(lintRecord(version.r.entries))).toEqual([`modern/routing-headers @${version.res}`]);
  });
});

describe("modern/session-id", () => {
  it("warns once per connection about an Mcp-Session-Id on modern responses", () => {
    const r = new ModernRec();
    r.lifecycle("connecting");
    const { res } = r.discover({ http: true, sessionId: "raw-1" });
    r.modern("tools/list", {}, TOOLS_LIST_RESULT, { http: true, sessionId: "raw-1" });
    const fs = lintRecord(r.entries);
    expect(at(fs)).toEqual([`modern/session-id @${res}`]);
    expect(fs[0].severity).toBe("warning");
  });
});

describe("modern/era-mismatch", () => {
  it("flags initialize answered with a 2026-07-28 version (and lifecycle stays quiet about it)", () => {
    const r = new ModernRec().handshake({ answered: V });
    const fs = lintRecord(r.entries);
    expect(at(fs)).toEqual(["modern/era-mismatch @3"]);
    expect(fs[0].message).toContain("initialize with protocol version");
  });

  it("flags a -32022 refusal of a version the server lists as supported, in the error or in server/discover", () => {
    const own = withExchange(false, (r) =>
      r.modern("tools/list", {}, undefined, {
        error: { code: -32022, message: "Unsupported protocol version", data: { supported: [V], requested: V } },
      }),
    );
    expect(at(lintRecord(own.r.entries))).toEqual([`modern/era-mismatch @${own.res}`]);

    const listed = withExchange(false, (r) =>
      r.modern("tools/list", {}, undefined, { error: { code: -32022, message: "Unsupported protocol version" } }),
    );
    const fl = lintRecord(listed.r.entries);
    expect(at(fl)).toEqual([`modern/era-mismatch @${listed.res}`]);
    expect(fl[0].message).toContain("server/discover result lists it");
  });

  it("flags input_required sent to a 2025 request", () => {
    const r = new ModernRec().handshake({ client: { elicitation: {} } });
    const { res } = r.call("tools/call", { name: "confirm-action", arguments: { action: "deploy" } }, CONFIRM_INPUT_REQUIRED);
    expect(at(lintRecord(r.entries))).toEqual([`modern/era-mismatch @${res}`]);
  });
});

describe("modern/cache-hints", () => {
  it("flags a cacheable complete result without ttlMs or cacheScope, or with bad values", () => {
    const { ttlMs: _, ...noTtl } = TOOLS_LIST_RESULT;
    for (const [result, why] of [
      [noTtl, "no ttlMs"],
      [{ ...TOOLS_LIST_RESULT, cacheScope: "shared" }, 'cacheScope "shared"'],
      [{ ...TOOLS_LIST_RESULT, ttlMs: -1 }, "ttlMs -1"],
    ] as const) {
      const { r, res } = withExchange(false, (r) => r.modern("tools/list", {}, result));
      const fs = lintRecord(r.entries);
      expect(at(fs)).toEqual([`modern/cache-hints @${res}`]);
      expect(fs[0].message).toContain(why);
    }
  });

  it("does not ask tools/call or prompts/get for caching hints", () => {
    const { r } = withExchange(false, (r) => r.modern("prompts/get", { name: "greet" }, GREET_RESULT));
    expect(lintRecord(r.entries)).toEqual([]);
  });
});

describe("a real session with the modern-only fixture server", () => {
  const { newEngine, onCleanup } = engineFactory();

  for (const transport of ["stdio", "http"] as const) {
    it(`has no finding over ${transport} (auto: a refused initialize, then server/discover)`, async () => {
      const { rec, engine } = newEngine();
      const live = new Linter();
      const off = rec.subscribe((e) => live.push(e));
      let target: Parameters<typeof engine.connect>[0]["target"] = modernStdio("modern-only-server.mjs");
      if (transport === "http") {
        const server = await startModernHttp("modern-only-server.mjs");
        onCleanup(server.stop);
        target = { transport: "http", url: server.url };
      }
      const state = await engine.connect({ target });
      expect(state.negotiated?.era).toBe("modern");
      await engine.request("tools/list", {});
      await engine.request("resources/list", {});
      await engine.request("resources/templates/list", {});
      await engine.request("prompts/list", {});
      await engine.request("resources/read", { uri: "fixture://hello" });
      await engine.request("prompts/get", { name: "greet", arguments: { name: "x" } });
      expect((await engine.callTool("add", { a: 2, b: 3 })).error).toBeUndefined();
      expect((await engine.callTool("echo", { message: "hi" })).error).toBeUndefined();
      await engine.disconnect();
      off();
      live.finish();
      const entries = rec.since(0);
      expect(entries.some((e) => e.kind === "message" && (e.message as { method?: string }).method === "server/discover")).toBe(true);
      expect(lintRecord(entries)).toEqual([]);
      expect(live.findings()).toEqual([]);
    });
  }
});
