// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ToolArgsForm } from "../../features/tools/tool-args-form";

afterEach(cleanup);

/** The form with its state held the way the tool panel holds it. */
function Harness({ schema, onSubmit }: { schema: Record<string, unknown>; onSubmit(a: Record<string, unknown>): void }) {
  const [value, setValue] = useState<Record<string, unknown>>({});
  return <ToolArgsForm schema={schema} value={value} onChange={setValue} onSubmit={onSubmit} />;
}

function setup(schema: Record<string, unknown>) {
  const onSubmit = vi.fn();
  const user = userEvent.setup();
  render(<Harness schema={schema} onSubmit={onSubmit} />);
  const run = () => user.click(screen.getByRole("button", { name: "Run tool" }));
  return { user, onSubmit, run };
}

describe("ToolArgsForm sends exactly the arguments the form means", () => {
  it("$ref into 2020-12 $defs, nested object, optional empties omitted", async () => {
    const { user, onSubmit, run } = setup({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      type: "object",
      $defs: { Address: { type: "object", properties: { street: { type: "string" }, city: { type: "string" } }, required: ["city"] } },
      properties: { name: { type: "string" }, nickname: { type: "string" }, address: { $ref: "#/$defs/Address" } },
      required: ["name", "address"],
    });
    await user.type(screen.getByLabelText(/^name/), "Ada");
    await user.type(screen.getByLabelText(/^city/), "Paris");
    await run();
    expect(onSubmit).toHaveBeenCalledWith({ name: "Ada", address: { city: "Paris" } });
  });

  it("titled enum (oneOf const + title) and plain enum with a default", async () => {
    const { user, onSubmit, run } = setup({
      type: "object",
      properties: {
        color: {
          title: "Color",
          oneOf: [
            { const: "r", title: "Red" },
            { const: "g", title: "Green" },
          ],
        },
        speed: { type: "string", enum: ["fast", "slow"], default: "slow" },
        count: { type: "integer", default: 3 },
      },
      required: ["color"],
    });
    await user.selectOptions(screen.getByLabelText(/^Color/), "Green");
    await run();
    expect(onSubmit).toHaveBeenCalledWith({ color: "g", speed: "slow", count: 3 });
  });

  it("array of objects with nested arrays", async () => {
    const { user, onSubmit, run } = setup({
      type: "object",
      properties: {
        items: {
          type: "array",
          title: "Items",
          items: {
            type: "object",
            properties: { name: { type: "string" }, qty: { type: "integer" }, tags: { type: "array", items: { type: "string" } } },
            required: ["name"],
          },
        },
      },
      required: ["items"],
    });
    await user.click(screen.getByRole("button", { name: "Add item" }));
    await user.type(screen.getByLabelText(/^name/), "apple");
    await user.type(screen.getByLabelText(/^qty/), "2");
    await run();
    expect(onSubmit).toHaveBeenCalledWith({ items: [{ name: "apple", qty: 2 }] });
  });

  it("nullable types: a filled one is sent, an empty one omitted", async () => {
    const { user, onSubmit, run } = setup({
      type: "object",
      properties: { note: { type: ["string", "null"] }, limit: { type: ["integer", "null"] } },
    });
    await user.type(screen.getByLabelText(/^note/), "hi");
    await run();
    expect(onSubmit).toHaveBeenCalledWith({ note: "hi" });
  });

  it("anyOf: the chosen branch's fields are sent", async () => {
    const { user, onSubmit, run } = setup({
      type: "object",
      properties: {
        target: {
          anyOf: [
            { title: "By name", type: "object", properties: { name: { type: "string" } }, required: ["name"] },
            { title: "By id", type: "object", properties: { id: { type: "integer" } }, required: ["id"] },
          ],
        },
      },
      required: ["target"],
    });
    const selects = screen.getAllByRole("combobox");
    await user.selectOptions(selects[0], "By id");
    await user.type(screen.getByLabelText(/^id/), "42");
    await run();
    expect(onSubmit).toHaveBeenCalledWith({ target: { id: 42 } });
  });

  it("untitled anyOf/oneOf branches are named by what tells them apart, not Option 1/2", () => {
    setup({
      type: "object",
      properties: {
        shape: {
          oneOf: [
            { type: "object", properties: { kind: { const: "circle" }, radius: { type: "number" } }, required: ["kind", "radius"] },
            { type: "object", properties: { kind: { const: "square" }, side: { type: "number" } }, required: ["kind", "side"] },
          ],
        },
        value: { anyOf: [{ type: "string" }, { type: "number" }] },
      },
    });
    const [shape, value] = screen.getAllByRole("combobox");
    expect([...(shape as HTMLSelectElement).options].map((o) => o.text)).toEqual(["kind: circle", "kind: square"]);
    expect([...(value as HTMLSelectElement).options].map((o) => o.text)).toEqual(["string", "number"]);
  });

  it("oneOf: only the chosen branch's errors show (no 'must be equal to constant' from the other)", async () => {
    const { onSubmit, run } = setup({
      type: "object",
      properties: {
        shape: {
          oneOf: [
            { type: "object", properties: { kind: { const: "circle" }, radius: { type: "number" } }, required: ["kind", "radius"] },
            { type: "object", properties: { kind: { const: "square" }, side: { type: "number" } }, required: ["kind", "side"] },
          ],
        },
      },
      required: ["shape"],
    });
    await run();
    expect(onSubmit).not.toHaveBeenCalled();
    const text = document.querySelector("form")!.textContent!;
    expect(text).not.toMatch(/must be equal to constant/);
    expect(text).not.toMatch(/must match exactly one schema/);
    // The chosen (first) branch still says what it lacks.
    expect(text).toMatch(/required property/);
  });

  it("draft-07 definitions via $ref", async () => {
    const { user, onSubmit, run } = setup({
      $schema: "http://json-schema.org/draft-07/schema#",
      type: "object",
      definitions: { Point: { type: "object", properties: { x: { type: "number" }, y: { type: "number" } }, required: ["x", "y"] } },
      properties: { from: { $ref: "#/definitions/Point" } },
      required: ["from"],
    });
    await user.type(screen.getByLabelText(/^x/), "1.5");
    await user.type(screen.getByLabelText(/^y/), "-2");
    await run();
    expect(onSubmit).toHaveBeenCalledWith({ from: { x: 1.5, y: -2 } });
  });

  it("invalid input is shown inline and nothing is sent", async () => {
    const { user, onSubmit, run } = setup({
      type: "object",
      properties: { email: { type: "string", format: "email" }, name: { type: "string", minLength: 2 } },
      required: ["name"],
    });
    await user.type(screen.getByLabelText(/^email/), "not-an-email");
    await run();
    expect(onSubmit).not.toHaveBeenCalled();
    const form = document.querySelector("form")!;
    expect(within(form).getByText(/must match format "email"/)).toBeTruthy();
    expect(within(form).getByText(/required/i)).toBeTruthy();
  });

  it("an optional nested object with required fields, left empty, is omitted and does not block", async () => {
    const { user, onSubmit, run } = setup({
      type: "object",
      properties: {
        name: { type: "string" },
        address: { type: "object", properties: { city: { type: "string" }, zip: { type: "string" } }, required: ["city"] },
      },
      required: ["name"],
    });
    await user.type(screen.getByLabelText(/^name/), "Ada");
    await run();
    expect(onSubmit).toHaveBeenCalledWith({ name: "Ada" });
  });
});
