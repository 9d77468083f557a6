// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ElicitationUrl } from "../../features/requests/elicitation-url-card";
import { SamplingRequestView } from "../../features/requests/sampling-request-view";
import { SamplingResponseForm } from "../../features/requests/sampling-response-form";

afterEach(cleanup);

describe("sampling request and response", () => {
  it("shows everything the request carries, as text", () => {
    render(
      <SamplingRequestView
        params={{
          messages: [
            {
              role: "user",
              content: [
                { type: "text", text: "<img src=x onerror=alert(1)>" },
                { type: "tool_result", toolUseId: "u1", content: [] },
              ],
            },
          ],
          systemPrompt: "Be brief.",
          modelPreferences: { hints: [{ name: "claude" }], speedPriority: 0.8 },
          includeContext: "thisServer",
          maxTokens: 50,
          temperature: 0.2,
          stopSequences: ["END"],
          tools: [{ name: "lookup", description: "finds things" }],
          toolChoice: { mode: "auto" },
        }}
      />,
    );
    const view = screen.getByTestId("sampling-request");
    expect(view.querySelector("img")).toBeNull();
    for (const text of [
      "Be brief.",
      "<img src=x onerror=alert(1)>",
      "claude",
      "0.8",
      "thisServer",
      "50",
      "0.2",
      '"END"',
      "lookup",
      '{"mode":"auto"}',
    ])
      expect(view.textContent).toContain(text);
    expect(view.querySelector('[data-content-type="unknown"]')?.textContent).toContain("tool_result");
  });

  it("approves with what the person wrote, or rejects", () => {
    const onApprove = vi.fn();
    const onReject = vi.fn();
    render(<SamplingResponseForm busy={false} onApprove={onApprove} onReject={onReject} />);
    fireEvent.change(screen.getByRole("textbox", { name: "Response text" }), { target: { value: "hi there" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Model" }), { target: { value: "m-1" } });
    fireEvent.click(screen.getByRole("button", { name: "Approve and send" }));
    expect(onApprove).toHaveBeenCalledWith({
      role: "assistant",
      content: { type: "text", text: "hi there" },
      model: "m-1",
      stopReason: "endTurn",
    });
    fireEvent.click(screen.getByRole("button", { name: "Reject" }));
    expect(onReject).toHaveBeenCalled();
  });

  it("switching to Content JSON and back keeps what was typed", () => {
    const onApprove = vi.fn();
    render(<SamplingResponseForm busy={false} onApprove={onApprove} onReject={() => {}} />);
    fireEvent.change(screen.getByRole("textbox", { name: "Response text" }), { target: { value: "typed first" } });
    fireEvent.click(screen.getByRole("button", { name: "Content JSON" }));
    const json = screen.getByRole("textbox", { name: /Content \(a block/ }) as HTMLTextAreaElement;
    expect(JSON.parse(json.value)).toEqual({ type: "text", text: "typed first" });
    fireEvent.click(screen.getByRole("button", { name: "Approve and send" }));
    expect(onApprove).toHaveBeenLastCalledWith(expect.objectContaining({ content: { type: "text", text: "typed first" } }));
    fireEvent.change(json, { target: { value: '{"type":"text","text":"edited as JSON"}' } });
    fireEvent.click(screen.getByRole("button", { name: "Text" }));
    expect((screen.getByRole("textbox", { name: "Response text" }) as HTMLTextAreaElement).value).toBe("edited as JSON");
  });

  it("an image block written as JSON is not silently turned into text", () => {
    render(<SamplingResponseForm busy={false} onApprove={() => {}} onReject={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: "Content JSON" }));
    fireEvent.change(screen.getByRole("textbox", { name: /Content \(a block/ }), {
      target: { value: '{"type":"image","data":"AA==","mimeType":"image/png"}' },
    });
    fireEvent.click(screen.getByRole("button", { name: "Text" }));
    expect(screen.getByRole("alert").textContent).toMatch(/not one text block/);
    expect(screen.getByRole("textbox", { name: /Content \(a block/ })).toBeTruthy();
  });
});

describe("URL elicitation", () => {
  it("opens the URL only on a click, without opener or referrer, and refuses non-http URLs", () => {
    const open = vi.spyOn(window, "open").mockReturnValue(null);
    const onAnswer = vi.fn();
    const { rerender } = render(
      <ElicitationUrl
        params={{ mode: "url", url: "https://auth.example.com/x", message: "Sign in" }}
        busy={false}
        completedByServer={false}
        onAnswer={onAnswer}
      />,
    );
    expect(open).not.toHaveBeenCalled();
    expect(screen.getByText("auth.example.com")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Open URL in a new tab" }));
    expect(open).toHaveBeenCalledWith("https://auth.example.com/x", "_blank", "noopener,noreferrer");
    fireEvent.click(screen.getByRole("button", { name: /report completion/ }));
    expect(onAnswer).toHaveBeenCalledWith({ action: "accept" });
    rerender(
      <ElicitationUrl params={{ mode: "url", url: "javascript:alert(1)" }} busy={false} completedByServer={false} onAnswer={onAnswer} />,
    );
    expect((screen.getByRole("button", { name: "Open URL in a new tab" }) as HTMLButtonElement).disabled).toBe(true);
    open.mockRestore();
  });
});
