// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LoadPanel } from "../../features/load/load-panel";
import type { LoadSocketLike } from "../../features/load/load-run-store";
import type { LoadReport } from "../../lib/load/summary";

// The Load panel opens a saved summary (picked or dropped), validated before it is shown.

afterEach(cleanup);

const socket = (): LoadSocketLike => ({
  readyState: 1,
  send: () => undefined,
  close: () => undefined,
  onopen: null,
  onclose: null,
  onmessage: null,
});

const locustRun: LoadReport = {
  format: "mcp-inspector-load",
  version: 1,
  result: {
    tool: "search",
    concurrency: 40,
    durationMs: 60_000,
    requests: 1000,
    ok: 990,
    toolErrors: 4,
    errors: 6,
    errorRate: 0.01,
    elapsedMs: 60_010,
    throughput: 16.66,
    latencyMs: { min: 3, mean: 20, p50: 18, p90: 30, p99: 90, max: 120 },
    errorMessages: [{ message: "MCP error -32603: index busy", count: 6 }],
  },
  details: {
    engine: "locust",
    workers: 2,
    transport: "http",
    warmup: 0,
    percentiles: "locust",
    wireLatencyMs: null,
    overheadMsPerCall: null,
    histogram: [
      { fromMs: 3, toMs: 20, count: 600 },
      { fromMs: 20, toMs: 120, count: 400 },
    ],
    throughput: [{ atMs: 0, perSecond: 16, failedPerSecond: 0 }],
    toolErrorMessages: [{ message: "no results", count: 4 }],
    stopReason: "duration",
    verdicts: [],
    sampled: { kept: [], framesNotKept: 0, errorsNotKept: 0 },
  },
};

const file = (name: string, body: unknown) =>
  new File([typeof body === "string" ? body : JSON.stringify(body)], name, { type: "application/json" });

describe("the Load panel opens a saved summary", () => {
  it("a Locust run's summary, picked: its counts, errors by message, histogram and who wrote it", async () => {
    render(<LoadPanel toolName="echo" args={{}} openSocket={socket} />);
    fireEvent.change(screen.getByLabelText(/Open a saved summary/), { target: { files: [file("search-load.json", locustRun)] } });
    await waitFor(() =>
      expect(screen.getByTestId("load-opened").textContent).toMatch(
        /Opened search-load\.json: Locust, from an exported locustfile \(2 workers\)/,
      ),
    );
    expect(screen.getByTestId("load-opened").textContent).toMatch(/Locust's histogram/);
    expect(screen.getByTestId("load-outcome").textContent).toMatch(/10 of 1,000 calls failed/);
    expect(screen.getByRole("list", { name: "Errors by message" }).textContent).toMatch(/MCP error -32603: index busy/);
    expect(screen.getByLabelText("Load run summary").textContent).toMatch(/1,000 in 60\.01 s/);
    expect(screen.getByRole("img", { name: /^Latency histogram: 1000 calls from 3 ms to 120 ms/ })).toBeTruthy();
    expect(screen.queryByTestId("load-sampled")).toBeNull();
  });

  it("the official CLI's summary, dropped: shown without charts it never measured", async () => {
    render(<LoadPanel toolName="echo" args={{}} openSocket={socket} />);
    fireEvent.drop(screen.getByTestId("load-open"), {
      dataTransfer: { files: [file("official.json", { result: { ...locustRun.result, tool: "echo" } })] },
    });
    await waitFor(() => expect(screen.getByTestId("load-opened").textContent).toMatch(/official\.json: the official CLI's --load run/));
    expect(screen.getByTestId("load-outcome").textContent).toMatch(/10 of 1,000 calls failed/);
    expect(screen.queryByRole("img", { name: /histogram/i })).toBeNull();
  });

  it("what is not a summary is said in one line, and nothing is shown", async () => {
    render(<LoadPanel toolName="echo" args={{}} openSocket={socket} />);
    const input = screen.getByLabelText(/Open a saved summary/);
    fireEvent.change(input, { target: { files: [file("notes.json", { hello: 1 })] } });
    await waitFor(() =>
      expect(screen.getByRole("alert").textContent).toBe(
        "notes.json is not a load summary (at tool: Invalid input: expected string, received undefined)",
      ),
    );
    fireEvent.change(input, { target: { files: [file("broken.json", "{")] } });
    await waitFor(() => expect(screen.getByRole("alert").textContent).toMatch(/^broken\.json is not JSON/));
    expect(screen.queryByLabelText("Load run summary")).toBeNull();
  });
});
