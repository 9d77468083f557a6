import { describe, expect, test } from "vitest";
import { buildSession, type SessionFile } from "../lib/session/file";
import { redactSession } from "../lib/session/redact";
import type { Entry } from "../lib/record/format";

/** The value without the digests written beside long redacted values (lib/session/secret-digest.ts): the labels alone. */
const labelsOnly = <T>(x: T): T => JSON.parse(JSON.stringify(x).replace(/\{hmac:[0-9a-f]{8}:[0-9a-f]{16}\}/g, "")) as T;

// Issue 22 item 6: a key named like a secret had its value redacted, but the raw key went into the
// label `[redacted: field "<key>"]` and into `redactions[].what`: a secret in the key leaked into
// share links, files and `replay --update`.
const CAPS = { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: false, apps: false };

function sessionOf(entries: Entry[], args: string[] = []): SessionFile {
  return {
    ...buildSession({
      inspectorVersion: "t",
      target: { transport: "stdio", command: "node", args, env: {} },
      capabilities: CAPS,
      entries: [],
    }),
    entries,
  };
}
const reply = (seq: number, result: unknown): Entry => ({
  seq,
  t: seq,
  kind: "message",
  dir: "server->client",
  size: 1,
  message: { jsonrpc: "2.0", id: seq, result },
});

/** Everything that leaves: the file or link, and what the review step shows. */
function leaves(s: SessionFile) {
  const { session, hits } = redactSession(s, { secrets: {} });
  return {
    out: JSON.stringify(session),
    labels: [...session.redactions.map((r) => r.what), ...hits.map((h) => h.what)].join("\n"),
    session,
  };
}

describe("a secret in a key never reaches a label", () => {
  test.each([
    ["a URL with an api_key as the key", "https://api.example.com/v1?api_key=SECRETVALUE123", "SECRETVALUE123"],
    ["a GitHub token in a key named token", "token ghp_abcdefghijklmnopqrstuvwxyz0123456789", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"],
    [
      "a JWT-shaped key",
      "authorization eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXZhbHVl",
      "eyJzdWIiOiIxMjM0NTY3ODkwIn0",
    ],
  ])("%s: redacted in the key and absent from every label", (_what, key, secret) => {
    const { out, labels } = leaves(sessionOf([reply(1, { map: { [key]: "a value worth hiding" } })]));
    expect(out).not.toContain(secret);
    expect(labels).not.toContain(secret);
    expect(out).not.toContain("a value worth hiding");
  });

  test("a key no pattern knows (a random suffix) stays a key, but the label keeps only the known word", () => {
    const { out, labels } = leaves(sessionOf([reply(1, { map: { tokenQxZrTmWvKpLsNb: "a value worth hiding" } })]));
    expect(labels).not.toContain("QxZrTmWvKpLsNb");
    expect(labels).toContain('field "token…"');
    expect(out).not.toContain("a value worth hiding");
  });

  test("a secret in a secret-named flag is not copied into `value of <flag>`", () => {
    const flag = "--ghp_abcdefghijklmnopqrstuvwxyz0123456789-key";
    const { out, labels } = leaves(sessionOf([], ["server.js", flag, "flagvalue123"]));
    expect(out).not.toContain("abcdefghijklmnopqrstuvwxyz0123456789");
    expect(labels).not.toContain("abcdefghijklmnopqrstuvwxyz0123456789");
    expect(out).not.toContain("flagvalue123");
  });

  test("a label an earlier version wrote with a key in it is cleaned when the file is redacted again (replay --update)", () => {
    const s = {
      ...sessionOf([]),
      redactions: [
        { what: 'field "https://x.test/?api_key=OLDSECRET99"', count: 1 },
        { what: 'field "tokenQxZrTmWvKpLsNb"', count: 1 },
      ],
    };
    const { out } = leaves(s);
    expect(out).not.toContain("OLDSECRET99");
    expect(out).not.toContain("QxZrTmWvKpLsNb");
  });

  test("ordinary secret-named keys still name themselves", () => {
    const { session } = leaves(
      sessionOf([reply(1, { apiKey: "abcd1234efgh", client_secret: "s3cr3t-value", OPENAI_API_KEY: "xyz-12345" })]),
    );
    expect(labelsOnly(session.entries[0])).toMatchObject({
      message: {
        result: {
          apiKey: '[redacted: field "apiKey"]',
          client_secret: '[redacted: field "client_secret"]',
          OPENAI_API_KEY: '[redacted: field "OPENAI_API_KEY"]',
        },
      },
    });
    expect(session.redactions.map((r) => r.what)).toContain('field "apiKey"');
  });
});
