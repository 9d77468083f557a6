// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ToolResultView } from "../../components/tool-result-view";
import type { ToolCallOutcome } from "../../lib/wire/protocol";

afterEach(cleanup);

const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

function show(outcome: ToolCallOutcome, hasOutputSchema = true) {
  render(<ToolResultView outcome={outcome} hasOutputSchema={hasOutputSchema} onShowEntry={vi.fn()} />);
  return screen.getByTestId("tool-result");
}

describe("ToolResultView", () => {
  it("renders every content type; media only from inline base64 data", () => {
    const view = show(
      {
        result: {
          content: [
            { type: "text", text: "<b>not html</b>" },
            { type: "image", data: PNG, mimeType: "image/png" },
            { type: "image", data: "https://example.com/x.png", mimeType: "image/png" },
            { type: "audio", data: "UklGRiQAAABXQVZF", mimeType: "audio/wav" },
            { type: "resource", resource: { uri: "file:///a.txt", mimeType: "text/plain", text: "resource text" } },
            { type: "resource_link", uri: "file:///b.bin", name: "b.bin", description: "a link", mimeType: "application/octet-stream", size: 2048 },
          ],
        },
        verdict: null,
        durationMs: 12.3,
      },
      false,
    );
    expect(within(view).getByText("<b>not html</b>")).toBeTruthy();
    expect(view.querySelector("b")).toBeNull();
    const imgs = view.querySelectorAll("img");
    expect(imgs).toHaveLength(1);
    expect(imgs[0].getAttribute("src")).toBe(`data:image/png;base64,${PNG}`);
    expect(within(view).getByText(/is not inline base64 data/)).toBeTruthy();
    expect(view.querySelector("audio")?.getAttribute("src")).toMatch(/^data:audio\/wav;base64,/);
    expect(within(view).getByText("resource text")).toBeTruthy();
    expect(within(view).getByText("file:///b.bin")).toBeTruthy();
    expect(within(view).getByText(/2\.0 KB/)).toBeTruthy();
    expect(within(view).getByTestId("call-duration").textContent).toBe("12 ms");
    expect(within(view).getByTestId("verdict").dataset.verdict).toBe("none");
  });

  it("marks isError and shows an invalid structuredContent with the verdict's errors", () => {
    const view = show({
      result: { content: [{ type: "text", text: "partly broken" }], structuredContent: { temperature: "hot" }, isError: true },
      verdict: { valid: false, errors: [{ path: "/structuredContent/temperature", message: "must be number" }] },
      durationMs: 1500,
      requestSeq: 7,
      responseSeq: 8,
    });
    expect(view.dataset.status).toBe("tool-error");
    expect(within(view).getByText(/isError/)).toBeTruthy();
    expect(within(view).getByTestId("structured-content").textContent).toContain('"temperature": "hot"');
    const verdict = within(view).getByTestId("verdict");
    expect(verdict.dataset.verdict).toBe("invalid");
    expect(verdict.textContent).toContain("/structuredContent/temperature");
    expect(verdict.textContent).toContain("must be number");
    expect(within(view).getByRole("button", { name: "Response #8" })).toBeTruthy();
  });

  it("shows a JSON-RPC error", () => {
    const view = show({ error: { code: -32602, message: "Unknown tool: nope" }, verdict: null, durationMs: 3 }, false);
    expect(view.dataset.status).toBe("rpc-error");
    expect(within(view).getByRole("alert").textContent).toContain("Unknown tool: nope");
  });
});
