// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ToolArgsForm } from "../../features/tools/tool-args-form";
import { addLabelOf, singular } from "../../components/schema-form/array-labels";

afterEach(cleanup);

function Harness({ schema, onSubmit }: { schema: Record<string, unknown>; onSubmit(a: Record<string, unknown>): void }) {
  const [value, setValue] = useState<Record<string, unknown>>({});
  return <ToolArgsForm schema={schema} value={value} onChange={setValue} onSubmit={onSubmit} />;
}

const ORDER = {
  type: "object",
  properties: {
    items: {
      type: "array",
      items: {
        type: "object",
        properties: {
          sku: { type: "string" },
          qty: { type: "integer", minimum: 1 },
          tags: { type: "array", items: { type: "string", minLength: 2 } },
        },
        required: ["sku", "qty"],
      },
    },
    entities: { type: "array", items: { type: "string", title: "Person" } },
  },
  required: ["items"],
};

const errorsIn = (el: HTMLElement) => [...el.querySelectorAll(".error-detail li")].map((li) => li.textContent);

describe("array items added are not red before anything is typed", () => {
  it("a new item's errors wait for a touch of its field, or for Run", async () => {
    const onSubmit = vi.fn();
    const user = userEvent.setup();
    render(<Harness schema={ORDER} onSubmit={onSubmit} />);
    const form = document.querySelector("form")!;
    await user.click(screen.getByRole("button", { name: "Add item" }));
    // Live validation ran (sku and qty are missing) but nothing is shown yet.
    expect(screen.getByLabelText(/^sku/)).toBeTruthy();
    expect(errorsIn(form)).toEqual([]);
    expect(form.querySelector(".field-errors")).toBeNull();
    // Typing a bad quantity shows that field's error, not the untouched sku's.
    await user.type(screen.getByLabelText(/^qty/), "0");
    expect(errorsIn(form)).toEqual(["must be >= 1"]);
    // Run shows every error and sends nothing.
    await user.click(screen.getByRole("button", { name: "Run tool" }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(errorsIn(form).some((t) => /required/.test(t ?? ""))).toBe(true);
    // A tag added after Run starts untouched again.
    await user.click(screen.getByRole("button", { name: "Add tag" }));
    const tag = screen.getByLabelText(/^tags-1/);
    expect(within(tag.closest(".form-group") as HTMLElement).queryByText(/must NOT have fewer/)).toBeNull();
    await user.type(tag, "x");
    await user.tab();
    expect(within(tag.closest(".form-group") as HTMLElement).getByText(/must NOT have fewer than 2 characters/)).toBeTruthy();
  });
});

describe("Add buttons name what they add", () => {
  it("nested arrays say Add item / Add tag / Add person (the item title)", async () => {
    const user = userEvent.setup();
    render(<Harness schema={ORDER} onSubmit={() => undefined} />);
    await user.click(screen.getByRole("button", { name: "Add item" }));
    expect(screen.getByRole("button", { name: "Add tag" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Add person" })).toBeTruthy();
  });

  it("labels from the item's title, else the array's name made singular", () => {
    expect(addLabelOf({ items: { title: "Order line" } }, "lines")).toBe("Add order line");
    expect(addLabelOf({ items: { type: "string" } }, "tags")).toBe("Add tag");
    expect(addLabelOf({ items: {} }, "Entities")).toBe("Add entity");
    expect(addLabelOf({ items: {} }, "URLs")).toBe("Add URL");
    expect(addLabelOf({ items: {} }, undefined)).toBe("Add item");
    expect(["addresses", "boxes", "status", "matches", "data", "IDs"].map(singular)).toEqual([
      "address",
      "box",
      "status",
      "match",
      "data",
      "ID",
    ]);
  });
});
