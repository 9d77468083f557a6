// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ToolResultView } from "../../components/tool-result-view";
import type { ToolCallOutcome } from "../../lib/wire/protocol";
import type { Finding } from "../../lib/lint";

afterEach(cleanup);

const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

function show(outcome: ToolCallOutcome, hasOutputSchema = true, findings?: Finding[]) {
  render(<ToolResultView outcome={outcome} hasOutputSchema={hasOutputSchema} onShowEntry={vi.fn()} findings={findings} />);
  return screen.getByTestId("tool-result");
}

describe("ToolResultView", () => {
  it("a resource link is read in place (resources/read), text and blob contents shown", async () => {
    const read = vi.fn(async (uri: string) => ({
      contents: [
        { uri, mimeType: "text/plain", text: "the linked text" },
        { uri, mimeType: "application/octet-stream", blob: "AAEC" },
      ],
    }));
    render(
      <ToolResultView
        outcome={{
          result: { content: [{ type: "resource_link", uri: "demo://resource/static/document/x.md", name: "x.md" }] },
          verdict: null,
          durationMs: 1,
        }}
        hasOutputSchema={false}
        onShowEntry={vi.fn()}
        readResource={read}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Read" }));
    expect(read).toHaveBeenCalledWith("demo://resource/static/document/x.md");
    const contents = await screen.findByTestId("resource-link-contents");
    expect(contents.textContent).toContain("the linked text");
    expect(within(contents).getByTestId("blob-view")).toBeTruthy();
  });

  it("-32042 URL elicitation required: the URLs in words, opened only on a click and only over http(s)", () => {
    const open = vi.spyOn(window, "open").mockReturnValue(null);
    render(
      <ToolResultView
        outcome={{
          error: {
            code: -32042,
            message: "URL elicitation required",
            data: {
              elicitations: [
                { mode: "url", elicitationId: "e1", url: "https://auth.example.com/connect", message: "Connect your account" },
                { mode: "url", elicitationId: "e2", url: "javascript:alert(1)" },
              ],
            },
          },
          verdict: null,
          durationMs: 1,
        }}
        hasOutputSchema={false}
        onShowEntry={vi.fn()}
      />,
    );
    const view = screen.getByTestId("url-elicitation-required");
    expect(view.textContent).toContain("Connect your account");
    expect(view.textContent).toContain("auth.example.com");
    expect(open).not.toHaveBeenCalled();
    const buttons = within(view).getAllByRole("button", { name: "Open in a new tab" }) as HTMLButtonElement[];
    expect(buttons[1].disabled).toBe(true);
    fireEvent.click(buttons[0]);
    expect(open).toHaveBeenCalledWith("https://auth.example.com/connect", "_blank", "noopener,noreferrer");
    open.mockRestore();
  });

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
            {
              type: "resource_link",
              uri: "file:///b.bin",
              name: "b.bin",
              description: "a link",
              mimeType: "application/octet-stream",
              size: 2048,
            },
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
    expect(within(view).getByTestId("result-badge").textContent).toBe("tool error");
    expect(within(view).getByTestId("structured-content").textContent).toContain('"temperature": "hot"');
    const verdict = within(view).getByTestId("verdict");
    expect(verdict.dataset.verdict).toBe("invalid");
    expect(verdict.textContent).toContain("/structuredContent/temperature");
    expect(verdict.textContent).toContain("must be number");
    expect(within(view).getByRole("button", { name: "Response seq 8" })).toBeTruthy();
  });

  it("shows a JSON-RPC error", () => {
    const view = show({ error: { code: -32602, message: "Unknown tool: nope" }, verdict: null, durationMs: 3 }, false);
    expect(view.dataset.status).toBe("rpc-error");
    expect(within(view).getByRole("alert").textContent).toContain("Unknown tool: nope");
  });

  describe("the badge says what happened", () => {
    const badge = (view: HTMLElement) => within(view).getByTestId("result-badge").textContent;

    it("an isError result without structuredContent: tool error, and no claim that structuredContent is valid", () => {
      // The backend's verdict for it is { valid: true, errors: [] } (errors are exempt).
      const view = show({
        result: { content: [{ type: "text", text: "weather service down" }], isError: true },
        verdict: { valid: true, errors: [] },
        durationMs: 2,
      });
      expect(view.dataset.status).toBe("tool-error");
      expect(badge(view)).toBe("tool error");
      expect(view.textContent).not.toMatch(/success|is valid/);
      expect(within(view).getByTestId("verdict").dataset.verdict).toBe("not-checked");
    });

    it("a result that breaks the spec: protocol violation with the lint finding, never success over an empty box", () => {
      const finding: Finding = {
        rule: "schema/result",
        severity: "error",
        message: "tools/call result: content is required",
        seq: 8,
        specUrl: "https://modelcontextprotocol.io/specification/2025-11-25/server/tools",
      };
      const view = show({ result: {}, verdict: null, durationMs: 2, requestSeq: 7, responseSeq: 8 }, false, [finding]);
      expect(view.dataset.status).toBe("violation");
      expect(badge(view)).toBe("protocol violation");
      expect(view.textContent).not.toContain("success");
      expect(within(view).getByTestId("result-findings").textContent).toContain("content is required");
    });

    it("structuredContent that breaks the outputSchema is a protocol violation with the verdict's errors", () => {
      const view = show({
        result: { content: [], structuredContent: { t: "hot" } },
        verdict: { valid: false, errors: [{ path: "/structuredContent/t", message: "must be number" }] },
        durationMs: 2,
      });
      expect(view.dataset.status).toBe("violation");
      expect(badge(view)).toBe("protocol violation");
      expect(within(view).getByTestId("verdict").textContent).toContain("must be number");
    });

    it("a warning alone does not make a violation; it is listed", () => {
      const finding: Finding = {
        rule: "tools/name",
        severity: "warning",
        message: "odd name",
        seq: 8,
        specUrl: "https://modelcontextprotocol.io/specification/2025-11-25/server/tools",
      };
      const view = show({ result: { content: [{ type: "text", text: "ok" }] }, verdict: null, durationMs: 2, responseSeq: 8 }, false, [
        finding,
      ]);
      expect(badge(view)).toBe("success");
      expect(within(view).getByTestId("result-findings").textContent).toContain("odd name");
    });

    it("success: a conforming result, its verdict valid; notes of a valid verdict are listed", () => {
      const view = show({
        result: { content: [{ type: "text", text: "42" }], structuredContent: { id: "aa" } },
        verdict: {
          valid: true,
          errors: [{ path: "(outputSchema)", message: 'pattern not checked: "^(a)\\1$" (RE2 has no backreferences)' }],
        },
        durationMs: 2,
      });
      expect(view.dataset.status).toBe("ok");
      expect(badge(view)).toBe("success");
      const verdict = within(view).getByTestId("verdict");
      expect(verdict.dataset.verdict).toBe("valid");
      expect(within(verdict).getByTestId("verdict-notes").textContent).toContain("RE2 has no backreferences");
    });

    it("a tool error that also breaks the spec carries both badges", () => {
      const finding: Finding = {
        rule: "schema/result",
        severity: "error",
        message: "bad content block",
        seq: 8,
        specUrl: "https://modelcontextprotocol.io/specification/2025-11-25/server/tools",
      };
      const view = show({ result: { content: [{ type: "nope" }], isError: true }, verdict: null, durationMs: 2, responseSeq: 8 }, false, [
        finding,
      ]);
      expect(view.dataset.status).toBe("tool-error");
      expect(badge(view)).toBe("tool errorprotocol violation");
    });
  });
});
