import { describe, expect, it } from "vitest";
import { joinTraceMeta, type TraceMeta } from "../../server/otel/trace-context";

// Issue 93, figure 11: a caller that sends its own traceparent keeps it, and the engine draws no
// ids of its own that the caller's would replace; what joins it (the tracestate) still does.
describe("joinTraceMeta", () => {
  const asked: Array<boolean | undefined> = [];
  const ours: TraceMeta = (carried) => {
    asked.push(carried);
    const meta: Record<string, string> = { tracestate: "ours=1" };
    if (!carried) meta.traceparent = "00-ours-ours-01";
    return meta;
  };

  it("is the engine's trace context when the caller has no _meta", () => {
    asked.length = 0;
    expect(joinTraceMeta(ours, undefined)).toEqual({ traceparent: "00-ours-ours-01", tracestate: "ours=1" });
    expect(asked).toEqual([undefined]);
  });

  it("adds the engine's trace context to a caller's _meta without one", () => {
    asked.length = 0;
    expect(joinTraceMeta(ours, { progressToken: 7 })).toEqual({ traceparent: "00-ours-ours-01", tracestate: "ours=1", progressToken: 7 });
    expect(asked).toEqual([false]);
  });

  it("keeps a caller's traceparent, asks only for what joins it, and lets the caller's keys win", () => {
    asked.length = 0;
    const caller = { traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" };
    expect(joinTraceMeta(ours, caller)).toEqual({ ...caller, tracestate: "ours=1" });
    expect(joinTraceMeta(ours, { ...caller, tracestate: "theirs=2" })).toEqual({ ...caller, tracestate: "theirs=2" });
    expect(asked).toEqual([true, true]);
  });
});
