import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Entry } from "../../lib/record/format";
import { buildSession, parseSession, type SessionFile } from "../../lib/session/file";
import { redactSession } from "../../lib/session/redact";
import { KeyStore } from "../../server/model/keys";
import { keyPiecesIn } from "../model/key-forms";
import { FUZZ_TIMEOUT, fuzz, hostileJson } from "./fuzz";

// The redactor and the model-key mask (issue 52): a secret, however a server or a model wraps it
// (JSON-escaped, base64 at any alignment, base64url, hex, percent-encoded, character references,
// in another case, split by invisible characters, nested in JSON text, across a stream's chunks)
// and wherever it sits (a value, a key, deep inside, the wire text, stderr), never comes out.
// "Comes out" is judged by test/model/key-forms.ts, which reads the output every way it can.

const INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u034f", "\u{e0020}", "\u180e"];
const secretArb = fc.oneof(
  fc.string({ minLength: 12, maxLength: 40, unit: fc.constantFrom(..."abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789-_.") }),
  // An env value may be any password: quotes, backslashes, percent signs, spaces, non-ASCII letters.
  fc.string({
    minLength: 12,
    maxLength: 30,
    unit: fc.constantFrom(..."aB3xY9qZ7kLm", '"', "\\", "%", "&", "/", "+", "=", " ", "é", "€", "ü"),
  }),
);

type Wrap = { name: string; apply: (s: string) => string };
const b64 = (s: string, pre: string, post: string, url: boolean) =>
  Buffer.from(pre + s + post, "utf8").toString(url ? "base64url" : "base64");

