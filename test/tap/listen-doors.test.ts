import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecordStore } from "../../server/record/store";
import { startHttpTap, type RunningHttpTap } from "../../server/tap/http-tap";
import { TapRecorder } from "../../server/tap/recorder";
import { FIXTURES } from "../helpers/targets";
import { NO_OTHER_ACCOUNT, lineOf, otherAccount, type OtherAccount } from "../helpers/other-account";
import { freePort } from "../helpers/free-port";

// Issue 75, breaks 3-5: `tap --server-url URL --listen P --bearer-env NAME` adds the person's token
// to what it forwards. It serves its own person (not another local account), its host (not a page
// of another site, whatever the method), on every loopback address `localhost` may reach, and
// after a restart it re-opens the host's session with the host's own initialize.
const SERVER = path.join(FIXTURES, "tap-server.mjs");
const TOKEN = "listen-doors-token-0123456789";
const INIT = (name: string) => ({
  jsonrpc: "2.0",
  id: 1,
  method: "initialize",
  params: { protocolVersion: "2025-11-25", capabilities: {}, clientInfo: { name, version: "1" } },
});
const JSON_HEADERS = { "content-type": "application/json", accept: "application/json, text/event-stream" };

function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [SERVER, "http", String(port)], {
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, TAP_TOKEN: TOKEN },
  });
  return new Promise((resolve) => child.stderr!.on("data", (c: Buffer) => /listening \d+/.test(String(c)) && resolve(child)));
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGKILL");
  await exited;
}

/** A raw request to the tap (headers exactly as given, none added): its status. */
function raw(port: number, method: string, headers: Record<string, string>, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/mcp", method, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
    req.end(body);
  });
}

let serverPort: number;
let server: ChildProcess;
let tap: RunningHttpTap;
let tapPort: number;
let record: RecordStore;
let other: OtherAccount | undefined;
beforeAll(async () => {
  serverPort = await freePort();
  server = await startServer(serverPort);
  record = new RecordStore();
  tap = await startHttpTap({
    url: `http://127.0.0.1:${serverPort}/mcp`,
    port: 0,
    bearer: TOKEN,
    recorder: new TapRecorder(record),
    record,
  });
  tapPort = Number(new URL(tap.url).port);
  if (!NO_OTHER_ACCOUNT) other = otherAccount();
});
afterAll(async () => {
  await tap.close();
  await kill(server);
  other?.remove();
});

describe("--listen serves its own person and its host (issue 75)", () => {
  it.skipIf(NO_OTHER_ACCOUNT)(
    `another local account's request gets 403, never the server's answer with the person's token (${NO_OTHER_ACCOUNT ?? "a second account made for the test"})`,
    async () => {
      // Through 127.0.0.1 and through [::1] (red-team 8: the tap's second address has the same door).
      for (const url of [tap.url, tap.url.replace("127.0.0.1", "[::1]")]) {
        const attacker = other!.node(
          `fetch(process.argv[1], { method: "POST", headers: ${JSON.stringify(JSON_HEADERS)}, body: process.argv[2] })
            .then(async (r) => console.log("status " + r.status + " " + JSON.stringify(await r.text())), (e) => console.log("error " + e.message));`,
          [url, JSON.stringify(INIT("intruder"))],
        );
        const [, status] = await lineOf(attacker, /status (\d+)/);
        expect(status, url).toBe("403");
      }
      // Nothing of it went upstream: the record holds no initialize of the intruder's.
      expect(JSON.stringify(record.since(0))).not.toContain("intruder");
    },
  );

  it("a browser's request is refused unless it is a CORS request from a page of this machine: no-cors, a navigation, no Origin, another site", async () => {
    const body = JSON.stringify({ jsonrpc: "2.0", id: 9, method: "tools/list" });
    const mozilla = "Mozilla/5.0 (X11; Linux x86_64) Chrome/130.0";
    // <img src> / no-cors fetch from another site: a GET without Origin (red-team break 4).
    expect(await raw(tapPort, "GET", { "sec-fetch-site": "cross-site", "sec-fetch-mode": "no-cors", "user-agent": mozilla })).toBe(403);
    // The same from a page on another port of this machine (same-site): still no-cors, no Origin.
    expect(await raw(tapPort, "GET", { "sec-fetch-site": "same-site", "sec-fetch-mode": "no-cors", "user-agent": mozilla })).toBe(403);
    // A cross-site CORS POST that names a loopback Origin cannot pass on the Origin alone.
    expect(
      await raw(
        tapPort,
        "POST",
        { ...JSON_HEADERS, "sec-fetch-site": "cross-site", "sec-fetch-mode": "cors", origin: "http://localhost:1" },
        body,
      ),
    ).toBe(403);
    // A navigation to the tap (a link, a form).
    expect(await raw(tapPort, "GET", { "sec-fetch-site": "none", "sec-fetch-mode": "navigate", "user-agent": mozilla })).toBe(403);
    // An older browser (no Sec-Fetch-*) sends no Origin on a form POST.
    expect(await raw(tapPort, "POST", { "content-type": "text/plain", "user-agent": mozilla }, body)).toBe(403);
    // A host is no browser: Node's fetch (Sec-Fetch-Mode: cors, no Origin) reaches the server (which wants a session first).
    const host = await fetch(tap.url, { method: "POST", headers: JSON_HEADERS, body });
    expect(host.status).toBe(400);
    await host.text();
  });

  it.skipIf(NO_OTHER_ACCOUNT)(
    `the port is held on [::1] too: another account cannot bind it, and a port whose [::1] is another's is refused (${NO_OTHER_ACCOUNT ?? "a second account made for the test"})`,
    async () => {
      const bind = (port: number) =>
        other!.node(
          `require("net").createServer().on("error", (e) => console.log("bind " + e.code)).listen(Number(process.argv[1]), "::1", () => console.log("bind ok"))`,
          [String(port)],
        );
      const [, got] = await lineOf(bind(tapPort), /bind (\S+)/);
      expect(got).toBe("EADDRINUSE");

      const taken = await freePort();
      const squatter = bind(taken);
      expect((await lineOf(squatter, /bind (\S+)/))[1]).toBe("ok");
      await expect(
        startHttpTap({ url: `http://127.0.0.1:${serverPort}/mcp`, port: taken, recorder: new TapRecorder(new RecordStore()) }),
      ).rejects.toThrow(/\[::1\]:\d+ is held by another process/);
      squatter.kill("SIGKILL");
    },
  );

  it("a restart re-opens the host's session with the host's own initialize, not another client's", async () => {
    const post = async (body: unknown, sid?: string) => {
      const r = await fetch(tap.url, {
        method: "POST",
        headers: { ...JSON_HEADERS, "mcp-protocol-version": "2025-11-25", ...(sid ? { "mcp-session-id": sid } : {}) },
        body: JSON.stringify(body),
      });
      return { status: r.status, sid: r.headers.get("mcp-session-id") ?? undefined, text: await r.text() };
    };
    const host = await post(INIT("the-host"));
    expect(host.status).toBe(200);
    expect((await post({ jsonrpc: "2.0", method: "notifications/initialized" }, host.sid)).status).toBe(202);
    // Another client of the person's opens a session of its own through the same tap.
    const second = await post(INIT("another-client"));
    expect(second.status).toBe(200);
    expect(second.sid).not.toBe(host.sid);

    await kill(server);
    server = await startServer(serverPort);
    const after = await post({ jsonrpc: "2.0", id: 3, method: "tools/list" }, host.sid);
    expect(after.status).toBe(200);
    expect(after.text).toContain("echo");
  });
});
