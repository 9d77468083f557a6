import path from "node:path";
import { describe, expect, test } from "vitest";
import { JSDOM } from "jsdom";
import { bareSession } from "../server/headless/connect";
import { runCheck } from "../server/check/run-check";
import { formatJson, formatJunit, formatText } from "../server/check/format";
import type { CheckReport } from "../server/check/result";
import { FIXTURES } from "./helpers/targets";
import { runLauncher } from "./helpers/launcher";

// What `check` prints: each finding once with all its places, notes that hold for the run, and a
// server that answers an unknown tool, prompt or resource with -32601 reported.

const fixture = (name: string) => ({ transport: "stdio" as const, command: process.execPath, args: [path.join(FIXTURES, name)], env: {} });
const check = async (name: string, callTools = false) => (await runCheck(bareSession(fixture(name)), { callTools })).report;

function junitCases(xml: string) {
  const doc = new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror").length, xml.slice(0, 300)).toBe(0);
  return [...doc.getElementsByTagName("testcase")].map((c) => ({
    name: c.getAttribute("name")!,
    failure: c.getElementsByTagName("failure")[0]?.getAttribute("message"),
  }));
}

describe("check: planted violations", () => {
  let report: CheckReport;

  test("a broken tool schema in every tools/list answer is one finding with each place, in text, json and junit", async () => {
    report = await check("check-planted.mjs");
    for (const rule of ["tools/schema-type", "tools/name"]) {
      const found = report.findings.filter((f) => f.rule === rule);
      expect(found, rule).toHaveLength(1);
      // Two listings to compare and the cancellation probe's: three tools/list answers.
      expect(found[0].seqs).toHaveLength(3);
      expect(found[0].seq).toBe(found[0].seqs[0]);

      const lines = formatText(report)
        .split("\n")
        .filter((l) => l.includes(rule));
      expect(lines).toEqual([
        `  ${found[0].severity.padEnd(7)} ${rule} ${found[0].seqs.map((s) => `#${s}`).join(", ")}: ${found[0].message}`,
      ]);
      expect(JSON.parse(formatJson(report)).findings.filter((f: { rule: string }) => f.rule === rule)).toEqual([
        expect.objectContaining({ seqs: found[0].seqs }),
      ]);
      expect(junitCases(formatJunit(report, "warning")).filter((c) => c.name.startsWith(`${rule} at `))).toEqual([
        { name: `${rule} at ${found[0].seqs.map((s) => `#${s}`).join(", ")}`, failure: found[0].message },
      ]);
    }
    expect(report.summary.errors).toBe(
      report.findings.filter((f) => f.severity === "error").length +
        report.probes.filter((p) => p.status === "fail" && p.severity === "error").length,
    );
  }, 30_000);

  test("-32601 for an unknown tool, prompt or resource is a warning with the spec's section", () => {
    const byId = Object.fromEntries(report.probes.map((p) => [p.id, p]));
    const spec = "https://modelcontextprotocol.io/specification/2025-11-25/server";
    expect(byId["unknown-tool"]).toMatchObject({
      status: "fail",
      severity: "warning",
      specUrl: `${spec}/tools#error-handling`,
      message: expect.stringMatching(/^error -32601 .*only the tool does not.*-32602/),
    });
    expect(byId["unknown-prompt"]).toMatchObject({
      status: "fail",
      severity: "warning",
      specUrl: `${spec}/prompts#error-handling`,
      message: expect.stringMatching(/^error -32601 .*-32602/),
    });
    expect(byId["resource-not-found"]).toMatchObject({
      status: "fail",
      severity: "warning",
      specUrl: `${spec}/resources#error-handling`,
      message: expect.stringMatching(/^error -32601 .*-32002/),
    });
    // What it does right still passes: bad arguments to lookup get an isError result.
    expect(byId["tool-invalid-arguments"]).toMatchObject({ status: "pass" });
    const text = formatText(report);
    expect(text).toMatch(
      /\n {2}warn rejects tools\/call of a tool it does not have: error -32601 .*\n {7}https:\/\/modelcontextprotocol\.io\/specification\/2025-11-25\/server\/tools#error-handling\n/,
    );
    expect(junitCases(formatJunit(report, "warning")).find((c) => c.name.startsWith("unknown-prompt:"))?.failure).toMatch(/^error -32601/);
    // Under the default --fail-on error the run passes on a warning: no <failure>, the warning in the case's output.
    const xml = formatJunit(report);
    expect(junitCases(xml).find((c) => c.name.startsWith("unknown-prompt:"))?.failure).toBeUndefined();
    expect(xml).toMatch(/<testcase classname="probes" name="unknown-prompt:[^"]*">\s*<system-out>warning: error -32601/);
  });
});

test("a tools/call result that breaks its outputSchema, failed by the probe and flagged by the lint, counts once and points at the finding", async () => {
  const report = await check("broken-server.mjs", true);
  const probe = report.probes.find((p) => p.id === "tool-call/structured")!;
  expect(probe).toMatchObject({ status: "fail", severity: "error", sameAs: "tools/structured-content" });
  const finding = report.findings.find((f) => f.rule === "tools/structured-content")!;
  expect(finding.seqs).toContain(probe.seq);
  const errorProbes = report.probes.filter((p) => p.status === "fail" && p.severity === "error" && p !== probe).length;
  expect(report.summary.errors).toBe(report.findings.filter((f) => f.severity === "error").length + errorProbes);
  expect(formatText(report)).toContain(`(the lint's tools/structured-content #${probe.seq} below)`);
  const cases = junitCases(formatJunit(report));
  expect(cases.find((c) => c.name.startsWith("tool-call/structured:"))?.failure).toBeUndefined();
  expect(cases.find((c) => c.name.startsWith("tools/structured-content at "))?.failure).toMatch(/does not conform/);
}, 30_000);

test("spawned as a user runs it: each planted finding on one line, exit 1 for the error", async () => {
  const run = runLauncher(["check", process.execPath, path.join(FIXTURES, "check-planted.mjs")]);
  expect((await run.exited).code).toBe(1);
  const lint = run
    .stdout()
    .split("\n")
    .filter((l) => /^ {2}(error|warning) /.test(l));
  expect(lint.filter((l) => l.includes("tools/schema-type"))).toEqual([
    expect.stringMatching(/^ {2}error {3}tools\/schema-type #\d+, #\d+, #\d+: tool "bad name"/),
  ]);
  expect(lint.filter((l) => l.includes("tools/name"))).toHaveLength(1);
}, 30_000);

describe("check: the readOnlyHint note", () => {
  const note = "only readOnlyHint tools are called without --call-tools";

  test("without --call-tools the skipped probe says why no tool was called", async () => {
    expect(formatText(await check("check-hostile-names.mjs"))).toContain(note);
  }, 30_000);

  test("with --call-tools it does not: every tool may be called", async () => {
    const report = await check("check-hostile-names.mjs", true);
    expect(report.probes.find((p) => p.id === "tool-invalid-arguments")).toMatchObject({
      status: "skip",
      message: "no tool has an inputSchema to break",
    });
    expect(formatText(report)).not.toContain("readOnlyHint");
  }, 30_000);
});