/** How a secret's own characters may be changed. */
const caseOrSplit = fc.oneof(
  fc.constant<Wrap>({ name: "as is", apply: (s) => s }),
  fc.constant<Wrap>({ name: "upper", apply: (s) => s.toUpperCase() }),
  fc.constant<Wrap>({ name: "lower", apply: (s) => s.toLowerCase() }),
  fc.record({ every: fc.integer({ min: 1, max: 5 }), ch: fc.constantFrom(...INVISIBLES) }).map(({ every, ch }): Wrap => ({
    name: `split by U+${ch.codePointAt(0)!.toString(16)} every ${every}`,
    apply: (s) => [...s].map((c, i) => (i % every === 0 ? ch + c : c)).join(""),
  })),
);
/** How it may be encoded (of the secret as is). */
const encoding = fc.oneof(
  fc.constant<Wrap>({ name: "no encoding", apply: (s) => s }),
  fc.record({ pre: fc.string({ maxLength: 5 }), post: fc.string({ maxLength: 3 }), url: fc.boolean() }).map(({ pre, post, url }): Wrap => ({
    name: `base64${url ? "url" : ""} after ${JSON.stringify(pre)}`,
    apply: (s) => b64(s, pre, post, url),
  })),
  fc.constant<Wrap>({ name: "hex", apply: (s) => Buffer.from(s).toString("hex") }),
  fc.constant<Wrap>({
    name: "percent",
    apply: (s) => [...s].map((c) => (/[A-Za-z0-9]/.test(c) ? `%${c.charCodeAt(0).toString(16)}` : encodeURIComponent(c))).join(""),
  }),
  fc.constant<Wrap>({
    name: "character references",
    apply: (s) => [...s].map((c, i) => (i % 2 ? `&#${c.codePointAt(0)};` : `&#x${c.codePointAt(0)!.toString(16)};`)).join(""),
  }),
);
/** How the text holding it may be wrapped again. */
const outer = fc.oneof(
  fc.constant<Wrap>({ name: "plain", apply: (s) => s }),
  fc.constant<Wrap>({
    // As a JSON string's body: \ and " escaped as JSON must, every third character as \uXXXX.
    name: "\\u-escaped",
    apply: (s) =>
      [...s]
        .map((c, i) =>
          c === "\\" || c === '"' ? `\\${c}` : i % 3 === 0 && c.length === 1 ? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}` : c,
        )
        .join(""),
  }),
  fc.constant<Wrap>({ name: "JSON in JSON", apply: (s) => JSON.stringify(JSON.stringify({ nested: [s] })) }),
);
const wrapped = fc.tuple(caseOrSplit, encoding, outer).map(([a, b, c]) => {
  // An encoding is of the secret as written: a case change or a split is applied to its text, not under it.
  const first = b.name === "no encoding" ? a : { name: "as is", apply: (s: string) => s };
  return { name: `${first.name} / ${b.name} / ${c.name}`, apply: (s: string) => c.apply(b.apply(first.apply(s))) };
});

const CAPS = { sampling: true, elicitationForm: false, elicitationUrl: false, roots: true, tasks: false, apps: false };
const placements = ["value", "key", "deep", "raw", "stderr"] as const;

function sessionHolding(form: string, where: (typeof placements)[number], noise: unknown): SessionFile {
  const result =
    where === "key"
      ? { [`k:${form}`]: noise }
      : where === "deep"
        ? { a: [{ b: [noise, { c: `…${form}…` }] }] }
        : { content: [{ type: "text", text: `said: ${form}.` }], noise };
  const raw =
    where === "raw"
      ? `{"jsonrpc":"2.0","id":1,"result":{"content":[{"type":"text","text":"${form.replace(/["\\]/g, (c) => `\\${c}`)}"}]}}`
      : undefined;
  const entries: Entry[] = [
    {
      seq: 1,
      t: 1,
      kind: "message",
      dir: "server->client",
      size: 1,
      message: { jsonrpc: "2.0", id: 1, result: where === "raw" ? { content: [] } : result },
      ...(raw ? { raw } : {}),
    } as Entry,
    { seq: 2, t: 2, kind: "stderr", text: where === "stderr" ? `log: ${form}` : "nothing" },
  ];
  return buildSession(
    { inspectorVersion: "fuzz", target: { transport: "stdio", command: "node", args: ["s.js"], env: {} }, capabilities: CAPS, entries },
    new Date(0),
  );
}

describe("the redactor", () => {
  it(
    "a target's secret, however wrapped and wherever it sits, never comes out of a shared session; the session still reads",
    () => {
      fc.assert(
        fc.property(secretArb, wrapped, fc.constantFrom(...placements), hostileJson(2), (secret, wrap, where, noise) => {
          const form = wrap.apply(secret);
          const { session } = redactSession(sessionHolding(form, where, noise), { secrets: { SECRET_VAR: secret } });
          const text = JSON.stringify(session);
          expect(keyPiecesIn(text, secret), `${wrap.name} in ${where}: ${text}`).toEqual([]);
          expect(parseSession(text).ok).toBe(true);
        }),
        fuzz(150),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "redacts any session without throwing, and a second pass finds nothing new",
    () => {
      fc.assert(
        fc.property(hostileJson(4), fc.string({ minLength: 4, maxLength: 20 }), (noise, secret) => {
          const first = redactSession(sessionHolding("x", "value", noise), { secrets: { S: secret } }).session;
          const again = redactSession(first, { secrets: { S: secret } });
          expect(JSON.stringify(again.session.entries)).toBe(JSON.stringify(first.entries));
        }),
        fuzz(200),
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe("the model-key mask", () => {
  const chunks = (text: string, sizes: number[]) => {
    const out: string[] = [];
    for (let i = 0, n = 0; i < text.length; n++) {
      const size = 1 + ((sizes[n % Math.max(1, sizes.length)] ?? 7) % 12);
      out.push(text.slice(i, i + size));
      i += size;
    }
    return out;
  };

  it(
    "a key the model repeats, however wrapped, streamed in chunks of any size, is in no piece of the recorded stream",
    () => {
      fc.assert(
        fc.property(
          secretArb,
          wrapped,
          fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
          fc.string({ maxLength: 20 }),
          (key, wrap, sizes, words) => {
            const keys = new KeyStore();
            keys.set("MODEL_API_KEY", key);
            const answer = `${words} ${wrap.apply(key)} ${words}`;
            const sse = chunks(answer, sizes)
              .map(
                (c) =>
                  `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", choices: [{ index: 0, delta: { content: c } }] })}\n\n`,
              )
              .join("");
            const masked = keys.mask(`${sse}data: [DONE]\n\n`);
            expect(keyPiecesIn(masked, key), `${wrap.name}: ${masked}`).toEqual([]);
            expect(keyPiecesIn(keys.mask(answer), key), wrap.name).toEqual([]);
          },
        ),
        fuzz(100),
      );
    },
    FUZZ_TIMEOUT,
  );
});

// Cases the properties above found in lib/session/secret-forms.ts while it was written (each failed
// against one version of it): kept, so no later version brings them back.
describe("found", () => {
  const zw = (s: string, every: number, ch = "\u200b") => [...s].map((c, i) => (i % every === 0 ? ch + c : c)).join("");
  const percent = (s: string) =>
    [...s].map((c) => (/[A-Za-z0-9]/.test(c) ? `%${c.charCodeAt(0).toString(16)}` : encodeURIComponent(c))).join("");
  it.each([
    [
      "a password's own backslash-space, percent-encoded (the secret was unescaped as if it were text)",
      "a\\ aaaaaaaaaaaa",
      percent("a\\ aaaaaaaaaaaa"),
    ],
    ["a backslash before a zero-width space (read as an escape of it)", "aa\\aaaaaaaaa", zw("aa\\aaaaaaaaa", 1)],
    [
      "a password's own \\/ split by zero-width spaces (unescaped in the only view that dropped them)",
      "aaaaaa\\/aaaaaa",
      zw("aaaaaa\\/aaaaaa", 2),
    ],
    [
      "a password's own %aa in JSON in JSON (two kinds of encoding decoded in one pass)",
      'a"aaaa%aaaaaa',
      JSON.stringify(JSON.stringify({ nested: ['a"aaaa%aaaaaa'] })),
    ],
  ])("%s", (_name, secret, form) => {
    const { session } = redactSession(sessionHolding(form, "value", null), { secrets: { SECRET_VAR: secret } });
    expect(keyPiecesIn(JSON.stringify(session), secret)).toEqual([]);
  });

  it("a tag character's two UTF-16 halves in two stream chunks, each escaped alone", () => {
    const key = "aaaaaaaaaaaa";
    const keys = new KeyStore();
    keys.set("MODEL_API_KEY", key);
    const units = zw(key, 1, "\u{e0020}").split("");
    const sse = units.map((c) => `data: ${JSON.stringify({ choices: [{ delta: { content: c } }] })}\n\n`).join("");
    expect(sse).toContain("\\udb40");
    expect(keyPiecesIn(keys.mask(sse), key)).toEqual([]);
  });
});
