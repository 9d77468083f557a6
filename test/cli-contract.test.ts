import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { parseCommandLine, runCommandLine } from "../server/commands/main";
import { EVERYTHING, FIXTURES, ROOT } from "./helpers/targets";

const SERVER = path.join(FIXTURES, "cli-contract-server.mjs");

/** `inspector ARGV` in-process, as a script runs it: stdout, stderr and the exit code. */
async function inspector(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let out = "";
  let err = "";
  const code = await runCommandLine(argv, env, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  return { code, out, err, json: () => JSON.parse(out) };
}

// Each test starts its own servers, so the tests run at once: most of their time is processes
// starting (a server per call, the official CLI beside ours), not this one's CPU.
describe.concurrent("the official CLI's contract, the parts scripts rely on", () => {
  test("an unknown flag after the target is the server's: the server that needs --stdio starts, and our flags after it are still read", async () => {
    const r = await inspector(["--cli", process.execPath, SERVER, "--stdio", "--method", "tools/list"]);
    expect(r.code, r.err).toBe(0);
    expect(r.json().tools.map((t: { name: string }) => t.name)).toEqual(["echo-meta"]);
    const without = await inspector(["--cli", process.execPath, SERVER, "--method", "tools/list"]);
    expect(without.code).toBe(4);
    expect(without.err).toMatch(/pass --stdio/);
  });

  test("a list the server declares no capability for: an empty list and exit 0, with a note on stderr that -q silences", async () => {
    for (const [method, key] of [
      ["resources/list", "resources"],
      ["resources/templates/list", "resourceTemplates"],
      ["prompts/list", "prompts"],
    ]) {
      const r = await inspector(["--cli", process.execPath, SERVER, "--stdio", "--method", method]);
      expect(r.code, r.err).toBe(0);
      expect(r.json()).toEqual({ [key]: [] });
      expect(r.err).toMatch(
        new RegExp(`the server declares no ${key === "prompts" ? "prompts" : "resources"} capability: ${method} not sent`),
      );
    }
    const quiet = await inspector(["--cli", process.execPath, SERVER, "--stdio", "--method", "prompts/list", "-q"]);
    expect(quiet).toMatchObject({ code: 0, err: "" });
  });

  test("--metadata goes in every request's _meta; --tool-metadata adds to it for tools/call only", async () => {
    const list = await inspector([
      "--cli",
      process.execPath,
      SERVER,
      "--stdio",
      "--method",
      "tools/list",
      "--metadata",
      "trace=abc",
      "n=2",
    ]);
    expect(list.json()._meta.received).toEqual({ trace: "abc", n: 2 });
    const call = await inspector([
      "--cli",
      process.execPath,
      SERVER,
      "--stdio",
      "--method",
      "tools/call",
      "--tool-name",
      "echo-meta",
      "--metadata",
      "trace=abc",
      "--tool-metadata",
      "tool=yes",
      "trace=over",
    ]);
    // The engine adds its own progressToken beside them.
    expect(JSON.parse(call.json().content[0].text)).toMatchObject({ trace: "over", tool: "yes" });
    const plain = await inspector(["--cli", process.execPath, SERVER, "--stdio", "--method", "tools/list", "--tool-metadata", "tool=yes"]);
    expect(plain.json()._meta.received).toBeNull();
  });

  test("--strict: every portability problem of the tool schemas on stderr, exit 6 on an error; a clean server exits 0", async () => {
    const bad = await inspector([
      "--cli",
      "-e",
      "PORTABILITY=bad",
      process.execPath,
      SERVER,
      "--stdio",
      "--method",
      "tools/list",
      "--strict",
    ]);
    expect(bad.code).toBe(6);
    expect(bad.err).toMatch(/loose/);
    expect(bad.err).toMatch(/anything/);
    expect(bad.json().tools).toHaveLength(2);
    // --format json: the findings beside the result, in the official's schemaFindings shape.
    const json = await inspector([
      "--cli",
      "-e",
      "PORTABILITY=bad",
      process.execPath,
      SERVER,
      "--stdio",
      "--method",
      "tools/list",
      "--strict",
      "--format",
      "json",
    ]);
    expect(json.code).toBe(6);
    expect(JSON.parse(json.out.trim().split("\n")[0]).schemaFindings).toEqual([
      { toolName: "loose", findings: [expect.objectContaining({ rule: "boolean-schema", severity: "error", schema: "inputSchema" })] },
    ]);
    const clean = await inspector(["--cli", process.execPath, SERVER, "--stdio", "--method", "tools/list", "--strict"]);
    expect(clean).toMatchObject({ code: 0, err: "" });
  });

  test("--output FILE: the result goes to the file and nothing to stdout; an unwritable path is a failure naming it", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "cli-out-")), "tools.json");
    const r = await inspector(["--cli", process.execPath, SERVER, "--stdio", "--method", "tools/list", "--output", file]);
    expect(r).toMatchObject({ code: 0, out: "" });
    expect(JSON.parse(readFileSync(file, "utf8")).tools[0].name).toBe("echo-meta");
    const denied = await inspector([
      "--cli",
      process.execPath,
      SERVER,
      "--stdio",
      "--method",
      "tools/list",
      "--output",
      "/nonexistent-dir/x.json",
    ]);
    expect(denied.code).toBe(1);
    expect(denied.err).toMatch(/--output: cannot write \/nonexistent-dir\/x\.json: no such file/);
  });

  test("--completion prints a script for bash, zsh and fish with every command's flags, and needs no target", async () => {
    const bash = await inspector(["--cli", "--completion", "bash"]);
    expect(bash.code).toBe(0);
    expect(bash.out).toMatch(/complete -o default -F _inspector inspector/);
    for (const flag of ["--tool-metadata", "--call-tools", "--fail-on", "--answer-timeout", "--no-open"]) expect(bash.out).toContain(flag);
    expect(bash.out).toMatch(/--method\) COMPREPLY=\(\$\(compgen -W "initialize tools\/list/);
    expect((await inspector(["--cli", "--completion", "zsh"])).out).toMatch(/^#compdef inspector/);
    expect((await inspector(["--cli", "--completion", "fish"])).out).toMatch(
      /complete -c inspector -l protocol-era -x -a 'legacy auto modern'/,
    );
    expect((await inspector(["--cli", "--completion", "tcsh"])).err).toMatch(/--completion must be one of bash, zsh, fish; got "tcsh"/);
  });
});

describe("--format json and --output as the official CLI writes them", () => {
  test('--format json: one line {"result": …}; a tool error prints its result and exits 5 with the error envelope on stderr', async () => {
    const ok = await inspector([
      "--cli",
      process.execPath,
      EVERYTHING,
      "stdio",
      "--method",
      "tools/call",
      "--tool-name",
      "echo",
      "--tool-arg",
      "message=hi",
      "--format",
      "json",
    ]);
    expect(ok.code).toBe(0);
    expect(ok.out.trim().split("\n")).toHaveLength(1);
    expect(ok.json()).toEqual({ result: { content: [{ type: "text", text: "Echo: hi" }] } });
    const toolError = await inspector([
      "--cli",
      process.execPath,
      EVERYTHING,
      "stdio",
      "--method",
      "tools/call",
      "--tool-name",
      "no-such-tool",
      "--format",
      "json",
    ]);
    expect(toolError.code).toBe(5);
    expect(toolError.json().result.isError).toBe(true);
    // The envelope is the last line: the server's own stderr passes through before it (as the official).
    expect(JSON.parse(toolError.err.trim().split("\n").at(-1)!)).toMatchObject({ error: { code: "tool_is_error", exitCode: 5 } });
  });

  test("the error envelope is stderr's last line even when the server writes there as it is stopped", async () => {
    const r = await inspector([
      "--cli",
      "-e",
      "PARTING=1",
      process.execPath,
      SERVER,
      "--stdio",
      "--method",
      "tools/call",
      "--tool-name",
      "gone",
      "--format",
      "json",
    ]);
    expect(r.code, r.err).toBe(5);
    const lines = r.err.trim().split("\n");
    expect(lines).toContain("cli-contract-server: stopping");
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ error: { code: "tool_is_error", exitCode: 5 } });
  });

  test("--output with --output-format raw: the text of a tools/call result, or the decoded bytes of a resource's one blob", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cli-raw-"));
    const text = path.join(dir, "echo.txt");
    const r = await inspector([
      "--cli",
      process.execPath,
      EVERYTHING,
      "stdio",
      "--method",
      "tools/call",
      "--tool-name",
      "echo",
      "--tool-arg",
      "message=raw words",
      "--output",
      text,
      "--output-format",
      "raw",
    ]);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(text, "utf8")).toBe("Echo: raw words");
    expect(r.err).toMatch(/wrote 15 bytes \(raw\) to /);
    const bin = path.join(dir, "blob.bin");
    const blob = await inspector([
      "--cli",
      process.execPath,
      EVERYTHING,
      "stdio",
      "--method",
      "resources/read",
      "--uri",
      "demo://resource/dynamic/blob/7",
      "--output",
      bin,
      "--output-format",
      "raw",
      "-q",
    ]);
    expect(blob).toMatchObject({ code: 0, err: "" });
    expect(readFileSync(bin, "utf8")).toMatch(/^Resource 7: This is a base64 blob created at /);
    expect(
      (await inspector(["--cli", process.execPath, EVERYTHING, "stdio", "--method", "tools/list", "--output-format", "raw"])).err,
    ).toMatch(/--output-format needs --output FILE/);
    expect(
      (
        await inspector([
          "--cli",
          process.execPath,
          EVERYTHING,
          "stdio",
          "--method",
          "tools/list",
          "--output",
          text,
          "--output-format",
          "raw",
        ])
      ).err,
    ).toMatch(/--output-format raw needs --method tools\/call or resources\/read/);
  });

  test("--header takes several values after one flag, as the official; a URL after them stays the target", () => {
    expect(parseCommandLine(["--cli", "--method", "ping", "--header", "A: 1", "B: 2", "http://127.0.0.1:1/mcp"]).args).toMatchObject({
      headers: { A: "1", B: "2" },
      serverUrl: "http://127.0.0.1:1/mcp",
    });
  });
});

