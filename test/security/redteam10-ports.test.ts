// Issue 88 (red-team 10), the addresses: another local account holds [::1] at a port the page
// uses (a browser asked for `localhost` tries it first), floods `tap --listen` with requests whose
// connection is gone by the time the tap reads its owner, or drives `--listen` from a page of its
// own on another loopback port. Each attacker that is another person runs as a second account.
import type { IncomingMessage, Server } from "node:http";
import { createServer as createHttpServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandboxServer } from "../../server/apps/sandbox-server";
import { startAgentEndpoint } from "../../server/agent/http";
import { startCallbackServer } from "../../server/auth/callback-server";
import { listenInspector } from "../../server/launcher/inspector";
import { serveHttp } from "../../server/mock/http";
import { otherUserRefusal, uidInTable } from "../../server/peer-uid";
import { RecordStore } from "../../server/record/store";
import { startHttpTap, type RunningHttpTap } from "../../server/tap/http-tap";
import { TapRecorder } from "../../server/tap/recorder";
import { NO_OTHER_ACCOUNT, lineOf, otherAccount, type OtherAccount } from "../helpers/other-account";

let other: OtherAccount | undefined;
const closers: Array<() => Promise<unknown> | void> = [];
beforeAll(() => {
  if (!NO_OTHER_ACCOUNT) other = otherAccount();
});
afterAll(async () => {
  for (const c of closers.splice(0)) await c();
  other?.remove();
});

/** The other account holds [::1] at a free port (as long as the test runs): the port. */
async function squatV6(): Promise<number> {
  const squatter = other!.node(
    `const s = require("net").createServer((c) => c.end("HTTP/1.1 200 OK\\r\\ncontent-length: 10\\r\\n\\r\\nlook-alike"));
     s.listen(0, "::1", () => console.log("port " + s.address().port));`,
  );
  return Number((await lineOf(squatter, /port (\d+)/))[1]);
}

/** A GET through [::1] at the port: the body. */
function getV6(port: number, pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "::1", port, path: pathname, headers: { host: `[::1]:${port}`, ...headers } }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const PAGE = "<!doctype html><title>the inspector's own page</title>";
/** The page's server alone (no engine: its core fails when the test closes it). */
async function page(port: number | undefined) {
  let fail!: (e: Error) => void;
  const p = await listenInspector({
    port,
    pages: (_req, res) => void res.writeHead(200, { "Content-Type": "text/html" }).end(PAGE),
    sandboxPort: false,
    agentPort: false,
    loadCore: () => new Promise((_resolve, reject) => (fail = reject)),
  });
  return { port: p.port, close: () => (fail(new Error("closed")), p.close()) };
}

describe.skipIf(NO_OTHER_ACCOUNT)(
  `every port the page uses, held on both loopbacks (${NO_OTHER_ACCOUNT ?? "a second account made for the test"})`,
  () => {
    it("the page, the App sandbox, the agent endpoint and the OAuth callback refuse to start when another account holds [::1] at their port", async () => {
      const port = await squatV6();
      await expect(page(port)).rejects.toThrow(/\[::1\]|in use/);
      await expect(startSandboxServer({ host: "127.0.0.1", port, embedderOrigins: [] })).rejects.toThrow(`[::1]:${port} is held`);
      await expect(startAgentEndpoint({ tokens: ["t"], port, page: () => new Promise(() => undefined) })).rejects.toThrow(
        `[::1]:${port} is held`,
      );
      await expect(startCallbackServer(`http://127.0.0.1:${port}/oauth/callback`, async () => undefined)).rejects.toThrow(
        `[::1]:${port} is held`,
      );
      // `inspector mock --http` too: a host told localhost would reach the other account's server.
      await expect(serveHttp(port, () => ({}) as never)).rejects.toThrow(`[::1]:${port} is held`);
    });

    it("started on any free port, each serves its own answer on [::1] too: the sandbox is framed on an address the inspector holds", async () => {
      const p = await page(0);
      closers.push(() => p.close());
      expect((await getV6(p.port, "/")).body).toBe(PAGE);
      const sandbox = await startSandboxServer({ host: "127.0.0.1", embedderOrigins: [`http://127.0.0.1:${p.port}`] });
      closers.push(() => sandbox.close());
      const framed = await getV6(sandbox.port, "/sandbox");
      expect(framed.status).toBe(200);
      expect(framed.body).not.toContain("look-alike");
      const agent = await startAgentEndpoint({ tokens: ["t"], page: () => new Promise(() => undefined) });
      closers.push(() => agent.close());
      expect((await getV6(agent.port, "/mcp")).status).toBe(401);
      const cb = await startCallbackServer(undefined, async () => undefined);
      closers.push(() => cb.close());
      expect((await getV6(Number(new URL(cb.url).port), "/elsewhere")).status).toBe(404);
    });
  },
);

