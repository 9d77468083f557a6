// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it } from "vitest";
import { TraceFact } from "../../features/timeline/trace-fact";
import type { Entry } from "../../lib/record/format";

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

// Issue 53: with OpenTelemetry export on, a request's timeline entry shows its trace id, linked to
// the person's tracing UI once they set a template.
const TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
const entry = (meta: Record<string, unknown> | undefined): Entry => ({
  seq: 3,
  t: 1,
  kind: "message",
  dir: "client->server",
  size: 10,
  message: { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "echo", ...(meta ? { _meta: meta } : {}) } },
});

describe("the timeline's trace fact", () => {
  it("shows nothing for a request without trace context", () => {
    const { container } = render(<TraceFact entry={entry(undefined)} />);
    expect(container.textContent).toBe("");
  });

  it("shows the trace id, and links it through the template the person sets (http(s) only)", async () => {
    render(<TraceFact entry={entry({ traceparent: `00-${TRACE}-00f067aa0ba902b7-01` })} />);
    expect(screen.getByTestId("trace-fact").textContent).toContain(TRACE);
    expect(screen.queryByTestId("trace-link")).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: "Link to my tracing UI…" }));
    const input = screen.getByRole("textbox", { name: "Trace link template" });
    await userEvent.type(input, "javascript:alert({{traceId})");
    expect(screen.getByRole("button", { name: "Save" })).toHaveProperty("disabled", true);
    await userEvent.clear(input);
    await userEvent.type(input, "http://127.0.0.1:16686/trace/{{traceId}");
    await userEvent.click(screen.getByRole("button", { name: "Save" }));
    expect(screen.getByTestId("trace-link").getAttribute("href")).toBe(`http://127.0.0.1:16686/trace/${TRACE}`);
    expect(screen.getByTestId("trace-link").getAttribute("rel")).toBe("noopener noreferrer");
  });
});
