import { bareSession } from "../server/headless/connect";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { JSDOM } from "jsdom";
import { runCheck } from "../server/check/run-check";
import { formatJson, formatJunit, formatText } from "../server/check/format";
import { exitCodeOf, type CheckReport } from "../server/check/result";
import { FIXTURES, everythingStdio } from "./helpers/targets";
import { runLauncher } from "./helpers/launcher";

const broken = { transport: "stdio" as const, command: process.execPath, args: [path.join(FIXTURES, "broken-server.mjs")], env: {} };

/** Parse JUnit XML with a real XML parser; a parse error fails the test. */
function parseJunit(xml: string) {
  const doc = new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror").length, xml.slice(0, 300)).toBe(0);
  const cases = [...doc.getElementsByTagName("testcase")].map((c) => ({
    suite: c.parentElement!.getAttribute("name"),
    name: c.getAttribute("name")!,
    failure: c.getElementsByTagName("failure")[0]?.getAttribute("message") ?? undefined,
    skipped: c.getElementsByTagName("skipped").length > 0,
  }));
  const root = doc.documentElement;
  return {
    root: { name: root.tagName, tests: Number(root.getAttribute("tests")), failures: Number(root.getAttribute("failures")) },
    cases,
  };
}

describe("inspector check", () => {
  let everything: CheckReport;

  test("the everything server: every probe passes, no error findings, exit 0", async () => {
    everything = (await runCheck(bareSession(everythingStdio()), { callTools: false })).report;
    expect(exitCodeOf(everything)).toBe(0);
    expect(everything.listed).toEqual({
      tools: expect.any(Number),
      resources: expect.any(Number),
      resourceTemplates: expect.any(Number),
      prompts: expect.any(Number),
    });
    const byId = Object.fromEntries(everything.probes.map((p) => [p.id, p]));
    for (const id of [
      "ping",
      "unknown-method",
      "tool-invalid-arguments",
      "unknown-tool",
      "unknown-prompt",
      "resource-not-found",
      "cancellation",
      "list-consistent/tools",
      "list-consistent/resources",
      "list-consistent/prompts",
    ]) {
      expect(byId[id]?.status, `${id}: ${byId[id]?.message}`).toBe("pass");
    }
    // Only tools annotated readOnlyHint are called without --call-tools.
    const called = everything.probes.filter((p) => p.id.startsWith("tool-call/")).map((p) => p.id.slice(10));
    expect(called).toContain("get-sum");
    expect(called).not.toContain("toggle-simulated-logging");
    expect(everything.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(formatText(everything)).toMatch(/^mcp-servers\/everything .*\(protocol 2025-11-25\)/);
    // Prompts that require arguments are not run without --call-tools (their values would be guesses): the only skips.
    const skipped = everything.probes.filter((p) => p.status === "skip");
    expect(skipped.length).toBeGreaterThan(0);
    expect(skipped.filter((p) => !p.id.startsWith("prompt-get/"))).toEqual([]);
    expect(formatText(everything)).toMatch(
      new RegExp(`\\n0 error\\(s\\), \\d+ warning\\(s\\), \\d+ info; probes: \\d+ passed, 0 failed, ${skipped.length} skipped\\n$`),
    );
  }, 60_000);

  test("JSON output is the report", () => {
    const json = JSON.parse(formatJson(everything));
    expect(json).toMatchObject({ format: "mcp-inspector-check", version: 1, connected: true, summary: { errors: 0 } });
  });

  test("JUnit output parses, with one case per probe and no failures", () => {
    const junit = parseJunit(formatJunit(everything));
    expect(junit.root).toMatchObject({ name: "testsuites", failures: 0 });
    expect(junit.cases.filter((c) => c.suite === "probes").length).toBe(everything.probes.length);
    expect(junit.cases.every((c) => !c.failure)).toBe(true);
  });

  test("a broken server: error findings and failed probes, exit 1, JUnit failures carry the rule ids", async () => {
    const { report } = await runCheck(bareSession(broken), { callTools: false });
    expect(report.connected).toBe(true);
    expect(exitCodeOf(report)).toBe(1);
    const rules = new Set(report.findings.map((f) => f.rule));
    for (const r of ["jsonrpc/version", "stdio/non-json", "tools/duplicate-name", "pagination/repeated-cursor"]) expect(rules).toContain(r);
    const junit = parseJunit(formatJunit(report));
    expect(junit.root.failures).toBeGreaterThan(0);
    const failed = junit.cases.filter((c) => c.failure).map((c) => c.name);
    expect(failed.some((n) => n.startsWith("jsonrpc/version at #"))).toBe(true);
    expect(failed.some((n) => n.startsWith("list-consistent/tools"))).toBe(true);
  });

  test("a server that cannot be reached: exit 4 (unreachable, as the official CLI), and every format says so", async () => {
    const { report } = await runCheck(bareSession({ transport: "stdio", command: "no-such-server-xyz", args: [], env: {} }), {
      callTools: false,
    });
    expect(exitCodeOf(report)).toBe(4);
    expect(formatText(report)).toBe("inspector check: could not connect to no-such-server-xyz: command not found: no-such-server-xyz\n");
    const junit = parseJunit(formatJunit(report));
    expect(junit.cases).toEqual([expect.objectContaining({ suite: "connect", name: "connect to no-such-server-xyz" })]);
  });

  test("spawned as in CI: --format junit on stdout, exit code 1 for the broken server", async () => {
    const r = runLauncher(["check", process.execPath, path.join(FIXTURES, "broken-server.mjs"), "--format", "junit"]);
    expect((await r.exited).code).toBe(1);
    expect(parseJunit(r.stdout()).root.failures).toBeGreaterThan(0);
    expect(r.stderr()).toBe("");
  });
});
