import fc from "fast-check";
import { JSONRPCMessageSchema } from "@modelcontextprotocol/core";
import { describe, expect, it } from "vitest";
import { parseJsonRpcMessage } from "../../server/engine/jsonrpc-message";
import { LineSplitter } from "../../server/engine/line-splitter";
import { SseParser, type SseEvent } from "../../server/engine/sse-parser";
import { FUZZ_TIMEOUT, fuzz, hostileJson, hostileText } from "./fuzz";

// What a server sends, on both transports: stdio bytes cut into lines, HTTP's event streams, and
// each frame checked as JSON-RPC. A server chooses the bytes and where the OS cuts them.

type Seen = { kind: "line"; text: string; bytes: number; valid: boolean } | { kind: "overlong"; bytes: number };

function splitAll(chunks: Buffer[], max?: number): Seen[] {
  const seen: Seen[] = [];
  const splitter = new LineSplitter(
    {
      line: (text, bytes, valid) => seen.push({ kind: "line", text, bytes, valid }),
      overlong: (bytes) => seen.push({ kind: "overlong", bytes }),
    },
    max,
  );
  for (const c of chunks) splitter.push(c);
  splitter.end();
  return seen;
}

/** The bytes cut at the given points (sorted, within range). */
function cut(bytes: Buffer, points: number[]): Buffer[] {
  const at = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of [...at, bytes.length]) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  return out;
}

describe("stdio: the line splitter", () => {
  it(
    "reports the same lines however the stream is cut, mid-character and mid-CRLF included, with their byte counts",
    () => {
      fc.assert(
        fc.property(
          fc.uint8Array({ maxLength: 300 }),
          fc.array(fc.nat(), { maxLength: 12 }),
          fc.constantFrom(undefined, 16),
          (raw, points, max) => {
            // Newlines made common: a byte stream of lines.
            const bytes = Buffer.from(raw.map((b) => (b % 7 === 0 ? 10 : b % 11 === 0 ? 13 : b)));
            const whole = splitAll([bytes], max);
            expect(splitAll(cut(bytes, points), max)).toEqual(whole);
            for (const s of whole) if (s.kind === "line") expect(s.bytes).toBeLessThanOrEqual(max ?? Infinity);
          },
        ),
        fuzz(300),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "gives back each UTF-8 line as written (CR of a CRLF dropped, empty lines skipped)",
    () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => s.replace(/\n/g, "")),
            { maxLength: 10 },
          ),
          fc.array(fc.nat(), { maxLength: 8 }),
          (lines, points) => {
            const bytes = Buffer.from(lines.map((l) => `${l}\r\n`).join(""), "utf8");
            const got = splitAll(cut(bytes, points)).map((s) => (s.kind === "line" ? s.text : "?"));
            expect(got).toEqual(lines.map((l) => l.replace(/\r$/, "")).filter((l) => l !== ""));
          },
        ),
        fuzz(300),
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe("JSON-RPC frames", () => {
  const frame = fc.record(
    {
      jsonrpc: fc.constantFrom("2.0", "1.0", 2, null),
      id: fc.oneof(fc.integer(), fc.string({ maxLength: 6 }), fc.constant(null), fc.double(), fc.constant({})),
      method: fc.oneof(fc.constantFrom("tools/list", "notifications/progress", ""), fc.integer()),
      params: hostileJson(3),
      result: hostileJson(3),
      error: fc.oneof(
        fc.record(
          { code: fc.oneof(fc.integer(), fc.double(), fc.string()), message: fc.oneof(fc.string(), fc.integer()), data: hostileJson(2) },
          { requiredKeys: [] },
        ),
        hostileJson(2),
      ),
      extra: hostileJson(2),
    },
    { requiredKeys: [] },
  );

  it(
    "parseJsonRpcMessage accepts and refuses exactly the frames the SDK's union does, and never throws",
    () => {
      fc.assert(
        fc.property(fc.oneof(frame, hostileJson(4)), (f) => {
          const ours = parseJsonRpcMessage(f);
          const sdk = JSONRPCMessageSchema.safeParse(f);
          expect(ours.success).toBe(sdk.success);
          if (ours.success && sdk.success) expect(ours.data).toEqual(sdk.data);
        }),
        fuzz(1000),
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe("HTTP: the event-stream parser", () => {
  const feedAll = (chunks: string[]) => {
    const p = new SseParser();
    const events = chunks.flatMap((c) => p.feed(c));
    return { events, unfinished: p.unfinished };
  };
  const cutText = (s: string, points: number[]) => {
    const at = [...new Set(points.map((p) => p % (s.length + 1)))].sort((a, b) => a - b);
    const out: string[] = [];
    let from = 0;
    for (const p of [...at, s.length]) {
      out.push(s.slice(from, p));
      from = p;
    }
    return out;
  };

  it(
    "completes the same events however the text is cut (a CR in one chunk, its LF in the next included)",
    () => {
      fc.assert(
        fc.property(hostileText(300), fc.array(fc.nat(), { maxLength: 12 }), (text, points) => {
          expect(feedAll(cutText(text, points))).toEqual(feedAll([text]));
        }),
        fuzz(200),
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    "reads back what a server wrote: data lines, id, event and retry, whatever the line ends",
    () => {
      const event = fc.record(
        {
          data: fc.array(
            fc.string({ maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, "")),
            { minLength: 1, maxLength: 3 },
          ),
          id: fc.string({ maxLength: 10 }).map((s) => s.replace(/[\r\n\0]/g, "")),
          event: fc.string({ maxLength: 10 }).map((s) => s.replace(/[\r\n]/g, "")),
          retry: fc.nat(),
        },
        { requiredKeys: ["data"] },
      );
      fc.assert(
        fc.property(
          fc.array(event, { maxLength: 5 }),
          fc.constantFrom("\n", "\r\n", "\r"),
          fc.array(fc.nat(), { maxLength: 8 }),
          (events, eol, points) => {
            const text = events
              .map((e) => {
                const lines = [
                  ...(e.id !== undefined ? [`id: ${e.id}`] : []),
                  ...(e.event !== undefined ? [`event: ${e.event}`] : []),
                  ...(e.retry !== undefined ? [`retry: ${e.retry}`] : []),
                  ...e.data.map((d) => `data: ${d}`),
                ];
                return lines.join(eol) + eol + eol;
              })
              .join(`: keep-alive${eol}`);
            const expected: SseEvent[] = events.map((e) => ({
              data: e.data.join("\n"),
              ...(e.id !== undefined ? { id: e.id } : {}),
              ...(e.event !== undefined ? { event: e.event } : {}),
              ...(e.retry !== undefined ? { retry: e.retry } : {}),
            }));
            const got = feedAll(cutText(text, points));
            // A lone CR at the very end waits for a possible LF; the event before it is complete.
            expect(got.events).toEqual(expected);
          },
        ),
        fuzz(500),
      );
    },
    FUZZ_TIMEOUT,
  );
});
