import { describe, expect, test } from "vitest";
import { parseSession, buildSession, SESSION_FORMAT, type SessionFile } from "../lib/session/file";
import { redactSession } from "../lib/session/redact";
import { decodeSessionLink, encodeSessionLink } from "../lib/session/share-link";
import { diffJson, normalizeVolatile, pathMatcher } from "../lib/session/json-diff";
import { everythingStdio } from "./helpers/targets";
import { demoSession, recordSession } from "./helpers/sessions";

/** The value without the digests written beside long redacted values (lib/session/secret-digest.ts): the labels alone. */
const labelsOnly = <T>(x: T): T => JSON.parse(JSON.stringify(x).replace(/\{hmac:[0-9a-f]{8}:[0-9a-f]{16}\}/g, "")) as T;

describe("session files", () => {
  test("encode/decode round trip through a share link keeps every entry", async () => {
    const session = await demoSession(everythingStdio());
    const { url } = await encodeSessionLink(session, "http://127.0.0.1:6274/");
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:6274\/#session=v1\.[A-Za-z0-9_-]+$/);
    const back = await decodeSessionLink(url);
    expect(back).toEqual({ ok: true, session });
  });

  test("the demo session (connect, list everything, ten calls) makes a link within 16 KB, redacted", async () => {
    const session = await demoSession(everythingStdio());
    const methods = session.entries.flatMap((e) =>
      e.kind === "message" && e.dir === "client->server" ? [(e.message as { method?: string }).method] : [],
    );
    const listings = methods.filter((m) => m?.endsWith("/list"));
    const calls = methods.filter((m) => m && !m.endsWith("/list") && m !== "initialize" && !m.startsWith("notifications/"));
    expect(listings).toEqual(["tools/list", "resources/list", "resources/templates/list", "prompts/list"]);
    expect(calls.length).toBeGreaterThanOrEqual(10);
    const { session: shared } = redactSession(session, { secrets: {} });
    const { bytes } = await encodeSessionLink(shared, "http://127.0.0.1:6274/");
    expect(bytes).toBeLessThanOrEqual(16 * 1024);
  });

  test.each([
    ["not JSON", "{oops", /not JSON/],
    ["another format", JSON.stringify({ format: "har", version: 1 }), /not a session file: expected "format": "mcp-inspector-session"/],
    [
      "a newer version",
      JSON.stringify({ format: SESSION_FORMAT, version: 3 }),
      /format version 3; this inspector reads versions 1 and 2 \(it was made by a newer inspector: update this one\)/,
    ],
    ["a damaged file", JSON.stringify({ format: SESSION_FORMAT, version: 1, entries: "x" }), /damaged: /],
  ])("%s gives a clear message", (_name, text, message) => {
    const r = parseSession(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(message);
  });

  test("a corrupt link gives a clear message", async () => {
    expect(await decodeSessionLink("http://x/#session=v1.AAAA")).toMatchObject({ ok: false, message: expect.stringMatching(/damaged/) });
    expect(await decodeSessionLink("http://x/#session=v9.AAAA")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/another format/),
    });
    expect(await decodeSessionLink("http://x/")).toMatchObject({ ok: false, message: expect.stringMatching(/carries no session/) });
  });
});

