import { describe, expect, it } from "vitest";
import { Linter, lintRecord, type Finding } from "../../lib/lint";
import { Rec } from "./entries";

const at = (fs: readonly Finding[]) => fs.map((f) => `${f.rule} @${f.seq}`);
const lint = (r: Rec) => lintRecord(r.entries);
const ok = { jsonrpc: "2.0" };

describe("jsonrpc", () => {
  it("flags a non-object frame and params that are not an object", () => {
    const r = new Rec().handshake({ server: { logging: {} } });
    const a = r.server(42);
    const b = r.server({ ...ok, method: 7 });
    const c = r.server({ ...ok, method: "notifications/message", params: ["info", "x"] });
    expect(at(lint(r))).toEqual([`jsonrpc/invalid-message @${a}`, `jsonrpc/invalid-message @${b}`, `jsonrpc/invalid-message @${c}`]);
  });

  it("allows a null or absent id only in an error response", () => {
    const r = new Rec().handshake();
    r.server({ ...ok, id: null, error: { code: -32700, message: "Parse error" } });
    r.server({ ...ok, error: { code: -32600, message: "Invalid Request" } });
    const nullResult = r.server({ ...ok, id: null, result: {} });
    const noIdResult = r.server({ ...ok, result: {} });
    const nullRequest = r.server({ ...ok, id: null, method: "ping" });
    const objectId = r.client({ ...ok, id: { a: 1 }, method: "ping" });
    expect(at(lint(r))).toEqual([
      `jsonrpc/id-type @${nullResult}`,
      `jsonrpc/id-type @${noIdResult}`,
      `jsonrpc/id-type @${nullRequest}`,
      `jsonrpc/id-type @${objectId}`,
    ]);
  });

  it("flags a response with neither result nor error, a missing jsonrpc, an error that is not an object", () => {
    const r = new Rec().handshake();
    r.client({ ...ok, id: 1, method: "ping" });
    const neither = r.server({ ...ok, id: 1 });
    r.client({ ...ok, id: 2, method: "ping" });
    const noVersion = r.server({ id: 2, result: {} });
    r.client({ ...ok, id: 3, method: "ping" });
    const stringError = r.server({ ...ok, id: 3, error: "boom" });
    expect(at(lint(r))).toEqual([
      `jsonrpc/result-xor-error @${neither}`,
      `jsonrpc/version @${noVersion}`,
      `jsonrpc/error-shape @${stringError}`,
    ]);
  });

  it("makes a batch a warning when the negotiated version still allowed batches", () => {
    const r = new Rec().handshake({ version: "2025-03-26" });
    const b = r.server([{ ...ok, method: "notifications/message", params: { level: "info", data: 1 } }], { undelivered: "batch" });
    const [f] = lint(r);
    expect(f).toMatchObject({ rule: "jsonrpc/batch", seq: b, severity: "warning" });
  });

  it("stays quiet about an undelivered frame another jsonrpc rule already explains", () => {
    const r = new Rec().handshake({ server: { logging: {} } });
    const s = r.server(
      { jsonrpc: "1.0", method: "notifications/message", params: { level: "info", data: 1 } },
      { undelivered: "not a valid JSON-RPC message" },
    );
    expect(at(lint(r))).toEqual([`jsonrpc/version @${s}`]);
  });
});

