import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { runCommandLine } from "../server/commands/main";
import { exceptionOnStderr, sdkFailureText } from "../server/check/tool-failure";
import { goBuild } from "./helpers/go-build";
import { FIXTURES } from "./helpers/targets";
import { ensureVenv, FASTMCP_VENV } from "./mutants/published/venv";

// Issue 72: `check --call-tools` fails a tool that fails on arguments its own schema accepts. An
// isError answer is an error when the server's stderr shows an exception at that call or the text
// is an SDK's words for a tool that raised; a warning otherwise (the tool may refuse a guessed
// value), which --fail-on warning fails. Real servers on the SDKs others use: pypi `mcp`'s
// MCPServer, FastMCP, the official Go SDK (test/fixtures/sdk-tools/, each with --bug NAME).

interface Probe {
  id: string;
  status: string;
  severity: string;
  message: string;
}

const SERVERS = path.join(FIXTURES, "sdk-tools");
let mcpPython = "";
let fastmcpPython = "";
let goServer = "";

beforeAll(async () => {
  [mcpPython, fastmcpPython, goServer] = await Promise.all([ensureVenv(), FASTMCP_VENV.ensure(), goBuild("test/fixtures/sdk-tools/go")]);
}, 600_000);

const mcpserver = (bug: string) => [mcpPython, path.join(SERVERS, "mcpserver_tools.py"), "--bug", bug];
const fastmcp = (bug: string) => [fastmcpPython, path.join(SERVERS, "fastmcp_tools.py"), "--bug", bug];
const go = (bug: string) => [goServer, "--bug", bug];

/** `inspector check --call-tools --format json FLAGS TARGET` in-process: its exit code and the probe of a tool's call. */
async function check(target: string[], flags: string[] = []) {
  let out = "";
  const argv = ["check", "--call-tools", "--format", "json", ...flags, ...target];
  const code = await runCommandLine(argv, {}, { out: (s) => void (out += s + "\n"), err: () => undefined });
  const report = JSON.parse(out) as { probes: Probe[]; summary: { errors: number; warnings: number } };
  return { code, summary: report.summary, call: (tool: string) => report.probes.find((p) => p.id === `tool-call/${tool}`)! };
}

describe("a tool that fails on valid arguments: an error, exit 1", () => {
  test("MCPServer: a tool that raises (isError 'Error executing tool add', the traceback on stderr)", async () => {
    const { code, call } = await check(mcpserver("raises"));
    expect(code).toBe(1);
    expect(call("add")).toMatchObject({ status: "fail", severity: "error" });
    expect(call("add").message).toContain("Python exception on the server's stderr at this call");
    expect(call("add").message).toContain("Error executing tool add");
  }, 60_000);

  test("MCPServer: a return value its declared output cannot hold (the SDK's output conversion fails)", async () => {
    const { code, call } = await check(mcpserver("bad-output"));
    expect(code).toBe(1);
    expect(call("add")).toMatchObject({ status: "fail", severity: "error" });
  }, 60_000);

  test("FastMCP: a tool that raises (isError \"Error calling tool 'add': …\", rich's boxed traceback on stderr)", async () => {
    const { code, call } = await check(fastmcp("raises"));
    expect(code).toBe(1);
    expect(call("add")).toMatchObject({ status: "fail", severity: "error" });
    expect(call("add").message).toContain(`Python exception on the server's stderr at this call: "KeyError: 'last'"`);
  }, 60_000);

  test("Go SDK: a tool that panics, recovered into isError with the stack on stderr", async () => {
    const { code, call } = await check(go("panics"));
    expect(code).toBe(1);
    expect(call("add")).toMatchObject({ status: "fail", severity: "error" });
    expect(call("add").message).toMatch(/Go exception .*panic: runtime error: index out of range/);
  }, 60_000);
});

describe("an isError with no sign of a crash: a warning, its text quoted; --fail-on warning fails it", () => {
  test("Go SDK: a tool that returns an error for valid arguments", async () => {
    const { code, summary, call } = await check(go("error-result"), ["--fail-on", "warning"]);
    expect(code).toBe(1);
    expect(summary.errors).toBe(0);
    expect(call("add")).toMatchObject({ status: "fail", severity: "warning" });
    expect(call("add").message).toContain(`isError "the adder's state is gone"`);
  }, 60_000);

  test("MCPServer and FastMCP: a ToolError refusing a title it does not know (FastMCP logs the refusal, without a traceback)", async () => {
    for (const target of [mcpserver("refuses"), fastmcp("refuses")]) {
      const { code, summary, call } = await check(target);
      expect(code).toBe(0);
      expect(summary).toMatchObject({ errors: 0, warnings: 1 });
      expect(call("lookup")).toMatchObject({ status: "fail", severity: "warning" });
      expect(call("lookup").message).toContain("No note titled 'test'.");
    }
  }, 90_000);
});

test("the correct servers pass even under --fail-on warning (isError for arguments outside the schema is right)", async () => {
  for (const target of [mcpserver("none"), go("none")]) {
    const { code, call } = await check(target, ["--fail-on", "warning"]);
    expect(code).toBe(0);
    expect(call("add")).toMatchObject({ status: "pass" });
  }
}, 90_000);

describe("what counts as an exception, and as an SDK's words for one (pure)", () => {
  test("each runtime's report, quoting the line that says what went wrong", () => {
    expect(exceptionOnStderr(["Traceback (most recent call last):", '  File "x.py", line 3', "KeyError: 'k'"])).toEqual({
      runtime: "Python",
      quote: "KeyError: 'k'",
    });
    expect(exceptionOnStderr(["TypeError: x is not a function", "    at add (/srv/index.js:10:5)"])?.quote).toBe(
      "TypeError: x is not a function",
    );
    expect(exceptionOnStderr(["java.lang.NullPointerException", "\tat com.x.Tools.add(Tools.java:12)"])?.runtime).toBe("JVM");
    expect(exceptionOnStderr(["thread 'main' panicked at src/main.rs:3:5:"])?.runtime).toBe("Rust");
  });

  test("a log line is no exception: FastMCP's refusal, a warning, a panic word inside a sentence", () => {
    expect(exceptionOnStderr(["[11/26/26 16:13:20] Error calling tool 'lookup'"])).toBeUndefined();
    expect(exceptionOnStderr(["WARNING: do not panic, retrying"])).toBeUndefined();
    expect(exceptionOnStderr(["Tool 'lookup' failed: \"Error executing tool lookup: No note titled 'test'.\""])).toBeUndefined();
  });

  test("an SDK's words for a tool that raised are exact: an anticipated ToolError keeps its own text", () => {
    expect(sdkFailureText("Error executing tool add", "add", false)).toEqual({ kind: "raised", sdk: "the Python SDK's MCPServer" });
    expect(sdkFailureText("Error executing tool add: No note titled 'x'.", "add", false)).toBeUndefined();
    expect(sdkFailureText("Error calling tool 'add': 'last'", "add", false)).toMatchObject({ kind: "raised", sdk: "FastMCP" });
    expect(sdkFailureText("Output validation error: sum must be number", "add", true)).toEqual({ kind: "output-schema" });
    expect(sdkFailureText("Output validation error: sum must be number", "add", false)).toBeUndefined();
  });
});
