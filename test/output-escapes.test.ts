import path from "node:path";
import { describe, expect, test } from "vitest";
import { JSDOM } from "jsdom";
import { bareSession } from "../server/headless/connect";
import { runCheck } from "../server/check/run-check";
import { formatJson, formatJunit, formatText } from "../server/check/format";
import { summarize, type CheckReport } from "../server/check/result";
import { diffSurfaces, formatDiffJson, formatDiffText, surfaceFromListings } from "../lib/surface";
import { FIXTURES } from "./helpers/targets";
import { runLauncher } from "./helpers/launcher";

// A server's (or a received session file's) strings reach a terminal through check and diff: an
// escape sequence in a tool name must print as text, never clear the line, fake a "PASS" or write
// the clipboard (OSC 52). Every output of both commands is held to that.

/** C0 and C1 controls other than newline, and lone surrogates: what must never reach a terminal raw. */
const RAW = /[\x00-\x09\x0b-\x1f\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ERASE_AND_PASS = "\x1b[2K\x1b[1GPASS";
const CLIPBOARD = "\x1b]52;c;ZWNobyBwd25lZA==\x07";
const TROJAN = "admin\u202e\u2066txt.exe";

function parsesAsXml(xml: string): void {
  const doc = new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");
  expect(doc.getElementsByTagName("parsererror").length, xml.slice(0, 300)).toBe(0);
}

describe("check through the real command, against a hostile server over stdio", () => {
  const hostile = path.join(FIXTURES, "check-hostile-names.mjs");

  test("text: the names print escaped; no control character reaches stdout", async () => {
    const run = runLauncher(["check", process.execPath, hostile, "--call-tools"]);
    // Exit 1: the fixture answers every tools/call with a JSON-RPC error, which check fails (issue 64).
    expect((await run.exited).code).toBe(1);
    const out = run.stdout();
    expect(out).not.toMatch(RAW);
    expect(out).toContain("tools/call \\u{001B}[2K\\u{001B}[1GPASS with sample arguments");
    expect(out).toContain("tools/call clip\\u{001B}]52;c;ZWNobyBwd25lZA==\\u{0007} with sample arguments");
    expect(out).toMatch(/^hostile\\u\{001B\}\]0;title\\u\{0007\} 1\.0\\u\{001B\}\[2K \(protocol/);
    // The error message the server sent back, with its own fake PASS and a C1 CSI.
    expect(out).toContain("error -32000: \\u{001B}[2K\\u{001B}[1G\\u{001B}[32mPASS\\u{001B}[0m all good\\u{009B}2J");
  }, 30_000);

  test("junit: parses as XML, no control character in it", async () => {
    const run = runLauncher(["check", process.execPath, hostile, "--call-tools", "--format", "junit"]);
    await run.exited;
    expect(run.stdout()).not.toMatch(RAW);
    parsesAsXml(run.stdout());
  }, 30_000);

  test("json: the same data once parsed, but no raw C1 control in the bytes", async () => {
    const run = runLauncher(["check", process.execPath, hostile, "--call-tools", "--format", "json"]);
    await run.exited;
    expect(run.stdout()).not.toMatch(RAW);
    const titles = (JSON.parse(run.stdout()) as CheckReport).probes.map((p) => p.title);
    expect(titles).toContain(`tools/call ${ERASE_AND_PASS} with sample arguments`);
    expect(titles).toContain("tools/call nul\x00bel\x07csi\u009b2Jlone\ud800 with sample arguments");
  }, 30_000);
});

test("check's progress lines (stderr on a terminal) name the tools escaped", async () => {
  const lines: string[] = [];
  await runCheck(
    bareSession({ transport: "stdio", command: process.execPath, args: [path.join(FIXTURES, "check-hostile-names.mjs")], env: {} }),
    { callTools: true, progress: (l) => lines.push(l) },
  );
  expect(lines).toContain("calling \\u{001B}[2K\\u{001B}[1GPASS");
  expect(lines.join("\n")).not.toMatch(RAW);
}, 30_000);

describe("the formatters, every server-supplied field", () => {
  const report: CheckReport = {
    target: `node ${TROJAN}`,
    server: { name: ERASE_AND_PASS, version: CLIPBOARD },
    protocolVersion: `2025-11-25${CLIPBOARD}`,
    connected: true,
    listed: { tools: 1 },
    probes: [
      {
        id: `tool-call/${ERASE_AND_PASS}`,
        title: `tools/call ${ERASE_AND_PASS}`,
        status: "fail",
        severity: "error",
        message: `error: ${CLIPBOARD}\nPASS`,
        specUrl: "https://modelcontextprotocol.io/specification/2025-11-25/server/tools",
      },
    ],
    findings: [
      {
        rule: "tools/name",
        severity: "warning",
        message: `tool ${TROJAN} ${ERASE_AND_PASS}`,
        seq: 3,
        seqs: [3, 5],
        specUrl: "https://modelcontextprotocol.io/specification/2025-11-25/server/tools#tool-names",
      },
    ],
    summary: summarize([], []),
  };

  test("check text: one line per item, every escape and bidi control visible", () => {
    const text = formatText(report);
    expect(text).not.toMatch(RAW);
    expect(text).not.toMatch(/[\u202e\u2066]/);
    expect(text).toContain("FAIL tools/call \\u{001B}[2K\\u{001B}[1GPASS: error: \\u{001B}]52;c;ZWNobyBwd25lZA==\\u{0007}\\nPASS");
    expect(text).toContain("admin\\u{202E}\\u{2066}txt.exe");
    // A newline in a server's message cannot start a line of its own that reads like ours.
    expect(text.split("\n").filter((l) => l.startsWith("PASS"))).toEqual([]);
  });

  test("check text when the connection failed: the error (the target's stderr) is escaped too", () => {
    const text = formatText({ ...report, connected: false, connectError: `exited; last stderr: ${ERASE_AND_PASS}` });
    expect(text).toBe(
      "inspector check: could not connect to node admin\\u{202E}\\u{2066}txt.exe: exited; last stderr: \\u{001B}[2K\\u{001B}[1GPASS\n",
    );
  });

  test("check json and junit: no raw control; json parses back to the same strings", () => {
    const json = formatJson(report);
    expect(json).not.toMatch(/[\u009b\u202e\u2066]/);
    expect(JSON.parse(json).findings[0].message).toBe(report.findings[0].message);
    expect(formatJunit(report)).not.toMatch(RAW);
    parsesAsXml(formatJunit(report));
  });

  test("diff text and json: the sides' serverInfo, labels, tool names and notes", () => {
    const head = (label: string) => ({ label, origin: "session" as const, transport: "stdio" as const });
    const n = {
      protocolVersion: "2025-11-25",
      serverCapabilities: { tools: {} },
      serverInfo: { name: ERASE_AND_PASS, version: CLIPBOARD },
    };
    const a = surfaceFromListings(head(`old${CLIPBOARD}.json`), n, {
      tools: { items: [{ name: ERASE_AND_PASS, inputSchema: { type: "object" } }] },
    });
    const b = surfaceFromListings(head(`new${TROJAN}.json`), n, {
      tools: { items: [{ name: TROJAN, inputSchema: { type: "object" } }] },
      prompts: { error: `failed: ${CLIPBOARD}` },
    });
    const d = diffSurfaces(a, b);
    const text = formatDiffText(d);
    expect(text).not.toMatch(RAW);
    expect(text).not.toMatch(/[\u202e\u2066]/);
    expect(text).toContain("tool \\u{001B}[2K\\u{001B}[1GPASS: ");
    expect(text).toContain(
      "old: old\\u{001B}]52;c;ZWNobyBwd25lZA==\\u{0007}.json (recording, stdio, \\u{001B}[2K\\u{001B}[1GPASS \\u{001B}]52;c;",
    );
    const json = formatDiffJson(d);
    expect(json).not.toMatch(/[\u202e\u2066]/);
    expect(JSON.parse(json).changes.map((c: { subject: string }) => c.subject)).toEqual(expect.arrayContaining([ERASE_AND_PASS, TROJAN]));
  });
});