describe("pairing", () => {
  it("flags an id reused after its request was answered, per direction", () => {
    const r = new Rec().handshake();
    const first = r.client({ ...ok, id: 7, method: "ping" });
    r.server({ ...ok, id: 7, result: {} });
    // The same id the other way is another requestor's id: fine.
    r.ask("ping", undefined, {}, 7);
    const again = r.client({ ...ok, id: 7, method: "ping" });
    r.server({ ...ok, id: 7, result: {} });
    const fs = lint(r);
    expect(at(fs)).toEqual([`pairing/reused-id @${again}`]);
    expect(fs[0].relatedSeq).toBe(first);
  });

  it("does not count a cancelled request as unanswered, and tells which side never answered", () => {
    const r = new Rec().handshake();
    const cancelled = r.client({ ...ok, id: 1, method: "tools/list" });
    r.client({ ...ok, method: "notifications/cancelled", params: { requestId: 1, reason: "timeout" } });
    const open = r.server({ ...ok, id: "x", method: "roots/list" });
    const linter = new Linter();
    for (const e of r.entries) linter.push(e);
    expect(cancelled).toBeLessThan(open);
    const end = linter.finish();
    expect(at(end)).toEqual([`pairing/unanswered @${open}`]);
    expect(end[0].message).toContain("by the client");
  });

  it("settles a connection's open requests when the next one starts, and pairs afresh", () => {
    const r = new Rec().handshake();
    const lost = r.client({ ...ok, id: 1, method: "tools/list" });
    r.lifecycle("disconnected");
    r.handshake();
    // Same id as before: a new session, so not a reuse; and it pairs with the new request.
    r.call("tools/list", undefined, { tools: [] });
    r.client({ ...ok, id: 1, method: "ping" });
    r.server({ ...ok, id: 1, result: {} });
    expect(at(lint(r))).toEqual([`pairing/unanswered @${lost}`]);
  });

  it("trusts the record's pairing for a response to a request it never saw", () => {
    const r = new Rec();
    r.server({ ...ok, id: 5, result: { tools: "not a list" } }, { pair: { seq: 1, method: "tools/list", latencyMs: 1 } });
    const fs = lintRecord(r.entries, { initialized: true });
    expect(fs.map((f) => f.rule)).toEqual(["schema/result"]);
  });
});

describe("lifecycle", () => {
  it("flags client requests before the initialize response and before notifications/initialized", () => {
    const r = new Rec();
    r.lifecycle("connecting");
    r.client({
      ...ok,
      id: 0,
      method: "initialize",
      params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name: "c", version: "0" } },
    });
    const early = r.client({ ...ok, id: 1, method: "tools/list" });
    r.client({ ...ok, id: 2, method: "ping" });
    r.server({
      ...ok,
      id: 0,
      result: { protocolVersion: "2025-11-25", capabilities: { tools: {} }, serverInfo: { name: "s", version: "0" } },
    });
    r.server({ ...ok, id: 1, result: { tools: [] } });
    r.server({ ...ok, id: 2, result: {} });
    const beforeInitialized = r.client({ ...ok, id: 3, method: "tools/list" });
    r.server({ ...ok, id: 3, result: { tools: [] } });
    r.client({ ...ok, method: "notifications/initialized" });
    r.call("tools/list", undefined, { tools: [] });
    const fs = lint(r);
    expect(at(fs)).toEqual([`lifecycle/before-initialization @${early}`, `lifecycle/before-initialization @${beforeInitialized}`]);
  });

  it("lets the server ping and log before initialized, but not ask for sampling", () => {
    const r = new Rec();
    r.lifecycle("connecting");
    r.client({
      ...ok,
      id: 0,
      method: "initialize",
      params: { protocolVersion: "2025-11-25", capabilities: { sampling: {} }, clientInfo: { name: "c", version: "0" } },
    });
    r.server({ ...ok, method: "notifications/message", params: { level: "info", data: "booting" } });
    r.server({
      ...ok,
      id: 0,
      result: { protocolVersion: "2025-11-25", capabilities: { logging: {} }, serverInfo: { name: "s", version: "0" } },
    });
    r.ask("ping", undefined, {});
    const sampling = r.server({ ...ok, id: "s", method: "sampling/createMessage", params: { messages: [], maxTokens: 1 } });
    r.client({ ...ok, method: "notifications/initialized" });
    r.client({ ...ok, id: "s", result: { model: "m", role: "assistant", content: { type: "text", text: "x" } } });
    expect(at(lint(r))).toEqual([`lifecycle/before-initialization @${sampling}`]);
  });

  it("flags an unknown requested version, and accepts a known different answer", () => {
    const r = new Rec().handshake({ version: "2025-11-25", answered: "2025-06-18" });
    expect(lint(r)).toEqual([]);
    const bad = new Rec().handshake({ version: "2026-13-01", answered: "2025-11-25" });
    expect(at(lint(bad))).toEqual(["lifecycle/protocol-version @2"]);
  });

  it("starts from the context when the record has no handshake", () => {
    const r = new Rec();
    r.call("tools/list", undefined, { tools: [] });
    const n = r.server({ ...ok, method: "notifications/tools/list_changed" });
    expect(at(lintRecord(r.entries))).toEqual(["lifecycle/before-initialization @1", `lifecycle/before-initialization @${n}`]);
    expect(lintRecord(r.entries, { initialized: true, serverCapabilities: { tools: { listChanged: true } } })).toEqual([]);
    expect(at(lintRecord(r.entries, { initialized: true, serverCapabilities: { tools: {} } }))).toEqual([
      `capabilities/server-not-declared @${n}`,
    ]);
  });
});

