import { afterEach, describe, expect, it, vi } from "vitest";

// W3C Trace Context ids (lib/otel/ids.ts): drawn from a pooled random buffer written as hex once.
const load = async () => {
  vi.resetModules();
  return import("../../lib/otel/ids");
};

afterEach(() => vi.restoreAllMocks());

describe("trace and span ids", () => {
  it("are lowercase hex of their size, distinct across many refills of the pool, and make a valid traceparent", async () => {
    const { newSpanId, newTraceId, formatTraceparent, parseTraceparent } = await load();
    const seen = new Set<string>();
    // 4 KiB a draw: 3,000 pairs take about 18 draws.
    for (let i = 0; i < 3000; i++) {
      const traceId = newTraceId();
      const spanId = newSpanId();
      expect(traceId).toMatch(/^[0-9a-f]{32}$/);
      expect(spanId).toMatch(/^[0-9a-f]{16}$/);
      seen.add(traceId).add(spanId);
      expect(parseTraceparent(formatTraceparent({ traceId, spanId }))).toEqual({ traceId, spanId, sampled: true });
      expect(parseTraceparent(formatTraceparent({ traceId, spanId }, false))).toEqual({ traceId, spanId, sampled: false });
    }
    expect(seen.size).toBe(6000);
  });

  it("are never all zeros (the spec's invalid id): such bytes are skipped", async () => {
    let draws = 0;
    vi.spyOn(crypto, "getRandomValues").mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
      const bytes = array as unknown as Uint8Array;
      // The first draw: zeros but for one byte, at the 9th position.
      if (draws++ === 0) bytes.fill(0)[8] = 0xab;
      else bytes.fill(0x11);
      return array;
    });
    const { newSpanId } = await load();
    expect(newSpanId()).toBe("ab00000000000000");
    expect(newSpanId()).not.toMatch(/^0+$/);
  });
});
