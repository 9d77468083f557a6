import { mkdtempSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import type { WebSocket } from "ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInspectorServer } from "../../server/bridge/http-server";
import { RecordStore } from "../../server/record/store";
import { readHubFile, writeHubFile } from "../../server/tap/hub-dir";
import { startHubMember, type HubMember } from "../../server/tap/hub";
import { listenLoopback } from "../../server/tap/listen";
import { TapRecorder } from "../../server/tap/recorder";
import { TapSession } from "../../server/tap/tap-view";
import { NO_OTHER_ACCOUNT, lineOf, otherAccount, type OtherAccount } from "../helpers/other-account";
import { freePort } from "../helpers/free-port";

// Issue 75, break 1: when a hub's port is another account's, the page's token goes nowhere near
// it. A tap that joins asks the port to prove it holds the token first; a takeover that cannot keep
// the old port (another account took it) rotates the token, so what an open page still sends there
// opens nothing. The other account is a real one, made for the test.
const TOKEN = "t".repeat(64);
const SECRET = "s".repeat(64);

/**
 * Holds 127.0.0.1:PORT as the other account; prints each chunk it receives, then "closed" when that
 * connection ends (so a reader that saw "closed" has seen every chunk before it); answers a wrong
 * proof to anything.
 */
const SQUATTER = `
const net = require("net");
const body = '{"proof":"${"0".repeat(64)}"}';
net.createServer((s) => {
  s.on("error", () => {});
  s.on("close", () => process.stdout.write(JSON.stringify({ closed: true }) + "\\n"));
  s.on("data", (d) => {
    process.stdout.write(JSON.stringify({ got: d.toString("latin1") }) + "\\n");
    s.end("HTTP/1.1 200 OK\\r\\ncontent-type: application/json\\r\\ncontent-length: " + body.length + "\\r\\nconnection: close\\r\\n\\r\\n" + body);
  });
}).listen(Number(process.argv[1]), "127.0.0.1", () => console.log("listening"));
`;

function tapSession() {
  const record = new RecordStore();
  const target = { transport: "stdio" as const, command: "node", args: ["server.js"], env: {} };
  return { record, session: new TapSession({ record, recorder: new TapRecorder(record), target, server: "node server.js", env: {} }) };
}

let other: OtherAccount | undefined;
const members: HubMember[] = [];
beforeAll(() => {
  if (!NO_OTHER_ACCOUNT) other = otherAccount();
});
afterAll(async () => {
  for (const m of members) await m.page.close();
  other?.remove();
});

describe.skipIf(NO_OTHER_ACCOUNT)(
  `the hub's port in another account's hands (${NO_OTHER_ACCOUNT ?? "a second account made for the test"})`,
  () => {
    it("a tap that joins sends neither the token nor the secret to a port that cannot prove it holds the token", async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "hub-doors-"));
      const squatter = other!.node(SQUATTER, [String(await freePort())]);
      let seen = "";
      squatter.stdout!.on("data", (d: Buffer) => (seen += d.toString()));
      await lineOf(squatter, /listening/);
      const port = Number(squatter.spawnargs[squatter.spawnargs.length - 1]);
      // The hub file names a live tap of ours on that port (a hub that died and whose port was taken).
      writeHubFile(dir, { version: 1, pid: process.ppid, port, token: TOKEN, secret: SECRET });
      const said: string[] = [];
      const { session, record } = tapSession();
      const m = await startHubMember({ session, record, server: "node server.js", port: 0, dir, say: (t) => said.push(t) });
      members.push(m);
      // It keeps a page of its own instead, and the port's holder got a nonce, nothing of ours.
      expect(m.page.port).not.toBe(port);
      expect(m.line).toMatch(/other taps join this page/);
      // The squatter's lines come through a pipe from another process: they may arrive after the
      // member has moved on. Its "closed" comes after every chunk of that connection.
      await expect.poll(() => seen, { timeout: 10_000 }).toMatch(/"closed":true/);
      expect(seen).toMatch(/GET \/api\/proof\?nonce=[0-9a-f]{64}/);
      expect(seen).not.toContain(TOKEN);
      expect(seen).not.toContain(SECRET);
    });

    it("a takeover that cannot keep the old port (another account took it) rotates the token", async () => {
      const dir = mkdtempSync(path.join(tmpdir(), "hub-doors-"));
      // The old hub: the page's server with the token, welcoming the tap that joins.
      let link: WebSocket | undefined;
      const server: Server = createInspectorServer({
        host: "127.0.0.1",
        port: 0,
        token: TOKEN,
        pages: () => undefined,
        api: () => false,
        onSocket: (ws) => {
          link = ws;
          ws.once("message", () =>
            ws.send(JSON.stringify({ type: "hub-welcome", key: "1-abc", launchUrl: "http://127.0.0.1:1/#launch=x", hubPid: process.ppid })),
          );
        },
      });
      const port = await listenLoopback(server, 0);
      writeHubFile(dir, { version: 1, pid: process.ppid, port, token: TOKEN, secret: SECRET });
      const said: string[] = [];
      const { session, record } = tapSession();
      const m = await startHubMember({ session, record, server: "node server.js", port: 0, dir, say: (t) => said.push(t) });
      members.push(m);
      expect(m.line).toMatch(/joined the page/);

      // The old hub stops listening; the other account binds its port; then the link ends.
      server.close();
      const squatter = other!.node(SQUATTER, [String(port)]);
      await lineOf(squatter, /listening/);
      link!.terminate();

      await expect.poll(() => readHubFile(dir).file?.pid, { timeout: 10_000 }).toBe(process.pid);
      const now = readHubFile(dir).file!;
      expect(now.port).not.toBe(port);
      expect(now.token).not.toBe(TOKEN);
      expect(m.page.token).toBe(now.token);
      expect(said.join("\n")).toMatch(/took over the live page at http:\/\/127\.0\.0\.1:\d+\/\?r=[\w-]{22}#launch=/);
    });
  },
);
