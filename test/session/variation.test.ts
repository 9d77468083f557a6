import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { diffJson, ignoresFor, normalizeVolatile, pathMatcher } from "../../lib/session/json-diff";
import { hmacSha256, matchesRedacted, redactionMarker, secretDigest } from "../../lib/session/secret-digest";
import { formatLearnedMask, looksMinted, maskVolatile, maskVolatileText, parseLearnedMask } from "../../lib/session/variation";
import { maskedForSnapshot } from "../../server/test-library/matchers/mask";

// Issue 64 point 3: one rule for what varies between runs; before it, replay missed a UUID in `id`
// and snapshots missed a clock time such as "3:09:41 AM".
describe("what varies between runs", () => {
  it.each([
    ["Resource 1: created at 3:09:41 AM", "Resource 1: created at <timestamp>"],
    ["at 15:09:41.120 today", "at <timestamp> today"],
    ["2026-11-26T05:08:35.123Z", "<timestamp>"],
    ["2026-11-26 05:08:35+01:00 done", "<timestamp> done"],
    ["Last-Modified: Thu, 26 Nov 2026 05:08:35 GMT", "Last-Modified: <timestamp>"],
    ["Thu Nov 26 2026 05:08:35 GMT+0000 (Coordinated Universal Time)", "<timestamp>"],
    ["on 11/26/2026, 3:09:41 AM", "on <timestamp>"],
    ["meet at 3:09 PM", "meet at <timestamp>"],
    ["note 0b0e3a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b saved", "note <uuid> saved"],
  ])("masks %j", (text, masked) => {
    expect(maskVolatileText(text)).toBe(masked);
  });

  it.each(["version 1.2.3", "page 3 of 10", "ratio 10:30", "2026-11-26", "sum is 42", "Echo: hello"])("keeps %j", (text) => {
    expect(maskVolatileText(text)).toBe(text);
  });

  it("an id that looks minted is masked, a chosen one is kept", () => {
    for (const id of [
      "0b0e3a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b",
      "01HZX3KQ7W9N2B4C6D8F0G1H2J",
      "9f86d081884c7d659a2feaa0c55ad015",
      "msg_01XFDUDYJgAACzvnptvVoYEL",
    ])
      expect(looksMinted(id), id).toBe(true);
    for (const id of ["user-1", "groceries", "release_notes_2024", "42", "note-7", "ENGLISH"]) expect(looksMinted(id), id).toBe(false);
    expect(maskVolatile({ id: "0b0e3a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", userId: "user-1" })).toEqual({ id: "<id>", userId: "user-1" });
  });

  it("an epoch number at a time-named key is masked, a count is not", () => {
    expect(maskVolatile({ created_ms: 1795670437413, updatedTime: 1795670437, iat: 1795670437, count: 1795670437, size: 12 })).toEqual({
      created_ms: "<created_ms>",
      updatedTime: "<updatedTime>",
      iat: "<iat>",
      count: 1795670437,
      size: 12,
    });
  });

  it("replay's normalization and the snapshots' mask agree: two runs of a server compare equal on both", () => {
    const run = (id: string, at: string, clock: string, ms: number) => ({
      content: [{ type: "text", text: `Resource created at ${clock}` }],
      structuredContent: { id, title: "groceries", createdAt: at, modified_ms: ms, sessionId: id },
    });
    const a = run("0b0e3a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "2026-11-26T05:08:35Z", "3:09:41 AM", 1795670437413);
    const b = run("9d1c2b3a-4e5f-4a6b-8c7d-0e1f2a3b4c5d", "2026-11-26T06:08:35Z", "4:09:41 AM", 1795674037413);
    expect(diffJson(normalizeVolatile(a), normalizeVolatile(b))).toEqual([]);
    expect(maskedForSnapshot(a)).toEqual(maskedForSnapshot(b));
    // What the server said still counts, on both.
    const c = { ...b, structuredContent: { ...b.structuredContent, title: "chores" } };
    expect(diffJson(normalizeVolatile(a), normalizeVolatile(c)).map((op) => op.path)).toEqual(["$.structuredContent.title"]);
    expect(maskedForSnapshot(a)).not.toEqual(maskedForSnapshot(c));
  });
});

describe("a learned mask is scoped to its request", () => {
  it("reads and writes METHOD TARGET $PATH, and applies only to that request", () => {
    const m = { method: "tools/call", target: "lucky", path: "$.result.content[0].text" };
    expect(parseLearnedMask(formatLearnedMask(m))).toEqual(m);
    expect(parseLearnedMask("resources/read file:///a b.txt $.result.contents[0].text")).toEqual({
      method: "resources/read",
      target: "file:///a b.txt",
      path: "$.result.contents[0].text",
    });
    expect(parseLearnedMask("$..timestamp")).toBeUndefined();
    const saved = ["tools/call lucky $.result.content[0].text", "$..etag"];
    const on = (name: string) => ignoresFor(saved, "tools/call", { name });
    expect(on("lucky").some((f) => f("$.result.content[0].text"))).toBe(true);
    expect(on("echo").some((f) => f("$.result.content[0].text"))).toBe(false);
    expect(on("echo").some((f) => f("$.result.meta.etag"))).toBe(true);
    // Without its request a learned mask applies nowhere (never to every answer).
    expect(pathMatcher("tools/call lucky $.result.content[0].text")("$.result.content[0].text")).toBe(false);
  });
});

// Issue 64 point 2: a redacted value still compares equal to the same live value.
describe("a redacted value keeps the comparison", () => {
  it("HMAC-SHA-256 as RFC 2104 and node:crypto compute it", () => {
    for (const [k, v] of [
      ["1a2b3c4d", "sk-live-0123456789"],
      ["", ""],
      ["k".repeat(100), "x".repeat(1000)],
    ])
      expect(hmacSha256(k, v)).toBe(createHmac("sha256", k).update(v).digest("hex"));
  });

  it("a marker with a digest matches the same value only; a short value keeps the plain marker and matches any", () => {
    const secret = "sk-live-0123456789abcdef";
    const marker = redactionMarker("value of API_KEY", secret, "1a2b3c4d");
    expect(marker).toBe(`[redacted: value of API_KEY]{hmac:1a2b3c4d:${secretDigest(secret, "1a2b3c4d")}}`);
    expect(marker).not.toContain(secret);
    expect(matchesRedacted(`key=${marker}; ok`, `key=${secret}; ok`)).toBe(true);
    expect(matchesRedacted(`key=${marker}; ok`, `key=sk-live-another-value-00; ok`)).toBe(false);
    expect(matchesRedacted(`key=${marker}; ok`, `key=${secret}; changed`)).toBe(false);
    expect(matchesRedacted(`a ${marker} b ${marker} c`, `a ${secret} b ${secret} c`)).toBe(true);
    expect(redactionMarker('field "pin"', "4821", "1a2b3c4d")).toBe('[redacted: field "pin"]');
    expect(matchesRedacted('pin [redacted: field "pin"]', "pin 9999")).toBe(true);
    expect(matchesRedacted("no marker", "no marker")).toBeUndefined();
    // diffJson compares through it, whichever side holds the marker.
    expect(diffJson({ text: `key=${marker}` }, { text: `key=${secret}` })).toEqual([]);
    expect(diffJson({ text: `key=${secret}` }, { text: `key=${marker}` })).toEqual([]);
    expect(diffJson({ text: `key=${marker}` }, { text: "key=other-value-0000000000" })).toHaveLength(1);
  });
});
