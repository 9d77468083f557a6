import { describe, expect, it } from "vitest";
import { findMatch, ignoreMatchers } from "../../server/mock/match";
import type { Exchange } from "../../server/mock/script";

// The mock reads ignores as replay does: a bare path everywhere, a scoped one (as
// `replay --runs 2 --save-ignores` writes them) only on its own request.
const call = (seq: number, name: string, args: Record<string, unknown>): Exchange => ({
  seq,
  method: "tools/call",
  params: { name, arguments: args },
  notification: false,
  during: [],
  after: [],
});

describe("mock --ignore", () => {
  const recorded = [call(1, "lookup", { query: "a", nonce: "n-1" }), call(2, "search", { query: "b", nonce: "n-2" })];

  it("a scoped ignore leaves its path out of its own request only", () => {
    const ignore = ignoreMatchers(["tools/call lookup $.params.arguments.nonce"]);
    expect(findMatch(recorded, "tools/call", { name: "lookup", arguments: { query: "a", nonce: "n-9" } }, ignore, new Set())?.seq).toBe(1);
    expect(
      findMatch(recorded, "tools/call", { name: "search", arguments: { query: "b", nonce: "n-9" } }, ignore, new Set()),
    ).toBeUndefined();
  });

  it("a bare path applies to every request", () => {
    const ignore = ignoreMatchers(["$.params.arguments.nonce"]);
    expect(findMatch(recorded, "tools/call", { name: "search", arguments: { query: "b", nonce: "n-9" } }, ignore, new Set())?.seq).toBe(2);
  });

  it("trace context and a minted id in the arguments do not stop a match", () => {
    const withId = [call(3, "get-note", { id: "0b0e3a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b" })];
    const params = {
      name: "get-note",
      arguments: { id: "9d1c2b3a-4e5f-4a6b-8c7d-0e1f2a3b4c5d" },
      _meta: { traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" },
    };
    expect(findMatch(withId, "tools/call", params, [], new Set())?.seq).toBe(3);
  });
});