describe("redaction", () => {
  const secret = "sup3r-s3cret-value-42";
  const headerToken = "hdr-token-0123456789abcdef";

  test("get-env output: the target's env values, secret-named fields and key shapes come out redacted", async () => {
    const target = { ...everythingStdio({ MY_API_TOKEN: secret, PLAIN_SETTING: "visible-setting" }) };
    const session = await recordSession(target, async (e) => {
      await e.callTool("get-env", {});
    });
    expect(JSON.stringify(session)).toContain(secret);
    const { session: shared, hits } = redactSession(session, { secrets: target.env });
    const text = JSON.stringify(shared);
    expect(text).not.toContain(secret);
    expect(text).toContain("[redacted: value of MY_API_TOKEN]");
    expect(hits.some((h) => h.what === "value of MY_API_TOKEN" && !h.preview.includes(secret))).toBe(true);
    // Names are shared, values never.
    expect(shared.target).toMatchObject({ transport: "stdio", envNames: ["MY_API_TOKEN", "PLAIN_SETTING"] });
    expect(JSON.stringify(shared.target)).not.toContain("visible-setting");
    expect(shared.redactions.find((r) => r.what === "value of MY_API_TOKEN")?.count).toBeGreaterThan(0);
  });

  test("bearer tokens, API-key shapes, header values, URL secrets; the person can drop a message", () => {
    const base = buildSession({
      inspectorVersion: "t",
      target: {
        transport: "http",
        url: "https://api.example.com/mcp?api_key=abcd1234efgh",
        headers: { Authorization: `Bearer ${headerToken}` },
      },
      capabilities: { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: false, apps: false },
      entries: [],
    });
    const msg = (seq: number, text: string) => ({
      seq,
      t: seq,
      kind: "message" as const,
      dir: "server->client" as const,
      size: 1,
      message: { jsonrpc: "2.0", id: seq, result: { content: [{ type: "text", text }] } },
    });
    const session: SessionFile = {
      ...base,
      entries: [
        msg(1, "Authorization: Bearer abcdefghijklmnop.qrstuvw"),
        msg(2, "key sk-proj-ABCDEFGHIJKLMNOPQRSTUVWXYZ0123 and ghp_abcdefghijklmnopqrstuvwxyz0123456789 and AKIAABCDEFGHIJKLMNOP"),
        msg(3, `echoed header ${headerToken}`),
        msg(4, "nothing secret here: sum is 42"),
        msg(5, "a message the person drops"),
        { seq: 6, t: 6, kind: "stderr", text: "DATABASE_PASSWORD=hunter2hunter2" },
      ],
    };
    const { session: shared } = redactSession(session, { secrets: { Authorization: `Bearer ${headerToken}` }, dropSeqs: [5] });
    const text = JSON.stringify(shared);
    for (const s of [
      "abcdefghijklmnop.qrstuvw",
      "sk-proj-ABCD",
      "ghp_abcdef",
      "AKIAABCDEFGHIJKLMNOP",
      headerToken,
      "abcd1234efgh",
      "hunter2hunter2",
      "a message the person drops",
    ]) {
      expect(text, s).not.toContain(s);
    }
    expect(text).toContain("nothing secret here: sum is 42");
    expect(shared.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4, 6]);
    expect(labelsOnly(shared.target)).toEqual({
      transport: "http",
      url: "https://api.example.com/mcp?api_key=[redacted: secret in a URL]",
      headerNames: ["Authorization"],
    });
  });
});

describe("diff", () => {
  test("structural diff with paths, normalization of volatile fields, ignore paths", () => {
    const a = {
      result: {
        content: [{ type: "text", text: "sun" }],
        _meta: { progressToken: 3 },
        at: "2025-01-01T00:00:00Z",
        note: "made at 11:28:16 PM",
      },
    };
    const b = {
      result: {
        content: [
          { type: "text", text: "rain" },
          { type: "text", text: "extra" },
        ],
        _meta: { progressToken: 9 },
        at: "2026-11-20T10:00:00.123Z",
        note: "made at 9:02:01 AM",
      },
    };
    const ops = diffJson(normalizeVolatile(a), normalizeVolatile(b));
    expect(ops).toEqual([
      { path: "$.result.content[0].text", op: "changed", before: "sun", after: "rain" },
      { path: "$.result.content[1]", op: "added", after: { type: "text", text: "extra" } },
    ]);
    expect(pathMatcher("$.result.content[0].text")("$.result.content[0].text")).toBe(true);
    expect(pathMatcher("$.result.content[*].text")("$.result.content[3].text")).toBe(true);
    expect(pathMatcher("$.result.content")("$.result.content[1]")).toBe(true);
    expect(pathMatcher("$..text")("$.result.content[0].text")).toBe(true);
    expect(pathMatcher("$.result.content[0].text")("$.result.content[1].text")).toBe(false);
  });
});
