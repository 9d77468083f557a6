import path from "node:path";
import { describe, expect, test } from "vitest";
import { runCommandLine } from "../server/commands/main";
import { FIXTURES } from "./helpers/targets";

// Issue 64 point 1 and issue 62's grading: `check` fails what is broken (a crash, a JSON-RPC error
// where a result is due, a broken outputSchema in any form the SDKs send, a hang), passes a fixed
// server, grades each probe by the spec's MUST/SHOULD/MAY and says which. Real servers: a
// hand-written one (check-verdicts.mjs) and the SDKs' McpServer, v1 and v2 (check-sdk-output.mjs).

interface Probe {
  id: string;
  status: string;
  severity: string;
  level: string;
  message: string;
}

/** `inspector check ARGV` in-process, as a user runs it: exit code, stdout, stderr. */
async function inspector(argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCommandLine(argv, {}, { out: (s) => void (out += s + "\n"), err: (s) => void (err += s + "\n") });
  return { code, out, err };
}

const verdicts = (...more: string[]) => [process.execPath, path.join(FIXTURES, "check-verdicts.mjs"), ...more];
const sdkOutput = (...more: string[]) => [process.execPath, path.join(FIXTURES, "check-sdk-output.mjs"), ...more];

async function checkJson(target: string[], flags: string[] = []) {
  const run = await inspector(["check", "--format", "json", ...flags, ...target]);
  const report = JSON.parse(run.out) as { probes: Probe[]; summary: { errors: number; warnings: number } };
  const probe = (id: string) => report.probes.find((p) => p.id === id)!;
  return { ...run, report, probe };
}

describe("check fails what is broken: exit 1", () => {
  test("a crash on a call: an error, quoting the stderr written at the crash, not the line written at start-up", async () => {
    const { code, probe } = await checkJson(verdicts("--bug", "crash"));
    expect(code).toBe(1);
    const call = probe("tool-call/add");
    expect(call).toMatchObject({ status: "fail", severity: "error", level: "MUST" });
    expect(call.message).toContain("exited with code 3");
    expect(call.message).toContain("FATAL add: cannot read the adder's state (RangeError)");
    expect(call.message).not.toContain("cache warmed");
  }, 60_000);

  test("a crash in a SHOULD probe is still an error (no answer is a MUST broken); the probes after it are skipped, naming it", async () => {
    const { code, probe, report } = await checkJson(verdicts("--bug", "crash-early"));
    expect(code).toBe(1);
    const died = probe("tool-invalid-arguments");
    expect(died).toMatchObject({ status: "fail", severity: "error", level: "MUST" });
    expect(died.message).toContain("FATAL add: a number is missing (TypeError)");
    expect(died.message).not.toContain("cache warmed");
    const after = report.probes.slice(report.probes.indexOf(died) + 1);
    expect(after.length).toBeGreaterThan(2);
    for (const p of after)
      expect(p, p.id).toMatchObject({ status: "skip", message: expect.stringContaining("not run: the server exited during") });
    expect(report.summary.errors).toBe(1);
  }, 60_000);

  test("a JSON-RPC error where a call with valid arguments is due: an error", async () => {
    const { code, probe } = await checkJson(verdicts("--bug", "rpc-error"));
    expect(code).toBe(1);
    expect(probe("tool-call/add")).toMatchObject({ status: "fail", severity: "error", level: "MUST" });
    expect(probe("tool-call/add").message).toMatch(/error -32603: Internal error: the adder's state is gone/);
  }, 60_000);

  test("a hang: check's own 10 s timeout, an error", async () => {
    const t0 = Date.now();
    const { code, probe } = await checkJson(verdicts("--bug", "hang"));
    expect(code).toBe(1);
    expect(probe("tool-call/add")).toMatchObject({ status: "fail", severity: "error", level: "MUST" });
    expect(probe("tool-call/add").message).toMatch(/within 10 s/);
    expect(Date.now() - t0).toBeLessThan(28_000);
  }, 60_000);

  for (const sdk of ["v1", "v2"])
    test(`a structuredContent the ${sdk} SDK turned into isError ("Output validation error"): an error`, async () => {
      const { code, probe, out } = await checkJson(sdkOutput("--sdk", sdk));
      expect(code, out).toBe(1);
      expect(probe("tool-call/add")).toMatchObject({ status: "fail", severity: "error", level: "MUST" });
      expect(probe("tool-call/add").message).toMatch(/the SDK.*Output validation error: Invalid structured content for tool add/);
    }, 60_000);

  test("a raw structuredContent that breaks the outputSchema: an error, as before", async () => {
    const { code, probe } = await checkJson(verdicts("--bug", "raw-schema"));
    expect(code).toBe(1);
    expect(probe("tool-call/add")).toMatchObject({ status: "fail", severity: "error", level: "MUST" });
  }, 60_000);
});

describe("a fixed server gets a clean verdict; each probe says its MUST/SHOULD/MAY", () => {
  test("no resources/templates/list (-32601) is the spec's MAY, a tool that accepts a call without a required argument its SHOULD: exit 0", async () => {
    const { code, probe, report, out } = await checkJson(verdicts());
    expect(code, out).toBe(0);
    expect(report.summary.errors).toBe(0);
    expect(probe("list/resourceTemplates")).toMatchObject({ status: "pass", severity: "info", level: "MAY" });
    expect(probe("list/resourceTemplates").message).toMatch(/-32601.*optional/);
    expect(probe("tool-invalid-arguments")).toMatchObject({ status: "fail", severity: "warning", level: "SHOULD" });
    expect(probe("ping")).toMatchObject({ status: "pass", level: "MUST" });
    expect(probe("tool-call/add")).toMatchObject({ status: "pass", level: "MUST" });
    for (const p of report.probes) expect(["MUST", "SHOULD", "MAY"], p.id).toContain(p.level);
  }, 60_000);

  test("the text says the level of each probe", async () => {
    const { code, out } = await inspector(["check", ...verdicts()]);
    expect(code).toBe(0);
    expect(out).toMatch(/^ {2}ok {3}answers ping: .* \[MUST\]$/m);
    expect(out).toMatch(/^ {2}warn rejects tools\/call arguments that break the inputSchema: add accepted .* \[SHOULD\]$/m);
    expect(out).toMatch(/^ {2}ok {3}resources\/templates\/list answers: .*optional.* \[MAY\]$/m);
  }, 60_000);

  test("--fail-on warning makes the SHOULD a failure: exit 1", async () => {
    expect((await inspector(["check", "--fail-on", "warning", ...verdicts()])).code).toBe(1);
    expect((await inspector(["check", "--fail-on", "error", ...verdicts()])).code).toBe(0);
    const bad = await inspector(["check", "--fail-on", "sometimes", ...verdicts()]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--fail-on.*error.*warning/);
  }, 60_000);

  for (const sdk of ["v1", "v2"])
    test(`the ${sdk} SDK's server, fixed: exit 0`, async () => {
      const { code, out } = await checkJson(sdkOutput("--sdk", sdk, "--fixed"));
      expect(code, out).toBe(0);
    }, 60_000);
});
