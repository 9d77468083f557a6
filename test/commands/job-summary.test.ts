import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { mdCode, mdText } from "../../lib/text/markdown";
import { testSummary } from "../../server/commands/test/summary";
import { formatJunit as testJunit, type FileOutcome } from "../../server/commands/test/reports";
import { appendStepSummary, MAX_SUMMARY_CHARS } from "../../server/commands/shared/step-summary";
import { checkSummary } from "../../server/check/summary";
import { formatJunit as checkJunit } from "../../server/check/format";
import { checkVerdicts } from "../../server/check/verdicts";
import type { CheckReport } from "../../server/check/result";
import { formatReplay } from "../../server/commands/replay/format";
import { summarizeReplay, type ReplayReport } from "../../lib/session/replay-result";
import type { Entry } from "../../lib/record/format";

// Issue 87: what CI shows where people look. The job summary (GITHUB_STEP_SUMMARY) names each
// failing step with expected and actual, escaped and bounded; JUnit fails only what the run fails
// and names the recording; replay's last line tells a reproduction from a fix.

const HOSTILE = "greet <img src=x onerror=alert(1)> [click](javascript:alert(1)) *bold* `tick`";

const outcome = (name = "greet says Hello"): FileOutcome[] => [
  {
    file: "tests/greet.mcp-tests.yaml",
    lines: [3],
    runs: [
      {
        run: {
          file: "tests/greet.mcp-tests.yaml",
          snapshotsWritten: 0,
          counts: { pass: 0, fail: 1, error: 0, skipped: 0 },
          steps: [
            {
              index: 0,
              name,
              kind: "prompt",
              method: "prompts/get",
              status: "fail",
              durationMs: 3,
              expectations: [
                {
                  kind: "path",
                  label: '$.messages[0].content.text equals "Hello, Ada!"',
                  pass: false,
                  message: "is not",
                  expected: "Hello, Ada!",
                  actual: "```\nHi, Ada!\u202e",
                },
              ],
            },
          ],
        },
      },
    ],
  },
];

describe("Markdown for the job summary", () => {
  test("a name is text: markup, links and HTML are escaped; a value's fence outlasts its backticks; both are bounded", () => {
    const line = mdText(HOSTILE);
    expect(line).not.toMatch(/<img|\]\(javascript/);
    expect(line).toContain("&lt;img src=x onerror=alert\\(1\\)&gt;");
    expect(line).toContain("\\[click\\]\\(javascript:alert\\(1\\)\\)");
    expect(mdCode("a ``` b")).toBe("````\na ``` b\n````");
    expect(mdCode("x".repeat(5000), 100)).toMatch(/^```\nx{100}… \(4900 more characters\)\n```$/);
    expect(mdText("\u202eevil")).toBe("\\\\u\\{202E\\}evil");
  });

  test("inspector test: each failing step with expected beside actual, the command that runs it again, the recording to open", () => {
    const md = testSummary(outcome(HOSTILE), {
      recordingOf: () => "reports/greet.mcp-session.json",
      target: { transport: "stdio", command: "node", args: ["server.js"], env: { API_KEY: "s3cret-value" } },
    });
    expect(md).toMatch(/^### ❌ inspector test: 0 passed, 1 failed\n/);
    // Markup only where Markdown renders it: outside the fenced blocks (a command in one is shown as written).
    expect(md.replace(/(`{3,})\n[^]*?\n\1/g, "")).not.toContain("<img");
    expect(md).toContain('Expected:\n\n```\n"Hello, Ada!"\n```');
    // The actual value holds a fence and a bidi override: a longer fence, the override shown.
    expect(md).toContain('Actual:\n\n````\n"```\\nHi, Ada!\\u{202E}"\n````');
    expect(md).toContain(
      "npx inspector test --grep '^greet <img src=x onerror=alert\\(1\\)> \\[click\\]\\(javascript:alert\\(1\\)\\) \\*bold\\* `tick`$' tests/greet.mcp-tests.yaml node server.js",
    );
    expect(md).toContain("# with -e for: API_KEY");
    expect(md).not.toContain("s3cret-value");
    expect(md).toContain("```\nnpx mcp-inspector-harness --open reports/greet.mcp-session.json\n```");
  });

  test("appended to the file GitHub gives the step, cut at its bound", () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "summary-")), "summary.md");
    writeFileSync(file, "earlier step\n");
    appendStepSummary(file, "x".repeat(MAX_SUMMARY_CHARS + 10), () => undefined);
    const text = readFileSync(file, "utf8");
    expect(text.startsWith("earlier step\nxxx")).toBe(true);
    expect(text).toContain("… (the summary was cut here)");
    expect(text.length).toBeLessThan(MAX_SUMMARY_CHARS + 100);
    const errors: string[] = [];
    appendStepSummary(path.join(file, "not-a-folder", "x.md"), "y", (l) => errors.push(l));
    expect(errors[0]).toMatch(/^inspector: cannot write the job summary to /);
  });

  test("test --format junit: a change below --fail-on (compatible) passes, said in the case's system-out", () => {
    const [f] = outcome();
    const step = {
      ...f.runs[0].run!.steps[0],
      status: "pass" as const,
      expectations: [
        {
          kind: "snapshot" as const,
          label: "snapshot tools",
          pass: true,
          message: 'matches snapshot "tools" but for compatible changes: a tool added (--fail-on any fails them)',
          compatible: ["a tool added"],
        },
      ],
    };
    const xml = testJunit([
      { ...f, runs: [{ run: { ...f.runs[0].run!, counts: { pass: 1, fail: 0, error: 0, skipped: 0 }, steps: [step] } }] },
    ]);
    expect(xml).toMatch(/failures="0"/);
    expect(xml).toMatch(/<system-out>snapshot tools: matches snapshot "tools" but for compatible changes: a tool added/);
  });

  test("test --format junit: a failing case names the recording and how to open it", () => {
    const xml = testJunit(outcome(), { recordingOf: () => "reports/greet.mcp-session.json" });
    expect(xml).toMatch(
      /<failure [^]*<\/failure>\n\s*<system-out>recording: reports\/greet\.mcp-session\.json \(open it: npx mcp-inspector-harness --open reports\/greet\.mcp-session\.json\)<\/system-out>/,
    );
  });
});

