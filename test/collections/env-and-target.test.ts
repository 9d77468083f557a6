import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCollection } from "../../lib/collections/format";
import { inspectorTest, tempDir, writeCollection } from "./run-cli";

// Issue 52 points 1, 2, 3 and 5 in `inspector test`: what a collection may fill from the
// environment, where the filled values may land, the target it starts, and YAML's costs.
const SERVER = path.join(import.meta.dirname, "verdict-server.mjs");
const TARGET = [process.execPath, SERVER];

describe("${ENV}: never the inspector's own secrets (issue 52 point 1)", () => {
  it("a model key, INSPECTOR_* and MCP_* are refused by name, and the server never gets them", async () => {
    const dir = tempDir();
    const file = writeCollection(
      dir,
      "leak.mcp-tests.yaml",
      `steps:
  - name: model key
    tool: echo
    arguments: { message: "\${ANTHROPIC_API_KEY}|\${OPENAI_API_KEY}" }
  - name: inspector token
    tool: echo
    arguments: { message: "\${INSPECTOR_TOKEN}" }
  - name: mcp credential
    tool: echo
    arguments: { message: "\${MCP_PROXY_AUTH_TOKEN}" }
  - name: an ordinary name
    tool: echo
    arguments: { message: "\${GREETING}" }
    expect: [{ textContent: "Echo: hi there" }]
`,
    );
    const secrets = {
      ANTHROPIC_API_KEY: "sk-ant-api03-secretsecret",
      OPENAI_API_KEY: "sk-proj-secretsecret",
      INSPECTOR_TOKEN: "inspector-token-secret",
      MCP_PROXY_AUTH_TOKEN: "proxy-token-secret",
    };
    const session = path.join(dir, "run.mcp-session.json");
    const r = await inspectorTest([file, "--format", "json", "--save-session", session, ...TARGET], { ...secrets, GREETING: "hi there" });
    expect(r.code).toBe(1);
    const steps = JSON.parse(r.out).files[0].runs[0].run.steps;
    expect(steps.map((s: { status: string }) => s.status)).toEqual(["error", "error", "error", "pass"]);
    expect(steps[0].message).toContain("${ANTHROPIC_API_KEY} refused: a model key of the inspector is never sent to a server");
    expect(steps[0].message).toContain("${OPENAI_API_KEY} refused");
    expect(steps[1].message).toContain("${INSPECTOR_TOKEN} refused");
    expect(steps[2].message).toContain("${MCP_PROXY_AUTH_TOKEN} refused");
    const recording = readFileSync(session, "utf8");
    for (const v of Object.values(secrets)) {
      expect(recording).not.toContain(v);
      expect(r.out).not.toContain(v);
    }
  }, 30_000);

  it("a target's env that names a model key is a usage error naming it; nothing starts", async () => {
    const dir = tempDir();
    const file = writeCollection(
      dir,
      "t.mcp-tests.yaml",
      `target: { command: node, args: [server.mjs], env: { KEY: "\${OPENAI_API_KEY}" } }\nsteps:\n  - tool: echo\n`,
    );
    const r = await inspectorTest([file], { OPENAI_API_KEY: "sk-proj-secretsecret" });
    expect(r.code).toBe(2);
    expect(r.err).toContain("target: ${OPENAI_API_KEY} refused: a model key of the inspector is never sent to a server");
  });
});

