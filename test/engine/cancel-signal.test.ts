import { describe, expect, it } from "vitest";
import { CancelSignal } from "../../server/engine/cancel-signal";

describe("CancelSignal", () => {
  it("runs each listener once, in order, with the reason set; a listener removed does not run", () => {
    const s = new CancelSignal();
    const seen: string[] = [];
    const a = () => seen.push(`a:${String(s.reason)}`);
    const b = () => seen.push("b");
    const c = () => seen.push("c");
    s.addEventListener("abort", a);
    s.addEventListener("abort", b);
    s.addEventListener("abort", c);
    s.removeEventListener("abort", b);
    s.abort("stop");
    s.abort("again");
    expect(seen).toEqual(["a:stop", "c"]);
    expect(s.aborted).toBe(true);
    expect(s.reason).toBe("stop");
  });
});
