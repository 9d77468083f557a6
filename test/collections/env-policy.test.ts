import { describe, expect, it } from "vitest";
import { commandLineEnv, inspectorSecretReason, listedEnv, listedNames } from "../../lib/collections/env-policy";
import { expandedOver } from "../../lib/collections/format";
import { fillIn, MissingValue } from "../../lib/collections/variables";
import { filledValues, redactFilled } from "../../server/collections/filled-values";
import { snapshotValue } from "../../server/collections/snapshots";

describe("which ${NAME} a collection may fill", () => {
  it("never the inspector's own secrets, on the command line or anywhere", () => {
    for (const name of ["ANTHROPIC_API_KEY", "OPENAI_API_KEY", "MODEL_API_KEY", "INSPECTOR_TOKEN", "MCP_PROXY_AUTH_TOKEN"])
      expect(inspectorSecretReason(name), name).toBeDefined();
    expect(inspectorSecretReason("API_KEY")).toBeUndefined();
    const env = { OPENAI_API_KEY: "sk-1", API_KEY: "k-1" };
    expect(commandLineEnv(env)("API_KEY")).toEqual({ value: "k-1" });
    expect(commandLineEnv(env)("OPENAI_API_KEY")).toMatchObject({ refused: expect.stringContaining("model key") });
    expect(commandLineEnv(env)("UNSET")).toBeUndefined();
  });

  it("the page and the agent: the target's env, then the names listed at start; a listed model key is still refused", () => {
    const env = { A: "a-value", B: "b-value", OPENAI_API_KEY: "sk-1", INSPECTOR_COLLECTION_ENV: "A, OPENAI_API_KEY" };
    const listed = listedNames(env);
    expect(listed).toEqual(["A", "OPENAI_API_KEY"]);
    const lookup = listedEnv(env, listed, { T: "t-value" });
    expect(lookup("T")).toEqual({ value: "t-value" });
    expect(lookup("A")).toEqual({ value: "a-value" });
    expect(lookup("B")).toMatchObject({ refused: expect.stringContaining("INSPECTOR_COLLECTION_ENV=B") });
    expect(lookup("OPENAI_API_KEY")).toMatchObject({ refused: expect.stringContaining("model key") });
  });

  it("fillIn names each refused and missing name, and records what it filled", () => {
    const filled = new Map<string, string>();
    expect(fillIn({ a: "x-${API_KEY}" }, {}, commandLineEnv({ API_KEY: "k-123" }), filled)).toEqual({ a: "x-k-123" });
    expect([...filled]).toEqual([["API_KEY", "k-123"]]);
    const err = (() => {
      try {
        fillIn({ a: "${OPENAI_API_KEY} ${NOPE}" }, {}, commandLineEnv({ OPENAI_API_KEY: "sk" }));
      } catch (e) {
        return e as MissingValue;
      }
    })();
    expect(err).toBeInstanceOf(MissingValue);
    expect(err!.message).toBe("no value for ${NOPE}; ${OPENAI_API_KEY} refused: a model key of the inspector is never sent to a server");
  });
});

describe("filled values are taken out", () => {
  it("as written and JSON-escaped, in strings, keys and equal numbers; short values are left", () => {
    const filled = new Map([
      ["SECRET", 'ab"cd-1234'],
      ["PIN", "98765"],
      ["SHORT", "ab"],
    ]);
    const out = redactFilled({ text: 'got ab"cd-1234', raw: '{"m":"ab\\"cd-1234"}', ['ab"cd-1234']: 1, n: 98765, s: "ab" }, filled);
    expect(JSON.stringify(out)).not.toContain("cd-1234");
    expect(out).toMatchObject({
      text: "got [redacted: ${SECRET}]",
      raw: '{"m":"[redacted: ${SECRET}]"}',
      n: "[redacted: ${PIN}]",
      s: "ab",
    });
    expect(filledValues(filled)).toEqual(['ab"cd-1234', "98765"]);
  });
});

describe("snapshots in both eras", () => {
  it("leave out resultType complete, the cache hints and the reserved _meta keys, and keep the rest", () => {
    const modern = {
      resultType: "complete",
      ttlMs: 0,
      cacheScope: "public",
      content: [{ type: "text", text: "hi" }],
      _meta: { "io.modelcontextprotocol/serverInfo": { name: "s" }, "acme/trace": 1 },
    };
    expect(snapshotValue(modern)).toEqual({ content: [{ type: "text", text: "hi" }], _meta: { "acme/trace": 1 } });
    expect(snapshotValue({ resultType: "input_required", x: 1 })).toEqual({ resultType: "input_required", x: 1 });
    expect(snapshotValue({ _meta: { "io.modelcontextprotocol/serverInfo": {} } })).toEqual({});
  });
});

describe("a collection's expanded size", () => {
  it("counts a shared part each time it appears, and stops early", () => {
    const part = Array.from({ length: 1000 }, (_, i) => `item-${i}`);
    expect(expandedOver({ steps: [part] }, 100_000)).toBe(false);
    expect(expandedOver({ steps: Array.from({ length: 99 }, () => part) }, 100_000)).toBe(true);
  });
});