describe("values filled from the environment are taken out of everything the run writes (issue 52 point 2)", () => {
  it("text (the actual line), JSON, JUnit, TAP and the failed run's recording hold none of them", async () => {
    const dir = tempDir();
    // A value with a quote: JSON-escaped in the wire text and the JSON report, still found.
    const value = 'AKIAwJalrXUtnFEMI"K7MDENG';
    const file = writeCollection(
      dir,
      "secret.mcp-tests.yaml",
      `steps:
  - name: echoes the secret
    tool: echo
    arguments: { message: "\${SERVICE_SECRET_KEY}" }
    expect:
      - path: $.content[0].text
        equals: "not what it says"
  - name: snapshots it
    tool: echo
    arguments: { message: "\${SERVICE_SECRET_KEY}" }
    expect: [{ snapshot: true }]
`,
    );
    for (const format of ["text", "json", "junit", "tap"]) {
      const out = path.join(dir, format);
      const r = await inspectorTest([file, "--format", format, ...TARGET], { SERVICE_SECRET_KEY: value, MCP_RECORDINGS_DIR: out });
      expect(r.code, format).toBe(1);
      expect(r.out, format).not.toContain("AKIAwJalrXUtnFEMI");
      expect(r.out, format).not.toContain("K7MDENG");
      expect(r.out, format).toContain("[redacted: ${SERVICE_SECRET_KEY}]");
      const [recording] = readdirSync(out);
      const saved = readFileSync(path.join(out, recording), "utf8");
      expect(saved, format).not.toContain("K7MDENG");
    }
    const text = await inspectorTest([file, ...TARGET], { SERVICE_SECRET_KEY: value, MCP_RECORDINGS_DIR: dir });
    expect(text.out).toContain('actual   "Echo: [redacted: ${SERVICE_SECRET_KEY}]"');
    // The snapshot file, committed beside the collection, holds the marker; a rerun still matches it.
    const snap = readFileSync(path.join(dir, "secret.mcp-tests.snap.yaml"), "utf8");
    expect(snap).not.toContain("K7MDENG");
    expect(snap).toContain("[redacted: ${SERVICE_SECRET_KEY}]");
    expect(text.out).toContain("✓ snapshots it");
  }, 60_000);
});

describe("a collection's target (issue 48 point 8, issue 52 point 3)", () => {
  it("is shown, escaped, before it starts and in every report; its relative paths are read from the file's folder", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "server.mjs"), `import ${JSON.stringify(SERVER)};\n`);
    const file = writeCollection(
      dir,
      "own.mcp-tests.yaml",
      `target:\n  command: node\n  args: [server.mjs, "\\u202Eevil"]\n  env: { TOKEN: "\${TOKEN}" }\nsteps:\n  - tool: echo\n    arguments: { message: hi }\n`,
    );
    const env = { TOKEN: "tok-secret-value" };
    const r = await inspectorTest([file], env);
    expect(r.code, r.out + r.err).toBe(0);
    const shown = "TOKEN='${TOKEN}' node server.mjs '\\u{202E}evil'";
    expect(r.err).toContain(`inspector: ${file} starts its target: ${shown} (in ${dir})`);
    expect(r.out).toContain(`  target: ${shown}`);
    expect(r.out + r.err).not.toContain("tok-secret-value");
    expect(r.out + r.err).not.toContain("\u202E");
    const junit = await inspectorTest([file, "--format", "junit"], env);
    expect(junit.out).toMatch(/<testcase [^>]*name="target">\s*<system-out>started: TOKEN=/);
    const json = await inspectorTest([file, "--format", "json"], env);
    expect(JSON.parse(json.out).files[0].target).toContain("node server.mjs");
  }, 60_000);
});

describe("YAML costs (issue 52 point 5)", () => {
  const bomb = () => {
    const list = `[${Array.from({ length: 100_000 }, (_, i) => `"item-${i}"`).join(",")}]`;
    return `variables: { big: &big ${list} }\nsteps:\n${Array.from({ length: 99 }, () => "  - method: ping\n    params: { x: *big }").join("\n")}\n`;
  };

  it("99 aliases of a 1 MB list are refused with a clear message, not expanded", () => {
    const parsed = parseCollection(bomb(), "bomb.mcp-tests.yaml");
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.message).toMatch(/^the file expands to more than 8 MiB once its aliases/);
  });

  it("more aliases than allowed is a message about the file, never an uncaught ReferenceError", async () => {
    const text = `a: &a [1, 2]\nsteps: [${Array.from({ length: 120 }, () => "*a").join(", ")}]\n`;
    const parsed = parseCollection(text, "x.mcp-tests.yaml");
    expect(!parsed.ok && parsed.error.message).toMatch(/^too many aliases/);
    const dir = tempDir();
    const many = writeCollection(dir, "many.mcp-tests.yaml", text);
    const big = writeCollection(dir, "bomb.mcp-tests.yaml", bomb());
    const r = await inspectorTest([many, big, ...TARGET]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${many}:1: too many aliases (*name): a collection may use at most 100\n`);
    expect(r.err).toContain(`${big}:1: the file expands to more than 8 MiB`);
    expect(r.err).not.toContain("ReferenceError");
  });
});
