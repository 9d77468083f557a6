// @vitest-environment jsdom
import { cleanup, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import type { RequestTiming } from "../../client/page-settings";
import { RequestSettingsForm } from "../../features/connection/request-settings-form";

afterEach(cleanup);

function Harness({ seen }: { seen: RequestTiming[] }) {
  const [timing, setTiming] = useState<RequestTiming>({ timeoutMs: 60_000, resetTimeoutOnProgress: true, maxTotalTimeoutMs: 0 });
  return (
    <RequestSettingsForm
      timing={timing}
      onChange={(t) => {
        seen.push(t);
        setTiming(t);
      }}
    />
  );
}

describe("request timing fields", () => {
  it("the timeout can be emptied and retyped: backspace twice, type 3, get 3 s (not 63)", async () => {
    const seen: RequestTiming[] = [];
    render(<Harness seen={seen} />);
    const box = screen.getByRole("textbox", { name: "Request timeout in seconds" }) as HTMLInputElement;
    await userEvent.click(box);
    await userEvent.keyboard("{End}{Backspace}{Backspace}");
    expect(box.value).toBe("");
    expect(box.getAttribute("aria-invalid")).toBe("true");
    await userEvent.keyboard("3");
    expect(box.value).toBe("3");
    expect(seen.at(-1)?.timeoutMs).toBe(3000);
  });

  it("a timeout that is not a number keeps the last valid one, and says so", async () => {
    const seen: RequestTiming[] = [];
    render(<Harness seen={seen} />);
    const box = screen.getByRole("textbox", { name: "Request timeout in seconds" }) as HTMLInputElement;
    await userEvent.clear(box);
    await userEvent.type(box, "abc");
    expect(screen.getByText(/last valid value stays in use/)).toBeTruthy();
    expect(seen.every((t) => t.timeoutMs === 60_000)).toBe(true);
    await userEvent.tab();
    expect(box.value).toBe("60");
  });

  it("the maximum total can be emptied (no maximum)", async () => {
    const seen: RequestTiming[] = [];
    render(<Harness seen={seen} />);
    const box = screen.getByRole("textbox", { name: "Maximum total timeout in seconds" });
    await userEvent.type(box, "120");
    expect(seen.at(-1)?.maxTotalTimeoutMs).toBe(120_000);
    await userEvent.clear(box);
    expect(seen.at(-1)?.maxTotalTimeoutMs).toBe(0);
  });
});
