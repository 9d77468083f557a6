import { chmodSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { checkAuthorizationEndpoint } from "../server/auth/authorization";
import { isAuthFlowError } from "../server/auth";
import type { FlowContext } from "../server/auth/http";
import type { AuthServerMetadata } from "../server/auth/metadata";
import { openBrowser, openRefusal } from "../server/launcher/open-browser";
import { runLauncher, type LauncherRun } from "./helpers/launcher";

// Issue 22 item 2: with --auth browser, the login URL built from the authorization server's
// authorization_endpoint went to the OS's opener unchecked (file:///etc/passwd and javascript:
// were opened: the class of CVE-2025-6514).

const HOSTILE = [
  "file:///etc/passwd",
  "javascript:alert(document.domain)",
  "vscode://x/y",
  "smb://evil.example/share",
  "data:text/html,<script>1</script>",
  "not a url",
];

describe("what may be opened", () => {
  test("only http(s); every refusal names its reason", () => {
    expect(openRefusal("https://as.example/authorize?x=1")).toBeUndefined();
    expect(openRefusal("http://127.0.0.1:1/authorize")).toBeUndefined();
    expect(openRefusal("file:///etc/passwd")).toMatch(/scheme is file: /);
    expect(openRefusal("javascript:alert(1)")).toMatch(/scheme is javascript: /);
    expect(openRefusal("not a url")).toMatch(/not a URL/);
    for (const url of HOSTILE) expect(openRefusal(url), url).toBeDefined();
  });

  test("the opener itself refuses them (a second line of defence): nothing is spawned", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "open-url-"));
    const ran = path.join(dir, "ran");
    const program = path.join(dir, "browser.sh");
    writeFileSync(program, `#!/bin/sh\ntouch ${JSON.stringify(ran)}\n`);
    chmodSync(program, 0o755);
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (written.push(String(s)), true)) as typeof process.stderr.write;
    try {
      for (const url of HOSTILE) expect(openBrowser(url, { INSPECTOR_BROWSER: program }), url).toBe(false);
    } finally {
      process.stderr.write = write;
    }
    expect(written.join("")).toMatch(/not opening "?file:\/\/\/etc\/passwd"?: its scheme is file:/);
    expect(existsSync(ran)).toBe(false);
  });

  test("the flow refuses metadata whose authorization_endpoint is not http(s), as an error-level problem at its step", () => {
    const reports: unknown[] = [];
    const ctx = { report: (e: unknown) => reports.push(e) } as unknown as FlowContext;
    const meta = (authorization_endpoint: string): AuthServerMetadata => ({
      authorization_endpoint,
      token_endpoint: "https://as.example/token",
    });
    expect(() => checkAuthorizationEndpoint(ctx, meta("https://as.example/authorize"))).not.toThrow();
    for (const url of HOSTILE) {
      let thrown: unknown;
      try {
        checkAuthorizationEndpoint(ctx, meta(url));
      } catch (e) {
        thrown = e;
      }
      expect(isAuthFlowError(thrown), url).toBe(true);
      expect((thrown as Error).message).toMatch(url === "not a url" ? /is not a URL/ : /is not an http\(s\) URL \(scheme [a-z]+:\)/);
    }
    expect(reports[0]).toMatchObject({ type: "problem", step: "authorization-server-metadata", severity: "error" });
  });
});

describe("--auth browser against an authorization server that advertises a file: login URL", () => {
  const runs: LauncherRun[] = [];
  const closers: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const r of runs.splice(0)) if (r.child.exitCode === null) r.child.kill("SIGKILL");
    for (const c of closers.splice(0)) await c();
  });

  test.each([
    ["--cli", ["--cli", "--method", "tools/list"]],
    ["check", ["check"]],
  ])("%s: nothing is opened, the refusal names the scheme, the run ends", async (_, mode) => {
    const fixture = (await import(new URL("./fixtures/oauth-as.mjs", import.meta.url).href)) as {
      startOAuthFixture(o: object): Promise<{ url: string; close(): Promise<void> }>;
    };
    const f = await fixture.startOAuthFixture({ authorizationEndpoint: "file:///etc/passwd" });
    closers.push(() => f.close());
    const dir = mkdtempSync(path.join(tmpdir(), "open-url-"));
    const ran = path.join(dir, "ran");
    const program = path.join(dir, "browser.sh");
    writeFileSync(program, `#!/bin/sh\necho "$@" > ${JSON.stringify(ran)}\n`);
    chmodSync(program, 0o755);
    const r = runLauncher([...mode, "--server-url", f.url, "--auth", "browser"], { INSPECTOR_BROWSER: program });
    runs.push(r);
    const { code } = await r.exited;
    expect(code).not.toBe(0);
    expect(r.stdout() + r.stderr()).toMatch(/authorization_endpoint file:\/\/\/etc\/passwd is not an http\(s\) URL \(scheme file:\)/);
    expect(existsSync(ran)).toBe(false);
  });
});
