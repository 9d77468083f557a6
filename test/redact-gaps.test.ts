import { describe, expect, test } from "vitest";
import { buildSession, type SessionFile } from "../lib/session/file";
import { redactSession } from "../lib/session/redact";
import type { Entry } from "../lib/record/format";

// Issue 22 item 7: what redaction still let through after the previous round.
const CAPS = { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: false, apps: false };

function sessionOf(entries: Entry[]): SessionFile {
  return {
    ...buildSession({
      inspectorVersion: "t",
      target: { transport: "stdio", command: "node", args: [], env: {} },
      capabilities: CAPS,
      entries: [],
    }),
    entries,
  };
}
const reply = (seq: number, result: unknown, raw?: string): Entry => ({
  seq,
  t: seq,
  kind: "message",
  dir: "server->client",
  size: 1,
  message: { jsonrpc: "2.0", id: seq, result },
  ...(raw ? { raw } : {}),
});
const text = (seq: number, t: string) => reply(seq, { content: [{ type: "text", text: t }] });
const shared = (s: SessionFile) => redactSession(s, { secrets: {} }).session;

describe("URL parameters and webhook paths", () => {
  test.each([
    ["auth_token", "https://api.example.com/v1/items?auth_token=AUTHTOK9911&page=2", "AUTHTOK9911"],
    ["client_secret", "POST https://auth.example.com/token?client_id=app&client_secret=CLSEC-77aa", "CLSEC-77aa"],
    ["sig (an Azure SAS)", "https://acct.blob.core.windows.net/c/b?sv=2022-11-02&se=2030-01-01&sig=SASsig%2Bvalue%3D", "SASsig%2Bvalue%3D"],
    ["code (an OAuth redirect)", "http://127.0.0.1:6274/oauth/callback?code=AUTHCODE4242&state=xyz", "AUTHCODE4242"],
    ["X-Amz-Signature", "https://b.s3.amazonaws.com/k?X-Amz-Credential=AKID%2F2024&X-Amz-Signature=abcdef0123456789", "abcdef0123456789"],
    ["a token after a fragment", "https://app.example.com/cb#access_token=FRAGTOK5566&token_type=bearer", "FRAGTOK5566"],
    ["a token inside another parameter's value", "https://x.test/login?next=https%3A//y.test/?token=NESTEDTOK88", "NESTEDTOK88"],
    [
      "a Slack webhook path",
      "posting to https://hooks.slack.com/services/T0AAAAAAA/B0BBBBBBB/abcdefghijklmnopqrstuvwx",
      "abcdefghijklmnopqrstuvwx",
    ],
  ])("%s", (_what, t, secret) => {
    expect(JSON.stringify(shared(sessionOf([text(1, t)])))).not.toContain(secret);
  });
});

describe("fields named like secrets", () => {
  test("pass, passphrase, session_id and signature as JSON fields", () => {
    const out = JSON.stringify(
      shared(
        sessionOf([
          reply(1, {
            pass: "hunter2-pass",
            passphrase: "correct horse battery",
            session_id: "sess-0123456789",
            sessionId: "sess-abcdef",
            signature: "MEUCIQDsignaturevalue",
          }),
        ]),
      ),
    );
    for (const secret of ["hunter2-pass", "correct horse battery", "sess-0123456789", "sess-abcdef", "MEUCIQDsignaturevalue"])
      expect(out).not.toContain(secret);
  });
  test('and as NAME=value or "name": "value" inside text', () => {
    const out = JSON.stringify(
      shared(
        sessionOf([text(1, 'env: DB_PASS=dbpass-777 SESSION_ID=sid-888888 and {"passphrase": "pp-999999", "signature": "sig-101010"}')]),
      ),
    );
    for (const secret of ["dbpass-777", "sid-888888", "pp-999999", "sig-101010"]) expect(out).not.toContain(secret);
  });
  test("a secret-named field hidden inside a harmless one's value", () => {
    expect(JSON.stringify(shared(sessionOf([text(1, '"note": "token=HIDDENTOK77"')])))).not.toContain("HIDDENTOK77");
  });
  test("words that merely contain those letters stay: bypass, author, design, compass, code", () => {
    const kept = { bypass: "the cache", author: "Jane Doe", design: "modern", compass: "north", code: "def main(): pass" };
    expect(shared(sessionOf([reply(1, kept)])).entries[0]).toMatchObject({ message: { result: kept } });
  });
});