describe("schema", () => {
  it("does not flag extra members of an empty result (EmptyResult = Result in the spec)", () => {
    const r = new Rec().handshake();
    r.call("ping", undefined, { extra: 1 });
    r.call("logging/setLevel", { level: "info" }, {});
    expect(lint(r)).toEqual([]);
  });

  it("judges a result by what its request asked for: task handles, tool-enabled sampling, 2024-10-07 toolResult", () => {
    const r = new Rec().handshake({ client: { sampling: { tools: {} } }, server: { tools: {} } });
    r.call(
      "tools/call",
      { name: "t", arguments: {}, task: { ttl: 1000 } },
      { task: { taskId: "1", status: "working", createdAt: "2025-01-01T00:00:00Z", lastUpdatedAt: "2025-01-01T00:00:00Z", ttl: 1000 } },
    );
    const withTools = {
      messages: [{ role: "user", content: { type: "text", text: "hi" } }],
      maxTokens: 5,
      tools: [{ name: "x", inputSchema: { type: "object" } }],
    };
    r.ask("sampling/createMessage", withTools, {
      model: "m",
      role: "assistant",
      content: [{ type: "tool_use", id: "u1", name: "x", input: {} }],
      stopReason: "toolUse",
    });
    expect(lint(r)).toEqual([]);
    const old = new Rec().handshake({ version: "2024-10-07", server: { tools: {} } });
    old.call("tools/call", { name: "t" }, { toolResult: 42 });
    expect(lint(old)).toEqual([]);
    const now = new Rec().handshake({ server: { tools: {} } });
    const { res } = now.call("tools/call", { name: "t" }, { toolResult: 42, content: "nope" });
    expect(at(lint(now))).toEqual([`schema/result @${res}`]);
  });

  it("leaves methods the spec does not define alone, but a result is always an object", () => {
    const r = new Rec().handshake();
    r.call("x/custom", { anything: [1] }, { fine: true });
    r.server({ ...ok, method: "notifications/x-custom", params: { a: 1 } });
    const { res } = r.call("x/other", undefined, 42);
    expect(at(lint(r))).toEqual([`schema/result @${res}`]);
  });

  it("checks the client's answers to server requests too", () => {
    const r = new Rec().handshake({ client: { roots: {} } });
    const { res } = r.ask("roots/list", undefined, { roots: [{ name: "no uri" }] });
    expect(at(lint(r))).toEqual([`schema/result @${res}`]);
  });
});

describe("capabilities", () => {
  it("reads an empty elicitation object as form mode only, and wants sampling.tools for tool-enabled sampling", () => {
    const r = new Rec().handshake({ client: { elicitation: {}, sampling: {} } });
    r.ask("elicitation/create", { message: "Name?", requestedSchema: { type: "object", properties: {} } }, { action: "decline" });
    const url = r.server({
      ...ok,
      id: "u",
      method: "elicitation/create",
      params: { mode: "url", message: "go", url: "https://x.test", elicitationId: "1" },
    });
    r.client({ ...ok, id: "u", result: { action: "decline" } });
    const msgs = [{ role: "user", content: { type: "text", text: "hi" } }];
    r.ask(
      "sampling/createMessage",
      { messages: msgs, maxTokens: 5 },
      { model: "m", role: "assistant", content: { type: "text", text: "x" } },
    );
    const tools = r.server({
      ...ok,
      id: "t",
      method: "sampling/createMessage",
      params: { messages: msgs, maxTokens: 5, tools: [{ name: "x", inputSchema: { type: "object" } }] },
    });
    r.client({ ...ok, id: "t", error: { code: -32601, message: "no" } });
    expect(at(lint(r))).toEqual([`capabilities/client-not-offered @${url}`, `capabilities/client-not-offered @${tools}`]);
  });

  it("flags list_changed without listChanged and log messages without logging", () => {
    const r = new Rec().handshake({ server: { tools: {}, prompts: { listChanged: true }, resources: { subscribe: true } } });
    const tools = r.server({ ...ok, method: "notifications/tools/list_changed" });
    r.server({ ...ok, method: "notifications/prompts/list_changed" });
    r.server({ ...ok, method: "notifications/resources/updated", params: { uri: "file:///a" } });
    const resources = r.server({ ...ok, method: "notifications/resources/list_changed" });
    const log = r.server({ ...ok, method: "notifications/message", params: { level: "error", data: "x" } });
    expect(at(lint(r))).toEqual([
      `capabilities/server-not-declared @${tools}`,
      `capabilities/server-not-declared @${resources}`,
      `capabilities/server-not-declared @${log}`,
    ]);
  });
});

