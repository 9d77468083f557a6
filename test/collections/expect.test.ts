import { describe, expect, it } from "vitest";
import { evaluate, type ExpectContext } from "../../lib/collections/expect";
import { valueAtPath } from "../../lib/collections/json-path";
import { fillIn, MissingValue } from "../../lib/collections/variables";

const result = {
  content: [
    { type: "text", text: "Echo: hello" },
    { type: "text", text: "second" },
  ],
  structuredContent: { sum: 5, tags: ["a", "b"], "a key": null },
  isError: false,
};
const ctx: ExpectContext = { result, latencyMs: 12, outputVerdict: { valid: true, errors: [] }, findings: [] };
const verdict = (e: Parameters<typeof evaluate>[0], c: ExpectContext = ctx) => evaluate(e, c);

describe("expectations", () => {
  it("isError", () => {
    expect(verdict({ isError: false }).pass).toBe(true);
    expect(verdict({ isError: true })).toMatchObject({ pass: false, expected: true, actual: false });
  });

  it("path equals / matches / contains / exists, with expected and actual", () => {
    expect(verdict({ path: "$.content[0].text", equals: "Echo: hello" }).pass).toBe(true);
    expect(verdict({ path: "$.content[-1].text", equals: "x" })).toMatchObject({
      pass: false,
      path: "$.content[-1].text",
      expected: "x",
      actual: "second",
    });
    expect(verdict({ path: "$.content[0].text", matches: "^Echo: h" }).pass).toBe(true);
    expect(verdict({ path: "$.structuredContent.tags", contains: "b" }).pass).toBe(true);
    expect(verdict({ path: "$.structuredContent", contains: { sum: 5 } }).pass).toBe(true);
    expect(verdict({ path: "$.structuredContent", contains: { sum: 6 } }).pass).toBe(false);
    expect(verdict({ path: "$.structuredContent['a key']", exists: true }).pass).toBe(true);
    expect(verdict({ path: "$.structuredContent.nope", exists: false }).pass).toBe(true);
    expect(verdict({ path: "$.structuredContent.nope", equals: 1 })).toMatchObject({
      pass: false,
      message: "nothing at $.structuredContent.nope",
    });
  });

  it("schema: a value against a JSON Schema, with the failing path", () => {
    expect(verdict({ path: "$.structuredContent.sum", schema: { type: "integer", minimum: 1 } }).pass).toBe(true);
    const bad = verdict({ path: "$.structuredContent", schema: { type: "object", properties: { sum: { type: "string" } } } });
    expect(bad.pass).toBe(false);
    expect(bad.message).toContain("$.structuredContent.sum: must be string");
  });

  it("outputSchema: the tool's own verdict; a tool without one fails unless turned off", () => {
    expect(verdict({ outputSchema: true }).pass).toBe(true);
    const invalid = { ...ctx, outputVerdict: { valid: false, errors: [{ path: "/structuredContent/sum", message: "must be string" }] } };
    expect(verdict({ outputSchema: true }, invalid)).toMatchObject({ pass: false, actual: ["/structuredContent/sum: must be string"] });
    expect(verdict({ outputSchema: true }, { ...ctx, outputVerdict: null }).pass).toBe(false);
    expect(verdict({ outputSchema: false }, invalid).pass).toBe(true);
  });

  it("textContent contains / matches any text block", () => {
    expect(verdict({ textContent: "second" }).pass).toBe(true);
    expect(verdict({ textContent: { matches: "^sec" } }).pass).toBe(true);
    expect(verdict({ textContent: { contains: "absent" } })).toMatchObject({ pass: false, actual: ["Echo: hello", "second"] });
  });

  it("errorCode: the request must fail with it; any other expectation fails on an error", () => {
    const failed: ExpectContext = { error: { code: -32602, message: "Unknown tool" }, latencyMs: 3 };
    expect(verdict({ errorCode: -32602 }, failed).pass).toBe(true);
    expect(verdict({ errorCode: -32601 }, failed)).toMatchObject({ pass: false, expected: -32601, actual: -32602 });
    expect(verdict({ errorCode: -32602 }).pass).toBe(false);
    expect(verdict({ isError: false }, failed)).toMatchObject({ pass: false, message: "the request failed: -32602 Unknown tool" });
  });

  it("latencyMs, snapshot and noFindings", () => {
    expect(verdict({ latencyMs: 50 }).pass).toBe(true);
    expect(verdict({ latencyMs: 5 })).toMatchObject({ pass: false, actual: 12 });
    const snap = (expected: unknown) => ({ ...ctx, snapshot: { name: "s", actual: { a: 1 }, expected } });
    expect(verdict({ snapshot: true }, snap(undefined))).toMatchObject({ pass: true, message: 'snapshot "s" written' });
    expect(verdict({ snapshot: true }, snap({ a: 1 })).pass).toBe(true);
    // What differs, path by path (issue 64 point 8), not the two documents.
    expect(verdict({ snapshot: true }, snap({ a: 2 }))).toMatchObject({ pass: false, diff: ["~ $.a: 2 -> 1"] });
    expect(verdict({ snapshot: true }, snap({ a: 2 })).expected).toBeUndefined();
    // latency: against a recorded time, the limit stated (issue 64 points 3 and 8).
    expect(verdict({ latency: { recordedMs: 1 } }).pass).toBe(true);
    expect(verdict({ latency: { recordedMs: 1, factor: 2, minMs: 5 } })).toMatchObject({
      pass: false,
      message: "answered in 12 ms, over the limit of 6 ms (2x and at least 5 ms slower than the recorded 1 ms)",
    });
    expect(verdict({ latencyMs: 5 }).message).toBe("answered in 12 ms, over the limit of 5 ms");
    // notifications: each kind listed must come; counts, order and other kinds do not matter.
    const came = { ...ctx, notifications: ["notifications/progress", "notifications/message", "notifications/progress"] };
    expect(verdict({ notifications: ["notifications/message", "notifications/progress"] }, came).pass).toBe(true);
    expect(verdict({ notifications: ["notifications/progress"] }, { ...ctx, notifications: [] })).toMatchObject({
      pass: false,
      message: "no longer sent: notifications/progress (recorded: notifications/progress; now: none)",
    });
    // A 2026-07-28 connection gets list changes only on subscriptions/listen: not required of a request there.
    const listed = { notifications: ["notifications/tools/list_changed"] };
    expect(verdict(listed, { ...ctx, notifications: [] }).pass).toBe(false);
    expect(verdict(listed, { ...ctx, notifications: [], modernEra: true })).toMatchObject({
      pass: true,
      message: expect.stringContaining("not compared: a 2026-07-28 connection gets list changes only on subscriptions/listen"),
    });
    const findings = { ...ctx, findings: [{ rule: "jsonrpc/version", severity: "warning" as const, message: "m" }] };
    expect(verdict({ noFindings: "error" }, findings).pass).toBe(true);
    expect(verdict({ noFindings: "warning" }, findings)).toMatchObject({ pass: false, actual: ["jsonrpc/version: m"] });
  });
});

describe("paths and variables", () => {
  it("a path that cannot be read says where", () => {
    expect(valueAtPath({}, "$.a..b").error).toContain('at "..b"');
    expect(valueAtPath({ a: [1] }, "$.a[1]").found).toBe(false);
  });

  it("${ENV} and {{name}}: a whole {{name}} keeps its type, missing ones are named", () => {
    expect(fillIn({ n: "{{n}}", s: "x{{n}}-${HOME_X}" }, { n: 5 }, { HOME_X: "h" })).toEqual({ n: 5, s: "x5-h" });
    expect(() => fillIn({ a: "{{gone}} ${NOPE}" }, {}, {})).toThrow(MissingValue);
    expect(() => fillIn({ a: "{{gone}} ${NOPE}" }, {}, {})).toThrow("no value for ${NOPE}, {{gone}}");
  });
});
