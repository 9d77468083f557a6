import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { statelessProbes } from "../../server/check/probes-stateless";
import { startModernHttp } from "../helpers/modern-http";
import { FIXTURES } from "../helpers/targets";

// Issue 37, item 5: check probes the 2026-07-28 stateless rules over HTTP, each with its spec link.

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((s) => s()));
const byId = (ps: Awaited<ReturnType<typeof statelessProbes>>) => Object.fromEntries(ps.map((p) => [p.id, p]));

describe("the 2026-07-28 stateless probes", () => {
  test("the SDK's own modern server passes each; every probe names its spec section", async () => {
    const server = await startModernHttp("modern-only-server");
    stops.push(server.stop);
    const probes = await statelessProbes(server.url, {});
    expect(probes.map((p) => [p.id, p.status])).toEqual([
      ["modern-header-mismatch", "pass"],
      ["modern-version-header-missing", "pass"],
      ["modern-unsupported-version", "pass"],
      ["modern-removed-method", "pass"],
      ["modern-sse-retry", "skip"],
    ]);
    for (const p of probes) expect(p.specUrl).toMatch(/^https:\/\/modelcontextprotocol\.io\/specification\/2026-07-28\//);
  });

  test("a server that reads no header is told what it answered instead", async () => {
    const child = spawn(process.execPath, [path.join(FIXTURES, "modern-refusing-server.mjs"), "--refuse", "unsupported"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    stops.push(() => child.kill("SIGKILL"));
    const url = await new Promise<string>((resolve) => {
      child.stdout!.on("data", (d: Buffer) => {
        const m = /at (http:\/\/\S+\/mcp)/.exec(d.toString());
        if (m) resolve(m[1]);
      });
    });
    const probes = byId(await statelessProbes(url, {}));
    expect(probes["modern-header-mismatch"]).toMatchObject({
      status: "fail",
      severity: "error",
      message: "HTTP 200, not 400; a result, not -32020",
    });
    expect(probes["modern-version-header-missing"]).toMatchObject({ status: "fail", message: "HTTP 200, not 400; a result, not -32020" });
    expect(probes["modern-unsupported-version"]).toMatchObject({ status: "fail", message: "HTTP 200, not 400; a result, not -32022" });
    // It does answer a removed method with 404 and -32601.
    expect(probes["modern-removed-method"]).toMatchObject({ status: "pass" });
  });
});
