import { spawn } from "node:child_process";
import path from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { lintRecord } from "../lib/lint";
import { SchemaValidator } from "../lib/protocol/output-verdict";
import { safePattern, UncheckedPattern } from "../lib/protocol/safe-regex";
import { Rec } from "./lint/entries";

// Issue 22 item 4: a server's `pattern: "^(a|a)*$"` with a matching structuredContent blocked
// the backend's event loop (V8 backtracks exponentially on "aaaa…a!"). The hostile check runs in
// a child process with a time limit, so a regression fails this test instead of hanging the suite.

const HOSTILE = "^(a|a)*$";
const EVIL = "a".repeat(40) + "!";

/** Runs `body` (a module under the repository's root) in a fresh node; resolves its stdout, or rejects when it outlives `ms`. */
async function inChild(body: string, ms = 10_000): Promise<string> {
  const out = await build({
    stdin: { contents: body, resolveDir: path.resolve(__dirname, ".."), loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  const child = spawn(process.execPath, ["--input-type=module", "-"], { stdio: ["pipe", "pipe", "pipe"] });
  child.stdin.end(out.outputFiles[0].text);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    // SIGKILL: a stuck event loop runs no signal handler, and the test must end either way.
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the check did not return within ${ms} ms: the pattern stalled the process`));
    }, ms);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new Error(`child exited ${code}: ${stderr}`));
    });
  });
}

describe("a server's pattern cannot stall the backend", () => {
  it("SchemaValidator answers promptly for ^(a|a)*$ against 40 a's and a '!' (pattern, patternProperties)", async () => {
    const out = await inChild(`
      import { SchemaValidator } from "./lib/protocol/output-verdict";
      const v = new SchemaValidator();
      const schema = { type: "object", properties: { s: { type: "string", pattern: ${JSON.stringify(HOSTILE)} } } };
      const keyed = { type: "object", patternProperties: { ${JSON.stringify(HOSTILE)}: { type: "number" } } };
      console.log(JSON.stringify([
        v.verdictFor(schema, { structuredContent: { s: ${JSON.stringify(EVIL)} } }),
        v.verdictFor(schema, { structuredContent: { s: "aaaa" } }),
        v.verdictFor(keyed, { structuredContent: { [${JSON.stringify(EVIL)}]: "not a number", aaaa: "nor this" } }),
      ]));
    `);
    const [evil, fine, keyed] = JSON.parse(out) as Array<{ valid: boolean; errors: Array<{ path: string; message: string }> }>;
    expect(evil.valid).toBe(false);
    expect(evil.errors).toEqual([{ path: "/structuredContent/s", message: expect.stringContaining("must match pattern") }]);
    expect(fine).toEqual({ valid: true, errors: [] });
    // The hostile key does not match, so only "aaaa" is held to the number schema.
    expect(keyed.valid).toBe(false);
    expect(keyed.errors.map((e) => e.path)).toEqual(["/structuredContent/aaaa"]);
  });
});

describe("a server's pattern cannot freeze the page's tool form", () => {
  it("the form's validators (both dialects) and the raw-JSON check answer promptly and say the value breaks the pattern", async () => {
    const out = await inChild(`
      import { schemaValidators } from "./components/schema-form/schema-form-kit";
      import { checkRawArgs } from "./features/tools/args-validation";
      const schema = { type: "object", properties: { s: { type: "string", pattern: ${JSON.stringify(HOSTILE)} } }, required: ["s"] };
      const draft7 = { $schema: "http://json-schema.org/draft-07/schema#", ...schema };
      console.log(JSON.stringify([
        schemaValidators["2020-12"].validateFormData({ s: ${JSON.stringify(EVIL)} }, schema).errors.map((e) => e.message),
        schemaValidators["draft-07"].validateFormData({ s: ${JSON.stringify(EVIL)} }, draft7).errors.map((e) => e.message),
        schemaValidators["2020-12"].validateFormData({ s: "aaaa" }, schema).errors.length,
        checkRawArgs(JSON.stringify({ s: ${JSON.stringify(EVIL)} }), schema).problems.map((p) => p.message),
      ]));
    `);
    const [form2020, form7, fine, raw] = JSON.parse(out) as [string[], string[], number, string[]];
    expect(form2020).toEqual([`must match pattern "${HOSTILE}"`]);
    expect(form7).toEqual([`must match pattern "${HOSTILE}"`]);
    expect(fine).toBe(0);
    expect(raw).toEqual([`must match pattern "${HOSTILE}"`]);
  });
});

describe("patterns keep their ECMAScript meaning on RE2", () => {
  const v = new SchemaValidator();
  const verdict = (pattern: string, s: string) =>
    v.verdictFor({ type: "object", properties: { s: { type: "string", pattern } } }, { structuredContent: { s } });

  it("a pattern that should fail still fails, one that should pass passes", () => {
    expect(verdict("^[a-z]+-\\d{2,4}$", "abc-123").valid).toBe(true);
    expect(verdict("^[a-z]+-\\d{2,4}$", "abc-1").valid).toBe(false);
    expect(verdict("^\\d+(\\.\\d+)?$", "1.5").valid).toBe(true);
    expect(verdict("^\\d+(\\.\\d+)?$", "1.").valid).toBe(false);
    // Unanchored, as in JSON Schema: a match anywhere is enough.
    expect(verdict("b", "abc").valid).toBe(true);
    // $ without the m flag is the end of input, as in ECMAScript.
    expect(verdict("^a$", "a\n").valid).toBe(false);
  });

  it("unicode patterns work as before: \\p{…}, astral characters, \\s and . as ECMAScript reads them", () => {
    const cases: Array<[string, string]> = [
      ["^\\p{L}+$", "héllo"],
      ["^\\p{L}+$", "hé1lo"],
      ["^\\p{Script=Greek}+$", "αβγ"],
      ["^\\p{Letter}$", "ж"],
      ["^[😀-😂]$", "😁"],
      ["^\\u{1F600}$", "😀"],
      ["^\\uD83D\\uDE00$", "😀"],
      ["^.$", "😀"],
      ["^.$", "\u2028"],
      ["^\\s$", "\u00a0"],
      ["^[^\\s]$", "\u3000"],
      ["^(?<year>\\d{4})$", "2024"],
      ["(?<!a)b", "ab"],
    ];
    for (const [pattern, s] of cases)
      expect([pattern, s, verdict(pattern, s).valid]).toEqual([pattern, s, new RegExp(pattern, "u").test(s)]);
  });

  it("an invalid pattern is still an outputSchema that does not compile", () => {
    const r = verdict("(", "x");
    expect(r.valid).toBe(false);
    expect(r.errors[0].message).toMatch(/^the outputSchema does not compile: Invalid regular expression/);
  });
});

describe("a pattern RE2 cannot run is not checked, and says so", () => {
  it("a backreference: the verdict carries 'pattern not checked' and does not call the result invalid", () => {
    const v = new SchemaValidator();
    const schema = { type: "object", properties: { s: { type: "string", pattern: "^(a+)\\1$" }, n: { type: "number" } } };
    const ok = v.verdictFor(schema, { structuredContent: { s: "aab", n: 1 } });
    expect(ok).toEqual({
      valid: true,
      errors: [{ path: "(outputSchema)", message: 'pattern not checked: "^(a+)\\\\1$" (RE2 has no backreferences)' }],
    });
    const bad = v.verdictFor(schema, { structuredContent: { s: "aa", n: "x" } });
    expect(bad.valid).toBe(false);
    expect(bad.errors.map((e) => e.path)).toEqual(["/structuredContent/n", "(outputSchema)"]);
    expect(v.unchecked(schema)).toHaveLength(1);
  });

  it("lookahead and repeats above 1000 say why", () => {
    const why = (p: string) => {
      const r = safePattern(p);
      return r instanceof UncheckedPattern ? r.why : "checked";
    };
    expect(why("^(?=.*[A-Z]).{8,}$")).toBe("RE2 has no lookahead");
    expect(why("(?<n>a)\\k<n>")).toBe("RE2 has no backreferences");
    expect(why("a{1001}")).toBe("RE2 repeats at most 1000 times");
    expect(why("^[a-z]+$")).toBe("checked");
  });

  it("is a lint finding (info), not an error, when the rest of structuredContent conforms", () => {
    const r = new Rec().handshake({ server: { tools: {} } });
    const outputSchema = { type: "object", properties: { s: { type: "string", pattern: "^(?=a)" } } };
    r.call("tools/list", undefined, { tools: [{ name: "t", inputSchema: { type: "object" }, outputSchema }] });
    const { res } = r.call("tools/call", { name: "t" }, { content: [], structuredContent: { s: "b" } });
    const fs = lintRecord(r.entries).filter((f) => f.rule === "tools/structured-content");
    expect(fs.map((f) => [f.seq, f.severity])).toEqual([[res, "info"]]);
    expect(fs[0].message).toContain('pattern not checked: "^(?=a)" (RE2 has no lookahead)');
  });
});
