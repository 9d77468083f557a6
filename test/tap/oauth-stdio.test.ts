import { spawn } from "node:child_process";
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { afterEach, describe, expect, it } from "vitest";
import { parseCommandLine } from "../../server/commands/main";
import type { TapArgs } from "../../server/commands/tap/args";
import { RecordStore } from "../../server/record/store";
import { TapRecorder } from "../../server/tap/recorder";
import { stdioToHttp, type TapOAuth } from "../../server/tap/stdio-to-http";
import { startOAuthFixture, type OAuthFixture } from "../helpers/oauth-fixture";
import { ROOT } from "../helpers/targets";
import { ByteTransport } from "./scripted-host";
import { freePort } from "../helpers/free-port";

/**
 * `tap --server-url URL` without --listen, to a server that wants OAuth: the tap runs the
 * inspector's own flow (the URL on the host's log, the redirect on loopback, tokens in memory),
 * and the host's session goes on as if the server had needed none. The person is a fetch that
 * follows the authorization URL (the fixture's /authorize approves at once and redirects back).
 */

let fixture: OAuthFixture | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

/** A person who opens the login URL: the browser follows the authorization server's redirect to the tap's callback. */
const person =
  (opened: string[]): TapOAuth["onAuthorizationUrl"] =>
  (url) => {
    opened.push(url);
    void fetch(url).then((r) => r.text());
  };

async function hostThroughTap(url: string, oauth: TapOAuth | false) {
  const host = { input: new PassThrough(), output: new PassThrough(), log: new PassThrough() };
  const log: string[] = [];
  host.log.on("data", (c: Buffer) => log.push(c.toString()));
  const record = new RecordStore();
  const done = stdioToHttp({ url, oauth, host, recorder: new TapRecorder(record) });
  const t = new ByteTransport(host.input, host.output);
  const client = new Client({ name: "claude-ai", version: "0.1.0" });
  return { client, t, log, record, done, connect: () => client.connect(t) };
}

describe("inspector tap --server-url over stdio: the inspector's OAuth flow", () => {
  it("a 401 with WWW-Authenticate runs the flow: the URL on the host's log, the host's session answered, no token said or recorded", async () => {
    fixture = await startOAuthFixture({});
    const opened: string[] = [];
    const h = await hostThroughTap(fixture.url, { onAuthorizationUrl: person(opened) });
    await h.connect();
    expect(h.client.getServerVersion()?.name).toBe("oauth-fixture");
    expect((await h.client.listTools()).tools.map((t) => t.name)).toEqual(["echo"]);
    const called = await h.client.callTool({ name: "echo", arguments: {} });
    expect(called.content).toEqual([{ type: "text", text: expect.stringMatching(/^scope: /) }]);
    await h.t.close();
    expect(await h.done).toBe(0);

    expect(opened).toHaveLength(1);
    const log = h.log.join("");
    expect(log).toContain(`${fixture.url} wants you to log in: ${fixture.asOrigin}/authorize?`);
    // The first initialize went without a token and got the 401; every later request carried the one token issued.
    const mcp = fixture.log.filter((l) => l.side === "mcp" && l.method === "POST");
    expect(mcp[0].headers.authorization).toBeUndefined();
    expect(fixture.issued).toHaveLength(1);
    expect(mcp.slice(1).every((l) => l.headers.authorization === `Bearer ${fixture!.issued[0]}`)).toBe(true);
    // The host saw only JSON-RPC (no 401 error), and no token went to the host, its log or the record.
    const bytes = h.t.bytes().toString();
    expect(bytes).not.toContain('"error"');
    for (const secret of fixture.issued) {
      expect(bytes).not.toContain(secret);
      expect(log).not.toContain(secret);
      expect(JSON.stringify(h.record.since(0))).not.toContain(secret);
    }
    // The record says what happened at the HTTP level, then holds the host's initialize once (its retry's).
    const entries = h.record.since(0);
    expect(entries.some((e) => e.kind === "http" && /OAuth flow/.test(JSON.stringify(e)))).toBe(true);
    const initializes = entries.filter((e) => e.kind === "message" && (e.message as { method?: string }).method === "initialize");
    expect(initializes).toHaveLength(1);
  });

  it("the refresh token is used when the token expires; no second login", async () => {
    // expiresIn 1 s: the token is due (inside the 5 s margin) at once, so the next request refreshes first.
    fixture = await startOAuthFixture({ refresh: true, expiresIn: 1 });
    const opened: string[] = [];
    const h = await hostThroughTap(fixture.url, { onAuthorizationUrl: person(opened) });
    await h.connect();
    await h.client.listTools();
    await h.client.callTool({ name: "echo", arguments: {} });
    await h.t.close();
    await h.done;
    expect(opened).toHaveLength(1);
    const refreshes = fixture.log.filter((l) => l.side === "as" && l.path === "/token" && l.body.includes("grant_type=refresh_token"));
    expect(refreshes.length).toBeGreaterThanOrEqual(1);
    // The last call carried a token from a refresh, not the first one.
    const last = fixture.log.filter((l) => l.side === "mcp" && l.method === "POST").at(-1)!;
    expect(last.headers.authorization).not.toBe(`Bearer ${fixture.issued[0]}`);
    expect(fixture.issued).toContain(last.headers.authorization.replace(/^Bearer /, ""));
  });

  it("the callback's port is the one given (--callback-url)", async () => {
    fixture = await startOAuthFixture({});
    const port = await freePort();
    const opened: string[] = [];
    const h = await hostThroughTap(fixture.url, {
      callbackUrl: `http://127.0.0.1:${port}/tap-callback`,
      onAuthorizationUrl: person(opened),
    });
    await h.connect();
    await h.t.close();
    await h.done;
    expect(new URL(opened[0]).searchParams.get("redirect_uri")).toBe(`http://127.0.0.1:${port}/tap-callback`);
  });

  it("with the flow off (a token was given), a 401 reaches the host as a JSON-RPC error, not a login", async () => {
    fixture = await startOAuthFixture({});
    const h = await hostThroughTap(fixture.url, false);
    await expect(h.connect()).rejects.toThrow(/HTTP 401/);
    await h.t.close();
    await h.done;
    expect(h.log.join("")).not.toContain("log in");
  });
});

