// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { KeyForm } from "../../features/chat/key-form";
import { ContextPicker } from "../../features/chat/context-picker";

afterEach(cleanup);

// Issue 54 items 2 and 4: the Chat tab says at once how to give a key, and reads no list by opening.
describe("an empty Chat tab", () => {
  it("before any model is named, says which variables hold a key and takes one typed for the chosen provider", () => {
    const onKey = vi.fn();
    render(<KeyForm busy={false} onKey={onKey} />);
    const form = screen.getByTestId("chat-no-key");
    expect(form.textContent).toContain("ANTHROPIC_API_KEY");
    expect(form.textContent).toContain("OPENAI_API_KEY");
    expect(form.textContent).toContain("holds it in memory");
    fireEvent.change(screen.getByLabelText("Provider"), { target: { value: "OPENAI_API_KEY" } });
    fireEvent.change(screen.getByLabelText("OPENAI_API_KEY"), { target: { value: "sk-typed" } });
    fireEvent.click(screen.getByRole("button", { name: "Use this key" }));
    expect(onKey).toHaveBeenCalledWith("OPENAI_API_KEY", "sk-typed");
  });

  it("with a model named, asks for that provider's variable alone", () => {
    render(<KeyForm variable="ANTHROPIC_API_KEY" busy={false} onKey={() => undefined} />);
    expect(screen.queryByLabelText("Provider")).toBeNull();
    expect(screen.getByTestId("chat-no-key").textContent).toContain("No key for this model");
  });

  it("the context picker asks for the lists only when the person wants context", () => {
    const onLoad = vi.fn();
    const props = { offered: true, loading: false, onLoad, chosen: [], onChange: () => undefined };
    const { rerender } = render(<ContextPicker {...props} loaded={false} resources={[]} prompts={[]} />);
    expect(onLoad).not.toHaveBeenCalled();
    expect(screen.queryByRole("combobox")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Add a resource or prompt as context…" }));
    expect(onLoad).toHaveBeenCalledTimes(1);
    rerender(<ContextPicker {...props} loaded resources={["demo://r/1"]} prompts={["p\u202e"]} />);
    const select = screen.getByRole("combobox", { name: "Add context" });
    expect(select.textContent).toContain("p\\u{202E}");
    expect(select.textContent).not.toContain("\u202e");
  });
});
