import { describe, expect, test } from "vitest";
import type { Entry } from "../../lib/record/format";
import { buildSession, parseSession, SESSION_FORMAT_VERSION, type SessionFile } from "../../lib/session/file";
import { redactSession } from "../../lib/session/redact";
import { boundedValue, verdictsBySeq, type Verdict } from "../../lib/session/verdicts";
import { stepVerdicts } from "../../lib/collections/step-verdicts";
import { firstFailingRequest, sessionUpTo } from "../../lib/session/up-to";
import {
  recordingHoldsFailure,
  reproductionOf,
  reproductionText,
  summarizeReplay,
  type ReplayItem,
  type ReplayReport,
} from "../../lib/session/replay-result";
import type { StepResult } from "../../lib/collections/result";

// Issue 87: a failed run's recording carries its verdicts (session format version 2); version 1
// files still open; replay tells a reproduction from a fix; Reproduce can stop at one call.

const CAPS = { sampling: false, elicitationForm: false, elicitationUrl: false, roots: false, tasks: false, apps: false };
const T = 1_700_000_000_000;
const msg = (seq: number, dir: "client->server" | "server->client", message: object, pair?: { seq: number; method: string }): Entry =>
  ({
    seq,
    t: T + seq,
    kind: "message",
    dir,
    message,
    size: JSON.stringify(message).length,
    ...(pair ? { pair: { ...pair, latencyMs: 1 } } : {}),
  }) as Entry;

/** initialize, then a divide-by-zero call answered with isError, then a prompt answered "Hi". */
const ENTRIES: Entry[] = [
  msg(1, "client->server", { jsonrpc: "2.0", id: 0, method: "initialize", params: {} }),
  msg(2, "server->client", { jsonrpc: "2.0", id: 0, result: { protocolVersion: "2025-11-25" } }, { seq: 1, method: "initialize" }),
  msg(3, "client->server", { jsonrpc: "2.0", method: "notifications/initialized" }),
  msg(4, "client->server", { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "divide", arguments: { a: 1, b: 0 } } }),
  msg(5, "server->client", { jsonrpc: "2.0", id: 1, result: { content: [], isError: true } }, { seq: 4, method: "tools/call" }),
  msg(6, "client->server", { jsonrpc: "2.0", id: 2, method: "prompts/get", params: { name: "greet", arguments: { name: "Ada" } } }),
  msg(
    7,
    "server->client",
    { jsonrpc: "2.0", id: 2, result: { messages: [{ content: { text: "Hi, Ada!" } }] } },
    { seq: 6, method: "prompts/get" },
  ),
  msg(8, "client->server", { jsonrpc: "2.0", id: 3, method: "tools/list", params: {} }),
  msg(9, "server->client", { jsonrpc: "2.0", id: 3, result: { tools: [] } }, { seq: 8, method: "tools/list" }),
];

const step = (over: Partial<StepResult>): StepResult => ({
  index: 0,
  name: "s",
  kind: "tool",
  method: "tools/call",
  status: "pass",
  durationMs: 1,
  expectations: [],
  ...over,
});

const STEPS: StepResult[] = [
  step({
    name: "divide by zero is a tool error",
    seqs: { first: 4, last: 5 },
    expectations: [{ kind: "isError", label: "isError is true", pass: true, message: "isError is true", expected: true, actual: true }],
  }),
  step({
    index: 1,
    name: "greet says Hello",
    kind: "prompt",
    method: "prompts/get",
    status: "fail",
    seqs: { first: 6, last: 7 },
    expectations: [
      {
        kind: "path",
        label: '$.messages[0].content.text equals "Hello, Ada!"',
        pass: false,
        path: "$.messages[0].content.text",
        message: '$.messages[0].content.text is not "Hello, Ada!"',
        expected: "Hello, Ada!",
        actual: "Hi, Ada!",
      },
    ],
  }),
];

const session = (verdicts?: Verdict[]): SessionFile =>
  buildSession({
    inspectorVersion: "t",
    target: { transport: "stdio", command: "node", args: ["s.js"], env: { API_KEY: "sk-live-0123456789abcdef" } },
    capabilities: CAPS,
    entries: ENTRIES,
    verdicts,
  });

