import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { engineFactory } from "./helpers/engine";
import { startOAuthDemo, type OAuthDemo } from "./helpers/oauth-demo";
import { runLauncher } from "./helpers/launcher";
import { redactSession } from "../lib/session/redact";
import { buildSession } from "../lib/session/file";

// MCP authorization wired through the engine, the record and the CLI, against the SDK's example
// server with its demo authorization server (it approves by itself: a login without a person).
const { newEngine } = engineFactory();

let demo: OAuthDemo;
let url: string;
beforeAll(async () => {
  demo = await startOAuthDemo();
  url = demo.url;
});
afterAll(() => demo?.stop());

describe("authorization through the engine", () => {
  test("auto: the 401 runs the flow, the connection is made, every step is an auth entry, and a share holds no token", async () => {
    const { engine, rec } = newEngine();
    const state = await engine.connect({ target: { transport: "http", url, headers: {} }, auth: { mode: "auto" } });
    expect(state.status, JSON.stringify(state.error)).toBe("connected");
    expect(state.authorization).toMatchObject({ authorized: true, scope: "mcp:tools" });
    expect(state.authorization?.token).toMatch(/^••••/);
    const tools = (await engine.request("tools/list", {})).result as { tools: Array<{ name: string }> };
    expect(tools.tools.map((t) => t.name)).toContain("greet");
    const entries = rec.since(0);
    const auth = entries.filter((e) => e.kind === "auth");
    expect(auth.map((e) => e.kind === "auth" && e.auth.type === "exchange" && e.auth.step).filter(Boolean)).toEqual(
      expect.arrayContaining(["resource-metadata", "authorization-server-metadata", "registration", "token"]),
    );
    // The server's 401 is in the record as received, before the flow.
    expect(entries.some((e) => e.kind === "http" && e.http.status === 401)).toBe(true);
    // A reconnect reuses the token: no second flow.
    await engine.connect({ target: { transport: "http", url, headers: {} }, auth: { mode: "auto" } });
    expect(rec.since(0).filter((e) => e.kind === "auth" && e.auth.type === "exchange" && e.auth.step === "token").length).toBe(1);
    const shared = JSON.stringify(
      redactSession(
        {
          ...buildSession({
            inspectorVersion: "t",
            target: { transport: "http", url, headers: {} },
            capabilities: state.capabilities!,
            entries: [],
          }),
          entries: rec.since(0),
        },
        { secrets: {} },
      ).session,
    );
    expect(shared).not.toMatch(/"access_token":"[A-Za-z0-9_-]{16,}/);
  });

  test("off: the 401 is an HTTP error, no flow", async () => {
    const { engine, rec } = newEngine();
    const state = await engine.connect({ target: { transport: "http", url, headers: {} }, auth: { mode: "off" } });
    expect(state.status).toBe("failed");
    expect(state.error?.httpStatus ?? state.error?.kind).toBeTruthy();
    expect(rec.since(0).some((e) => e.kind === "auth")).toBe(false);
  });
});

describe("authorization headless", () => {
  test("--cli --auth auto lists the tools; --auth off exits 3 (authorization required)", async () => {
    const ok = runLauncher(["--cli", "--server-url", url, "--method", "tools/list", "--auth", "auto"]);
    expect((await ok.exited).code, ok.stderr()).toBe(0);
    expect(ok.stdout()).toContain("greet");
    const off = runLauncher(["--cli", "--server-url", url, "--method", "tools/list", "--auth", "off"]);
    expect((await off.exited).code).toBe(3);
  });

  test("check --auth auto probes the HTTP transport with the token it got: judged by what the server does, not by its 401s", async () => {
    const r = runLauncher(["check", "--server-url", url, "--auth", "auto", "--format", "json"]);
    await r.exited;
    const report = JSON.parse(r.stdout()) as { connected: boolean; probes: Array<{ id: string; status: string; message: string }> };
    expect(report.connected).toBe(true);
    const http = report.probes.filter((p) => p.id.startsWith("http-"));
    expect(http.map((p) => p.id)).toEqual(["http-origin", "http-host", "http-session-ended", "http-session-missing", "http-resume"]);
    // Without the token each of these met a 401: sessions looked stateless, Origin "got 401".
    expect(http.filter((p) => /\b401\b/.test(p.message))).toEqual([]);
    expect(http.find((p) => p.id === "http-session-ended")).toMatchObject({ status: "pass" });
    // Let in, the resumability probe gets as far as resuming (whether the demo's event store
    // then redelivers varies: it orders events by a random suffix within a millisecond).
    const resume = http.find((p) => p.id === "http-resume")!;
    expect(resume.status, resume.message).not.toBe("skip");
    expect(resume.message).toMatch(/^GET with Last-Event-ID: \S+ /);
  });

  test("--callback-url must be loopback", async () => {
    const r = runLauncher(["--cli", "--server-url", url, "--method", "tools/list", "--callback-url", "https://evil.example/cb"]);
    expect((await r.exited).code).toBe(1);
    expect(r.stderr()).toMatch(/--callback-url must be a loopback URL/);
  });
});

describe("authorization problems are lint findings", () => {
  test("an authorization server without PKCE S256: the flow refuses it, the record holds the problem, the lint reports it at its step with its spec section", async () => {
    // The fixture is plain JS: its URL is imported at run time (as test/auth-fixture.test.ts does).
    const fixture = (await import(new URL("./fixtures/oauth-as.mjs", import.meta.url).href)) as {
      startOAuthFixture(o: object): Promise<{ url: string; close(): Promise<void> }>;
    };
    const f = await fixture.startOAuthFixture({ pkceMethods: ["plain"] });
    try {
      const { engine, rec } = newEngine();
      const state = await engine.connect({ target: { transport: "http", url: f.url, headers: {} }, auth: { mode: "auto" } });
      expect(state.status).toBe("failed");
      expect(state.error?.kind).toBe("auth-required");
      const { lintRecord } = await import("../lib/lint");
      const findings = lintRecord(rec.since(0)).filter((x) => x.rule === "auth/problem");
      expect(findings.length).toBeGreaterThan(0);
      expect(findings[0].message).toMatch(/S256/);
      expect(findings[0].specUrl).toMatch(/authorization/);
    } finally {
      await f.close();
    }
  });
});