describe("the exact wire text is judged by itself", () => {
  test("a secret a duplicate key hides from the parsed message, spelled with JSON escapes", () => {
    const raw = '{"jsonrpc":"2.0","id":1,"result":{"text":"\\u0073k-proj-ABCDEFGHIJKLMNOPQRSTUVWXYZ0123","text":"clean"}}';
    const e = shared(sessionOf([reply(1, JSON.parse(raw).result, raw)])).entries[0];
    expect(JSON.stringify(e)).not.toContain("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123");
    expect(e).not.toHaveProperty("raw");
  });
  test("a secret-named key spelled with escapes and repeated with a clean value", () => {
    const raw = '{"jsonrpc":"2.0","id":1,"result":{"\\u0070assword":"hunter2-secret","password":"x"}}';
    const e = shared(sessionOf([reply(1, JSON.parse(raw).result, raw)])).entries[0];
    expect(JSON.stringify(e)).not.toContain("hunter2-secret");
  });
  test("a clean raw text is kept exactly", () => {
    const raw = '{"jsonrpc":"2.0","id":1,"result":{"text":"a","text":"b"}}';
    expect(shared(sessionOf([reply(1, JSON.parse(raw).result, raw)])).entries[0]).toHaveProperty("raw", raw);
  });
});

describe("every string of an entry is scanned", () => {
  const GH = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
  test("a secret in a method name copied into pair.method", () => {
    const req: Entry = {
      seq: 1,
      t: 1,
      kind: "message",
      dir: "client->server",
      size: 1,
      message: { jsonrpc: "2.0", id: 1, method: `x/${GH}` },
    };
    const res: Entry = {
      seq: 2,
      t: 2,
      kind: "message",
      dir: "server->client",
      size: 1,
      message: { jsonrpc: "2.0", id: 1, result: {} },
      pair: { seq: 1, method: `x/${GH}`, latencyMs: 1 },
    };
    const out = shared(sessionOf([req, res]));
    expect(JSON.stringify(out)).not.toContain(GH);
    expect(out.entries[1]).toMatchObject({ pair: { seq: 1, latencyMs: 1 } });
  });
  test("HTTP facts, reasons, undelivered notes and lifecycle signals", () => {
    const http = { method: "POST", status: 200, sessionId: "sess-secret-1234", eventId: `e-${GH}`, mcpHeaders: { "mcp-name": GH } };
    const entries: Entry[] = [
      {
        seq: 1,
        t: 1,
        kind: "message",
        dir: "server->client",
        size: 1,
        message: { jsonrpc: "2.0", id: 1, result: {} },
        http,
        undelivered: `not JSON-RPC: ${GH}`,
      },
      { seq: 2, t: 2, kind: "http", http, text: "", reason: `status 401 for ${GH}`, size: 0 },
      { seq: 3, t: 3, kind: "stdout-noise", text: "x", reason: `not JSON: ${GH}`, size: 1 },
      { seq: 4, t: 4, kind: "lifecycle", event: "exited", text: "exited", code: 1, signal: GH },
    ];
    const out = shared(sessionOf(entries));
    expect(JSON.stringify(out)).not.toContain(GH);
    expect(JSON.stringify(out)).not.toContain("sess-secret-1234");
    expect(out.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(out.entries[3]).toMatchObject({ code: 1 });
  });
  test("the session's own strings: version, date, protocol version", () => {
    const s = { ...sessionOf([]), inspectorVersion: `1.0 ${GH}`, createdAt: `now ${GH}`, protocolVersion: GH };
    expect(JSON.stringify(shared(s))).not.toContain(GH);
  });
});
