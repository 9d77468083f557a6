import { describe, expect, test } from "vitest";
import { parseCommandLine, runCommandLine } from "../server/commands/main";
import { EVERYTHING } from "./helpers/targets";
import { runLauncher } from "./helpers/launcher";

/** Run `inspector --cli …` in-process, as the launcher would, capturing stdout and stderr. */
async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCommandLine(
    ["--cli", process.execPath, EVERYTHING, "stdio", ...argv],
    {},
    { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") },
  );
  return { code, out, err, json: () => JSON.parse(out) };
}

describe("inspector --cli against the everything server, every --method", () => {
  test("tools/list", async () => {
    const r = await cli("--method", "tools/list");
    expect(r.code).toBe(0);
    expect(r.json().tools.map((t: { name: string }) => t.name)).toContain("get-sum");
  });
  test("tools/call with --tool-arg values parsed as JSON when they are JSON", async () => {
    const r = await cli("--method", "tools/call", "--tool-name", "get-sum", "--tool-arg", "a=2", "--tool-arg", "b=3.5");
    expect(r.code, r.err).toBe(0);
    expect(r.json().content[0].text).toBe("The sum of 2 and 3.5 is 5.5.");
    const echo = await cli("--method", "tools/call", "--tool-name", "echo", "--tool-arg", "message=hello world");
    expect(echo.json().content[0].text).toBe("Echo: hello world");
  });
  test("tools/call of an unknown tool: the server's isError result is the output, and the exit code is 5 (a tool error, as the official CLI)", async () => {
    const r = await cli("--method", "tools/call", "--tool-name", "no-such-tool");
    expect(r.code).toBe(5);
    expect(r.json()).toMatchObject({ isError: true, content: [{ type: "text", text: expect.stringMatching(/no-such-tool/) }] });
  });
  test("a target that cannot start: error on stderr, exit 4 (unreachable, as the official CLI); --format json: the official envelope for it, one line on stderr", async () => {
    let err = "";
    const code = await runCommandLine(
      ["--cli", "no-such-command-xyz", "--method", "ping"],
      {},
      { out: () => undefined, err: (s) => void (err += s) },
    );
    expect(code).toBe(4);
    expect(err).toBe("inspector: command not found: no-such-command-xyz");
    let out = "";
    let jsonErr = "";
    expect(
      await runCommandLine(
        ["--cli", "no-such-command-xyz", "--method", "ping", "--format", "json"],
        {},
        { out: (s) => void (out += s), err: (s) => void (jsonErr += s) },
      ),
    ).toBe(4);
    expect(out).toBe("");
    expect(JSON.parse(jsonErr)).toEqual({ error: { code: "unreachable", message: "command not found: no-such-command-xyz", exitCode: 4 } });
  });
  test("resources/list and resources/read", async () => {
    const list = await cli("--method", "resources/list");
    const uri = list.json().resources[0].uri;
    const read = await cli("--method", "resources/read", "--uri", uri);
    expect(read.code).toBe(0);
    expect(read.json().contents[0].uri).toBe(uri);
  });
  test("resources/read of a missing resource: exit 1 with the JSON-RPC error", async () => {
    const r = await cli("--method", "resources/read", "--uri", "demo://nope");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/JSON-RPC error -32\d{3} \(Invalid params\): .*not found/);
  });
  test("resources/templates/list", async () => {
    const r = await cli("--method", "resources/templates/list");
    expect(r.json().resourceTemplates.length).toBeGreaterThan(0);
  });
  test("prompts/list and prompts/get with --prompt-args", async () => {
    const list = await cli("--method", "prompts/list");
    const withArgs = list.json().prompts.find((p: { arguments?: unknown[] }) => p.arguments?.length);
    const args = withArgs.arguments.flatMap((a: { name: string }) => ["--prompt-args", `${a.name}=value-of-${a.name}`]);
    const got = await cli("--method", "prompts/get", "--prompt-name", withArgs.name, ...args);
    expect(got.code, got.err).toBe(0);
    expect(JSON.stringify(got.json().messages)).toContain("value-of-");
  });
  test("logging/setLevel and ping", async () => {
    expect((await cli("--method", "logging/setLevel", "--log-level", "debug")).json()).toEqual({});
    expect((await cli("--method", "ping")).json()).toEqual({});
  });
});

describe("spawned, as in CI", () => {
  test("inspector --cli prints JSON on stdout and exits 0; bad flags exit 1 (usage, as the official CLI)", async () => {
    const ok = runLauncher(["--cli", process.execPath, EVERYTHING, "stdio", "--method", "tools/list"]);
    expect((await ok.exited).code).toBe(0);
    expect(JSON.parse(ok.stdout()).tools.length).toBeGreaterThan(5);
    const bad = runLauncher(["--cli", process.execPath, EVERYTHING, "--method", "tools/explode"]);
    expect((await bad.exited).code).toBe(1);
    expect(bad.stderr()).toMatch(/^inspector: --method must be one of initialize, tools\/list, /);
  });
});

describe("harness flags", () => {
  const parse = (argv: string[]) => parseCommandLine(argv);
  test("the official CLI's order: flags after the command are the inspector's, an unknown one is the server's, -- passes the rest", () => {
    expect(parse(["--cli", "node", "s.js", "--method", "tools/list"])).toMatchObject({
      name: "cli",
      args: { command: "node", args: ["s.js"], method: "tools/list" },
    });
    expect(parse(["--cli", "node", "s.js", "--verbose", "--method", "ping"])).toMatchObject({
      args: { args: ["s.js", "--verbose"], method: "ping" },
      passedFlags: ["--verbose"],
    });
    expect(parse(["--cli", "--method", "ping", "--", "node", "s.js", "--verbose"])).toMatchObject({
      args: { args: ["s.js", "--verbose"], method: "ping" },
    });
    expect(parse(["--cli", "--method", "ping", "--", "node", "s.js", "--method", "x"])).toMatchObject({
      args: { command: "node", args: ["s.js", "--method", "x"] },
    });
    expect(parse(["--cli", "http://127.0.0.1:1/mcp", "--transport", "http", "--method", "ping"])).toMatchObject({
      args: { serverUrl: "http://127.0.0.1:1/mcp", transport: "http" },
    });
    expect(parse(["check", "node", "s.js", "--format", "junit", "--call-tools"])).toMatchObject({
      name: "check",
      args: { command: "node", format: "junit", callTools: true },
    });
    expect(parse(["replay", "bug.mcp-session.json", "--ignore", "$.result.content[0].text", "--update"])).toMatchObject({
      name: "replay",
      args: { sessionFile: "bug.mcp-session.json", ignore: ["$.result.content[0].text"], update: true },
    });
  });
  test("harness flags without --cli, and --cli without what the method needs, are refused", () => {
    expect(() => parse(["--method", "ping", "node", "s.js"])).toThrow("--method needs --cli");
    expect(() => parse(["--cli", "node", "s.js"])).toThrow(/--cli needs --method/);
    expect(() => parse(["--cli", "node", "s.js", "--method", "tools/call"])).toThrow("--method tools/call needs --tool-name");
    expect(() => parse(["--cli", "--method", "ping"])).toThrow(/--cli needs a target/);
    expect(() => parse(["replay"])).toThrow(/replay needs a session file/);
  });
});