describe("logging", () => {
  it("applies the level from the successful setLevel response on, and only lower levels are flagged", () => {
    const r = new Rec().handshake({ server: { logging: {} } });
    const msg = (level: string) => r.server({ ...ok, method: "notifications/message", params: { level, data: level } });
    msg("debug");
    const req = r.client({ ...ok, id: 1, method: "logging/setLevel", params: { level: "error" } });
    msg("info"); // in flight: the server had not seen setLevel yet
    r.server({ ...ok, id: 1, result: {} });
    msg("error");
    msg("emergency");
    const warning = msg("warning");
    const fs = lint(r);
    expect(at(fs)).toEqual([`logging/above-level @${warning}`]);
    expect(fs[0].relatedSeq).toBe(req);
  });
});

describe("tools", () => {
  const tool = (name: string, extra: Record<string, unknown> = {}) => ({ name, inputSchema: { type: "object" }, ...extra });

  it("flags a missing structuredContent, skips isError results, and judges by the latest listing", () => {
    const r = new Rec().handshake({ server: { tools: {} } });
    const outputSchema = { type: "object", properties: { n: { type: "number" } }, required: ["n"] };
    r.call("tools/list", undefined, { tools: [tool("t", { outputSchema })] });
    const { res: missing } = r.call("tools/call", { name: "t" }, { content: [] });
    r.call("tools/call", { name: "t" }, { content: [], isError: true });
    r.call("tools/call", { name: "t" }, { content: [], structuredContent: { n: 1 } });
    r.call("tools/list", undefined, { tools: [tool("t")] });
    r.call("tools/call", { name: "t" }, { content: [] });
    const fs = lint(r);
    expect(at(fs)).toEqual([`tools/structured-content @${missing}`]);
    expect(fs[0].message).toContain("missing");
  });

  it("flags a duplicate on one page, a missing inputSchema, an outputSchema that is not an object schema", () => {
    const r = new Rec().handshake({ server: { tools: {} } });
    const { res } = r.call("tools/list", undefined, {
      tools: [tool("a"), tool("a"), { name: "b" }, tool("c", { outputSchema: { type: "string" } })],
    });
    expect(at(lint(r)).sort()).toEqual([`tools/duplicate-name @${res}`, `tools/schema-type @${res}`, `tools/schema-type @${res}`]);
  });

  it("reads draft-07 schemas by their $schema, and compiles a schema with an $id again on a re-listing", () => {
    const r = new Rec().handshake({ server: { tools: {} } });
    const draft7 = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "https://example.com/schemas/t.json",
      type: "object",
      definitions: { x: { type: "string" } },
      properties: { x: { $ref: "#/definitions/x" } },
    };
    r.call("tools/list", undefined, { tools: [tool("t", { inputSchema: draft7 })] });
    r.call("tools/list", undefined, { tools: [tool("t", { inputSchema: structuredClone(draft7) })] });
    // Two tools whose schemas share an $id: separate documents, both valid.
    r.call("tools/list", undefined, {
      tools: [tool("t", { inputSchema: draft7 }), tool("u", { inputSchema: { ...draft7, required: ["x"] } })],
    });
    // A dialect the validator does not know is not judged.
    r.call("tools/list", undefined, {
      tools: [tool("v", { inputSchema: { $schema: "https://json-schema.org/draft/2019-09/schema", type: "object" } })],
    });
    expect(lint(r)).toEqual([]);
  });

  it("checks name guidance only from protocol 2025-11-25 on", () => {
    const names = { tools: [tool("has space"), tool("x".repeat(129)), tool("ok.name_-1")] };
    const old = new Rec().handshake({ version: "2025-06-18", server: { tools: {} } });
    old.call("tools/list", undefined, names);
    expect(lint(old)).toEqual([]);
    const now = new Rec().handshake({ server: { tools: {} } });
    const { res } = now.call("tools/list", undefined, names);
    expect(at(lint(now))).toEqual([`tools/name @${res}`, `tools/name @${res}`]);
  });
});

