import { describe, expect, test } from "vitest";
import { PARTIAL_STEPS_MAX, partialInputSteps } from "../../lib/apps/partial-input";

describe("streamed tool input (issue 66 item 6)", () => {
  test("keys in order, each string growing, other values whole; never the whole input", () => {
    const steps = partialInputSteps({ city: "Lisbon", days: 3 });
    expect(steps).toEqual([{ city: "L" }, { city: "Li" }, { city: "Lis" }, { city: "Lisb" }, { city: "Lisbo" }, { city: "Lisbon" }]);
    expect(partialInputSteps({})).toEqual([]);
    expect(partialInputSteps({ n: 1 })).toEqual([]);
  });

  test("bounded: a long input is thinned to PARTIAL_STEPS_MAX steps, in order", () => {
    const args = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`k${i}`, "x".repeat(60)]));
    const steps = partialInputSteps(args);
    expect(steps.length).toBe(PARTIAL_STEPS_MAX);
    const sizes = steps.map((s) => JSON.stringify(s).length);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    expect(steps.at(-1)).not.toEqual(args);
  });
});
