import { describe, expect, test } from "vitest";
import { buildSession, type SessionFile } from "../lib/session/file";
import { redactSession } from "../lib/session/redact";
import type { Entry } from "../lib/record/format";

/** The value without the digests written beside long redacted values (lib/session/secret-digest.ts): the labels alone. */
const labelsOnly = <T>(x: T): T => JSON.parse(JSON.stringify(x).replace(/\{hmac:[0-9a-f]{8}:[0-9a-f]{16}\}/g, "")) as T;

// Each string below is a secret the redaction once let through (issue "Hostile session files").
const CAPS = { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: false, apps: false };

function sessionOf(entries: Entry[], args: string[] = [], env: Record<string, string> = {}): SessionFile {
  return {
    ...buildSession({ inspectorVersion: "t", target: { transport: "stdio", command: "node", args, env }, capabilities: CAPS, entries: [] }),
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

describe("redaction catches what it missed", () => {
  test.each([
    ["Basic credentials", "Authorization: Basic dXNlcjpzM2NyZXQtcGFzcw==", "dXNlcjpzM2NyZXQtcGFzcw=="],
    ["a password in a connection string", "db at postgres://app:pa55word-xyz@db.internal:5432/prod", "pa55word-xyz"],
    ["an npm token", "npm_abcdefghijklmnopqrstuvwxyz0123456789", "npm_abcdefghijklmnopqrstuvwxyz0123456789"],
    ["a GitLab token", "token glpat-abcdefghij1234567890", "glpat-abcdefghij1234567890"],
    ["a Hugging Face token", "hf_abcdefghijklmnopqrstuvwxyzABCDEF", "hf_abcdefghijklmnopqrstuvwxyzABCDEF"],
    ["a Twilio key", "SK0123456789abcdef0123456789abcdef", "SK0123456789abcdef0123456789abcdef"],
    ["a SendGrid key", "SG.abcdefghijklmnopqr.stuvwxyz0123456789ABCD", "SG.abcdefghijklmnopqr.stuvwxyz0123456789ABCD"],
    [
      "an Azure account key",
      "DefaultEndpointsProtocol=https;AccountName=x;AccountKey=abcdefghijklmnopqrstuvwxyz0123==;",
      "abcdefghijklmnopqrstuvwxyz0123==",
    ],
    ["a cookie", "Cookie: session=abc123def456; theme=dark", "session=abc123def456"],
    ["a secret flag's value in text", "connecting to node server.js --api-key plainvalue99 --verbose", "plainvalue99"],
  ])("%s", (_what, t, secret) => {
    const out = JSON.stringify(redactSession(sessionOf([text(1, t)]), { secrets: {} }).session);
    expect(out).not.toContain(secret);
  });

  test("a secret given as the argument after its flag, in the target and in the 'connecting to' line", () => {
    const s = sessionOf(
      [
        {
          seq: 1,
          t: 1,
          kind: "lifecycle",
          event: "connecting",
          text: "connecting to node server.js --password hunter2-long",
          target: "node server.js --password hunter2-long",
        },
      ],
      ["server.js", "--password", "hunter2-long", "--token", "tok-123456"],
    );
    const out = redactSession(s, { secrets: {} }).session;
    expect(JSON.stringify(out)).not.toContain("hunter2-long");
    expect(JSON.stringify(out)).not.toContain("tok-123456");
    expect(labelsOnly(out.target)).toMatchObject({
      args: ["server.js", "--password", "[redacted: value of --password]", "--token", "[redacted: value of --token]"],
    });
  });

  test("an env value used as an object key, and a numeric env value returned as a number", () => {
    const s = sessionOf([reply(1, { map: { "secret-key-as-key-1234": "x" }, pin: 87654321 })], [], {
      KEY_AS_KEY: "secret-key-as-key-1234",
      PIN_CODE: "87654321",
    });
    const out = JSON.stringify(
      redactSession(s, { secrets: { KEY_AS_KEY: "secret-key-as-key-1234", PIN_CODE: "87654321" } }).session.entries,
    );
    expect(out).not.toContain("secret-key-as-key-1234");
    expect(out).not.toContain("87654321");
  });

  test("a secret the raw wire text spells with JSON escapes: the raw text goes, the parsed message is redacted", () => {
    const key = "sk-proj-ABCDEFGHIJKLMNOPQRSTUVWXYZ0123";
    const raw = JSON.stringify({ jsonrpc: "2.0", id: 1, result: { content: [{ type: "text", text: key }] } })
      .replace("sk-", "\\u0073k-")
      .replace(/\//g, "\\/");
    const s = sessionOf([reply(1, { content: [{ type: "text", text: key }] }, raw)]);
    const out = redactSession(s, { secrets: {} }).session.entries[0];
    expect(JSON.stringify(out)).not.toContain("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123");
    expect(out).not.toHaveProperty("raw");
  });

  test("a URL query secret repeated elsewhere in the messages is redacted there too", () => {
    const s = sessionOf([
      text(1, "fetching https://api.example.com/v1?access_token=q7w8e9r0t1y2"),
      text(2, "the server echoed q7w8e9r0t1y2 back"),
    ]);
    const out = JSON.stringify(redactSession(s, { secrets: {} }).session);
    expect(out).not.toContain("q7w8e9r0t1y2");
  });

  test("ordinary text stays", () => {
    const s = sessionOf([text(1, "the sum of 2 and 3 is 5; see https://example.com/docs?page=2 and --verbose output")]);
    expect(JSON.stringify(redactSession(s, { secrets: {} }).session.entries)).toContain(
      "the sum of 2 and 3 is 5; see https://example.com/docs?page=2 and --verbose output",
    );
  });
});
