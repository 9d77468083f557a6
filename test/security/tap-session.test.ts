// Seventh red-team (issue 62): what `tap --save-session` writes. The host's token (a
// `--bearer-env` value, an environment value the host gave the server) must not be in the file,
// however the server repeats it, and the file is the person's alone.
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecordStore } from "../../server/record/store";
import { startHttpTap } from "../../server/tap/http-tap";
import { TapRecorder } from "../../server/tap/recorder";
import { saveTapSession } from "../../server/tap/session";

const BEARER = "tap-bearer-redteam7-0123456789abcdef";
const HOST_ENV = "host-env-secret-redteam7-abcdef";

/** A server that repeats the request's Authorization in its answer, as written and base64-encoded. */
let upstream: Server;
let url: string;
beforeAll(async () => {
  upstream = createServer((req, res) => {
    req.resume();
    const auth = req.headers.authorization ?? "";
    res.writeHead(200, { "content-type": "application/json", "mcp-session-id": "s1" }).end(
      JSON.stringify({
        jsonrpc: "2.0",
        id: 1,
        result: { echo: auth, b64: Buffer.from(auth).toString("base64"), env: HOST_ENV },
      }),
    );
  });
  await new Promise<void>((r) => upstream.listen(0, "127.0.0.1", () => r()));
  url = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/mcp`;
});
afterAll(() => new Promise<void>((r) => upstream.close(() => r())));

function post(to: string, body: string) {
  return new Promise<string>((resolve, reject) => {
    const r = request(
      to,
      { method: "POST", headers: { "content-type": "application/json", accept: "application/json, text/event-stream" } },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c));
        res.on("end", () => resolve(text));
      },
    );
    r.on("error", reject);
    r.end(body);
  });
}

describe("red-team 7: tap --save-session", () => {
  it("the bearer token the tap added and the host's environment values are not in the file, in any form the server repeats them; the file is 0600", async () => {
    const record = new RecordStore();
    const recorder = new TapRecorder(record);
    const tap = await startHttpTap({ url, port: 0, bearer: BEARER, recorder });
    const answer = await post(
      tap.url,
      '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"h","version":"1"}}}',
    );
    await tap.close();
    expect(answer).toContain(BEARER); // the host gets what the server said, unchanged
    const dir = mkdtempSync(path.join(tmpdir(), "redteam7-save-"));
    const file = path.join(dir, "tap.json");
    // A file already there with a wide mode (an earlier save, a umask of 022) is narrowed before the session goes in.
    writeFileSync(file, "old", { mode: 0o644 });
    saveTapSession(
      file,
      record,
      recorder,
      { transport: "http", url, headers: {} },
      { TAP_BEARER: BEARER, SOME_TOKEN: HOST_ENV, PATH: "/usr/bin" },
    );
    const text = readFileSync(file, "utf8");
    expect(text).not.toContain(BEARER);
    expect(text).not.toContain(Buffer.from(`Bearer ${BEARER}`).toString("base64").slice(8, 40));
    expect(text).not.toContain(HOST_ENV);
    expect(text).toContain("initialize");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const fresh = path.join(dir, "fresh.json");
    saveTapSession(fresh, record, recorder, { transport: "http", url, headers: {} }, {});
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
  });
});
