import path from "node:path";
import { describe, expect, test } from "vitest";
import { runCommandLine } from "../server/commands/main";
import { FIXTURES, ROOT } from "./helpers/targets";

// Issue 24 item 7: check reads every App tool's ui:// resource and applies the App lint.
async function check(argv: string[]) {
  let out = "";
  const code = await runCommandLine(
    ["check", ...argv, "--format", "json"],
    {},
    { out: (s) => void (out += s + "\n"), err: () => undefined },
  );
  return {
    code,
    report: JSON.parse(out) as {
      probes: Array<{ id: string; status: string; sameAs?: string }>;
      findings: Array<{ rule: string }>;
      summary: { errors: number };
    },
  };
}

describe("check and MCP Apps", () => {
  test("the fixture App server: a wrong mime type, a missing resource and a too-wide CSP domain are findings; the unlisted App resource is read by a probe that counts once", async () => {
    const { code, report } = await check([process.execPath, path.join(FIXTURES, "app-server.mjs")]);
    expect(code).toBe(1);
    expect(
      report.findings
        .map((f) => f.rule)
        .filter((r) => r.startsWith("apps/"))
        .sort(),
    ).toEqual(["apps/csp-domain", "apps/resource-mime", "apps/resource-missing"]);
    expect(report.probes.find((p) => p.id === "app-resource/ui://fixture/nowhere.html")).toMatchObject({
      status: "fail",
      sameAs: "apps/resource-missing",
    });
    expect(report.summary.errors).toBe(2);
  }, 60_000);

  test("the official basic App server with --advertise-apps: its App UI is read and clean", async () => {
    const { code, report } = await check([
      "--advertise-apps",
      process.execPath,
      path.join(ROOT, "node_modules/@modelcontextprotocol/server-basic-vanillajs/dist/index.js"),
      "--stdio",
    ]);
    expect(code).toBe(0);
    expect(report.findings.filter((f) => f.rule.startsWith("apps/"))).toEqual([]);
    expect(report.probes.some((p) => p.id === "resources/read ui://get-time/mcp-app.html" || /ui:\/\/get-time/.test(p.id))).toBe(true);
  }, 60_000);
});
