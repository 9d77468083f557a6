import { describe, expect, test } from "vitest";
import { buildSession, type SessionFile } from "../lib/session/file";
import { redactSession } from "../lib/session/redact";
import type { Entry } from "../lib/record/format";

// Issue 38 item 6: every shape the fourth red-team got through redaction, in every place a
// session carries text: an HTTP header, a server's env dump, the target's arguments, a URL,
// plain text (stderr) and JSON-escaped text (a JSON document inside a tool's text, and the wire
// text spelled with \u escapes).
const CAPS = { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: false, apps: false };

interface Shape {
  name: string;
  /** The shape as it appears in text. */
  text: string;
  /** What must not survive. */
  secret: string;
  /** The target's command and arguments that carry it (default: one argument holding `text`). */
  argv?: [string, ...string[]];
  /** A URL carrying it, when the shape can be part of one. */
  url?: string;
}

const PGP_BODY = "lQOYBGXabcdEBCADn7q2Wm4vKxRZ0PGPxyzMATERIALabcdef0123456789";
const SHAPES: Shape[] = [
  { name: "a lowercase bearer header", text: "authorization: bearer lcBearerTok0123456789", secret: "lcBearerTok0123456789" },
  { name: "an Authorization: token header", text: "Authorization: token tokSchemeSecret0123", secret: "tokSchemeSecret0123" },
  {
    name: "a password-only userinfo",
    text: "redis://:R3disPassw0rd@cache.internal:6379/0",
    secret: "R3disPassw0rd",
    url: "redis://:R3disPassw0rd@cache.internal:6379/0",
  },
  {
    name: "a PGP private key block",
    text: `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${PGP_BODY}\n=abcd\n-----END PGP PRIVATE KEY BLOCK-----`,
    secret: PGP_BODY,
  },
  {
    name: "a Google access token",
    text: "ya29.a0AfH6SMBx3Qk9LmN0pQrStUvWxYz0123",
    secret: "a0AfH6SMBx3Qk9LmN0pQrStUvWxYz0123",
    url: "https://www.googleapis.com/drive/v3/files?fields=x&at=ya29.a0AfH6SMBx3Qk9LmN0pQrStUvWxYz0123",
  },
  {
    name: "a Google refresh token",
    text: "1//0gLmNoPqRsTuVwXyZ0123456789abcdefGHIJ",
    secret: "gLmNoPqRsTuVwXyZ0123456789abcdefGHIJ",
    url: "https://example.com/cb?page=2&r=1//0gLmNoPqRsTuVwXyZ0123456789abcdefGHIJ",
  },
  {
    name: "a Google client secret",
    text: "GOCSPX-AbCdEfGhIjKlMnOpQrStUvWxYz12",
    secret: "AbCdEfGhIjKlMnOpQrStUvWxYz12",
    url: "https://example.com/setup?page=2&cs=GOCSPX-AbCdEfGhIjKlMnOpQrStUvWxYz12",
  },
  {
    name: "a Slack app token",
    text: "xapp-1-A0123456789-1234567890123-abcdef0123456789abcdef",
    secret: "abcdef0123456789abcdef",
    url: "https://example.com/socket?page=2&t=xapp-1-A0123456789-1234567890123-abcdef0123456789abcdef",
  },
  {
    name: "a Vault token",
    text: "hvs.CAESIAbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
    secret: "CAESIAbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
    url: "https://vault.example.com/v1/secret?page=2&t=hvs.CAESIAbCdEfGhIjKlMnOpQrStUvWxYz0123456789",
  },
  {
    name: "a Docker Hub token",
    text: "dckr_pat_AbCdEfGhIjKlMnOpQrStUvWxYz0",
    secret: "AbCdEfGhIjKlMnOpQrStUvWxYz0",
    url: "https://example.com/login?page=2&t=dckr_pat_AbCdEfGhIjKlMnOpQrStUvWxYz0",
  },
  {
    name: "a PyPI token",
    text: "pypi-AgEIcHlwaS5vcmcCJGFiY2RlZmdoLWlqa2wtbW5vcC1xcnN0LXV2d3h5ejAxMjM0NTY3",
    secret: "AgEIcHlwaS5vcmcCJGFiY2RlZmdoLWlqa2wtbW5vcC1xcnN0LXV2d3h5ejAxMjM0NTY3",
    url: "https://example.com/upload?page=2&t=pypi-AgEIcHlwaS5vcmcCJGFiY2RlZmdoLWlqa2wtbW5vcC1xcnN0LXV2d3h5ejAxMjM0NTY3",
  },
  {
    name: "a Telegram bot token",
    text: "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0",
    secret: "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0",
    url: "https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0/getMe",
  },
  {
    name: "a mysql -p password",
    text: "mysql -u root -pMyS3cretPW shop",
    secret: "MyS3cretPW",
    argv: ["mysql", "-u", "root", "-pMyS3cretPW", "shop"],
  },
  { name: "an XML password element", text: "<user>me</user><password>xmlPassw0rd!</password>", secret: "xmlPassw0rd!" },
  {
    name: "a netrc password",
    text: "machine api.example.com login me password N3trcPassw0rd",
    secret: "N3trcPassw0rd",
  },
  {
    name: "an npm _authToken",
    text: "//registry.npmjs.org/:_authToken=3f1e2d4c-aaaa-4bbb-8ccc-0123456789ab",
    secret: "3f1e2d4c-aaaa-4bbb-8ccc-0123456789ab",
  },
  {
    name: "a --pat argument",
    text: "gh-tool --pat patValue0123456789",
    secret: "patValue0123456789",
    argv: ["gh-tool", "--pat", "patValue0123456789"],
  },
  {
    name: "a -k argument",
    text: "api-tool -k kValue0123456789 list",
    secret: "kValue0123456789",
    argv: ["api-tool", "-k", "kValue0123456789", "list"],
  },
];

