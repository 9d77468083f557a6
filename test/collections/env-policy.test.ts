import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { commandLineEnv, inspectorSecretReason, listedEnv, listedNames, NEVER_FILLED } from "../../lib/collections/env-policy";
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

/** Every name the issue named (62 point 4) and the usual ones: each is refused in the CLI's lookup and the page's and agent's. */
const NEVER = [
  "OTEL_EXPORTER_OTLP_HEADERS",
  "OTEL_EXPORTER_OTLP_TRACES_HEADERS",
  "OTEL_EXPORTER_OTLP_ENDPOINT",
  "otel_exporter_otlp_headers",
  "ANTHROPIC_API_KEY",
  "ANTHROPIC_AUTH_TOKEN",
  "CLAUDE_CODE_OAUTH_TOKEN",
  "AZURE_OPENAI_API_KEY",
  "OPENAI_API_KEY",
  "OPENAI_ORG_ID",
  "MODEL_API_KEY",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "GEMINI_API_KEY",
  "GOOGLE_API_KEY",
  "GOOGLE_GENERATIVE_AI_API_KEY",
  "GOOGLE_APPLICATION_CREDENTIALS",
  "MISTRAL_API_KEY",
  "GROQ_API_KEY",
  "OPENROUTER_API_KEY",
  "GITHUB_TOKEN",
  "GH_TOKEN",
  "HF_TOKEN",
  "HUGGING_FACE_HUB_TOKEN",
  "NPM_TOKEN",
  "INSPECTOR_TOKEN",
  "MCP_PROXY_AUTH_TOKEN",
];

describe("names never filled: one list, in the CLI, the page and the agent", () => {
  it.each(NEVER)("%s is refused everywhere, even when listed at start", (name) => {
    expect(inspectorSecretReason(name)).toBeDefined();
    const env = { [name]: "s3cret-value", INSPECTOR_COLLECTION_ENV: name };
    expect(commandLineEnv(env)(name)).toMatchObject({ refused: expect.stringMatching(/never sent to a server/) });
    expect(listedEnv(env, listedNames(env))(name)).toMatchObject({ refused: expect.stringMatching(/never sent to a server/) });
  });

  it("the collector's key says why it is refused", () => {
    expect(inspectorSecretReason("OTEL_EXPORTER_OTLP_HEADERS")).toMatch(/trace export/);
  });

  it("ordinary names are filled", () => {
    for (const name of ["API_KEY", "SERVER_OPENAI_KEY", "REGION", "MY_GITHUB_REPO", "HOTEL_NAME"]) {
      expect(inspectorSecretReason(name), name).toBeUndefined();
      expect(commandLineEnv({ [name]: "v" })(name)).toEqual({ value: "v" });
    }
  });

  it("docs/collections.md names every rule of the list", () => {
    const doc = readFileSync("docs/collections.md", "utf8");
    for (const rule of NEVER_FILLED) {
      for (const n of rule.names ?? []) expect(doc, n).toContain(`\`${n}\``);
      if (rule.prefix) expect(doc, rule.prefix).toContain(`\`${rule.prefix}*\``);
    }
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