describe("pagination", () => {
  it("flags a cursor repeated within a listing, not across listings or methods", () => {
    const r = new Rec().handshake({ server: { tools: {}, prompts: {} } });
    r.call("tools/list", undefined, { tools: [], nextCursor: "a" });
    r.call("tools/list", { cursor: "a" }, { tools: [], nextCursor: "b" });
    r.call("tools/list", { cursor: "b" }, { tools: [] });
    r.call("tools/list", undefined, { tools: [], nextCursor: "a" });
    r.call("prompts/list", undefined, { prompts: [], nextCursor: "a" });
    const { res } = r.call("tools/list", { cursor: "a" }, { tools: [], nextCursor: "a" });
    expect(at(lint(r))).toEqual([`pagination/repeated-cursor @${res}`]);
  });
});

describe("stdio", () => {
  it("reports an oversized line as non-JSON output, with the reason", () => {
    const r = new Rec().handshake();
    const n = r.noise('{"jsonrpc":"2.0"…', "line of 300000000 bytes exceeds the line limit and was skipped");
    const fs = lint(r);
    expect(at(fs)).toEqual([`stdio/non-json @${n}`]);
    expect(fs[0].message).toContain("exceeds the line limit");
  });
});

describe("Linter", () => {
  it("counts by severity and returns per-entry findings from push", () => {
    const linter = new Linter();
    const r = new Rec().handshake();
    const bad = r.server({ jsonrpc: "1.0", method: "notifications/x" });
    for (const e of r.entries) {
      const found = linter.push(e);
      expect(found.every((f) => f.seq === e.seq)).toBe(true);
    }
    expect(linter.finish()).toEqual([]);
    expect(linter.counts()).toEqual({ error: 1, warning: 0, info: 0 });
    expect(linter.findings()[0].seq).toBe(bad);
  });

  it("keeps up with a long session: 100,000 entries lint with bounded state", () => {
    const r = new Rec().handshake({ server: { tools: {}, logging: {} } });
    r.call("tools/list", undefined, { tools: [tool()] });
    for (let i = 0; i < 33_400; i++) {
      r.call("tools/call", { name: "echo", arguments: { i } }, { content: [{ type: "text", text: String(i) }], structuredContent: { i } });
      r.server({ ...ok, method: "notifications/message", params: { level: "info", data: i } });
    }
    expect(r.entries.length).toBeGreaterThan(100_000);
    expect(lint(r)).toEqual([]);
    function tool() {
      return { name: "echo", inputSchema: { type: "object" }, outputSchema: { type: "object", properties: { i: { type: "integer" } } } };
    }
  });
});

describe("http", () => {
  const over = (method: string, extra: Record<string, unknown> = {}) => ({
    http: { method, status: 200, contentType: "text/event-stream", ...extra },
  });

  it("a server replaying other streams on a resume is one finding with the count, not a duplicate per frame", () => {
    const r = new Rec().handshake();
    r.client({ ...ok, id: 1, method: "tools/list" });
    r.server({ ...ok, id: 1, result: { tools: [] } }, over("POST", { eventId: "e1" }));
    r.client({ ...ok, id: 2, method: "no/such" });
    r.server({ ...ok, id: 2, error: { code: -32601, message: "Method not found" } }, over("POST", { eventId: "e2" }));
    // The client resumes from e2; the server sends e1 and e2 again.
    const first = r.server({ ...ok, id: 1, result: { tools: [] } }, over("GET", { eventId: "e1", resumedFrom: "e2" }));
    r.server({ ...ok, id: 2, error: { code: -32601, message: "Method not found" } }, over("GET", { eventId: "e2", resumedFrom: "e2" }));
    const findings = lint(r);
    expect(at(findings)).toEqual([`http/replayed-other-stream @${first}`]);
    expect(findings[0].message).toContain("replayed 2 messages");
    expect(findings[0].specUrl).toContain("transports#resumability-and-redelivery");
  });

  it("a second response on a stream that was not resumed is still a duplicate response", () => {
    const r = new Rec().handshake();
    r.client({ ...ok, id: 1, method: "tools/list" });
    r.server({ ...ok, id: 1, result: { tools: [] } }, over("POST"));
    const dup = r.server({ ...ok, id: 1, result: { tools: [] } }, over("POST"));
    expect(at(lint(r))).toEqual([`pairing/duplicate-response @${dup}`]);
  });
});