const CHECK: CheckReport = {
  target: "node server.js",
  server: { name: "planted" },
  connected: true,
  listed: { tools: 1 },
  probes: [
    { id: "ping", title: "answers ping", status: "pass", severity: "error", message: "ok", seq: 4 },
    { id: "unknown-tool", title: "rejects an unknown tool", status: "fail", severity: "warning", message: "error -32601", seq: 6 },
    { id: "crash", title: "survives a bad call", status: "fail", severity: "error", message: "exited 1", level: "MUST", seq: 8 },
  ],
  findings: [{ rule: "tools/name", severity: "warning", message: "bad name", seq: 3, seqs: [3], specUrl: "https://spec.example/tools" }],
  summary: { errors: 1, warnings: 2, infos: 0, probesFailed: 2, probesPassed: 1, probesSkipped: 0 },
};
const CHECK_ENTRIES = [
  { seq: 5, t: 1, kind: "message", dir: "client->server", size: 1, message: { jsonrpc: "2.0", id: 2, method: "tools/call" } },
  {
    seq: 6,
    t: 2,
    kind: "message",
    dir: "server->client",
    size: 1,
    message: { jsonrpc: "2.0", id: 2, error: {} },
    pair: { seq: 5, method: "tools/call", latencyMs: 1 },
  },
] as Entry[];

describe("check: JUnit, verdicts and summary follow --fail-on", () => {
  test("a warning is a <failure> only under --fail-on warning; under error it is in the case's system-out", () => {
    const lenient = checkJunit(CHECK, "error", "reports/check.mcp-session.json");
    expect(lenient).toMatch(/<testsuites name="mcp check planted" tests="4" failures="1" errors="0">/);
    expect(lenient).toMatch(/name="unknown-tool: rejects an unknown tool">\s*<system-out>warning: error -32601<\/system-out>/);
    expect(lenient).toMatch(/name="tools\/name at #3">\s*<system-out>warning: bad name\nhttps:\/\/spec\.example\/tools<\/system-out>/);
    expect(lenient).toMatch(
      /name="crash: survives a bad call">\s*<failure type="error" message="exited 1 \[MUST\]">[^]*<system-out>recording: reports\/check\.mcp-session\.json/,
    );
    expect(checkJunit(CHECK, "warning")).toMatch(/failures="3"/);
  });

  test("each probe and finding is a verdict: fail, or warn below --fail-on, pointing at its request and response", () => {
    const v = checkVerdicts(CHECK, CHECK_ENTRIES, "error");
    expect(v.map((x) => [x.name, x.status])).toEqual([
      ["ping: answers ping", "pass"],
      ["unknown-tool: rejects an unknown tool", "warn"],
      ["crash: survives a bad call", "fail"],
      ["tools/name at #3", "warn"],
    ]);
    expect(v[1]).toMatchObject({
      requestSeq: 5,
      responseSeq: 6,
      method: "tools/call",
      expected: "rejects an unknown tool",
      actual: "error -32601",
    });
    expect(checkVerdicts(CHECK, CHECK_ENTRIES, "warning")[1].status).toBe("fail");
  });

  test("the summary lists what fails the run, counts the warnings below it, and says how to check again", () => {
    const md = checkSummary(CHECK, { failOn: "error", target: { transport: "stdio", command: "node", args: ["server.js"], env: {} } });
    expect(md).toContain("### ❌ inspector check planted: 1 error(s), 2 warning(s) (warnings do not fail the run: --fail-on error)");
    expect(md).toContain(
      "#### ✗ crash: survives a bad call\n\nExpected:\n\n```\nsurvives a bad call [MUST]\n```\n\nActual:\n\n```\nexited 1\n```",
    );
    expect(md).not.toContain("unknown-tool");
    expect(md).toContain("```\nnpx inspector check node server.js\n```");
  });
});

describe("replay's text report ends with the reproduction verdict", () => {
  const items = [{ recordedSeq: 4, method: "prompts/get", status: "same" as const, diff: [] }];
  const base: ReplayReport = { target: "node s.js", connected: true, items, summary: summarizeReplay(items) };
  test("reproduced, changed, or (no failure recorded) the summary as before", () => {
    const last = (r: ReplayReport) => formatReplay(r).split("\n").at(-1);
    expect(last({ ...base, reproduction: "reproduced" })).toBe("reproduced: the same failure came back");
    expect(last({ ...base, reproduction: "changed" })).toBe("changed: 0 of 1 answers differ from the recording (see the diff)");
    expect(last(base)).toMatch(/^1 same, 0 changed/);
  });
});
