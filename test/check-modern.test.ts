import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { bareSession, type HeadlessSession } from "../server/headless/connect";
import { runCheck } from "../server/check/run-check";
import { formatJson, formatText } from "../server/check/format";
import { exitCodeOf, type CheckReport } from "../server/check/result";
import type { Target } from "../lib/target/target";
import { FIXTURES } from "./helpers/targets";
import { runLauncher } from "./helpers/launcher";
import { modernStdio, startModernHttp, type ModernFixture } from "./lint/modern-fixture";

// `inspector check` against the 2026-07-28 fixture servers, with no flag: the engine negotiates
// (auto: initialize, then server/discover when the server refuses initialize for its version),
// and check probes in the era it got. Nothing a 2026-07-28 server does right may fail.

async function check(target: Target, extra: Partial<HeadlessSession> = {}): Promise<CheckReport> {
  return (await runCheck({ ...bareSession(target), ...extra }, { callTools: true })).report;
}

const byId = (r: CheckReport) => Object.fromEntries(r.probes.map((p) => [p.id, p]));
const notPassed = (r: CheckReport) => r.probes.filter((p) => p.status !== "pass").map((p) => `${p.id}: ${p.status} (${p.message})`);

/** A modern-era report with nothing wrong: exit 0, no finding, every probe passed or skipped for the era. */
function expectCleanModern(r: CheckReport, skipped: string[]) {
  expect(r.connected, r.connectError).toBe(true);
  expect(r).toMatchObject({ era: "modern", protocolVersion: "2026-07-28" });
  expect(r.findings).toEqual([]);
  expect(r.probes.filter((p) => p.status === "fail")).toEqual([]);
  expect(r.probes.filter((p) => p.status === "skip").map((p) => p.id)).toEqual(skipped);
  for (const p of r.probes.filter((p) => p.status === "skip")) expect(p.message).toContain("2026-07-28 era");
  expect(exitCodeOf(r)).toBe(0);
}

describe("check against a 2026-07-28-only server", () => {
  test("over stdio: connects with no flag, says the era, skips ping, passes everything else", async () => {
    const r = await check(modernStdio("modern-only-server.mjs"));
    expectCleanModern(r, ["ping"]);
    const probes = byId(r);
    for (const id of [
      "unknown-method",
      "tool-invalid-arguments",
      "unknown-tool",
      "resource-not-found",
      "cancellation",
      "list-consistent/tools",
      "tool-call/add",
      "tool-call/echo",
    ]) {
      expect(probes[id]?.status, `${id}: ${probes[id]?.message}`).toBe("pass");
    }
    // 2026-07-28 moved "resource not found" to -32602: that is a pass, not a note.
    expect(probes["resource-not-found"]).toMatchObject({
      severity: "warning",
      level: "SHOULD",
      message: expect.stringMatching(/^-32602 /),
    });
    expect(formatText(r)).toMatch(/^modern-only 1\.0\.0 \(protocol 2026-07-28\) via .*\nera: modern \(2026-07-28: server\/discover/);
    expect(formatText(r)).toMatch(/\n0 error\(s\), 0 warning\(s\), 0 info; probes: \d+ passed, 0 failed, 1 skipped\n$/);
    expect(JSON.parse(formatJson(r))).toMatchObject({
      format: "mcp-inspector-check",
      era: "modern",
      protocolVersion: "2026-07-28",
      summary: { errors: 0, warnings: 0 },
    });
  }, 60_000);

  describe("over Streamable HTTP", () => {
    let server: { url: string; stop(): void };
    beforeAll(async () => {
      server = await startModernHttp("modern-only-server.mjs");
    });
    afterAll(() => server.stop());

    test("the transport probes open with a raw server/discover; session and resumability probes are skipped, naming the era", async () => {
      const r = await check({ transport: "http", url: server.url, headers: {} });
      expectCleanModern(r, ["ping", "http-session-ended", "http-session-missing", "http-resume", "modern-sse-retry"]);
      const probes = byId(r);
      // The stateless rules, probed below the SDK: the SDK's server keeps each.
      for (const id of ["modern-header-mismatch", "modern-version-header-missing", "modern-unsupported-version", "modern-removed-method"])
        expect(probes[id]?.status, `${id}: ${probes[id]?.message}`).toBe("pass");
      // A raw initialize would get 400 (-32022) from this server whatever its Origin check does.
      expect(probes["http-origin"]).toMatchObject({ status: "pass", message: "Origin: http://evil.example.com got 403" });
      expect(probes["http-host"]).toMatchObject({ status: "pass", message: "Host: evil.example.com got 403" });
      expect(probes["http-resume"].message).toContain("removed stream resumability");
      expect(probes.cancellation.status).toBe("pass");
    }, 60_000);
  });

  test("spawned as a user runs it: exit 0, JSON with the era", async () => {
    const run = runLauncher(["check", process.execPath, path.join(FIXTURES, "modern-only-server.mjs"), "--format", "json"]);
    expect((await run.exited).code, run.stderr()).toBe(0);
    expect(JSON.parse(run.stdout())).toMatchObject({
      connected: true,
      era: "modern",
      protocolVersion: "2026-07-28",
      summary: { errors: 0, probesFailed: 0 },
    });
  }, 60_000);
});

describe("check against a server of both eras", () => {
  const dual: ModernFixture = "modern-dual-server.mjs";

  test("over stdio with no flag: the legacy era (initialize is answered), nothing fails", async () => {
    const r = await check(modernStdio(dual));
    expect(r).toMatchObject({ connected: true, era: "legacy", protocolVersion: "2025-11-25", findings: [] });
    expect(notPassed(r)).toEqual([]);
    expect(formatText(r)).toMatch(/\(protocol 2025-11-25\) via .*\nera: legacy \(initialize\)\n/);
    expect(exitCodeOf(r)).toBe(0);
  }, 60_000);

  test("over stdio with --protocol-era modern: as clean as the modern-only server", async () => {
    expectCleanModern(await check(modernStdio(dual), { protocolEra: "modern" }), ["ping"]);
  }, 60_000);

  describe("over Streamable HTTP", () => {
    let server: { url: string; stop(): void };
    beforeAll(async () => {
      server = await startModernHttp(dual);
    });
    afterAll(() => server.stop());

    test("with no flag: the legacy era; only what 2025-11-25 asks of a stateless SSE server is reported", async () => {
      const r = await check({ transport: "http", url: server.url, headers: {} });
      expect(r).toMatchObject({ connected: true, era: "legacy", findings: [] });
      expect(exitCodeOf(r)).toBe(0);
      // It answers 2025 POSTs with SSE events without ids and no priming event, which 2025-11-25
      // asks for with a SHOULD: a true warning about its legacy side, not an error.
      expect(r.probes.filter((p) => p.status === "fail").map((p) => `${p.id} ${p.severity}`)).toEqual(["http-resume warning"]);
      expect(r.probes.filter((p) => p.status === "skip").map((p) => p.id)).toEqual(["http-session-ended", "http-session-missing"]);
    }, 60_000);

    test("with --protocol-era modern: as clean as the modern-only server", async () => {
      const r = await check({ transport: "http", url: server.url, headers: {} }, { protocolEra: "modern" });
      expectCleanModern(r, ["ping", "http-session-ended", "http-session-missing", "http-resume", "modern-sse-retry"]);
    }, 60_000);
  });
});