describe("a peer whose uid cannot be read is refused (issue 88)", () => {
  const LOCAL = "0100007F:1F90";
  const REMOTE = "0100007F:D431";
  const row = (st: string, uid: number, inode: number) =>
    `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n   0: ${LOCAL} ${REMOTE} ${st} 00000000:00000000 00:00000000 00000000 ${uid} 0 ${inode} 1 0000000000000000 20 4 30 10 -1\n`;

  it("a time-wait row (or an orphan's mini-socket: uid 0, inode 0) names no owner, never root", () => {
    expect(uidInTable(row("06", 0, 0), LOCAL, REMOTE)).toBeUndefined();
    expect(uidInTable(row("05", 0, 0), LOCAL, REMOTE)).toBeUndefined();
    expect(uidInTable(row("01", 0, 123456), LOCAL, REMOTE)).toBe(0);
    expect(uidInTable(row("01", 1000, 123456), LOCAL, REMOTE)).toBe(1000);
  });

  it("where the OS names owners, a connection it names none for is refused; where it never does, nothing is", () => {
    const req = { socket: {} } as unknown as IncomingMessage;
    expect(otherUserRefusal(req, () => undefined, 1000, true)).toMatch(/names no owner/);
    expect(otherUserRefusal(req, () => undefined, 1000, false)).toBeUndefined();
    expect(otherUserRefusal(req, () => 1000, 1000, true)).toBeUndefined();
    expect(otherUserRefusal(req, () => 0, 1000, true)).toMatch(/another user \(uid 0\)/);
  });
});

describe("`tap --listen`", () => {
  const TOKEN = "redteam10-listen-token-0123456789";
  /** What reached the server with the person's token: the bodies. */
  const reached: string[] = [];
  let upstream: Server;
  let tap: RunningHttpTap;
  let record: RecordStore;
  let tapPort: number;
  let serverPort: number;
  beforeAll(async () => {
    upstream = createHttpServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        if (req.headers.authorization === `Bearer ${TOKEN}`) reached.push(body);
        res.writeHead(200, { "content-type": "application/json" }).end('{"jsonrpc":"2.0","id":1,"result":{}}');
      });
    });
    await new Promise<void>((r) => upstream.listen(0, "127.0.0.1", r));
    serverPort = (upstream.address() as AddressInfo).port;
    record = new RecordStore();
    tap = await startHttpTap({
      url: `http://127.0.0.1:${serverPort}/mcp`,
      port: 0,
      bearer: TOKEN,
      recorder: new TapRecorder(record),
      record,
    });
    tapPort = Number(new URL(tap.url).port);
  });
  afterAll(async () => {
    await tap.close();
    upstream.closeAllConnections();
    await new Promise((r) => upstream.close(r));
  });

  it.skipIf(NO_OTHER_ACCOUNT)(
    "another account's requests whose connection closes right after sending never reach the server with the person's token",
    async () => {
      const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "flood-marker", arguments: {} } });
      const flood = other!.node(
        `const net = require("net");
         const [port, body] = process.argv.slice(1);
         const head = "POST /mcp HTTP/1.1\\r\\nhost: 127.0.0.1:" + port + "\\r\\ncontent-type: application/json\\r\\naccept: application/json, text/event-stream\\r\\ncontent-length: " + Buffer.byteLength(body) + "\\r\\n\\r\\n";
         let left = 150;
         for (let i = 0; i < 150; i++) {
           const s = net.connect(Number(port), "127.0.0.1", () => s.end(head + body, () => s.destroy()));
           s.on("error", () => {});
           s.on("close", () => --left === 0 && console.log("sent"));
         }`,
        [String(tapPort), body],
      );
      const sent = lineOf(flood, /sent/, 20_000);
      // The tap busy (its event loop held) while the flood connects, sends and closes: by the time
      // it reads each connection's owner, the row is a closed socket's (issue 88: 205 of 300 passed).
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
      await sent;
      // Whatever the tap was going to forward has gone by now (its upstream is this process, idle again).
      await new Promise((r) => setTimeout(r, 500));
      expect(reached.filter((b) => b.includes("flood-marker"))).toEqual([]);
    },
    30_000,
  );

  it("a page of another loopback origin is refused, whatever Sec-Fetch-Site says; the tap's own page alone is served", async () => {
    const send = (headers: Record<string, string>, own?: RunningHttpTap) =>
      new Promise<number>((resolve, reject) => {
        const port = own ? Number(new URL(own.url).port) : tapPort;
        const req = request(
          {
            host: "127.0.0.1",
            port,
            path: "/mcp",
            method: "POST",
            headers: {
              host: `127.0.0.1:${port}`,
              "content-type": "application/json",
              accept: "application/json, text/event-stream",
              ...headers,
            },
          },
          (res) => (res.resume(), resolve(res.statusCode ?? 0)),
        );
        req.on("error", reject);
        req.end(JSON.stringify({ jsonrpc: "2.0", id: 7, method: "tools/list" }));
      });
    const browser = { "sec-fetch-mode": "cors", "user-agent": "Mozilla/5.0 Chrome/130" };
    for (const origin of ["http://localhost:1", "http://127.0.0.1:3000", "http://[::1]:8080"]) {
      expect(await send({ ...browser, "sec-fetch-site": "same-site", origin }), origin).toBe(403);
      expect(await send({ ...browser, "sec-fetch-site": "same-origin", origin }), origin).toBe(403);
    }
    const own = "http://127.0.0.1:5555";
    const mine = await startHttpTap({
      url: `http://127.0.0.1:${serverPort}/mcp`,
      port: 0,
      bearer: TOKEN,
      recorder: new TapRecorder(new RecordStore()),
      ownOrigins: () => [own],
    });
    expect(await send({ ...browser, "sec-fetch-site": "same-site", origin: own }, mine)).not.toBe(403);
    expect(await send({ ...browser, "sec-fetch-site": "same-site", origin: "http://127.0.0.1:5556" }, mine)).toBe(403);
    await mine.close();
  });
});
