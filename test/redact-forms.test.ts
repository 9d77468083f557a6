import { describe, expect, test } from "vitest";
import { buildSession, type SessionFile } from "../lib/session/file";
import { redactSession } from "../lib/session/redact";
import type { Entry } from "../lib/record/format";
import { keyForms, keyPiecesIn } from "./model/key-forms";

// Issue 52: a target's env value (the secret a share must never carry) was taken out only as
// written. A server that echoes it base64-encoded, JSON-escaped, in another case or split by
// zero-width characters, in a value, a key or the wire text, got it into the shared file.
const SECRET = "db-pass-Q7wErTy0123456789zXcVbNm";
const CAPS = { sampling: true, elicitationForm: true, elicitationUrl: true, roots: true, tasks: false, apps: false };

function sessionWith(entries: Entry[]): SessionFile {
  return {
    ...buildSession({
      inspectorVersion: "t",
      target: { transport: "stdio", command: "node", args: [], env: { DB_PASS: SECRET } },
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

describe("a target's secret in another form", () => {
  test.each(Object.entries(keyForms(SECRET)))("%s: in a value, a key and the wire text, it is taken out and counted", (name, form) => {
    const result = { content: [{ type: "text", text: `echo: ${form} (done)` }], [`k-${form}`]: 1 };
    const s = sessionWith([reply(1, result, JSON.stringify({ jsonrpc: "2.0", id: 1, result }))]);
    const { session, hits } = redactSession(s, { secrets: { DB_PASS: SECRET } });
    const out = JSON.stringify(session);
    expect(keyPiecesIn(out, SECRET), name).toEqual([]);
    expect(out).toContain("[redacted: value of DB_PASS]");
    expect(out).toContain("(done)");
    expect(hits.some((h) => h.what === "value of DB_PASS")).toBe(true);
  });

  test("text that merely resembles it stays", () => {
    const s = sessionWith([reply(1, { content: [{ type: "text", text: "db-pass-Q7 is not the value; neither is Q7wErTy" }] })]);
    const out = JSON.stringify(redactSession(s, { secrets: { DB_PASS: SECRET } }).session);
    expect(out).toContain("db-pass-Q7 is not the value; neither is Q7wErTy");
  });

  test("a value shorter than 8 characters is taken out as written only (another case of a short word is ordinary text)", () => {
    const s = sessionWith([reply(1, { content: [{ type: "text", text: "PIN 4821, Short and short" }] })]);
    const out = JSON.stringify(redactSession(s, { secrets: { PIN: "4821", WORD: "short" } }).session);
    expect(out).toContain("PIN [redacted: value of PIN], Short and [redacted: value of WORD]");
  });
});

describe("a hostile text of nothing but encodings", () => {
  // Each layer of decoding reads the whole text, in every order of kinds: without a bound, 2 MB
  // of `\\%25&amp;` took 23 s and 545 MB in secret-forms.ts as first written; the work is bounded
  // now (WORK_FACTOR). A text like that still answers, and what is near its start is still found.
  test("1 MB of escapes of every kind is redacted, the secret at its start included", () => {
    const hostile = `${SECRET.toUpperCase()} ${"\\\\%25&amp;".repeat(125_000)}`;
    const s = sessionWith([reply(1, { content: [{ type: "text", text: hostile }] })]);
    const out = JSON.stringify(redactSession(s, { secrets: { DB_PASS: SECRET } }).session);
    expect(out).toContain("[redacted: value of DB_PASS]");
    expect(out.toLowerCase()).not.toContain(SECRET.toLowerCase());
  });
});