describe("inspector tap --server-url (the command, spawned): the login through the browser it opens", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it("the host's session is authorized through INSPECTOR_BROWSER; nothing is written to disk", async () => {
    fixture = await startOAuthFixture({});
    const dir = mkdtempSync(path.join(tmpdir(), "tap-oauth-"));
    const home = mkdtempSync(path.join(tmpdir(), "tap-oauth-home-"));
    dirs.push(dir, home);
    // The "browser": follows the login URL as a person's browser would (the fixture approves at once).
    const follow = path.join(dir, "follow.mjs");
    writeFileSync(follow, "await fetch(process.argv[2]).then((r) => r.text());\n");
    const browser = path.join(dir, "browser.sh");
    writeFileSync(browser, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(follow)} "$1"\n`);
    chmodSync(browser, 0o755);
    const child = spawn(process.execPath, [path.join(ROOT, "bin/inspector.mjs"), "tap", "--server-url", fixture.url], {
      cwd: home,
      env: { PATH: process.env.PATH, HOME: home, INSPECTOR_BROWSER: browser },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    const t = new ByteTransport(child.stdin, child.stdout);
    const client = new Client({ name: "claude-ai", version: "0.1.0" });
    await client.connect(t);
    expect((await client.listTools()).tools.map((x) => x.name)).toEqual(["echo"]);
    await t.close();
    const code = await new Promise<number | null>((r) => child.on("exit", r));
    expect(code).toBe(0);
    expect(stderr).toMatch(/wants you to log in: http:\/\/127\.0\.0\.1:\d+\/authorize\?/);
    for (const secret of fixture.issued) expect(stderr).not.toContain(secret);
    // Tokens in memory only: the tap wrote nothing in its HOME or working directory.
    expect(readdirSync(home)).toEqual([]);
  }, 30_000);
});

describe("inspector tap --callback-url", () => {
  it("is taken with --server-url over stdio (loopback only) and refused elsewhere", () => {
    const a = parseCommandLine(["tap", "--server-url", "http://127.0.0.1:9/mcp", "--callback-url", "http://127.0.0.1:33418/cb"])
      .args as unknown as TapArgs;
    expect(a.callbackUrl).toBe("http://127.0.0.1:33418/cb");
    expect(() => parseCommandLine(["tap", "--callback-url", "http://127.0.0.1:1/cb", "--", "node", "s.js"])).toThrow(
      /--callback-url is for the OAuth login/,
    );
    expect(() =>
      parseCommandLine(["tap", "--server-url", "http://127.0.0.1:9/mcp", "--listen", "0", "--callback-url", "http://127.0.0.1:1/cb"]),
    ).toThrow(/--callback-url is for the OAuth login/);
    expect(() => parseCommandLine(["tap", "--server-url", "http://127.0.0.1:9/mcp", "--callback-url", "http://example.com/cb"])).toThrow();
  });
});
