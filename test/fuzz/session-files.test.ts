import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Entry } from "../../lib/record/format";
import { buildSession, parseSession, SessionFileSchema, type SessionFile } from "../../lib/session/file";
import { decodeSessionLink, encodeSessionLink, LINK_PREFIX, toBase64Url } from "../../lib/session/share-link";
import { FUZZ_TIMEOUT, fuzz, hostileJson, hostileText } from "./fuzz";

// Session files and share links come from anyone: a file attached to a bug, a link in a chat.
// Reading one must answer (a session, or why not) and never throw; what is written reads back.

const CAPS = { sampling: true, elicitationForm: false, elicitationUrl: false, roots: true, tasks: false, apps: false };

const entries = fc.array(
  fc.record({
    result: hostileJson(4),
    dir: fc.constantFrom("server->client" as const, "client->server" as const),
    text: fc.string({ maxLength: 40 }),
  }),
  { maxLength: 6 },
);

function sessionOf(list: Array<{ result: unknown; dir: "server->client" | "client->server"; text: string }>): SessionFile {
  const built: Entry[] = list.flatMap((e, i): Entry[] => [
    { seq: 2 * i + 1, t: i, kind: "message", dir: e.dir, size: 1, message: { jsonrpc: "2.0", id: i, result: e.result } } as Entry,
    { seq: 2 * i + 2, t: i, kind: "stderr", text: e.text },
  ]);
  return buildSession(
    {
      inspectorVersion: "fuzz",
      target: { transport: "stdio", command: "node", args: ["s.js"], env: {} },
      capabilities: CAPS,
      entries: built,
    },
    new Date(0),
  );
}

/** JSON with every object's keys sorted: the same data compares the same whatever order a parser kept. */
function canonical(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === "object"
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sort(value));
}

/** Replaces the value at a random place of a JSON value by `by`. */
function mutate(value: unknown, path: number[], by: unknown): unknown {
  if (!path.length || value === null || typeof value !== "object") return by;
  const keys = Object.keys(value);
  if (!keys.length) return by;
  const key = keys[path[0] % keys.length];
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...value };
  copy[key] = mutate((value as Record<string, unknown>)[key], path.slice(1), by);
  return copy;
}

describe("session files", () => {
  it(
    "any text, and any valid file with one value anywhere replaced, is read or refused in words, never thrown",
    () => {
      fc.assert(
        fc.property(entries, fc.array(fc.nat(), { maxLength: 6 }), hostileJson(3), hostileText(100), (list, path, by, text) => {
          for (const input of [text, JSON.stringify(mutate(sessionOf(list), path, by))]) {
            const r = parseSession(input);
            if (r.ok) expect(SessionFileSchema.safeParse(r.session).success).toBe(true);
            else expect(r.message).toMatch(/^this (?:is not a session file|session file)/);
          }
        }),
        fuzz(60),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "a session written as a file reads back the same, whatever its messages hold (__proto__ keys included)",
    () => {
      fc.assert(
        fc.property(entries, (list) => {
          const session = sessionOf(list);
          const r = parseSession(JSON.stringify(session, null, 2));
          expect(r.ok).toBe(true);
          if (r.ok) expect(canonical(r.session)).toBe(canonical(session));
        }),
        fuzz(300),
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe("share links", () => {
  it(
    "a link made from a session opens as that session",
    async () => {
      await fc.assert(
        fc.asyncProperty(entries, async (list) => {
          const session = sessionOf(list);
          const { url } = await encodeSessionLink(session, "http://127.0.0.1:6274/");
          const back = await decodeSessionLink(url);
          expect(back.ok).toBe(true);
          if (back.ok) expect(canonical(back.session)).toBe(canonical(session));
        }),
        fuzz(100),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "any link, random bytes behind the prefix included, opens or is refused in words, never thrown",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            hostileText(120),
            fc.uint8Array({ maxLength: 200 }).map((b) => `#${LINK_PREFIX}${toBase64Url(b)}`),
          ),
          async (link) => {
            const r = await decodeSessionLink(link);
            if (!r.ok) expect(r.message).toMatch(/^this /);
          },
        ),
        fuzz(300),
      );
    },
    FUZZ_TIMEOUT,
  );
});
