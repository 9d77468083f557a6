// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LoadPanel } from "../../features/load/load-panel";
import type { LoadSocketLike } from "../../features/load/load-run-store";
import type { LoadEvent } from "../../lib/load/wire";
import type { LoadProgress } from "../../lib/load/summary";

afterEach(cleanup);

/** A load channel the test drives: what the panel sent, and events pushed back. */
function fakeSocket() {
  const sent: Array<Record<string, unknown>> = [];
  const s: LoadSocketLike & { push(e: LoadEvent): void } = {
    readyState: 1,
    send: (d) => void sent.push(JSON.parse(d)),
    close: () => undefined,
    onopen: null,
    onclose: null,
    onmessage: null,
    push: (e) => act(() => s.onmessage?.({ data: JSON.stringify(e) })),
  };
  return { s, sent };
}

const progress: LoadProgress = {
  phase: "running",
  elapsedMs: 500,
  requests: 1200,
  ok: 1199,
  toolErrors: 0,
  errors: 1,
  inFlight: 10,
  p50: 1.2,
  p99: 4.5,
  histogram: [
    { fromMs: 0.5, toMs: 1, count: 400 },
    { fromMs: 1, toMs: 5, count: 800 },
  ],
  throughput: [{ atMs: 500, perSecond: 2400 }],
};

describe("the Load panel", () => {
  it("starts a run with the tool's arguments and the form's bounds, shows it live, stops it, then the summary says what was not recorded", () => {
    const { s, sent } = fakeSocket();
    render(<LoadPanel toolName="echo" args={{ message: "hi" }} openSocket={() => s} />);
    fireEvent.change(screen.getByLabelText("Concurrency"), { target: { value: "4" } });
    fireEvent.change(screen.getByLabelText("Rate (calls/s)"), { target: { value: "500" } });
    fireEvent.click(screen.getByRole("button", { name: "Start load run" }));
    act(() => s.onopen?.({}));
    expect(sent[0]).toMatchObject({
      type: "load-start",
      tool: "echo",
      arguments: { message: "hi" },
      concurrency: 4,
      rate: 500,
      durationMs: 10_000,
      warmup: 0,
    });
    s.push({ type: "load-started", id: "l1", runId: "r1", channel: 1 });
    s.push({ type: "load-progress", runId: "r1", progress });
    expect(screen.getByTestId("load-counts").textContent).toContain("1,200");
    expect(screen.getByRole("img", { name: /Latency histogram: 1200 calls/ })).toBeTruthy();
    expect(screen.getByRole("img", { name: /Throughput: now 2400 calls per second/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Stop" }));
    expect(sent[1]).toMatchObject({ type: "load-stop", runId: "r1" });
    s.push({
      type: "load-done",
      runId: "r1",
      report: {
        format: "mcp-inspector-load",
        version: 1,
        result: {
          tool: "echo",
          concurrency: 4,
          rate: 500,
          durationMs: 10_000,
          requests: 1300,
          ok: 1299,
          toolErrors: 0,
          errors: 1,
          errorRate: 0.0008,
          elapsedMs: 600,
          throughput: 2166.67,
          latencyMs: { min: 0.5, mean: 1.5, p50: 1.2, p90: 3, p99: 4.5, max: 9 },
          errorMessages: [{ message: "MCP error -32000: busy", count: 1 }],
        },
        details: {
          transport: "stdio",
          warmup: 0,
          percentiles: "exact",
          wireLatencyMs: { min: 0.4, mean: 1.3, p50: 1, p90: 2.8, p99: 4.2, max: 8.8 },
          overheadMsPerCall: 0.2,
          histogram: progress.histogram,
          throughput: progress.throughput,
          toolErrorMessages: [],
          stopReason: "stopped",
          verdicts: [],
          sampled: { kept: [], framesNotKept: 2600, errorsNotKept: 0 },
        },
      },
    });
    expect(screen.getByRole("region", { name: "Load run summary" }).textContent).toMatch(/1,300 in 0\.60 s \(stopped\)/);
    expect(screen.getByTestId("load-outcome").textContent).toMatch(
      /^1 of 1,300 calls failed — MCP error -32000: busy×1 failed: MCP error -32000: busy$/,
    );
    expect(screen.getByTestId("load-sampled").textContent).toMatch(/Not in the timeline: .*2,600 frames were counted, not recorded/);
    expect(screen.getByRole("button", { name: "Download as JSON" })).toBeTruthy();
  });

  it("holds arguments that break the inputSchema as Run does, starts on Send anyway, and a run with failures says so first with each error's count", () => {
    const { s, sent } = fakeSocket();
    render(
      <LoadPanel
        toolName="echo"
        args={{}}
        argProblems={[{ path: "/", message: "must have required property 'message'" }]}
        openSocket={() => s}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Start load run" }));
    act(() => s.onopen?.({}));
    expect(sent).toEqual([]);
    expect(screen.getByRole("alert").textContent).toContain("must have required property 'message'");
    fireEvent.click(screen.getByRole("button", { name: "Send anyway" }));
    act(() => s.onopen?.({}));
    expect(sent[0]).toMatchObject({ type: "load-start", tool: "echo", arguments: {} });
    s.push({ type: "load-started", id: "l1", runId: "r1", channel: 1 });
    const failing = { ...progress, ok: 0, toolErrors: 1200, errors: 0, histogram: [{ fromMs: 0.5, toMs: 1, count: 1200, failed: 1200 }] };
    s.push({ type: "load-progress", runId: "r1", progress: failing });
    expect(screen.getByTestId("load-outcome").textContent).toContain("Every call failed: 1,200 of 1,200 so far");
    expect(screen.getByRole("img", { name: /Latency histogram: 1200 calls \(1200 failed\)/ })).toBeTruthy();
  });

  it("refuses a concurrency of 0 in words, sending nothing", () => {
    const { s, sent } = fakeSocket();
    render(<LoadPanel toolName="echo" args={{}} openSocket={() => s} />);
    fireEvent.change(screen.getByLabelText("Concurrency"), { target: { value: "0" } });
    fireEvent.click(screen.getByRole("button", { name: "Start load run" }));
    expect(screen.getByRole("alert").textContent).toBe("Concurrency must be a whole number above 0.");
    expect(sent).toEqual([]);
  });
});