function sessionOf(entries: Entry[], command = "node", args: string[] = []): SessionFile {
  return {
    ...buildSession({ inspectorVersion: "t", target: { transport: "stdio", command, args, env: {} }, capabilities: CAPS, entries: [] }),
    entries,
  };
}
const reply = (result: unknown, raw?: string): Entry => ({
  seq: 1,
  t: 1,
  kind: "message",
  dir: "server->client",
  size: 1,
  message: { jsonrpc: "2.0", id: 1, result },
  ...(raw ? { raw } : {}),
});
/** Every character of the wire text's strings that JSON allows to be escaped, escaped. */
const escapeAll = (json: string) => json.replace(/[A-Za-z]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

const PLACES: Array<[string, (s: Shape) => SessionFile | undefined]> = [
  [
    "an HTTP header",
    (s) =>
      sessionOf([
        {
          seq: 1,
          t: 1,
          kind: "http",
          http: { method: "POST", status: 200, mcpHeaders: { "x-note": s.text } },
          text: "",
          reason: "status 200",
          size: 0,
        },
      ]),
  ],
  ["a server's env dump", (s) => sessionOf([reply({ env: { NOTE: s.text } })])],
  ["the target's arguments", (s) => (s.argv ? sessionOf([], s.argv[0], s.argv.slice(1)) : sessionOf([], "node", ["server.js", s.text]))],
  ["a URL", (s) => (s.url ? sessionOf([reply({ content: [{ type: "text", text: `fetching ${s.url}` }] })]) : undefined)],
  ["plain text", (s) => sessionOf([{ seq: 1, t: 1, kind: "stderr", text: `log: ${s.text}\n` }])],
  ["JSON inside a text", (s) => sessionOf([reply({ content: [{ type: "text", text: JSON.stringify({ config: s.text }) }] })])],
  [
    "the wire text spelled with escapes",
    (s) => {
      const result = { content: [{ type: "text", text: s.text }] };
      return sessionOf([reply(result, escapeAll(JSON.stringify({ jsonrpc: "2.0", id: 1, result })))]);
    },
  ],
];

describe.each(SHAPES)("$name", (shape) => {
  test.each(PLACES.filter(([, make]) => make(shape)))("in %s", (_place, make) => {
    const out = JSON.stringify(redactSession(make(shape)!, { secrets: {} }).session);
    expect(out).not.toContain(shape.secret);
  });
});

describe("what looks like those shapes and is not a secret stays", () => {
  test.each([
    ["curl -k with a URL", ["curl", "-k", "https://example.com/a"], "https://example.com/a"],
    ["ssh -p with a port", ["ssh", "-p2222", "host"], "-p2222"],
    ["a bare password word", ["echo", "password reset link sent"], "password reset link sent"],
  ])("%s", (_what, argv, kept) => {
    const out = redactSession(sessionOf([], argv[0], argv.slice(1)), { secrets: {} }).session;
    expect(JSON.stringify(out.target)).toContain(kept);
  });
});