describe.concurrent("--app-info, line for line the official CLI's", () => {
  const OFFICIAL = path.join(ROOT, "node_modules/@modelcontextprotocol/inspector/clients/launcher/build/index.js");
  const APP_SERVER = path.join(ROOT, "node_modules/@modelcontextprotocol/server-basic-vanillajs/dist/index.js");
  /** The official CLI 2.12.0 as a user runs it, from an empty folder (a child, so ours runs beside it). */
  function official(argv: string[]): Promise<{ code: number | null; out: string }> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [OFFICIAL, ...argv],
        { cwd: mkdtempSync(path.join(tmpdir(), "official-")), encoding: "utf8", timeout: 60_000 },
        (error, stdout) => resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, out: stdout }),
      );
    });
  }
  const example = (name: string) => path.join(ROOT, `node_modules/@modelcontextprotocol/${name}/dist/index.js`);
  test.each([
    ["tools/list", APP_SERVER, ["--method", "tools/list"]],
    ["tools/call of the App tool", APP_SERVER, ["--method", "tools/call", "--tool-name", "get-time"]],
    ["tools/call, --format json", APP_SERVER, ["--method", "tools/call", "--tool-name", "get-time", "--format", "json"]],
    ["tools/list on server-basic-react", example("server-basic-react"), ["--method", "tools/list"]],
    ["tools/list on server-budget-allocator", example("server-budget-allocator"), ["--method", "tools/list"]],
  ])("%s (server-basic-vanillajs unless named)", async (_name, server, method) => {
    const argv = ["--cli", "--advertise-apps", process.execPath, server, "--stdio", ...method, "--app-info"];
    const [ours, theirs] = await Promise.all([inspector(argv), official(argv)]);
    expect(ours.code, ours.err).toBe(theirs.code);
    expect(
      ours.out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l)),
    ).toEqual(
      theirs.out
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l)),
    );
  });
  test("a tool without an App: its line says so and the exit code is 2", async () => {
    const r = await inspector([
      "--cli",
      process.execPath,
      EVERYTHING,
      "stdio",
      "--method",
      "tools/call",
      "--tool-name",
      "echo",
      "--app-info",
    ]);
    expect(r.code).toBe(2);
    expect(r.json()).toEqual({ hasApp: false, toolName: "echo" });
  });
});
