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
      probes: Array<{ id: string; status: string; sameAs?: string; message: string }>;
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
    // The two lint errors, and the two App tools (wrong-mime, missing-ui) no named host would mount (issue 92).
    expect(report.probes.filter((p) => p.id.startsWith("app-hosts/") && p.status === "fail").map((p) => p.id)).toEqual([
      "app-hosts/wrong-mime",
      "app-hosts/missing-ui",
    ]);
    expect(report.summary.errors).toBe(4);
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

  // Issue 92: each host the page emulates judges the App by its own published rules, and says why not.
  const strict = (variant: string) => check([process.execPath, path.join(FIXTURES, "apps-strict/server.mjs"), variant]);
  const hosts = (report: Awaited<ReturnType<typeof strict>>["report"]) => report.probes.find((p) => p.id === "app-hosts/show");

  test("an App every host mounts passes; one only ChatGPT mounts passes, saying why the MCP Apps host would not, with its document", async () => {
    const ok = await strict("ok");
    expect(ok.code).toBe(0);
    expect(hosts(ok.report)).toMatchObject({
      status: "pass",
      message: expect.stringMatching(/^mounts in MCP Apps reference host, ChatGPT, Claude\./),
    });
    const chatgpt = await strict("chatgpt-only");
    expect(chatgpt.code).toBe(0);
    const probe = hosts(chatgpt.report);
    expect(probe?.status).toBe("pass");
    expect(probe?.message).toContain("ChatGPT: mounts");
    expect(probe?.message).toMatch(
      /MCP Apps reference host: would not mount: it names its UI only by openai\/outputTemplate, .*\(MCP Apps spec 2026-01-26 \(SEP-1865\), Resource Discovery\)/,
    );
  }, 60_000);

  test("the planted bug: _meta.ui.resourceUri with ChatGPT's skybridge mime type mounts in no host, and check exits 1", async () => {
    const { code, report } = await strict("skybridge-ui");
    expect(code).toBe(1);
    const probe = hosts(report);
    expect(probe?.status).toBe("fail");
    expect(probe?.message).toMatch(/^no named host would mount it\./);
    expect(probe?.message).toMatch(
      /MCP Apps reference host: would not mount: its mime type is "text\/html\+skybridge": it MUST be text\/html;profile=mcp-app \(MCP Apps spec/,
    );
    expect(probe?.message).toMatch(/ChatGPT: would not mount: .*\(OpenAI Apps SDK reference, /);
  }, 60_000);
});