describe("session file version 2: verdicts", () => {
  test("a test run's steps become verdicts: name, status, expected beside actual, and the seqs of their request and response", () => {
    expect(stepVerdicts({ steps: STEPS }, ENTRIES, "greet.mcp-tests.yaml")).toEqual([
      expect.objectContaining({ name: "divide by zero is a tool error", status: "pass", requestSeq: 4, responseSeq: 5 }),
      {
        source: "test",
        name: "greet says Hello",
        status: "fail",
        method: "prompts/get",
        message: '$.messages[0].content.text equals "Hello, Ada!": $.messages[0].content.text is not "Hello, Ada!"',
        expected: "Hello, Ada!",
        actual: "Hi, Ada!",
        checks: [expect.objectContaining({ pass: false, expected: "Hello, Ada!", actual: "Hi, Ada!" })],
        requestSeq: 6,
        responseSeq: 7,
        file: "greet.mcp-tests.yaml",
      },
    ]);
  });

  test("written as version 2 with its verdicts, read back whole; a version-1 file (no verdicts) still opens; a newer one is refused in words", () => {
    const written = session(stepVerdicts({ steps: STEPS }, ENTRIES));
    expect(written.version).toBe(SESSION_FORMAT_VERSION);
    expect(SESSION_FORMAT_VERSION).toBe(2);
    const back = parseSession(JSON.stringify(written));
    expect(back.ok && back.session.verdicts?.map((v) => [v.name, v.status])).toEqual([
      ["divide by zero is a tool error", "pass"],
      ["greet says Hello", "fail"],
    ]);
    const { verdicts: _none, ...v1 } = { ...written, version: 1 };
    const old = parseSession(JSON.stringify(v1));
    expect(old.ok, old.ok ? "" : old.message).toBe(true);
    expect(old.ok && old.session.verdicts).toBeUndefined();
    const newer = parseSession(JSON.stringify({ ...written, version: 3 }));
    expect(!newer.ok && newer.message).toMatch(
      /format version 3; this inspector reads versions 1 and 2 \(it was made by a newer inspector/,
    );
    const damaged = parseSession(JSON.stringify({ ...written, verdicts: [{ name: "x" }] }));
    expect(!damaged.ok && damaged.message).toMatch(/damaged: verdicts\.0/);
  });

  test("a secret in a verdict's actual value is redacted as the record is; its seqs and status are kept", () => {
    const leaky: Verdict = {
      source: "test",
      name: "env",
      status: "fail",
      actual: "key=sk-live-0123456789abcdef",
      requestSeq: 4,
      responseSeq: 5,
    };
    const { session: out } = redactSession(session([leaky]), { secrets: { API_KEY: "sk-live-0123456789abcdef" } });
    expect(JSON.stringify(out.verdicts)).not.toContain("sk-live-0123456789abcdef");
    expect(out.verdicts?.[0]).toMatchObject({
      status: "fail",
      requestSeq: 4,
      responseSeq: 5,
      actual: expect.stringContaining("[redacted"),
    });
  });

  test("a long value is kept cut, saying its whole length; a failing verdict marks a seq over a passing one", () => {
    const big = { text: "x".repeat(20_000) };
    expect(boundedValue(big)).toMatch(/^\{"text":"x+… \(cut: 20011 characters in all\)$/);
    expect(boundedValue("short")).toBe("short");
    const marks = verdictsBySeq([
      { source: "test", name: "wait", status: "pass", requestSeq: 6 },
      { source: "test", name: "greet", status: "fail", requestSeq: 6, responseSeq: 7 },
    ]);
    expect(marks.get(6)?.name).toBe("greet");
    expect(marks.get(7)?.status).toBe("fail");
  });
});

const report = (statuses: Array<ReplayItem["status"]>): ReplayReport => {
  const items = statuses.map((status, i) => ({ recordedSeq: 4 + 2 * i, method: "tools/call", status, diff: [] }));
  return { target: "node s.js", connected: true, items, summary: summarizeReplay(items) };
};

describe("replay tells a reproduction from a fix", () => {
  test("a recording holds a failure: a failing verdict, or an error answer no passing verdict expected", () => {
    expect(recordingHoldsFailure({ entries: ENTRIES })).toBe(true); // the isError at #5, unjudged
    const passed: Verdict = { source: "test", name: "divide", status: "pass", requestSeq: 4, responseSeq: 5 };
    expect(recordingHoldsFailure({ entries: ENTRIES, verdicts: [passed] })).toBe(false); // expected: no failure
    expect(recordingHoldsFailure({ entries: ENTRIES, verdicts: [passed, { source: "test", name: "greet", status: "fail" }] })).toBe(true);
  });

  test("the same answers to a recorded failure: reproduced; any difference: changed; a recording with no failure has no such word", () => {
    const same = report(["same", "same"]);
    expect(reproductionOf(true, same)).toBe("reproduced");
    expect(reproductionText({ ...same, reproduction: "reproduced" })).toBe("reproduced: the same failure came back");
    const changed = report(["same", "changed"]);
    expect(reproductionOf(true, changed)).toBe("changed");
    expect(reproductionOf(false, changed)).toBeUndefined();
    expect(reproductionText({ ...changed, reproduction: "changed" })).toBe(
      "changed: 1 of 2 answers differ from the recording (see the diff)",
    );
    expect(reproductionOf(false, same)).toBeUndefined();
  });
});

describe("Reproduce up to one call", () => {
  test("the call, every request before it and its answer; nothing after; edited params sent instead", () => {
    const s = session([{ source: "test", name: "greet", status: "fail", requestSeq: 6, responseSeq: 7 }]);
    expect(firstFailingRequest(s)).toBe(6);
    const cut = sessionUpTo(s, 6)!;
    expect(cut.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const edited = sessionUpTo(s, 6, { name: "greet", arguments: { name: "Grace" } })!;
    expect(edited.entries.find((e) => e.seq === 6)).toMatchObject({ message: { params: { arguments: { name: "Grace" } } } });
    expect(sessionUpTo(s, 5)).toBeUndefined(); // a response is no call to run
    // No verdict: the first error answer's request.
    expect(firstFailingRequest({ entries: ENTRIES })).toBe(4);
  });
});
