import { describe, expect, it } from "vitest";
import { buildSession, sessionText, type SessionFile } from "../../lib/session/file";
import { redactSession } from "../../lib/session/redact";
import type { Entry } from "../../lib/record/format";
import { keyForms, keyPiecesIn } from "../model/key-forms";

// Issue 65: a tap saves sessions of 100,000 entries, so the redaction reuses what it found for a
// string the session repeats and skips the patterns a string cannot match. Whatever it reuses,
// every secret is still taken out of every entry it is in, at any depth, in every form, and each
// entry's hits are counted with that entry.
const ENV_SECRET = "env-secret-Q7wErTy0123456789zX";
const FOUND = "found-by-pattern-7d3f9a1c5e";
const NAMED = "named-value-4b8e2d6f0a";
const CAPS = { sampling: false, elicitationForm: false, elicitationUrl: false, roots: false, tasks: false, apps: false };
const ENTRIES = 3_000;

/** `value` under `depth` nested objects and arrays. */
function deep(value: unknown, depth: number): unknown {
  let v = value;
  for (let d = 0; d < depth; d++) v = d % 2 ? [v] : { [`level${d}`]: v };
  return v;
}

function longSession(): SessionFile {
  const forms = Object.values(keyForms(ENV_SECRET));
  const entries: Entry[] = [];
  // The first entry shows a secret only a pattern finds (a header's credential): the later
  // entries repeat it bare, which only the second pass, searching for what the first found, sees.
  entries.push({
    seq: 1,
    t: 1,
    kind: "message",
    dir: "server->client",
    size: 1,
    message: { jsonrpc: "2.0", method: "notifications/message", params: { level: "info", data: `Authorization: Bearer ${FOUND}` } },
  });
  for (let seq = 2; seq <= ENTRIES; seq++) {
    const result = deep(
      {
        // The same string in every entry: one redaction reused, a hit counted in each entry.
        same: `the service answered with ${ENV_SECRET} again`,
        // The secret in each form a text may carry it, in turn.
        form: `row ${seq}: ${forms[seq % forms.length]}.`,
        bare: `token seen before: ${FOUND}`,
        apiKey: NAMED,
        [`key ${ENV_SECRET}`]: seq,
      },
      seq % 24,
    );
    entries.push({ seq, t: seq, kind: "message", dir: "server->client", size: 1, message: { jsonrpc: "2.0", id: seq, result } });
  }
  return {
    ...buildSession({
      inspectorVersion: "t",
      target: { transport: "stdio", command: "node", args: ["server.js"], env: { SERVICE_SECRET: ENV_SECRET } },
      capabilities: CAPS,
      entries: [],
    }),
    entries,
  };
}

describe("a long session with secrets deep in many entries", () => {
  it("takes each secret out of every entry, in every form, and counts the hits of each entry with it", () => {
    const { session, hits } = redactSession(longSession(), { secrets: { SERVICE_SECRET: ENV_SECRET } });
    expect(session.entries).toHaveLength(ENTRIES);
    const out = JSON.stringify(session);
    // Read every way it can be read (test/model/key-forms.ts): each form at each depth, at the start and the end.
    for (const e of [...session.entries.slice(0, 60), ...session.entries.slice(-60)])
      expect(keyPiecesIn(JSON.stringify(e), ENV_SECRET), `entry ${e.seq}`).toEqual([]);
    expect(out.toLowerCase()).not.toContain(ENV_SECRET.toLowerCase());
    expect(out).not.toContain(FOUND);
    expect(out).not.toContain(NAMED);
    const later = session.entries.slice(1).map((e) => JSON.stringify(e));
    expect(later.filter((e) => e.includes("the service answered with [redacted: value of SERVICE_SECRET]"))).toHaveLength(ENTRIES - 1);
    expect(later.filter((e) => e.includes("token seen before: [redacted: bearer token]"))).toHaveLength(ENTRIES - 1);
    expect(later.filter((e) => e.includes('"apiKey":"[redacted: field \\"apiKey\\"]'))).toHaveLength(ENTRIES - 1);
    // Each entry from the second on: its value in the repeated string, in its form and in its key, and the found token, and the named field.
    const seqsOf = (what: string) => hits.filter((h) => h.what === what).map((h) => h.seq);
    const everyLater = Array.from({ length: ENTRIES - 1 }, (_, i) => i + 2);
    expect(new Set(seqsOf("value of SERVICE_SECRET"))).toEqual(new Set(everyLater));
    expect(seqsOf("value of SERVICE_SECRET").length).toBe(3 * (ENTRIES - 1));
    expect(seqsOf("bearer token")).toEqual([1, ...everyLater]);
    expect(seqsOf('field "apiKey"')).toEqual(everyLater);
    expect(session.redactions).toEqual(
      expect.arrayContaining([
        { what: "value of SERVICE_SECRET", count: 3 * (ENTRIES - 1) },
        { what: "bearer token", count: ENTRIES },
        { what: 'field "apiKey"', count: ENTRIES - 1 },
      ]),
    );
  });

  it("a session file's text, written an entry at a time, is JSON.stringify's with two spaces", () => {
    const base = buildSession({
      inspectorVersion: "t",
      target: { transport: "stdio", command: "node", args: [], env: {} },
      capabilities: CAPS,
      entries: [],
    });
    const tricky: Entry = {
      seq: 1,
      t: 1.5,
      kind: "message",
      dir: "client->server",
      size: 3,
      message: {
        jsonrpc: "2.0",
        id: 1,
        method: "x",
        params: { text: '\n  "entries": []\n', empty: {}, list: [], nested: [[{ a: [1, { b: null }] }]] },
      },
      raw: '{"a":\n1}',
    };
    const stderr: Entry = { seq: 2, t: 2, kind: "stderr", text: "line one\nline two" };
    const many = Array.from({ length: 1_100 }, (_, i): Entry => (i % 2 ? { ...tricky, seq: i + 1 } : { ...stderr, seq: i + 1 }));
    for (const entries of [[], [tricky], [tricky, stderr, { ...stderr, seq: 3 }], many, many.slice(0, 512), many.slice(0, 513)]) {
      const session = { ...base, entries };
      expect([...sessionText(session)].join("")).toBe(`${JSON.stringify(session, null, 2)}\n`);
    }
  });
});
