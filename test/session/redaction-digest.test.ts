import { describe, expect, it } from "vitest";
import { buildSession, type SessionFile } from "../../lib/session/file";
import { redactSession } from "../../lib/session/redact";
import { diffJson } from "../../lib/session/json-diff";
import type { Entry } from "../../lib/record/format";

// Issue 64 point 2: a recording never stores a secret in clear, but a redacted value still
// compares equal to the same live value; structural names are compared as they are.
const CAPS = { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: false, apps: false };
const reply = (seq: number, result: unknown): Entry => ({
  seq,
  t: seq,
  kind: "message",
  dir: "server->client",
  size: 1,
  message: { jsonrpc: "2.0", id: seq, result },
});
const sessionOf = (entries: Entry[]): SessionFile => ({
  ...buildSession({
    inspectorVersion: "t",
    target: { transport: "stdio", command: "node", args: [], env: {} },
    capabilities: CAPS,
    entries: [],
  }),
  entries,
});
const resultOf = (s: SessionFile) => (s.entries[0] as { message: { result: unknown } }).message.result;

describe("redaction that keeps the comparison", () => {
  const live = {
    content: [
      {
        type: "text",
        text: JSON.stringify({
          PWD: "/srv/app",
          pwd: "/srv/app",
          max_tokens: 1024,
          input_tokens: 17,
          apiKey: "sk-proj-abcdefghijklmnop0123",
        }),
      },
    ],
    structuredContent: { max_tokens: 1024, token_count: 17, PWD: "/srv/app", client_secret: "cs-0123456789abcdef", pin: "4821" },
  };

  it("keeps structural values, replaces secrets by a digest marker, and the live answer compares equal", () => {
    const { session } = redactSession(sessionOf([reply(1, live)]), { secrets: {} });
    const out = JSON.stringify(session);
    for (const secret of ["sk-proj-abcdefghijklmnop0123", "cs-0123456789abcdef"]) expect(out).not.toContain(secret);
    expect(resultOf(session)).toMatchObject({ structuredContent: { max_tokens: 1024, token_count: 17, PWD: "/srv/app" } });
    expect(out).toContain(String.raw`\"pwd\":\"/srv/app\"`);
    expect(out).toContain(String.raw`\"max_tokens\":1024`);
    expect(out).toMatch(/\[redacted: field \\"client_secret\\"\]\{hmac:[0-9a-f]{8}:[0-9a-f]{16}\}/);
    // The same live answer: no difference, the secrets included.
    expect(diffJson(resultOf(session), live)).toEqual([]);
    // Another secret: a difference, at its path.
    const other = { ...live, structuredContent: { ...live.structuredContent, client_secret: "cs-another-value-000" } };
    expect(diffJson(resultOf(session), other).map((op) => op.path)).toEqual(["$.structuredContent.client_secret"]);
  });

  it("a second redaction (a shared file shared again, replay --update) leaves the markers and digests as they are", () => {
    const { session } = redactSession(sessionOf([reply(1, live)]), { secrets: {}, salt: "0a1b2c3d" });
    const again = redactSession(session, { secrets: {} });
    expect(again.hits).toEqual([]);
    expect(JSON.stringify(again.session.entries)).toBe(JSON.stringify(session.entries));
  });
});
