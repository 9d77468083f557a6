import { describe, expect, it } from "vitest";
import { CommandSchema, EventSchema, parseCommand } from "../../lib/wire/protocol";
import { ReplySchemas, parseReply } from "../../lib/wire/replies";
import { commandByHand, eventByHand, replyByHand } from "../../lib/wire/hand-checks";

/** What parseCommand said before the hand check: zod alone, with the same wording. */
function zodCommand(text: string) {
  const json = JSON.parse(text) as unknown;
  const parsed = CommandSchema.safeParse(json);
  if (parsed.success) return { ok: true, command: parsed.data };
  const id = typeof (json as { id?: unknown })?.id === "string" ? (json as { id: string }).id : undefined;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
  return { ok: false, id, message: `invalid command${where}: ${issue?.message ?? "unknown shape"}` };
}

function zodReply(type: "call-tool" | "request", value: unknown) {
  const parsed = ReplySchemas[type].safeParse(value);
  if (parsed.success) return { ok: true, reply: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
  return { ok: false, message: `the reply to ${type} does not fit its schema${where}: ${issue?.message ?? "unknown shape"}` };
}

const commands: unknown[] = [
  { id: "c1", type: "call-tool", name: "echo", arguments: { message: "hi" } },
  { id: "c1", type: "call-tool", name: "echo" },
  {
    id: "c1",
    type: "call-tool",
    name: "",
    arguments: {},
    meta: { a: 1 },
    timeoutMs: 5,
    resetTimeoutOnProgress: true,
    maxTotalTimeoutMs: 9,
  },
  { id: "c1", type: "call-tool", name: "echo", arguments: {}, extra: "dropped" },
  { id: "c1", type: "call-tool", name: "echo", task: { ttl: 5, other: 1 } },
  { id: "c1", type: "call-tool", name: "echo", task: {} },
  { id: "c1", type: "call-tool", name: "echo", task: { ttl: -1 } },
  { id: "c1", type: "call-tool", name: "echo", arguments: [] },
  { id: "c1", type: "call-tool", name: "echo", arguments: null },
  { id: "c1", type: "call-tool", name: "echo", arguments: "x" },
  { id: "c1", type: "call-tool", name: "echo", arguments: { constructor: "x", n: 1 } },
  { id: "c1", type: "call-tool", name: "echo", arguments: JSON.parse('{"__proto__": {"a": 1}, "b": 2}') as unknown },
  { id: "c1", type: "call-tool", name: "echo", meta: [] },
  { id: "c1", type: "call-tool", name: 5 },
  { id: "c1", type: "call-tool" },
  { id: "", type: "call-tool", name: "echo" },
  { id: "x".repeat(200), type: "call-tool", name: "echo" },
  { id: "x".repeat(201), type: "call-tool", name: "echo" },
  { id: 7, type: "call-tool", name: "echo" },
  { type: "call-tool", name: "echo" },
  { id: "c1", type: "call-tool", name: "echo", timeoutMs: 0 },
  { id: "c1", type: "call-tool", name: "echo", timeoutMs: 1.5 },
  { id: "c1", type: "call-tool", name: "echo", timeoutMs: 2 ** 60 },
  { id: "c1", type: "call-tool", name: "echo", timeoutMs: "5" },
  { id: "c1", type: "call-tool", name: "echo", resetTimeoutOnProgress: 1 },
  { id: "c1", type: "call-tool", name: "echo", maxTotalTimeoutMs: -3 },
  { id: "c2", type: "request", method: "tools/list" },
  { id: "c2", type: "request", method: "tools/list", params: { cursor: "a" }, progress: true, timeoutMs: 100 },
  { id: "c2", type: "request", method: "" },
  { id: "c2", type: "request", method: "x", params: [] },
  { id: "c2", type: "request", method: "x", params: 1 },
  { id: "c2", type: "request", method: "x", progress: "yes" },
  { id: "c2", type: "request", method: "x", maxTotalTimeoutMs: 0 },
  { id: "c2", type: "request" },
  { id: "c3", type: "cancel", target: "nothing" },
  { id: "c3", type: "nope" },
  [],
  "call-tool",
  null,
];

describe("the hand checks of the per-call commands", () => {
  it("give parseCommand zod's answer for every command, its messages included", () => {
    for (const c of commands) {
      const text = JSON.stringify(c);
      expect(parseCommand(text), text).toEqual(zodCommand(text));
    }
  });

  it("answer only for commands that fit, and then with zod's data", () => {
    let vouched = 0;
    for (const c of commands) {
      const text = JSON.stringify(c);
      const quick = commandByHand(JSON.parse(text));
      if (!quick) continue;
      vouched++;
      const z = CommandSchema.safeParse(JSON.parse(text));
      expect(z.success, text).toBe(true);
      expect(quick, text).toStrictEqual(z.data);
    }
    // The common shapes go by hand (otherwise this guards nothing).
    expect(vouched).toBeGreaterThanOrEqual(5);
  });

  it("leave a bad call-tool to zod, so the page reads the same clear error", () => {
    const r = parseCommand(JSON.stringify({ id: "c9", type: "call-tool", name: "echo", arguments: [1] }));
    expect(r).toEqual({ ok: false, id: "c9", message: "invalid command at arguments: Invalid input: expected record, received array" });
    expect(commandByHand({ id: "c9", type: "call-tool", name: "echo", arguments: [1] })).toBeUndefined();
  });
});

const replies: Array<["call-tool" | "request", unknown]> = [
  ["call-tool", { result: { content: [] }, verdict: null, durationMs: 1.5, requestSeq: 3, responseSeq: 4 }],
  ["call-tool", { error: { code: -32602, message: "bad", data: { x: 1 } }, verdict: null, durationMs: 0 }],
  ["call-tool", { error: { code: -32602, message: "bad", extra: 1 }, verdict: null, durationMs: 0 }],
  ["call-tool", { error: { code: 1.5, message: "bad" }, verdict: null, durationMs: 0 }],
  ["call-tool", { result: {}, verdict: { valid: false, errors: [{ path: "/a", message: "m" }] }, durationMs: 2 }],
  ["call-tool", { result: {}, verdict: { valid: true, errors: [], more: 1 }, durationMs: 2 }],
  ["call-tool", { result: {}, verdict: { valid: "yes", errors: [] }, durationMs: 2 }],
  ["call-tool", { result: {}, verdict: { valid: true, errors: [{ path: 1, message: "m" }] }, durationMs: 2 }],
  ["call-tool", { result: {}, durationMs: 2 }],
  ["call-tool", { result: {}, verdict: null, durationMs: "2" }],
  ["call-tool", { result: {}, verdict: null, durationMs: 2, requestSeq: 1.5 }],
  ["call-tool", { verdict: null, durationMs: 2, responseSeq: 9, resultInRecord: true }],
  ["call-tool", { verdict: null, durationMs: 2, resultInRecord: false }],
  ["call-tool", { result: {}, verdict: null, durationMs: 2, unknownKey: 1 }],
  ["call-tool", [1]],
  ["call-tool", null],
  ["request", { result: { tools: [] }, durationMs: 3, requestSeq: 1, responseSeq: 2 }],
  ["request", { result: null, durationMs: 3 }],
  ["request", { durationMs: 3, resultInRecord: true, responseSeq: 2 }],
  ["request", { durationMs: 3 }],
  ["request", { result: 1, durationMs: 3, verdict: null }],
  ["request", { result: 1, durationMs: 3, error: { code: 1, message: "m" } }],
  ["request", { result: 1 }],
  ["request", { result: undefined, durationMs: 3 }],
  ["call-tool", { result: {}, verdict: null, durationMs: 2, requestSeq: undefined }],
];

describe("the hand checks of the per-call replies", () => {
  it("give parseReply zod's answer for every reply, its messages included", () => {
    for (const [type, value] of replies) expect(parseReply(type, value), `${type} ${JSON.stringify(value)}`).toEqual(zodReply(type, value));
  });

  it("answer only for replies zod would return unchanged", () => {
    let vouched = 0;
    for (const [type, value] of replies) {
      const quick = replyByHand(type, value);
      if (!quick) continue;
      vouched++;
      const z = ReplySchemas[type].safeParse(value);
      expect(z.success, JSON.stringify(value)).toBe(true);
      expect(quick, JSON.stringify(value)).toStrictEqual(z.data);
    }
    expect(vouched).toBeGreaterThanOrEqual(5);
  });

  it("leave every other command's reply to zod", () => {
    expect(replyByHand("hello", { firstSeq: 1, lastSeq: 2 })).toBeUndefined();
    expect(replyByHand("outcome", { result: {}, verdict: null, durationMs: 1 })).toBeUndefined();
  });
});

const request = {
  seq: 7,
  t: 1764000000000.25,
  kind: "message",
  dir: "client->server",
  message: { jsonrpc: "2.0", id: 3, method: "tools/call" },
  size: 52,
};
const response = {
  ...request,
  seq: 8,
  dir: "server->client",
  message: { jsonrpc: "2.0", id: 3, result: {} },
  size: 40,
  pair: { seq: 7, method: "tools/call", latencyMs: 0.4 },
};
const events: unknown[] = [
  { type: "entries", entries: [request, response] },
  { type: "entries", entries: [] },
  { type: "entries", entries: [{ ...request, raw: "x", retryOf: 2, undelivered: "why", invalidUtf8: true, by: "agent" }] },
  { type: "entries", entries: [{ ...request, http: { method: "POST", status: 200 } }] },
  { type: "entries", entries: [{ ...request, extra: 1 }] },
  { type: "entries", entries: [{ ...request, seq: 0 }] },
  { type: "entries", entries: [{ ...request, size: -1 }] },
  { type: "entries", entries: [{ ...request, dir: "sideways" }] },
  { type: "entries", entries: [{ ...request, by: "person" }] },
  { type: "entries", entries: [{ ...request, invalidUtf8: false }] },
  { type: "entries", entries: [{ ...response, pair: { seq: 7, method: "m", latencyMs: -1 } }] },
  { type: "entries", entries: [{ ...response, pair: { seq: 7, method: "m", latencyMs: 1, more: 2 } }] },
  { type: "entries", entries: [{ seq: 9, t: 1, kind: "message", dir: "client->server", size: 2 }] },
  { type: "entries", entries: [{ seq: 9, t: 1, kind: "stderr", text: "hello" }] },
  { type: "entries", entries: [request], more: 1 },
  { type: "entries", entries: {} },
  { type: "accepted", id: "c1", requestSeq: 7, progressToken: "p" },
  { type: "accepted", id: "c1", requestSeq: 7, progressToken: 3 },
  { type: "accepted", id: "c1", requestSeq: 7 },
  { type: "accepted", id: "c1", requestSeq: 7.5 },
  { type: "accepted", id: "c1", requestSeq: 7, progressToken: true },
  { type: "accepted", id: 1, requestSeq: 7 },
  { type: "reply", id: "c1", ok: true, result: { verdict: null } },
  { type: "reply", id: "c1", ok: true, result: null },
  { type: "reply", id: "c1", ok: true },
  { type: "reply", id: "c1", ok: true, result: 1, error: { message: "x" } },
  { type: "reply", id: "c1", ok: false, error: { message: "x" } },
  { type: "reply", id: "c1", ok: false, error: { message: "x", rpc: { code: -1, message: "m", data: [1] } } },
  { type: "reply", id: "c1", ok: false, error: { message: "x", rpc: { code: "a", message: "m" } } },
  { type: "reply", id: "c1", ok: false, error: { message: 1 } },
  { type: "reply", id: "c1", ok: false },
  { type: "reply", id: "c1", ok: "yes", result: 1 },
  { type: "state", state: {} },
  { type: "error", message: "m" },
  [],
  null,
];

describe("the hand check of the events a page receives for a call", () => {
  it("answers only for events EventSchema takes, and then with its data", () => {
    let vouched = 0;
    for (const e of events) {
      const json = JSON.parse(JSON.stringify(e)) as unknown;
      const quick = eventByHand(json);
      if (!quick) continue;
      vouched++;
      const z = EventSchema.safeParse(json);
      expect(z.success, JSON.stringify(e)).toBe(true);
      expect(quick, JSON.stringify(e)).toStrictEqual(z.data);
    }
    expect(vouched).toBeGreaterThanOrEqual(8);
  });

  it("leaves an event that does not fit to EventSchema", () => {
    for (const e of events) {
      const json = JSON.parse(JSON.stringify(e)) as unknown;
      if (!EventSchema.safeParse(json).success) expect(eventByHand(json), JSON.stringify(e)).toBeUndefined();
    }
  });
});
