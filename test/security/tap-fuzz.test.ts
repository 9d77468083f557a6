// Seventh red-team (issue 62), by the fuzzer: whatever a host or a server writes, however the
// pipes cut it, the stdio tap passes it byte for byte, and its recording side never throws (an
// exception there would end the tap, and the host's server with it).
import path from "node:path";
import { PassThrough } from "node:stream";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecordStore } from "../../server/record/store";
import { TapRecorder } from "../../server/tap/recorder";
import { runStdioTap } from "../../server/tap/run-stdio";
import { FUZZ_TIMEOUT, fuzz, hostileJson, hostileText } from "../fuzz/fuzz";
import { FIXTURES } from "../helpers/targets";

/** A frame a hostile peer may write: JSON-RPC-shaped with odd values, any JSON, any text, any bytes; `\n`, `\r\n` or nothing after. */
const frame = fc
  .tuple(
    fc.oneof(
      fc
        .record({
          jsonrpc: fc.constantFrom("2.0", 2, undefined),
          id: fc.oneof(fc.integer(), fc.string({ maxLength: 30 }), fc.constant("mcp-inspector-harness-tap:1"), hostileJson(2)),
          method: fc.oneof(
            fc.constantFrom("initialize", "notifications/initialized", "notifications/cancelled", "tools/list"),
            fc.string(),
          ),
          params: hostileJson(3),
          result: hostileJson(3),
          error: hostileJson(2),
        })
        .map((o) => Buffer.from(JSON.stringify(o))),
      hostileJson(4).map((v) => Buffer.from(JSON.stringify(v) ?? "null")),
      hostileText(200).map((t) => Buffer.from(t)),
      fc.uint8Array({ maxLength: 200 }).map((a) => Buffer.from(a)),
    ),
    fc.constantFrom("\n", "\r\n", ""),
  )
  .map(([b, end]) => Buffer.concat([b, Buffer.from(end)]));

/** Bytes cut into chunks at arbitrary points (mid-character, mid-CRLF). */
const chunked = fc.array(frame, { maxLength: 12 }).chain((frames) => {
  const all = Buffer.concat(frames);
  return fc.uniqueArray(fc.integer({ min: 1, max: Math.max(1, all.length - 1) }), { maxLength: 8 }).map((cuts) => {
    const at = [0, ...cuts.filter((c) => c < all.length).sort((a, b) => a - b), all.length];
    return at
      .slice(1)
      .map((end, i) => all.subarray(at[i], end))
      .filter((c) => c.length > 0);
  });
});

describe("red-team 7, fuzz: the tap's recording side", () => {
  it(
    "never throws, whatever the host and the server write, however it is cut; a save reads its record whole",
    () => {
      fc.assert(
        fc.property(chunked, chunked, (host, server) => {
          const record = new RecordStore();
          const recorder = new TapRecorder(record, { maxOpen: 4 });
          for (let i = 0; i < Math.max(host.length, server.length); i++) {
            if (host[i]) recorder.chunk("host", host[i]);
            if (server[i]) recorder.chunk(i % 2 ? "server" : "stderr", server[i]);
          }
          recorder.end();
          expect(() => JSON.stringify(record.since(0))).not.toThrow();
          expect(recorder.openRequests).toBeLessThanOrEqual(4);
        }),
        fuzz(300),
      );
    },
    FUZZ_TIMEOUT,
  );
});

describe("red-team 7, fuzz: the stdio tap forwards byte for byte", () => {
  // One tap in front of an echo server (stdin to stdout and stderr) for every case: spawning per case would be the test's whole cost.
  const host = { input: new PassThrough(), output: new PassThrough(), log: new PassThrough() };
  const got: Buffer[] = [];
  const log: Buffer[] = [];
  /** Bytes received so far (summing on each poll, not concatenating: the 32 MiB case polls often). */
  let gotBytes = 0;
  let logBytes = 0;
  let done: Promise<number>;
  beforeAll(async () => {
    host.output.on("data", (c: Buffer) => void (got.push(c), (gotBytes += c.length)));
    host.log.on("data", (c: Buffer) => void (log.push(c), (logBytes += c.length)));
    let started!: () => void;
    const ready = new Promise<void>((r) => (started = r));
    done = runStdioTap({
      command: process.execPath,
      args: [path.join(FIXTURES, "echo-both.mjs")],
      env: { PATH: process.env.PATH ?? "" },
      watch: [],
      host,
      onStarted: () => started(),
    });
    await ready;
  });
  afterAll(async () => {
    host.input.end();
    expect(await done).toBe(0);
  });

  it(
    "what the host writes comes back (server stdout) and reaches the host's log (server stderr) unchanged: invalid UTF-8, \\r, no newline, frames split anywhere",
    async () => {
      await fc.assert(
        fc.asyncProperty(chunked, async (chunks) => {
          const want = Buffer.concat(chunks);
          const base = gotBytes;
          const logBase = logBytes;
          for (const c of chunks) host.input.write(c);
          const until = Date.now() + 10_000;
          while ((gotBytes < base + want.length || logBytes < logBase + want.length) && Date.now() < until)
            await new Promise((r) => setTimeout(r, 2));
          expect(Buffer.concat(got).subarray(base).equals(want)).toBe(true);
          // The log also has the tap's own start line before the echoes: compare the new part only.
          expect(Buffer.concat(log).subarray(logBase).equals(want)).toBe(true);
        }),
        fuzz(40),
      );
    },
    FUZZ_TIMEOUT,
  );

  it("a 32 MiB line with no newline, then a `\\r`, passes whole and in order", async () => {
    const big = Buffer.concat([Buffer.alloc(32 * 1024 * 1024, 0x7b), Buffer.from("\r")]);
    const base = gotBytes;
    host.input.write(big);
    const until = Date.now() + 20_000;
    while (gotBytes < base + big.length && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(Buffer.concat(got).subarray(base).equals(big)).toBe(true);
  }, 30_000);
});
